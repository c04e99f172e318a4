"""A person's rights over their data: do not contact me, forget me, show me what you have.

Opting out is kept even for an address the shop has never seen (a line on an unsubscribe
list), so a later import cannot bring the person back into a campaign. Forgetting removes
the person with everything about them, including the before-images an import kept for undo.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from lifecrm.core.errors import UserError
from lifecrm.core.i18n import N_
from lifecrm.core.importing.fields import Field
from lifecrm.core.importing.headers import guess_mapping
from lifecrm.core.importing.readers import read_file
from lifecrm.core.importing.values import ValueProblem, parse_email
from lifecrm.core.storage.models import (
    Customer,
    CustomerStats,
    DiscountCode,
    Event,
    ImportUndo,
    Order,
    OrderItem,
    OutboxMessage,
    StageChange,
    table,
)
from lifecrm.core.text import customer_keys, email_key

_customers = table(Customer)


class UnknownPerson(UserError):
    code = "unknown_person"


def _find(conn: Connection, email: str) -> int | None:
    key = email_key(email)
    if key is None:
        raise UnknownPerson(N_("Give an e-mail address."))
    found = conn.execute(select(_customers.c.id).where(_customers.c.email_key == key)).scalar()
    return int(found) if found is not None else None


def opt_out(conn: Connection, email: str, *, now: datetime | None = None) -> bool:
    """Marks the address do-not-contact; True if it was a customer we knew."""
    moment = now or datetime.now(UTC)
    customer_id = _find(conn, email)
    if customer_id is not None:
        already = conn.execute(
            select(_customers.c.opted_out).where(_customers.c.id == customer_id)
        ).scalar()
        if already:
            return True
        conn.execute(
            update(_customers)
            .where(_customers.c.id == customer_id)
            .values(opted_out=True, updated_at=moment)
        )
        conn.execute(
            insert(table(Event)).values(
                customer_id=customer_id, occurred_at=moment, kind="optout",
                summary="Asked not to be contacted",
            )
        )  # fmt: skip
        return True
    address = email.strip()
    conn.execute(
        insert(_customers).values(
            name=address, email=address, email_key=email_key(address), opted_out=True,
            created_at=moment, updated_at=moment, **customer_keys(address, email=address),
        )
    )  # fmt: skip
    return False


def forget(conn: Connection, email: str) -> dict[str, int]:
    """Erases the person and everything about them; the counts say what went."""
    customer_id = _find(conn, email)
    if customer_id is None:
        raise UnknownPerson(
            N_(("There is no customer with the address {value}."), value=email.strip())
        )
    return forget_customer(conn, customer_id)


def forget_customer(conn: Connection, customer_id: int) -> dict[str, int]:
    """`forget` for a customer known by id (the window's, who may have no e-mail address)."""
    removed: dict[str, int] = {}
    orders = select(table(Order).c.id).where(table(Order).c.customer_id == customer_id)
    removed["order_items"] = _delete(conn, OrderItem, table(OrderItem).c.order_id.in_(orders))
    for model, name in (
        (Order, "orders"), (Event, "events"), (StageChange, "stage_changes"),
        (OutboxMessage, "messages"), (DiscountCode, "discount_codes"),
    ):  # fmt: skip
        removed[name] = _delete(conn, model, table(model).c.customer_id == customer_id)
    _delete(conn, CustomerStats, table(CustomerStats).c.customer_id == customer_id)
    undo = table(ImportUndo)
    removed["import_records"] = _delete(
        conn, ImportUndo, (undo.c.kind == "customer") & (undo.c.row_id == customer_id)
    )
    _delete(conn, Customer, _customers.c.id == customer_id)
    return removed


def _delete(conn: Connection, model: Any, where: Any) -> int:
    return int(conn.execute(delete(table(model)).where(where)).rowcount or 0)


def _rows(conn: Connection, model: Any, where: Any) -> list[dict[str, Any]]:
    return [dict(r._mapping) for r in conn.execute(select(table(model)).where(where))]


def export_person(conn: Connection, email: str) -> dict[str, Any]:
    """Everything the shop keeps about one person, as plain JSON-ready data."""
    customer_id = _find(conn, email)
    if customer_id is None:
        raise UnknownPerson(
            N_("There is no customer with the address {email}.", email=email.strip())
        )
    (person,) = _rows(conn, Customer, _customers.c.id == customer_id)
    for internal in ("name_key", "search_key", "email_key", "import_id"):
        person.pop(internal, None)
    orders = _rows(conn, Order, table(Order).c.customer_id == customer_id)
    for order in orders:
        order["items"] = _rows(conn, OrderItem, table(OrderItem).c.order_id == order["id"])
    doc = {
        "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "customer": person,
        "orders": orders,
        "timeline": _rows(conn, Event, table(Event).c.customer_id == customer_id),
        "messages": [
            {k: m[k] for k in ("subject", "text", "state", "sent_at", "queued_at")}
            for m in _rows(conn, OutboxMessage, table(OutboxMessage).c.customer_id == customer_id)
        ],
        "discount_codes": _rows(
            conn, DiscountCode, table(DiscountCode).c.customer_id == customer_id
        ),
        "stats": _rows(conn, CustomerStats, table(CustomerStats).c.customer_id == customer_id),
    }
    plain: dict[str, Any] = json.loads(json.dumps(doc, default=str))  # dates as ISO text
    return plain


@dataclass(frozen=True)
class OptOutList:
    opted_out: int  # customers marked do-not-contact
    unknown: int  # addresses LifeCRM had not seen: kept, so no later import brings them back
    problems: list[tuple[int, str]]  # (row as the spreadsheet shows it, value) not an address


def opt_out_list(conn: Connection, path: Path) -> OptOutList:
    """An unsubscribe list (any spreadsheet or CSV with a column of e-mail addresses)."""

    table = read_file(path)
    column = next(
        (i for i, f in guess_mapping(table.headers).fields.items() if f == Field.EMAIL), None
    )
    if column is None:  # no header says so: the column where most cells are addresses
        counts = [sum("@" in str(cells[i] or "") for _n, cells in table.rows)
                  for i in range(len(table.headers))]  # fmt: skip
        if not counts or max(counts) == 0:
            raise UnknownPerson(
                N_("{source} has no column of e-mail addresses.", source=table.source)
            )
        column = counts.index(max(counts))
    known = unknown = 0
    problems: list[tuple[int, str]] = []
    seen: set[str] = set()
    for number, cells in table.rows:
        cell = cells[column]
        if cell is None or not str(cell).strip():
            continue
        try:
            address = parse_email(str(cell))
        except ValueProblem:
            problems.append((number, str(cell)))
            continue
        if (key := email_key(address)) in seen:
            continue
        seen.add(key or "")
        if opt_out(conn, address):
            known += 1
        else:
            unknown += 1
    return OptOutList(known, unknown, problems)
