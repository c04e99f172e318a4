"""`predict`: fit both models to a shop's history as of a date and score every customer."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
from numpy.typing import NDArray
from sqlalchemy import Connection

from lifecrm.core.money import precision
from lifecrm.core.predictions import bgnbd, gammagamma
from lifecrm.core.predictions.bgnbd import BgNbd
from lifecrm.core.predictions.data import History, read_history
from lifecrm.core.predictions.fit import expected_orders_interval, fit_bgnbd, fit_gamma_gamma
from lifecrm.core.predictions.gammagamma import GammaGamma
from lifecrm.core.segments.evaluate import shop_currency

Array = NDArray[np.float64]
MIN_REPEAT_CUSTOMERS = 20  # below this the rhythm model has too little to learn from
MIN_SPEND_CUSTOMERS = 10
HORIZON_DAYS = 90


@dataclass(frozen=True)
class Prediction:
    as_of: date
    horizon_days: int
    currency: str | None
    history: History
    model: str  # "bgnbd" or "none"
    reason: str | None = None  # why there is no model
    params: BgNbd | None = None
    log_likelihood: float | None = None
    spend: GammaGamma | None = None
    spend_customers: int = 0
    p_alive: Array | None = None
    expected_orders: Array | None = None
    expected_orders_low: Array | None = None  # None: the parameters' spread is not known
    expected_orders_high: Array | None = None
    expected_orders_total_range: tuple[float, float] | None = None  # 90 % for the whole shop
    expected_order_value: Array | None = None  # whole units of `currency` (euros, not cents)
    expected_value: Array | None = None

    @property
    def repeat_customers(self) -> int:
        return int(np.count_nonzero(self.history.x > 0))

    @property
    def expected_orders_total(self) -> float | None:
        return None if self.expected_orders is None else float(self.expected_orders.sum())


def predict(conn: Connection, as_of: date, horizon_days: int = HORIZON_DAYS) -> Prediction:
    currency = shop_currency(conn)
    history = read_history(conn, as_of, currency)
    return fit_history(history, as_of, horizon_days, currency)


def fit_history(
    history: History, as_of: date, horizon_days: int, currency: str | None
) -> Prediction:
    repeaters = int(np.count_nonzero(history.x > 0))
    base = Prediction(as_of, horizon_days, currency, history, model="none")
    if repeaters < MIN_REPEAT_CUSTOMERS:
        return _none(
            base,
            f"Only {repeaters} customers have ordered on more than one day up to "
            f"{as_of.isoformat()}; a prediction needs at least {MIN_REPEAT_CUSTOMERS}.",
        )
    # Customers with the same history share one likelihood term and one prediction.
    keys = np.column_stack([history.x, history.t_x, history.T])
    unique, inverse, counts = np.unique(keys, axis=0, return_inverse=True, return_counts=True)
    inverse = inverse.ravel()
    ux, utx, uT = unique[:, 0], unique[:, 1], unique[:, 2]
    fit = fit_bgnbd(ux, utx, uT, counts.astype(np.float64))
    params = BgNbd(*(float(v) for v in np.exp(fit.log_params)))
    if not np.isfinite(fit.log_likelihood) or min(params) <= 0:
        return _none(base, "The purchase rhythm could not be fitted to this history.")
    weeks = horizon_days / 7.0
    expected = bgnbd.expected_orders(params, weeks, ux, utx, uT)[inverse]
    interval = expected_orders_interval(fit, weeks, ux, utx, uT, counts.astype(np.float64))
    spend, spend_n, order_value = _spend(history, currency)
    return Prediction(
        as_of,
        horizon_days,
        currency,
        history,
        model="bgnbd",
        params=params,
        log_likelihood=fit.log_likelihood,
        spend=spend,
        spend_customers=spend_n,
        p_alive=bgnbd.p_alive(params, ux, utx, uT)[inverse],
        expected_orders=expected,
        expected_orders_low=None if interval is None else interval.low[inverse],
        expected_orders_high=None if interval is None else interval.high[inverse],
        expected_orders_total_range=None
        if interval is None
        else (interval.total_low, interval.total_high),
        expected_order_value=order_value,
        expected_value=None if order_value is None else expected * order_value,
    )


def _spend(history: History, currency: str | None) -> tuple[GammaGamma | None, int, Array | None]:
    """Gamma-Gamma on the customers with valued repeat days, and everyone's expected order
    value, in whole units of the currency (v is a sum of money, as in the literature)."""
    has = (history.spend_x > 0) & (history.spend_mean > 0)
    n = int(np.count_nonzero(has))
    if n < MIN_SPEND_CUSTOMERS or currency is None:
        return None, n, None
    mean = history.spend_mean / 10 ** precision(currency)
    fit = fit_gamma_gamma(history.spend_x[has], mean[has])
    g = GammaGamma(*(float(v) for v in np.exp(fit.log_params)))
    if not np.isfinite(fit.log_likelihood) or g.q <= 1:  # no finite mean order value
        return None, n, None
    value = gammagamma.expected_order_value(g, history.spend_x, mean)
    return g, n, value


def _none(base: Prediction, reason: str) -> Prediction:
    return Prediction(
        base.as_of, base.horizon_days, base.currency, base.history, model="none", reason=reason
    )
