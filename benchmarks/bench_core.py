"""Core speed at realistic size: demo build, stage recompute vs plain SQL, list queries.

.venv/bin/python benchmarks/bench_core.py [--customers 100000] [--rebuild]
"""

from __future__ import annotations

import csv
import sqlite3
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from sqlalchemy import text

from benchmarks.common import AS_OF, demo_database, parser, peak_rss_mb, row, timed
from lifecrm.core import lifecycle
from lifecrm.core.customers import CustomerFilter, SortKey, customer_ids, customer_rows
from lifecrm.core.lifecycle import Thresholds
from lifecrm.core.profile import customer_profile
from lifecrm.core.storage.db import Database, open_database

# Hand-written against the sqlite3 module: what plain SQL costs for the same answers.
_STAGE = """
  CASE
    WHEN n IS NULL THEN 'prospect'
    WHEN n >= 4 THEN CASE WHEN days <= 90 THEN 'loyal' WHEN days <= 365 THEN 'passive_loyal'
                          ELSE 'lost_loyal' END
    WHEN n >= 2 THEN CASE WHEN days <= 60 THEN 'promising' WHEN days <= 90 THEN 'passive'
                          ELSE 'lost' END
    WHEN days <= 30 THEN 'new' WHEN days <= 90 THEN 'passive' ELSE 'lost' END"""

# Every customer's facts (orders, money, first and last order) and stage, fetched.
BASELINE_FACTS = f"""
SELECT c.id, n, spent, first_order, last_order, {_STAGE} AS stage
FROM customer c LEFT JOIN (
  SELECT customer_id, COUNT(*) AS n, SUM(total_minor) AS spent, MIN(order_date) AS first_order,
         MAX(order_date) AS last_order,
         CAST(julianday(?) - julianday(MAX(order_date)) AS INTEGER) AS days
  FROM orders WHERE status NOT IN ('cancelled', 'refunded', 'failed') AND order_date <= ?
  GROUP BY customer_id
) a ON a.customer_id = c.id
"""

# Only the number of customers per stage.
BASELINE = """
SELECT stage, COUNT(*) FROM (
  SELECT CASE
    WHEN n IS NULL THEN 'prospect'
    WHEN n >= 4 THEN CASE WHEN days <= 90 THEN 'loyal' WHEN days <= 365 THEN 'passive_loyal'
                          ELSE 'lost_loyal' END
    WHEN n >= 2 THEN CASE WHEN days <= 60 THEN 'promising' WHEN days <= 90 THEN 'passive'
                          ELSE 'lost' END
    WHEN days <= 30 THEN 'new' WHEN days <= 90 THEN 'passive' ELSE 'lost' END AS stage
  FROM customer c LEFT JOIN (
    SELECT customer_id, COUNT(*) AS n,
           CAST(julianday(?) - julianday(MAX(order_date)) AS INTEGER) AS days
    FROM orders WHERE status NOT IN ('cancelled', 'refunded', 'failed') AND order_date <= ?
    GROUP BY customer_id
  ) a ON a.customer_id = c.id
) GROUP BY stage
"""


def _first_recompute(db: Database) -> float:
    """A recompute on a database whose stats are empty (after an import into a new file)."""
    with db.write() as conn:
        conn.execute(text("DELETE FROM stage_change"))
        conn.execute(text("DELETE FROM customer_stats"))
    start = time.perf_counter()
    lifecycle.recompute(db, AS_OF)
    return (time.perf_counter() - start) * 1000


