"""Each customer's buying trend (rising, steady, falling), stored by the recompute.

Over a customer's distinct purchase days d1 < ... < dn up to `as_of` (counted orders only;
n >= 4, else no trend), the recent mean gap is the mean of the last two gaps, (dn - d[n-2]) / 2,
and the earlier mean gap that of all the others, which telescopes to (d[n-2] - d1) / (n - 3).
Rising: recent < 2/3 of earlier; falling: recent > 3/2 of earlier; steady between. Both sides
are multiplied out, so the test is exact. It depends only on the orders, so the quick daily
recompute (lifecrm.core.restage) keeps it; segments filter on the stored value.
"""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import Connection, text

from lifecrm.core.storage.statuses import NOT_COUNTED_STATUSES

MIN_DAYS = 4


class Trend(StrEnum):
    RISING = "rising"
    STEADY = "steady"
    FALLING = "falling"


_COUNTED = "status NOT IN ({})".format(", ".join(f"'{s}'" for s in NOT_COUNTED_STATUSES))
_OWN = f"o.customer_id = f.customer_id AND o.{_COUNTED} AND o.order_date <= :as_of"

# Per customer with at least four orders: only the third-last purchase day and the number of
# purchase days are read from the orders (ix_orders_customer_date, newest first).
_SCORE = f"""
UPDATE {{table}} AS s SET trend = CASE
    WHEN t.days < {MIN_DAYS} THEN NULL
    WHEN 3 * (t.last_day - t.third_day) * (t.days - 3) < 4 * (t.third_day - t.first_day)
      THEN 'rising'
    WHEN (t.last_day - t.third_day) * (t.days - 3) > 3 * (t.third_day - t.first_day)
      THEN 'falling'
    ELSE 'steady' END
FROM (
  SELECT f.customer_id, julianday(f.first_order) AS first_day,
         julianday(f.last_order) AS last_day,
         julianday((SELECT DISTINCT o.order_date FROM orders o WHERE {_OWN}
                    ORDER BY o.order_date DESC LIMIT 1 OFFSET 2)) AS third_day,
         (SELECT COUNT(DISTINCT o.order_date) FROM orders o WHERE {_OWN}) AS days
  FROM {{table}} f WHERE f.orders >= {MIN_DAYS}
) AS t
WHERE t.customer_id = s.customer_id
"""


def score(conn: Connection, table: str, as_of: str) -> None:
    """Fills `trend` in `table` (a lifecycle stats table; NULL where there is too little)."""
    conn.execute(text(_SCORE.replace("{table}", table)), {"as_of": as_of})
