"""The import history, and undoing the newest import.

Undo takes away the orders and people an import created and puts back, from their
before-images, the people and orders it changed. Only the newest import that is still in
place can be undone: an older one may have been built upon since.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import Connection, delete, insert, select, update

from lifecrm.core import lifecycle
from lifecrm.core.errors import UserError
from lifecrm.core.i18n import N_
from lifecrm.core.storage.db import Database
from lifecrm.core.storage.models import Customer, ImportBatch, ImportUndo, Order, table
from lifecrm.core.text import customer_keys, email_key

_batches = table(ImportBatch)
_undo = table(ImportUndo)
_customers = table(Customer)
_orders = table(Order)
_DATE_FIELDS = {"birthday", "order_date"}


class CannotUndo(UserError):
    code = "cannot_undo"


@dataclass(frozen=True)
class ImportRecord:
    id: int
    file_name: str
    imported_at: datetime
    rows: int
    customers_created: int
    customers_updated: int
    orders_created: int
    orders_updated: int
    orders_unchanged: int
    problems: int
    undone_at: datetime | None


def start_batch(conn: Connection, file_name: str, source: str, now: datetime) -> int:
    result = conn.execute(
        insert(_batches).values(file_name=file_name, source=source, imported_at=now)
    )
    pk = result.inserted_primary_key
    assert pk is not None
    return int(pk[0])


def finish_batch(conn: Connection, import_id: int, counts: dict[str, int]) -> None:
    conn.execute(update(_batches).where(_batches.c.id == import_id).values(**counts))


def list_imports(conn: Connection, limit: int = 100) -> list[ImportRecord]:
    """Newest first."""
    rows = conn.execute(select(_batches).order_by(_batches.c.id.desc()).limit(limit))
    return [
        ImportRecord(
            id=r.id,
            file_name=r.file_name,
            imported_at=r.imported_at,
            rows=r.rows,
            customers_created=r.customers_created,
            customers_updated=r.customers_updated,
            orders_created=r.orders_created,
            orders_updated=r.orders_updated,
            orders_unchanged=r.orders_unchanged,
            problems=r.problems,
            undone_at=r.undone_at,
        )
        for r in rows
    ]


def undoable_import(conn: Connection) -> int | None:
    """The one import that can be undone now: the newest still in place."""
    return conn.execute(
        select(_batches.c.id)
        .where(_batches.c.undone_at.is_(None))
        .order_by(_batches.c.id.desc())
        .limit(1)
    ).scalar()


def _restore(conn: Connection, import_id: int) -> None:
    images = conn.execute(
        select(_undo.c.kind, _undo.c.row_id, _undo.c.before)
        .where(_undo.c.import_id == import_id)
        .order_by(_undo.c.id.desc())
    )
    for kind, row_id, before in images:
        values = json.loads(before)
        for key in _DATE_FIELDS & values.keys():
            if values[key] is not None:
                values[key] = date.fromisoformat(values[key])
        target = _customers if kind == "customer" else _orders
        if kind == "customer":
            names = (values[k] for k in ("name", "first_name", "last_name", "email", "phone"))
            values.update(customer_keys(*names), email_key=email_key(values["email"]))
        conn.execute(update(target).where(target.c.id == row_id).values(**values))


def undo_import(db: Database, import_id: int, *, as_of: date | None = None) -> ImportRecord:
    """Undoes import `import_id` (the newest one still in place) and recomputes stages."""
    with db.write() as conn:
        in_place = (
            conn.execute(
                select(_batches.c.id)
                .where(_batches.c.undone_at.is_(None))
                .order_by(_batches.c.id.desc())
            )
            .scalars()
            .all()
        )
        if import_id not in in_place:
            raise CannotUndo(
                N_("There is no import {import_id} to undo (it may be undone already)."),
                import_id=import_id,
            )
        if in_place[0] != import_id:
            raise CannotUndo(
                N_(
                    "Only the newest import can be undone; undo import {newest} first.",
                    newest=in_place[0],
                ),
                import_id=import_id,
            )
        conn.execute(delete(_orders).where(_orders.c.import_id == import_id))
        _restore(conn, import_id)
        conn.execute(delete(_customers).where(_customers.c.import_id == import_id))
        conn.execute(
            update(_batches).where(_batches.c.id == import_id).values(undone_at=datetime.now(UTC))
        )
        lifecycle.recompute_in(conn, as_of or date.today())
        return next(r for r in list_imports(conn) if r.id == import_id)
