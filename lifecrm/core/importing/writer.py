"""Writing what a file says into the database, inside the caller's transaction.

Existing people are found by e-mail, else customer number, else name plus phone; a matched
person gains what the file adds (a phone, a birthday) and takes the file's name only when the
file is newer than what we know of them. Every row an import changes keeps its before-image,
so the import can be undone.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, func, insert, select, text, update

from lifecrm.core.i18n import N_
from lifecrm.core.importing.doubts import WORSE_NAME_REASON
from lifecrm.core.importing.grouping import Conflict, OrderIn, PersonIn
from lifecrm.core.importing.quality import worse_text
from lifecrm.core.importing.rows import RowProblem
from lifecrm.core.money import to_minor
from lifecrm.core.storage.batches import chunks
from lifecrm.core.storage.models import Customer, ImportUndo, Order, OrderItem, table
from lifecrm.core.text import customer_keys, digits, fold

_customers = table(Customer)
_orders = table(Order)
_items = table(OrderItem)
_undo = table(ImportUndo)

# Customer columns an import may fill in or change, and the orders' columns it compares.
_PERSON_FIELDS = (
    "name",
    "first_name",
    "last_name",
    "middle_name",
    "email",
    "phone",
    "customer_number",
    "birthday",
    "accepts_marketing",
)
_NAME_FIELDS = ("name", "first_name", "last_name", "middle_name")
_ORDER_FIELDS = ("customer_id", "order_date", "total_minor", "currency", "status")
CHUNK = 5000
_INSERT_ORDER = (
    "INSERT INTO orders (id, customer_id, number, source, source_key, import_id, order_date,"
    " total_minor, currency, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_EXISTING_ORDERS = (
    "SELECT source_key, id, customer_id, order_date, total_minor, currency, status"
    " FROM orders WHERE source = ?"
)
_INSERT_ITEM = (
    "INSERT INTO order_item (order_id, product, sku, quantity, unit_price_minor)"
    " VALUES (?, ?, ?, ?, ?)"
)
TAKEN_REASON = N_("this order number belongs to another customer's order already imported; skipped")


@dataclass
class Written:
    customers_created: int = 0
    customers_updated: int = 0
    customers_unchanged: int = 0
    orders_created: int = 0
    orders_updated: int = 0
    orders_unchanged: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)


@dataclass(slots=True)
class _Known:
    id: int
    email_key: str | None
    customer_number: str | None


class _Directory:
    """Who is already in the database, by each identity the file may use."""

    def __init__(self, conn: Connection) -> None:
        self.by_email: dict[str, int] = {}
        self.by_number: dict[str, _Known] = {}
        self.by_name_phone: dict[tuple[str, str], int] = {}
        c = _customers.c
        rows = conn.execute(select(c.id, c.email_key, c.customer_number, c.name_key, c.phone))
        for id_, key, number, name_key, phone in rows:
            if key:
                self.by_email[key] = id_
            if number:
                self.by_number.setdefault(number, _Known(id_, key, number))
            if not key and not number:
                self.by_name_phone.setdefault((name_key, digits(phone)), id_)

    def find(self, person: PersonIn) -> int | None:
        if person.email_key and person.email_key in self.by_email:
            return self.by_email[person.email_key]
        if person.customer_number:
            known = self.by_number.get(person.customer_number)
            # The same number with another e-mail is another person (or another shop's numbering).
            if known and (known.email_key is None or known.email_key == person.email_key):
                return known.id
            return None
        if person.email_key:
            return None
        return self.by_name_phone.get((person.name_key, digits(person.phone)))


def _load(conn: Connection, ids: list[int]) -> dict[int, dict[str, Any]]:
    """The known people's fields, and the day of their newest order (to tell who is newer)."""
    c, o = _customers.c, _orders.c
    found: dict[int, dict[str, Any]] = {}
    for chunk in chunks(ids):
        cols = [c.id, *(getattr(c, f) for f in _PERSON_FIELDS)]
        for row in conn.execute(select(*cols).where(c.id.in_(chunk))):
            found[row.id] = dict(row._mapping)
        newest = (
            select(o.customer_id, func.max(o.order_date))
            .where(o.customer_id.in_(chunk))
            .group_by(o.customer_id)
        )
        for customer_id, last_order in conn.execute(newest):
            found[customer_id]["_last"] = last_order
    return found


def _changes(person: PersonIn, before: dict[str, Any], written: Written) -> dict[str, Any]:
    """What the file adds to a known person: empty fields filled, the name if it is newer."""
    changes: dict[str, Any] = {}
    for f in _PERSON_FIELDS:
        if f in _NAME_FIELDS:
            continue
        new = getattr(person, f)
        if new is not None and before.get(f) in (None, ""):
            changes[f] = new
    if person.name and fold(person.name) != fold(before.get("name")):
        last = before.get("_last")
        last_day = date.fromisoformat(last) if isinstance(last, str) else last
        identity = person.email or person.customer_number or ""
        if worse_text(before.get("name"), person.name):
            written.conflicts.append(
                Conflict(person.name_row, identity, before["name"], person.name, WORSE_NAME_REASON)
            )
        elif (
            not before.get("name")
            or last_day is None
            or (person.latest is not None and person.latest >= last_day)
        ):
            changes.update({f: getattr(person, f) for f in _NAME_FIELDS})
            if before.get("name"):
                written.conflicts.append(
                    Conflict(
                        person.name_row,
                        identity,
                        person.name,
                        before["name"],
                        N_("the file is newer than what was known; name updated"),
                    )
                )
        else:
            written.conflicts.append(
                Conflict(
                    person.name_row,
                    identity,
                    before["name"],
                    person.name,
                    N_("the file is older than what was known; name kept"),
                )
            )
    return changes


