"""The order history the models see, read in one SQL pass and handed over as numpy arrays.

A transaction is an order day: a customer's counted orders (not cancelled, refunded or failed)
dated on or before as_of, with the orders of one day summed. x is the number of repeat days,
t_x and T the weeks from the first order day to the last one and to as_of. The value of a repeat
day counts only the orders in the shop's main currency; days without one stay out of the spend.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np
from numpy.typing import NDArray
from sqlalchemy import Connection, text

from lifecrm.core.storage.models import NOT_COUNTED_STATUSES

_COUNTED = "status NOT IN ({})".format(", ".join(f"'{s}'" for s in NOT_COUNTED_STATUSES))

# One row per customer with an order day, in one scan of the covering index
# ix_orders_lifecycle (a window function over the order days took three times as long): the
# first day's main-currency value comes from a lookup in the same index, so the repeat days'
# value is the total less the first day.
_HISTORY = f"""
WITH agg AS (
  SELECT customer_id, COUNT(DISTINCT order_date) - 1 AS x,
         MIN(order_date) AS first_day, MAX(order_date) AS last_day,
         COALESCE(SUM(CASE WHEN currency = :currency THEN total_minor END), 0) AS total_value,
         COUNT(DISTINCT CASE WHEN currency = :currency THEN order_date END) AS valued_days,
         COALESCE(SUM(CASE WHEN currency = :currency AND order_date > :year_ago
                           THEN total_minor END), 0) AS year_value
  FROM orders WHERE {_COUNTED} AND order_date <= :as_of
  GROUP BY customer_id
)
SELECT agg.customer_id, c.customer_number, x, julianday(first_day), julianday(last_day),
       total_value, valued_days, year_value,
       (SELECT SUM(o.total_minor) FROM orders o
        WHERE o.customer_id = agg.customer_id AND o.order_date = agg.first_day
          AND o.{_COUNTED} AND o.currency = :currency) AS first_value
FROM agg JOIN customer c ON c.id = agg.customer_id
"""


@dataclass(frozen=True)
class History:
    customer_id: NDArray[np.int64]
    customer_number: list[str | None]
    x: NDArray[np.float64]  # repeat order days
    t_x: NDArray[np.float64]  # weeks, first order day to the last
    T: NDArray[np.float64]  # weeks, first order day to as_of
    spend_x: NDArray[np.float64]  # repeat days with a value in the main currency
    spend_mean: NDArray[np.float64]  # their mean value in minor units (0 where spend_x is 0)
    last_day: NDArray[np.float64]  # days before as_of of the last order day
    total_value: NDArray[np.float64]  # every order day's value, minor units of the currency
    year_value: NDArray[np.float64]  # the same for the 365 days up to as_of

    def __len__(self) -> int:
        return len(self.customer_id)


def read_history(conn: Connection, as_of: date, currency: str | None) -> History:
    params = {"as_of": as_of, "currency": currency or "", "year_ago": as_of - timedelta(days=365)}
    # by id: callers look customers up by bisection
    rows = sorted(conn.execute(text(_HISTORY), params).all(), key=lambda row: int(row[0]))
    columns = list(zip(*rows, strict=True)) if rows else [()] * 9
    ids, numbers, x, first, last, total, valued, year, first_value = columns
    as_of_jd = _julian(as_of)
    first_a = np.asarray(first, dtype=np.float64)
    last_a = np.asarray(last, dtype=np.float64)
    first_v = np.asarray([v or 0 for v in first_value], dtype=np.float64)
    total_a = np.asarray(total, dtype=np.float64)
    first_valued = np.asarray([v is not None for v in first_value], dtype=np.float64)
    valued_a = np.asarray(valued, dtype=np.float64) - first_valued  # repeat days with a value
    value_a = total_a - first_v
    return History(
        customer_id=np.asarray(ids, dtype=np.int64),
        customer_number=list(numbers),
        x=np.asarray(x, dtype=np.float64),
        t_x=(last_a - first_a) / 7.0,
        T=(as_of_jd - first_a) / 7.0,
        spend_x=valued_a,
        spend_mean=np.divide(value_a, valued_a, out=np.zeros_like(value_a), where=valued_a > 0),
        last_day=as_of_jd - last_a,
        total_value=total_a,
        year_value=np.asarray(year, dtype=np.float64),
    )


def _julian(day: date) -> float:
    return day.toordinal() + 1721424.5  # the Julian day number of midnight, as SQLite's julianday
