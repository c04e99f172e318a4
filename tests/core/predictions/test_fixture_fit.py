"""The fit on a shop of our own making (tests/fixtures/predictions/shop.csv, written by
make_shop.py) against an independent implementation: the figures below were computed once by
tests/fixtures/predictions/reference_lifetimes.py with lifetimes 0.11.3 (BetaGeoFitter().fit
and GammaGammaFitter().fit on summary_data_from_transaction_data(freq="D"), recency and T in
weeks; conditional_expected_number_of_purchases_up_to_time(90 / 7, ...),
conditional_probability_alive, conditional_expected_average_profit).
"""

from __future__ import annotations

import csv
from datetime import date
from decimal import Decimal
from pathlib import Path

import numpy as np
import pytest

from lifecrm.core import settings
from lifecrm.core.money import to_minor
from lifecrm.core.predictions import predict, read_history
from lifecrm.core.predictions.fit import expected_orders_interval, fit_bgnbd
from lifecrm.core.storage.db import Database
from tests.factories import add_customer, add_order

SHOP = Path(__file__).parents[2] / "fixtures" / "predictions" / "shop.csv"
AS_OF = date(2024, 12, 31)

BGNBD = {"r": 0.4869129950971437, "alpha": 2.347671991667379,
         "a": 0.5612843832258845, "b": 4.037371390053101}  # fmt: skip
LOG_LIKELIHOOD = -4985.0509651393695  # BetaGeoFitter._negative_log_likelihood, unscaled weeks
GAMMA_GAMMA = {"p": 9.592256297606223, "q": 3.1229894358227708, "v": 4.65616384355658}
SPEND_CUSTOMERS = 232
# customer: (expected order days in 90 days, p_alive, expected order value)
CUSTOMERS = {
    1: (0.9209322417524723, 0.8819999317804086, 11.120967032803748),
    2: (8.60182353776904, 0.9322054632061547, 16.748919963267458),
    3: (0.045855813216524786, 0.07392548598431066, 49.10595772899816),
    50: (0.8001638219221893, 0.6813468761521033, 26.45288146921585),
}


def load_shop(db: Database) -> dict[int, int]:
    """The CSV into a real database: customer number -> id."""
    ids: dict[int, int] = {}
    with db.write() as conn, SHOP.open(encoding="utf-8") as f:
        settings.put(conn, "currency", "EUR")
        for row in csv.DictReader(f):
            number = int(row["customer"])
            if number not in ids:
                ids[number] = add_customer(conn, f"Customer {number}")
            total = to_minor(Decimal(row["total"]), "EUR")
            day = date.fromisoformat(row["date"])
            add_order(conn, ids[number], day, total, currency="EUR", status=row["status"])
    return ids


def close(ours: float, theirs: float) -> bool:
    return ours == pytest.approx(theirs, rel=1e-3, abs=1e-6)


def test_fit_matches_lifetimes_within_1e3(db: Database) -> None:
    ids = load_shop(db)
    with db.read() as conn:
        result = predict(conn, AS_OF, horizon_days=90)
    assert result.model == "bgnbd"
    assert len(result.history) == 300
    assert result.params is not None and result.spend is not None
    for name, value in BGNBD.items():
        assert close(getattr(result.params, name), value), name
    assert close(result.log_likelihood or 0.0, LOG_LIKELIHOOD)
    for name, value in GAMMA_GAMMA.items():
        assert close(getattr(result.spend, name), value), name
    assert result.spend_customers == SPEND_CUSTOMERS
    assert result.expected_orders is not None and result.p_alive is not None
    assert result.expected_order_value is not None
    index = {int(cid): k for k, cid in enumerate(result.history.customer_id)}
    for number, (expected, alive, value) in CUSTOMERS.items():
        k = index[ids[number]]
        assert close(float(result.expected_orders[k]), expected), number
        assert close(float(result.p_alive[k]), alive), number
        assert close(float(result.expected_order_value[k]), value), number


def test_interval_brackets_the_estimate(db: Database) -> None:
    load_shop(db)
    with db.read() as conn:
        result = predict(conn, AS_OF)
    low, mid, high = result.expected_orders_low, result.expected_orders, result.expected_orders_high
    assert low is not None and mid is not None and high is not None
    assert (low <= mid + 1e-9).mean() > 0.95 and (high >= mid - 1e-9).mean() > 0.95
    assert (high - low).max() > 0


def test_the_delta_method_for_big_shops_agrees_with_the_draws(db: Database) -> None:
    load_shop(db)
    with db.read() as conn:
        history = read_history(conn, AS_OF, "EUR")
    x, t_x, T = history.x, history.t_x, history.T
    fit = fit_bgnbd(x, t_x, T, np.ones(len(x)))
    draws = expected_orders_interval(fit, 90 / 7, x, t_x, T, np.ones(len(x)))
    delta = expected_orders_interval(fit, 90 / 7, x, t_x, T, np.ones(len(x)), budget=0)
    assert draws is not None and delta is not None
    width_draws = draws.total_high - draws.total_low
    width_delta = delta.total_high - delta.total_low
    assert width_delta == pytest.approx(width_draws, rel=0.25)
    ratio = np.median((delta.high - delta.low) / np.maximum(draws.high - draws.low, 1e-12))
    assert 0.75 < ratio < 1.33
