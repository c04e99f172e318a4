"""The daily recompute when no order has changed: only the stages move with the calendar.

Each customer's order count, total, first and last order, and so their RFM scores (recency is
ranked by the last order's date, not by days), depend only on the orders. When the orders are
exactly as at the last recompute, none of them dated after it, and the new day is not earlier,
the stage and its start day are all that can change: one pass over customer_stats instead of
the GROUP BY over every order. The orders' count and highest id tell whether any was added;
triggers (migration 0008) forget the remembered stamp when one is changed or deleted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Connection, text

from lifecrm.core import settings


@dataclass
class Touched:
    """The customers whose orders a writer (an import) changes, for `lifecycle.recompute_in`.

    Taken before the writer writes: `current` says whether every customer's figures were exact
    then (the orders unchanged since the last recompute, none dated after it, `as_of` not
    earlier); only then may the recompute afterwards look at these customers alone.
    """

    current: bool
    customers: set[int] = field(default_factory=set)


_STAMP_KEY = "stats_orders_stamp"

# Every insert changes the count or the highest id; changing or deleting an order deletes the
# remembered stamp (the triggers of migration 0008). One pass over the smallest index.
_STAMP = "SELECT COUNT(*), MAX(id) FROM orders"
_NEWEST = "SELECT MAX(order_date) FROM orders"


def orders_stamp(conn: Connection) -> list[Any]:
    return list(conn.execute(text(_STAMP)).one())


def can_restage(
    conn: Connection, stamp: list[Any], as_of: date, previous_as_of: date | None
) -> bool:
    """True when `stamp` (orders_stamp, read once by the caller) matches the last recompute's
    and no order is dated after it, and `as_of` is not earlier."""
    if previous_as_of is None or as_of < previous_as_of:
        return False
    stored = settings.get(conn, _STAMP_KEY)
    if not isinstance(stored, dict) or stored.get("orders") != stamp:
        return False
    newest = stored.get("newest")  # no order after the last recompute's day, which it left out
    return newest is None or newest <= previous_as_of.isoformat()


def remember_stamp(conn: Connection, stamp: list[Any], touched: str | None = None) -> None:
    """After a recompute: the orders its figures were computed from, and the newest order's day.

    `touched` names a temp table of the only customers whose orders were added since the
    remembered stamp: their newest order is found by index instead of by reading every order.
    """
    before = settings.get(conn, _STAMP_KEY) if touched else None
    if not isinstance(before, dict):  # (also when an order changed: the trigger forgot it)
        newest = conn.execute(text(_NEWEST)).scalar()
    else:
        theirs = conn.execute(
            text(f"SELECT MAX(order_date) FROM orders WHERE customer_id IN {touched}")
        ).scalar()
        newest = max((d for d in (theirs, before.get("newest")) if d is not None), default=None)
    newest = None if newest is None else str(newest)
    settings.put(conn, _STAMP_KEY, {"orders": stamp, "newest": newest})


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
