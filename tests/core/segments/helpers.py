"""Hand-built shops for segment tests: every fact a condition looks at can be set directly."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import Connection, insert, update

from lifecrm.core import lifecycle
from lifecrm.core.segments import member_ids, parse
from lifecrm.core.storage.db import Database
from lifecrm.core.storage.models import Customer, OrderItem, table
from tests.factories import add_customer, add_order

AS_OF = date(2025, 12, 1)


def person(conn: Connection, name: str, *, email: str | None = None, **columns: Any) -> int:
    """A customer with any of: birthday, language, country, notes, opted_out."""
    cid = add_customer(conn, name, email=email)
    if columns:
        conn.execute(update(table(Customer)).where(table(Customer).c.id == cid).values(**columns))
    return cid


def order(
    conn: Connection,
    cid: int,
    on: date,
    total_minor: int = 1000,
    products: Sequence[str | tuple[str, str | None]] = (),
    *,
    status: str = "completed",
    currency: str = "HUF",
) -> int:
    """An order with items given as product names or (name, sku) pairs."""
    oid = add_order(conn, cid, on, total_minor, status=status, currency=currency)
    for p in products:
        name, sku = (p, None) if isinstance(p, str) else p
        conn.execute(insert(table(OrderItem)), {"order_id": oid, "product": name, "sku": sku})
    return oid


def members(db: Database, definition: Any, as_of: date = AS_OF) -> set[int]:
    """Recomputes the stats for `as_of`, then evaluates the JSON `definition`."""
    lifecycle.recompute(db, as_of)
    with db.read() as conn:
        return set(member_ids(conn, parse(definition), as_of))


def cond(field: str, op: str, value: Any = None) -> dict[str, Any]:
    doc: dict[str, Any] = {"field": field, "op": op}
    if value is not None:
        doc["value"] = value
    return doc
