"""The stage rules and the recompute, written as SQL: the statements lifecycle.py runs.

Kept apart from lifecycle.py so the rules read as Python there and the statements as SQL
here; `STAGE_CASE` must say what `lifecycle.classify` says.
"""

from __future__ import annotations

from lifecrm.core.storage.statuses import NOT_COUNTED_STATUSES

# The same rules as `classify`, in SQL over columns `n` (orders) and `days`.
STAGE_CASE = """
CASE
  WHEN n = 0 THEN 'prospect'
  WHEN n >= :loyal_min_orders THEN CASE
    WHEN days <= :loyal_days THEN 'loyal'
    WHEN days <= :passive_loyal_days THEN 'passive_loyal' ELSE 'lost_loyal' END
  WHEN n >= :promising_min_orders THEN CASE
    WHEN days <= :promising_days THEN 'promising'
    WHEN days <= :promising_passive_days THEN 'passive' ELSE 'lost' END
  WHEN days <= :new_days THEN 'new'
  WHEN days <= :one_order_passive_days THEN 'passive' ELSE 'lost'
END"""

START_CASE = """
CASE stage
  WHEN 'passive_loyal' THEN :loyal_days + 1
  WHEN 'lost_loyal' THEN :passive_loyal_days + 1
  WHEN 'passive' THEN CASE WHEN n < :promising_min_orders THEN :new_days
                           ELSE :promising_days END + 1
  WHEN 'lost' THEN CASE WHEN n < :promising_min_orders THEN :one_order_passive_days
                        ELSE :promising_passive_days END + 1
  ELSE 0
END"""

COUNTED = "status NOT IN ({})".format(", ".join(f"'{s}'" for s in NOT_COUNTED_STATUSES))

# One pass over ix_orders_lifecycle; every customer (or those in temp.touched), with or
# without orders.
AGGREGATE = f"""
WITH agg AS (
  SELECT customer_id, COUNT(*) AS n, SUM(total_minor) AS spent, MAX(currency) AS currency,
         MIN(order_date) AS first_order, MAX(order_date) AS last_order
  FROM orders WHERE {COUNTED} AND order_date <= :as_of {{orders_of}}
  GROUP BY customer_id
), facts AS (
  SELECT c.id AS customer_id, COALESCE(a.n, 0) AS n, COALESCE(a.spent, 0) AS spent, a.currency,
         a.first_order, a.last_order, date(c.created_at) AS created_on,
         CAST(julianday(:as_of) - julianday(a.last_order) AS INTEGER) AS days
  FROM customer c LEFT JOIN agg a ON a.customer_id = c.id {{customers}}
)"""
ONLY_TOUCHED = {
    "orders_of": "AND customer_id IN (SELECT id FROM temp.touched)",
    "customers": "WHERE c.id IN (SELECT id FROM temp.touched)",
}
EVERYONE = {"orders_of": "", "customers": ""}

# Counting needs only each customer's number of orders and the last one's date.
COUNT_SQL = f"""
WITH agg AS (
  SELECT customer_id, COUNT(*) AS n, MAX(order_date) AS last_order
  FROM orders WHERE {COUNTED} AND order_date <= :as_of
  GROUP BY customer_id
), facts AS (
  SELECT COALESCE(a.n, 0) AS n,
         CAST(julianday(:as_of) - julianday(a.last_order) AS INTEGER) AS days
  FROM customer c LEFT JOIN agg a ON a.customer_id = c.id
)
SELECT {STAGE_CASE} AS stage, COUNT(*) FROM facts GROUP BY 1"""

CREATE_FRESH = """
CREATE TEMP TABLE fresh_stats (
  customer_id INTEGER PRIMARY KEY, orders INTEGER, total_minor INTEGER, currency TEXT,
  first_order DATE, last_order DATE, stage TEXT, stage_since DATE, recency INTEGER,
  frequency INTEGER, monetary INTEGER, rfm INTEGER, best BOOLEAN NOT NULL DEFAULT 0,
  trend TEXT
)"""

STAT_COLUMNS = (
    "customer_id, orders, total_minor, currency, first_order, last_order, stage, stage_since,"
    " recency, frequency, monetary, rfm, best, trend"
)
VALUE_COLUMNS = [c.strip() for c in STAT_COLUMNS.split(",")][1:]

# RFM columns stay NULL here; lifecrm.core.rfm scores them in the same temp table.
FRESH = f"""
INSERT INTO fresh_stats (customer_id, orders, total_minor, currency, first_order, last_order,
                         stage, stage_since)
{AGGREGATE}, staged AS (
  SELECT *, {STAGE_CASE} AS stage FROM facts
)
SELECT customer_id, n, spent, currency, first_order, last_order, stage,
       CASE WHEN n = 0 THEN created_on
            ELSE date(last_order, '+' || ({START_CASE}) || ' days') END
FROM staged
"""

RECORD_MOVES = """
INSERT INTO stage_change (customer_id, from_stage, to_stage, changed_on)
SELECT f.customer_id, s.stage, f.stage, f.stage_since
FROM fresh_stats f LEFT JOIN customer_stats s ON s.customer_id = f.customer_id
WHERE s.stage IS NULL OR s.stage != f.stage
"""

# Only rows whose figures changed are written: a daily recompute touches a few hundred rows
# instead of rewriting 100k rows through every index of customer_stats.
CHANGED = " OR ".join(f"s.{c} IS NOT f.{c}" for c in VALUE_COLUMNS)
UPDATE_CHANGED = f"""
UPDATE customer_stats AS s SET {", ".join(f"{c} = f.{c}" for c in VALUE_COLUMNS)}
FROM fresh_stats AS f
WHERE f.customer_id = s.customer_id AND ({CHANGED})
"""

# After a partial recompute the RFM scores are scored again over customer_stats itself.
FACTS = [c for c in VALUE_COLUMNS if c not in ("recency", "frequency", "monetary", "rfm", "best")]
UPDATE_FACTS = f"""
UPDATE customer_stats AS s SET {", ".join(f"{c} = f.{c}" for c in FACTS)}
FROM fresh_stats AS f
WHERE f.customer_id = s.customer_id AND ({" OR ".join(f"s.{c} IS NOT f.{c}" for c in FACTS)})
"""

INSERT_NEW = f"""
INSERT INTO customer_stats ({STAT_COLUMNS})
SELECT {STAT_COLUMNS} FROM fresh_stats f
WHERE NOT EXISTS (SELECT 1 FROM customer_stats s WHERE s.customer_id = f.customer_id)
"""
