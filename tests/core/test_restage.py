"""The daily recompute without order changes gives exactly what the full recompute gives."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from lifecrm.core import lifecycle, restage, settings
from lifecrm.core.demo import generate
from lifecrm.core.storage.db import open_database
from tests.factories import add_customer

DAY1 = date(2025, 12, 1)


def tables(path: Path) -> tuple[list[tuple], list[tuple]]:
    with sqlite3.connect(path) as conn:
        stats = conn.execute("SELECT * FROM customer_stats ORDER BY customer_id").fetchall()
        moves = conn.execute(
            "SELECT customer_id, from_stage, to_stage, changed_on FROM stage_change"
            " ORDER BY customer_id, changed_on, to_stage"
        ).fetchall()
    return stats, moves


@pytest.fixture
def twins(tmp_path: Path, monkeypatch):
    """Two copies of one shop recomputed on DAY1; calls to the quick path are counted."""
    first = tmp_path / "a.sqlite"
    db = open_database(first)
    generate(db, customers=300, seed=3, as_of=DAY1)
    lifecycle.recompute(db, DAY1)
    db.close()
    second = tmp_path / "b.sqlite"
    with sqlite3.connect(first) as src, sqlite3.connect(second) as dst:
        src.backup(dst)
    calls = []
    original = restage.restage_in
    monkeypatch.setattr(restage, "restage_in", lambda *a: calls.append(1) or original(*a))
    return first, second, calls


def full_recompute(path: Path, as_of: date) -> None:
    db = open_database(path)
    with db.write() as conn:
        settings.put(conn, "stats_orders_stamp", None)  # forget the stamp: the long way
        lifecycle.recompute_in(conn, as_of)
    db.close()


@pytest.mark.parametrize("days", [1, 45, 400])
def test_quick_and_full_recompute_agree(twins, days) -> None:
    quick, full, calls = twins
    later = DAY1 + timedelta(days=days)
    for path in (quick, full):  # a prospect who joined since, on both
        db = open_database(path)
        with db.write() as conn:
            add_customer(conn, "Joined Yesterday", email="new@example.com")
        db.close()

    db = open_database(quick)
    result = lifecycle.recompute(db, later)
    db.close()
    full_recompute(full, later)

    assert calls == [1]
    assert tables(quick) == tables(full)
    assert result.moved > 0 or days == 1


def test_a_changed_order_takes_the_long_way(twins) -> None:
    quick, _full, calls = twins
    db = open_database(quick)
    with db.write() as conn:
        conn.execute(text("UPDATE orders SET status = 'refunded' WHERE id = 1"))
    lifecycle.recompute(db, DAY1 + timedelta(days=1))
    db.close()
    assert calls == []


def test_looking_into_the_past_takes_the_long_way(twins) -> None:
    quick, _full, calls = twins
    db = open_database(quick)
    with lifecycle.as_of_view(db, DAY1 - timedelta(days=30)):
        pass
    db.close()
    assert calls == []
