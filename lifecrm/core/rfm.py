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

from lifecrm.core import settings

BEST_PERCENT = 2
_CUTS_KEY = "rfm_cut_points"  # the last scoring's, to find what a new one changes

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


def score(conn: Connection, table: str, touched: str | None = None) -> None:
    """Fills recency, frequency, monetary, rfm and best in `table` (a lifecycle stats table).

    `best` must default to 0 in `table`; prospects get NULL scores. Only rows whose scores
    change are written. With `touched` (a subquery of the only customers whose figures changed
    since the last scoring), only they and the rows between a cut point's old and new value
    are looked at, through the columns' indexes, instead of every customer.
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
            settings.put(conn, _CUTS_KEY, None)
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
    where, bounds = f"orders > 0 AND ({changed})", dict[str, Any]()
    before = settings.get(conn, _CUTS_KEY) if touched else None
    if touched and isinstance(before, dict) and before.keys() == params.keys():
        near, bounds = _moved(touched, before, params)
        where += f" AND ({near})"
    sets = ", ".join(f"{c} = {e}" for c, e in scores.items())
    conn.execute(text(f"UPDATE {table} SET {sets} WHERE {where}"), {**params, **bounds})
    settings.put(conn, _CUTS_KEY, params)


def _moved(
    touched: str, before: dict[str, Any], params: dict[str, Any]
) -> tuple[str, dict[str, Any]]:
    """The rows whose scores may differ: the touched ones, and for each cut point that moved,
    those whose value lies between its old and its new place (with the bounds' parameters)."""
    columns = {f"{n}{k}": c for n, c in _MEASURES.items() for k in range(2, 6)}
    columns["best_min"] = "total_minor"
    terms = [f"customer_id IN {touched}"]
    bounds: dict[str, Any] = {}
    for key, new in params.items():
        if before[key] != new:
            bounds[f"lo_{key}"], bounds[f"hi_{key}"] = sorted((before[key], new))
            terms.append(f"{columns[key]} BETWEEN :lo_{key} AND :hi_{key}")
    return " OR ".join(terms), bounds
