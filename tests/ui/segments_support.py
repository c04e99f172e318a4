"""A shop for the segment tests: the conftest's customers plus birthdays and products.

Known answers on AS_OF (1 Dec 2025): Gergő and Anna have December birthdays; Jón and Guðrún
bought the city bicycle, only Guðrún the tyre; Emma bought a helmet.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import insert, select, update

from lifecrm.core.segments import Definition, count_segment, member_ids
from lifecrm.core.storage.db import Database
from lifecrm.core.storage.models import Customer, Order, OrderItem, table
from lifecrm.ui.main_window import MainWindow
from tests.ui.conftest import AS_OF

BIKE, TYRE, HELMET = "Bicycle, city", 'Tyre 28"', "Helmet"
_BIRTHDAYS = {
    "Gergő Tóth": date(1990, 12, 15),
    "Anna Kovács": date(1985, 12, 2),
    "Maja Novak": date(1970, 6, 1),
}
_BOUGHT = {
    "Jón Jónsson": [(BIKE, "BK-100")],
    "Guðrún Sigurðardóttir": [(BIKE, "BK-100"), (TYRE, "TY-28")],
    "Emma Brown": [(HELMET, "HL-1")],
}


def add_facts(db: Database) -> dict[str, int]:
    """Birthdays and products on top of `build_shop`; returns name -> id."""
    customers, orders, items = table(Customer), table(Order), table(OrderItem)
    with db.write() as conn:
        ids = {name: cid for name, cid in conn.execute(select(customers.c.name, customers.c.id))}
        for name, born in _BIRTHDAYS.items():
            conn.execute(update(customers).where(customers.c.id == ids[name]).values(birthday=born))
        for name, products in _BOUGHT.items():
            first = conn.execute(
                select(orders.c.id).where(orders.c.customer_id == ids[name]).limit(1)
            ).scalar_one()
            for product, sku in products:
                conn.execute(insert(items), {"order_id": first, "product": product, "sku": sku})
    return ids


def core_count(db: Database, definition: Definition) -> int:
    with db.read() as conn:
        return count_segment(conn, definition, AS_OF)


def core_members(db: Database, definition: Definition) -> set[int]:
    with db.read() as conn:
        return set(member_ids(conn, definition, AS_OF))


def idle(window: MainWindow) -> bool:
    """Neither the writer nor the segments' reader has anything left to do."""
    return not window.jobs.busy and not window.segments.reader.busy


@contextmanager
def segments_window(qtbot: QtBot, db: Database, tmp_path: Path) -> Iterator[MainWindow]:
    """The real window on `db`; every job finished before it closes."""
    win = MainWindow(db, as_of=AS_OF, demo_path=lambda: tmp_path / "demo.sqlite")
    qtbot.addWidget(win)
    win.show()
    try:
        yield win
    finally:
        qtbot.waitUntil(lambda: idle(win), timeout=30_000)
        win.shutdown()


def shown_ids(window: MainWindow) -> list[int]:
    model = window.model
    return [i for row in range(model.rowCount()) if (i := model.customer_id(row)) is not None]