def _keys(values: dict[str, Any]) -> dict[str, str]:
    return customer_keys(
        values.get("name"),
        values.get("first_name"),
        values.get("last_name"),
        values.get("email"),
        values.get("phone"),
    )


def write_people(
    conn: Connection,
    people: list[PersonIn],
    *,
    import_id: int,
    now: datetime,
    language: str | None = None,
) -> tuple[Written, dict[int, int]]:
    """Creates or updates everyone; returns the counts and each person's customer id.

    New people get `language` (the file's own, when it is written in one of our users'
    languages), so their messages are drafted in it.
    """
    written = Written()
    directory = _Directory(conn)
    ids: dict[int, int] = {}  # id(person) -> customer id
    matched = {id(p): directory.find(p) for p in people}
    known = _load(conn, [i for i in matched.values() if i is not None])
    next_id = int(conn.execute(text("SELECT COALESCE(MAX(id), 0) FROM customer")).scalar_one())
    new_rows: list[dict[str, Any]] = []
    for person in people:
        customer_id = matched[id(person)]
        if customer_id is None:
            next_id += 1
            ids[id(person)] = next_id
            values = {f: getattr(person, f) for f in _PERSON_FIELDS}
            values["name"] = values["name"] or person.email or person.customer_number or ""
            new_rows.append(
                {
                    "id": next_id,
                    **values,
                    "email_key": person.email_key,
                    "notes": person.note or "",
                    "opted_out": False,
                    "created_at": now,
                    "updated_at": now,
                    "import_id": import_id,
                    "language": language,
                    **_keys(values),
                }
            )
            continue
        ids[id(person)] = customer_id
        before = known[customer_id]
        changes = _changes(person, before, written)
        if not changes:
            written.customers_unchanged += 1
            continue
        written.customers_updated += 1
        stored = {f: before[f] for f in _PERSON_FIELDS}
        conn.execute(
            insert(_undo),
            {
                "import_id": import_id,
                "kind": "customer",
                "row_id": customer_id,
                "before": json.dumps(stored, default=str),
            },
        )
        merged = {**stored, **changes}
        if "email" in changes:
            changes["email_key"] = person.email_key
        conn.execute(
            update(_customers)
            .where(_customers.c.id == customer_id)
            .values(**changes, updated_at=now, **_keys(merged))
        )
    for chunk in chunks(new_rows, CHUNK):
        conn.execute(insert(_customers), list(chunk))
    written.customers_created = len(new_rows)
    return written, ids


def write_orders(
    conn: Connection,
    orders: list[OrderIn],
    customer_ids: dict[int, int],
    written: Written,
    *,
    source: str,
    import_id: int,
) -> None:
    """Creates new orders with their items; an order seen before is updated if it changed."""
    raw = conn.connection.driver_connection
    assert raw is not None
    # Straight from the driver, as tuples: at a million orders SQLAlchemy's rows cost seconds.
    existing = {
        key: row
        for key, *row in raw.execute(_EXISTING_ORDERS, (source,))  # id, then _ORDER_FIELDS
    }
    next_id = int(conn.execute(text("SELECT COALESCE(MAX(id), 0) FROM orders")).scalar_one())
    new_orders: list[tuple[Any, ...]] = []
    new_items: list[tuple[Any, ...]] = []
    created = 0
    for order in orders:
        customer_id = customer_ids[id(order.person)]
        day = str(order.order_date)
        status = str(order.status)
        seen = existing.get(order.source_key)
        if seen is not None:
            if seen[1] != customer_id:
                # Another file's order with the same number: never move it to another person.
                written.problems.append(
                    RowProblem(order.row, "", order.number or "", TAKEN_REASON, skipped=True)
                )
            elif (seen[2], seen[3], seen[4], seen[5]) == (
                day,
                order.total_minor,
                order.currency,
                status,
            ):
                written.orders_unchanged += 1
            else:
                values = (customer_id, day, order.total_minor, order.currency, status)
                _update_order(conn, seen, dict(zip(_ORDER_FIELDS, values, strict=True)), import_id)
                written.orders_updated += 1
            continue
        next_id += 1
        new_orders.append(
            (
                next_id,
                customer_id,
                order.number,
                source,
                order.source_key,
                import_id,
                day,
                order.total_minor,
                order.currency,
                status,
            )
        )
        for item in order.items:
            price = item.unit_price
            minor = None if price is None else to_minor(price.amount, order.currency or "XXX")
            new_items.append((next_id, item.product, item.sku, item.quantity, minor))
        if len(new_orders) >= CHUNK:  # written as they come: a big file's rows never pile up
            created += _insert(raw, new_orders, new_items)
    created += _insert(raw, new_orders, new_items)
    written.orders_created = created


def _insert(raw: Any, orders: list[tuple[Any, ...]], items: list[tuple[Any, ...]]) -> int:
    """Plain executemany (a dict per row costs more than the insert); empties both lists."""
    count = len(orders)
    for sql, rows in ((_INSERT_ORDER, orders), (_INSERT_ITEM, items)):
        if rows:
            raw.executemany(sql, rows)
        rows.clear()
    return count


def _update_order(
    conn: Connection, seen: Sequence[Any], values: dict[str, Any], import_id: int
) -> None:
    order_id, *old = seen
    before = dict(zip(_ORDER_FIELDS, old, strict=True))
    conn.execute(
        insert(_undo),
        {
            "import_id": import_id,
            "kind": "order",
            "row_id": order_id,
            "before": json.dumps(before, default=str),
        },
    )
    values["order_date"] = date.fromisoformat(values["order_date"])
    conn.execute(update(_orders).where(_orders.c.id == order_id).values(**values))
