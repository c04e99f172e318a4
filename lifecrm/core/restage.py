"""The daily recompute when no order has changed: only the stages move with the calendar.

Each customer's order count, total, first and last order, and so their RFM scores (recency is
ranked by the last order's date, not by days), depend only on the orders. When the orders are
exactly as at the last recompute, none of them dated after it, and the new day is not earlier,
the stage and its start day are all that can change: one pass over customer_stats instead of
the GROUP BY over every order. A fingerprint of the orders tells whether they changed.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Connection, text

from lifecrm.core import settings
from lifecrm.core.storage.statuses import NOT_COUNTED_STATUSES

_STAMP_KEY = "stats_orders_stamp"
_COUNTED = "status NOT IN ({})".format(", ".join(f"'{s}'" for s in NOT_COUNTED_STATUSES))

# Anything that could change a customer's figures changes one of these: an order added or
# removed, its status, total or date changed (customers never change between orders).
_STAMP = f"""
SELECT COUNT(*), MAX(id), SUM({_COUNTED}), TOTAL(CASE WHEN {_COUNTED} THEN total_minor END),
       TOTAL(CASE WHEN {_COUNTED} THEN julianday(order_date) END), MAX(order_date)
FROM orders
"""


def orders_stamp(conn: Connection) -> list[Any]:
    return list(conn.execute(text(_STAMP)).one())


def can_restage(
    conn: Connection, stamp: list[Any], as_of: date, previous_as_of: date | None
) -> bool:
    """True when `stamp` (orders_stamp, read once by the caller) matches the last recompute's
    and no order is dated after it, and `as_of` is not earlier."""
    if previous_as_of is None or as_of < previous_as_of:
        return False
    newest = stamp[-1]  # no order after the last recompute's day, which it would have left out
    return bool(
        settings.get(conn, _STAMP_KEY) == stamp
        and (newest is None or newest <= previous_as_of.isoformat())
    )


def remember_stamp(conn: Connection, stamp: list[Any]) -> None:
    """After a full recompute: the orders its figures were computed from."""
    settings.put(conn, _STAMP_KEY, stamp)


def restage_in(conn: Connection, stage_case: str, start_case: str, params: dict[str, Any]) -> int:
    """Moves the customers whose stage changed (and adds new prospects); returns the moves."""
    conn.exec_driver_sql("DROP TABLE IF EXISTS temp.moved")
    conn.execute(
        text(
            f"""
CREATE TEMP TABLE moved AS
WITH facts AS (
  SELECT c.id AS customer_id, COALESCE(s.orders, 0) AS n, s.last_order, s.stage AS old_stage,
         date(c.created_at) AS created_on,
         CAST(julianday(:as_of) - julianday(s.last_order) AS INTEGER) AS days
  FROM customer c LEFT JOIN customer_stats s ON s.customer_id = c.id
), staged AS (
  SELECT *, {stage_case} AS stage FROM facts
)
SELECT customer_id, n, old_stage, stage,
       CASE WHEN n = 0 THEN created_on
            ELSE date(last_order, '+' || ({start_case}) || ' days') END AS since
FROM staged WHERE old_stage IS NULL OR old_stage != stage
"""
        ),
        params,
    )
    conn.exec_driver_sql(
        "INSERT INTO stage_change (customer_id, from_stage, to_stage, changed_on)"
        " SELECT customer_id, old_stage, stage, since FROM moved"
    )
    conn.exec_driver_sql(
        "UPDATE customer_stats AS s SET stage = m.stage, stage_since = m.since FROM moved AS m"
        " WHERE m.customer_id = s.customer_id"
    )
    conn.exec_driver_sql(
        "INSERT INTO customer_stats (customer_id, orders, total_minor, stage, stage_since, best)"
        " SELECT customer_id, 0, 0, stage, since, 0 FROM moved WHERE old_stage IS NULL"
    )
    moved = conn.exec_driver_sql("SELECT COUNT(*) FROM moved WHERE old_stage IS NOT NULL")
    count = int(moved.scalar_one())
    conn.exec_driver_sql("DROP TABLE temp.moved")
    return count
