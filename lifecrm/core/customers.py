"""Reading customers for lists: filter, search and sort in SQL, then fetch rows by id.

A 100k-customer list keeps only the sorted ids and asks for the rows it shows
(`customer_ids` then `customer_rows`), so sorting and typing stay instant.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import Connection, text

from lifecrm.core.lifecycle import STAGES, Stage
from lifecrm.core.text import fold


class SortKey(StrEnum):
    NAME = "name"
    EMAIL = "email"
    STAGE = "stage"
    ORDERS = "orders"
    TOTAL = "total"
    LAST_ORDER = "last_order"
    RFM = "rfm"


_STAGE_RANK = (
    "CASE s.stage " + " ".join(f"WHEN '{st}' THEN {i}" for i, st in enumerate(STAGES)) + " END"
)

# Every ORDER BY ends with the id so equal values keep a stable order; NULLs sort last ascending.
_ORDER_BY: dict[SortKey, str] = {
    SortKey.NAME: "c.name_key {d}, c.id {d}",
    SortKey.EMAIL: "c.email_key IS NULL, c.email_key {d}, c.id {d}",
    SortKey.STAGE: _STAGE_RANK + " {d}, c.id {d}",
    SortKey.ORDERS: "s.orders {d}, c.id {d}",
    SortKey.TOTAL: "s.total_minor {d}, c.id {d}",
    SortKey.LAST_ORDER: "s.last_order IS NULL, s.last_order {d}, c.id {d}",
    SortKey.RFM: "s.rfm IS NULL, s.rfm {d}, c.id {d}",
}


@dataclass(frozen=True)
class CustomerFilter:
    stage: Stage | None = None
    search: str = ""
    sort: SortKey = SortKey.NAME
    descending: bool = False


@dataclass(frozen=True)
class CustomerRow:
    id: int
    name: str
    first_name: str | None
    last_name: str | None
    email: str | None
    phone: str | None
    customer_number: str | None
    language: str | None
    opted_out: bool
    stage: Stage
    orders: int
    total_minor: int
    currency: str | None
    first_order: date | None
    last_order: date | None
    rfm: str | None  # "545", None for a prospect
    best: bool


def _like_pattern(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _where(flt: CustomerFilter) -> tuple[str, dict[str, object]]:
    clauses: list[str] = []
    params: dict[str, object] = {}
    if flt.stage is not None:
        clauses.append("s.stage = :stage")
        params["stage"] = str(flt.stage)
    for i, word in enumerate(fold(flt.search).split()):
        clauses.append(f"c.search_key LIKE :w{i} ESCAPE '\\'")
        params[f"w{i}"] = _like_pattern(word)
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def customer_ids(conn: Connection, flt: CustomerFilter = CustomerFilter()) -> list[int]:
    """The ids of matching customers in display order."""
    where, params = _where(flt)
    order = _ORDER_BY[flt.sort].format(d="DESC" if flt.descending else "ASC")
    sql = (
        "SELECT c.id FROM customer c JOIN customer_stats s ON s.customer_id = c.id"
        f"{where} ORDER BY {order}"
    )
    return list(conn.execute(text(sql), params).scalars())


_ROW_SQL = """
SELECT c.id, c.name, c.first_name, c.last_name, c.email, c.phone, c.customer_number, c.language,
       c.opted_out, s.stage, s.orders, s.total_minor, s.currency, s.first_order, s.last_order,
       s.rfm, s.best
FROM customer c JOIN customer_stats s ON s.customer_id = c.id
WHERE c.id IN ({ids})
"""

_CHUNK = 500  # stays well under SQLite's bound-parameter limit


def _as_date(value: object) -> date | None:
    return date.fromisoformat(str(value)) if value else None


def customer_rows(conn: Connection, ids: Iterable[int]) -> dict[int, CustomerRow]:
    """Rows for the given ids (unknown ids are simply absent)."""
    wanted = list(ids)
    rows: dict[int, CustomerRow] = {}
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        names = ", ".join(f":i{n}" for n in range(len(chunk)))
        params = {f"i{n}": cid for n, cid in enumerate(chunk)}
        for r in conn.execute(text(_ROW_SQL.format(ids=names)), params):
            rows[r.id] = CustomerRow(
                id=r.id,
                name=r.name,
                first_name=r.first_name,
                last_name=r.last_name,
                email=r.email,
                phone=r.phone,
                customer_number=r.customer_number,
                language=r.language,
                opted_out=bool(r.opted_out),
                stage=Stage(r.stage),
                orders=r.orders,
                total_minor=r.total_minor,
                currency=r.currency,
                first_order=_as_date(r.first_order),
                last_order=_as_date(r.last_order),
                rfm=None if r.rfm is None else str(r.rfm),
                best=bool(r.best),
            )
    return rows


def list_customers(conn: Connection, flt: CustomerFilter = CustomerFilter()) -> list[CustomerRow]:
    """Whole rows in display order, for the CLI and exports (the window pages instead)."""
    ids = customer_ids(conn, flt)
    rows = customer_rows(conn, ids)
    return [rows[i] for i in ids]


def count_customers(conn: Connection) -> int:
    return int(conn.execute(text("SELECT COUNT(*) FROM customer")).scalar_one())
