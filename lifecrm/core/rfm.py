"""RFM scores (recency, frequency, money; each 1-5 by quintiles) and the best-customer flag.

Over customers with at least one counted order, a value's score is `1 + floor(5 * (rank - 1) /
n)` where `rank` is its SQL RANK() (ties share the lowest rank, so they share a score). Five
distinct customers score 1..5; prospects get no score. Best customers are those whose money rank
is within the top ceil(2 % of n); a tie at the edge is kept whole.

Instead of window functions over every row (seconds at 100k customers), each measure is sorted
once in SQL and four cut points are read off it: score >= k exactly when more than
ceil((k - 1) * n / 5) - 1 other values are smaller, i.e. when the value exceeds the one at
that position.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, text

BEST_PERCENT = 2

# Recency ranks by the last order's date: an older date is a worse (lower) score.
_MEASURES = {"recency": "last_order", "frequency": "orders", "monetary": "total_minor"}


def _cut_points(values: list[Any]) -> list[Any]:
    """The values v2..v5: a value scores 1 + how many of them it is strictly greater than."""
    n = len(values)
    return [values[-(-(k - 1) * n // 5) - 1] for k in range(2, 6)]


def _sorted(conn: Connection, table: str, column: str) -> list[Any]:
    # Straight from the driver: 100k values through SQLAlchemy's result layer cost ~3x more.
    raw = conn.connection.driver_connection
    assert raw is not None
    sql = f"SELECT {column} FROM {table} WHERE orders > 0 ORDER BY {column}"
    return [value for (value,) in raw.execute(sql).fetchall()]


def score(conn: Connection, table: str) -> None:
    """Fills recency, frequency, monetary, rfm and best in `table` (a lifecycle stats table).

    `best` must default to 0 in `table`; prospects get NULL scores. Only rows whose scores
    change are written, so scoring customer_stats again after a few customers changed is cheap.
    """
    params: dict[str, Any] = {}
    terms = {}
    conn.execute(
        text(
            f"UPDATE {table} SET recency = NULL, frequency = NULL, monetary = NULL, rfm = NULL,"
            " best = 0 WHERE orders = 0 AND (rfm IS NOT NULL OR best)"
        )
    )
    for name, column in _MEASURES.items():
        values = _sorted(conn, table, column)
        if not values:
            return
        for k, cut in enumerate(_cut_points(values), start=2):
            params[f"{name}{k}"] = cut
        terms[name] = "(1 + " + " + ".join(f"({column} > :{name}{k})" for k in range(2, 6)) + ")"
    top = -(-len(values) * BEST_PERCENT // 100)  # ceil(2 % of n), at least 1
    params["best_min"] = values[-top]  # `values` holds total_minor, sorted
    r, f, m = terms["recency"], terms["frequency"], terms["monetary"]
    scores = {
        "recency": r,
        "frequency": f,
        "monetary": m,
        "rfm": f"{r} * 100 + {f} * 10 + {m}",
        "best": "total_minor >= :best_min",
    }
    changed = " OR ".join(f"{c} IS NOT ({e})" for c, e in scores.items())
    conn.execute(
        text(
            f"UPDATE {table} SET {', '.join(f'{c} = {e}' for c, e in scores.items())}"
            f" WHERE orders > 0 AND ({changed})"
        ),
        params,
    )
