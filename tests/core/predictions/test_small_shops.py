"""Honest with little data: no model below 20 repeat customers, wide intervals for a small shop,
and the history read exactly as CLI.md defines it."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pytest

from lifecrm.cli import main
from lifecrm.core import settings
from lifecrm.core.predictions import predict, read_history
from lifecrm.core.storage.db import Database
from tests.core.predictions.test_fixture_fit import AS_OF, load_shop
from tests.factories import add_customer, add_order

ON = date(2026, 3, 2)


def test_no_repeat_customers_gives_no_model_and_says_why(
    db: Database, db_path: Path, capsys
) -> None:
    with db.write() as conn:
        for k in range(30):
            add_order(conn, add_customer(conn, f"Once {k}"), ON - timedelta(days=k), 2500)
    with db.read() as conn:
        result = predict(conn, ON)
    assert result.model == "none"
    assert (
        result.reason is not None and "Only 0 customers" in result.reason and "20" in result.reason
    )
    assert main(["--db", str(db_path), "predict", "--as-of", ON.isoformat(), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["model"] == "none" and doc["reason"] == result.reason
    assert doc["customers_fitted"] == 30 and doc["params"] is None
    assert doc["expected_orders_total"] is None
    assert all(c["p_alive"] is None and c["expected_orders"] is None for c in doc["customers"])
    assert main(["--db", str(db_path), "predict", "--as-of", ON.isoformat()]) == 0
    assert "needs at least 20" in capsys.readouterr().out


def _relative_width(db: Database) -> float:
    with db.read() as conn:
        result = predict(conn, AS_OF)
    assert result.expected_orders_total_range is not None
    low, high = result.expected_orders_total_range
    return (high - low) / (result.expected_orders_total or 1)


def test_a_fifty_customer_shop_gets_wider_intervals_and_is_told_so(
    db: Database, db_path: Path, tmp_path: Path, capsys
) -> None:
    load_shop(db)
    full = _relative_width(db)
    with db.write() as conn:  # keep the first 50 customers
        conn.exec_driver_sql("DELETE FROM customer WHERE id > 50")
    small = _relative_width(db)
    assert small > 1.8 * full  # about sqrt(300 / 50) = 2.4 times as wide
    assert main(["--db", str(db_path), "predict", "--as-of", AS_OF.isoformat()]) == 0
    out = capsys.readouterr().out
    assert "50 customers" in out and "That range is wide" in out


def test_history_counts_order_days_of_counted_orders_up_to_as_of(db: Database) -> None:
    with db.write() as conn:
        settings.put(conn, "currency", "EUR")
        cid = add_customer(conn, "Anna")
        add_order(conn, cid, date(2026, 1, 1), 1000, currency="EUR")
        add_order(conn, cid, date(2026, 1, 15), 3000, currency="EUR")
        add_order(conn, cid, date(2026, 1, 15), 1000, currency="EUR")  # same day: one day, 40.00
        add_order(conn, cid, date(2026, 1, 29), 9000, currency="EUR", status="refunded")
        add_order(conn, cid, date(2026, 1, 29), 500, currency="USD")  # counts, no spend value
        add_order(conn, cid, date(2026, 2, 12), 7000, currency="EUR", status="cancelled")
        add_order(conn, cid, date(2026, 3, 20), 7000, currency="EUR")  # after as_of
        add_customer(conn, "Prospect")  # no orders: not fitted
    with db.read() as conn:
        h = read_history(conn, ON, "EUR")
    assert h.customer_id.tolist() == [cid]
    assert h.x.tolist() == [2.0]  # 15 and 29 January
    assert h.t_x.tolist() == pytest.approx([4.0])  # 28 days
    assert h.T.tolist() == pytest.approx([60 / 7])
    assert h.spend_x.tolist() == [1.0] and h.spend_mean.tolist() == [4000.0]
    assert np.allclose(h.total_value, [5000.0])