def _recompute_after_import(db: Database, full: bool) -> float:
    """Imports 1,000 orders (for 800 known customers and 200 new ones) into a copy of the demo
    database; returns the milliseconds of the recompute at the end of the import."""
    from lifecrm.core import settings
    from lifecrm.core.importing.importer import STEPS, import_file
    from lifecrm.core.importing.plan import ImportOptions

    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "copy.sqlite"
        with sqlite3.connect(db.path) as src, sqlite3.connect(copy) as dst:
            src.backup(dst)
        target = open_database(copy)
        with target.write() as conn:
            raw = conn.connection.driver_connection
            assert raw is not None
            known = [e for (e,) in raw.execute("SELECT email FROM customer LIMIT 800")]
            if full:
                settings.put(conn, "stats_orders_stamp", None)  # forget: the full recompute
        emails = known + [f"new{n}@example.com" for n in range(200)]
        file = Path(tmp) / "orders.csv"
        with file.open("w", newline="") as f:
            out = csv.writer(f)
            out.writerow(["Order number", "Date", "E-mail", "Total", "Currency"])
            for n, email in enumerate(emails):
                out.writerow([f"B-{n}", AS_OF.isoformat(), email, "25.00", "EUR"])
        marks: dict[int, float] = {}
        import_file(
            target,
            file,
            ImportOptions(as_of=AS_OF),
            progress=lambda done, _total: marks.setdefault(done, time.perf_counter()),
        )
        target.close()
    return (marks[STEPS] - marks[STEPS - 1]) * 1000


def main() -> None:
    args = parser(__doc__ or "").parse_args()
    db, build_s = demo_database(args.customers, args.rebuild)
    with db.read() as conn:
        orders = conn.execute(text("SELECT COUNT(*) FROM orders")).scalar_one()
        items = conn.execute(text("SELECT COUNT(*) FROM order_item")).scalar_one()
    print(f"LifeCRM core benchmark: {args.customers} customers, {orders} orders, {items} items")
    if build_s is not None:
        row("demo build (generate + first recompute)", build_s, "s", "reasonable")
    else:
        print("  demo build: reused benchmarks/out (pass --rebuild to time it)")

    raw = sqlite3.connect(db.path)
    day = AS_OF.isoformat()
    baseline = timed(lambda: raw.execute(BASELINE, (day, day)).fetchall(), 3)
    expected = dict(raw.execute(BASELINE, (day, day)).fetchall())
    facts = timed(lambda: raw.execute(BASELINE_FACTS, (day, day)).fetchall(), 3)
    raw.close()
    with db.read() as conn:
        counts = lifecycle.count_stages(conn, AS_OF, Thresholds())
        assert {str(k): v for k, v in counts.items() if v} == expected, "results differ"
        read_only = timed(lambda: lifecycle.count_stages(conn, AS_OF, Thresholds()), 3)
    next_day = AS_OF + timedelta(days=1)
    first = _first_recompute(db)
    daily = timed(lambda: lifecycle.recompute(db, next_day), 3)
    lifecycle.recompute(db, AS_OF)
    row("plain SQL: stage counts (sqlite3)", baseline)
    row("lifecycle.count_stages (same answer)", read_only, target="<= 1.5x plain SQL")
    print(f"  {'  ratio':<48} {read_only / baseline:>10.2f} x")
    row("plain SQL: every customer's facts + stage", facts)
    row("lifecycle.recompute, daily (RFM, history, stored)", daily, target="<= 1.5x plain SQL")
    print(f"  {'  ratio':<48} {daily / facts:>10.2f} x")
    row("lifecycle.recompute, first ever (all rows new)", first)
    print(f"  {'  ratio':<48} {first / facts:>10.2f} x")
    full = _recompute_after_import(db, full=True)
    touched = _recompute_after_import(db, full=False)
    row("recompute after a 1,000-order import, full", full)
    row("  the same, only the touched customers", touched, target="<= 1000 ms")

    with db.read() as conn:
        for key in SortKey:
            for desc in (False, True):
                flt = CustomerFilter(sort=key, descending=desc)
                ms = timed(lambda flt=flt: customer_ids(conn, flt))
                row(f"sort all by {key}{' desc' if desc else ''}", ms, target="<= 100 ms")
        typed = ""
        for ch in "kovacs":
            typed += ch
            flt = CustomerFilter(search=typed)
            n = len(customer_ids(conn, flt))
            ms = timed(lambda flt=flt: customer_ids(conn, flt))
            row(f"search keystroke '{typed}' ({n} matches)", ms, target="<= 100 ms")
        ids = customer_ids(conn, CustomerFilter(sort=SortKey.TOTAL, descending=True))
        row("fetch one page of 200 rows", timed(lambda: customer_rows(conn, ids[:200])))
        best = ids[0]
        row("customer profile (the biggest spender)", timed(lambda: customer_profile(conn, best)))
    row("peak memory (this process)", peak_rss_mb(), "MB")


if __name__ == "__main__":
    main()
