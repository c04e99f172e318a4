"""The recompute after an import, over only the customers it touched, equals the full one."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from lifecrm.core import lifecycle, restage, settings
from lifecrm.core.demo import generate
from lifecrm.core.importing.importer import import_file
from lifecrm.core.importing.plan import ImportOptions
from lifecrm.core.storage.db import open_database
from tests.core.importing.helpers import write_csv
from tests.core.test_restage import tables

DAY1 = date(2025, 12, 1)
HEADER = ["Order number", "Date", "E-mail", "Name", "Total", "Status"]


@pytest.fixture
def twins(tmp_path: Path, monkeypatch):
    """Two copies of one shop recomputed on DAY1; the shop's first orders came from a file,
    so an import can change them. Calls to the stage-only pass are counted."""
    first = tmp_path / "a.sqlite"
    db = open_database(first)
    generate(db, customers=300, seed=5, as_of=DAY1)
    lifecycle.recompute(db, DAY1)
    with db.read() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        emails = [e for (e,) in raw.execute("SELECT email FROM customer ORDER BY id LIMIT 40")]
    db.close()
    rows = [HEADER] + [
        [f"F-{n}", (DAY1 - timedelta(days=30 * n)).isoformat(), e, "", "20.00", "completed"]
        for n, e in enumerate(emails[:20], start=1)
    ]
    rows.append(["F-0", DAY1.isoformat(), "only@example.com", "Only Once", "20.00", "completed"])
    db = open_database(first)
    import_file(
        db, write_csv(tmp_path / "older.csv", rows), ImportOptions(currency="EUR", as_of=DAY1)
    )
    db.close()
    second = tmp_path / "b.sqlite"
    with sqlite3.connect(first) as src, sqlite3.connect(second) as dst:
        src.backup(dst)
    calls: list[int] = []
    original = restage.restage_in
    monkeypatch.setattr(restage, "restage_in", lambda *a: calls.append(1) or original(*a))
    return first, second, emails, calls


def _import(path: Path, file: Path, as_of: date, *, long_way: bool) -> None:
    db = open_database(path)
    if long_way:
        with db.write() as conn:
            settings.put(conn, "stats_orders_stamp", None)  # forget the stamp: the full recompute
    import_file(db, file, ImportOptions(currency="EUR", as_of=as_of))
    db.close()


@pytest.mark.parametrize("days", [0, 45, 400])
def test_touched_and_full_recompute_agree(tmp_path, twins, days) -> None:
    quick, full, emails, calls = twins
    later = DAY1 + timedelta(days=days)
    rows = [
        HEADER,
        # A known customer buys again; the biggest order ever moves the money cut points.
        ["N-1", later.isoformat(), emails[30], "", "99999.00", "completed"],
        ["N-2", (later - timedelta(days=3)).isoformat(), emails[31], "", "15.00", "completed"],
        # A new customer, and a new customer whose only order is cancelled (a prospect).
        ["N-3", later.isoformat(), "new@example.com", "New Person", "40.00", "completed"],
        ["N-4", later.isoformat(), "gone@example.com", "Gone Person", "40.00", "cancelled"],
        # Orders imported before change: the only order of one customer is refunded (back
        # to a prospect, no scores), another customer's is refunded too.
        ["F-0", DAY1.isoformat(), "only@example.com", "Only Once", "20.00", "refunded"],
        ["F-1", (DAY1 - timedelta(days=30)).isoformat(), emails[0], "", "20.00", "refunded"],
        ["F-2", (DAY1 - timedelta(days=60)).isoformat(), emails[1], "", "35.00", "completed"],
    ]
    file = write_csv(tmp_path / "new.csv", rows)
    _import(quick, file, later, long_way=False)
    assert len(calls) == 1  # the touched customers, then everyone's stage
    _import(full, file, later, long_way=True)
    assert len(calls) == 1  # the full recompute does not move stages separately
    assert tables(quick) == tables(full)


def test_an_import_into_stale_figures_takes_the_long_way(tmp_path, twins) -> None:
    quick, _full, emails, calls = twins
    db = open_database(quick)
    with db.write() as conn:
        conn.exec_driver_sql("UPDATE orders SET status = 'refunded' WHERE id = 1")
    db.close()
    rows = [HEADER, ["N-1", DAY1.isoformat(), emails[5], "", "10.00", "completed"]]
    _import(quick, write_csv(tmp_path / "n.csv", rows), DAY1, long_way=False)
    assert calls == []
