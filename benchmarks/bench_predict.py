"""Predictions and the week at 100k customers / ~1M orders, beside the plain SQL read of the
same order days (the reference, measured in the same run).

.venv/bin/python -m benchmarks.bench_predict [--customers N] [--db PATH]
"""

from __future__ import annotations

import sqlite3
import time
from datetime import date

import numpy as np

from benchmarks.common import demo_database, parser, peak_rss_mb
from lifecrm.core import lifecycle
from lifecrm.core.predictions import fit_history, read_history
from lifecrm.core.predictions.fit import expected_orders_interval, fit_bgnbd
from lifecrm.core.segments.evaluate import shop_currency
from lifecrm.core.storage.db import open_database
from lifecrm.core.storage.models import NOT_COUNTED_STATUSES
from lifecrm.core.week import plan_week

RAW = """SELECT customer_id, order_date, SUM(total_minor) FROM orders
WHERE status NOT IN ({}) AND order_date <= ? GROUP BY customer_id, order_date""".format(
    ", ".join(f"'{s}'" for s in NOT_COUNTED_STATUSES)
)


def once(label: str, fn, reference: float | None = None):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = fn()
    ms = (time.perf_counter() - start) * 1000
    ratio = f"  ({ms / reference:.1f}x the reference)" if reference else ""
    print(f"  {label:<52} {ms:>9.0f} ms{ratio}")
    return result, ms


def main() -> None:
    p = parser(__doc__ or "")
    p.add_argument("--db", help="an existing demo database (default: benchmarks/out/)")
    args = p.parse_args()
    db = open_database(args.db) if args.db else demo_database(args.customers, args.rebuild)[0]
    with db.read() as conn:
        as_of: date = lifecycle.stats_as_of(conn) or date.today()
        currency = shop_currency(conn)
        orders = conn.exec_driver_sql("SELECT COUNT(*) FROM orders").scalar_one()
    print(f"bench_predict: {db.path} as of {as_of}, {orders:,} orders")
    raw = sqlite3.connect(db.path)
    days, ref = once(
        "reference: raw sqlite3 read of the order days",
        lambda: raw.execute(RAW, (as_of.isoformat(),)).fetchall(),
    )
    print(f"    {len(days):,} customer-days")
    with db.read() as conn:
        history, read_ms = once(
            "read_history (SQL to numpy)", lambda: read_history(conn, as_of, currency), ref
        )
        print(f"    {len(history):,} customers, {int((history.x > 0).sum()):,} with repeat days")
        keys = np.column_stack([history.x, history.t_x, history.T])
        unique, counts = np.unique(keys, axis=0, return_counts=True)
        print(f"    {len(unique):,} distinct (x, t_x, T) histories")
        ux, utx, uT = unique[:, 0], unique[:, 1], unique[:, 2]
        fit, _ = once(
            "  BG/NBD fit + Hessian", lambda: fit_bgnbd(ux, utx, uT, counts.astype(float)), ref
        )
        once("  interval (draws, or delta method)", lambda: expected_orders_interval(
            fit, 90 / 7, ux, utx, uT, counts.astype(float)), ref)  # fmt: skip
        pred, fit_ms = once("fit and score everyone (predict, after the read)",
                            lambda: fit_history(history, as_of, 90, currency), ref)  # fmt: skip
        print(f"    read + fit + score: {read_ms + fit_ms:.0f} ms (target < 5000)")
        once("week, ranking on that prediction", lambda: plan_week(conn, as_of, 50, pred), ref)
        once("week end to end (refits)", lambda: plan_week(conn, as_of, 50), ref)
    print(f"  peak memory {peak_rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
