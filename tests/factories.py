"""Small builders for hand-made databases where the right answer is known."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import Connection, insert

from lifecrm.core.storage.models import Customer, Order, OrderItem, table
from lifecrm.core.text import customer_keys, email_key

CREATED = datetime(2020, 1, 1, tzinfo=UTC)


def add_customer(
    conn: Connection,
    name: str,
    *,
    email: str | None = None,
    phone: str | None = None,
    first_name: str | None = None,
    last_name: str | None = None,
    created: datetime = CREATED,
) -> int:
    values = {
        "name": name,
        "first_name": first_name,
        "last_name": last_name,
        "email": email,
        "email_key": email_key(email),
        "phone": phone,
        "created_at": created,
        "updated_at": created,
        **customer_keys(name, first_name, last_name, email, phone),
    }
    return int(conn.execute(insert(table(Customer)), values).inserted_primary_key[0])


def add_order(
    conn: Connection,
    customer_id: int,
    on: date,
    total_minor: int = 1000,
    *,
    status: str = "completed",
    currency: str = "HUF",
    items: Sequence[tuple[str, int, int]] = (),
    number: str | None = None,
) -> int:
    order_id = conn.execute(
        insert(table(Order)),
        {
            "customer_id": customer_id,
            "order_date": on,
            "total_minor": total_minor,
            "currency": currency,
            "status": status,
            "number": number,
            "source": "test" if number else None,
        },
    ).inserted_primary_key[0]
    for product, quantity, price in items:
        conn.execute(
            insert(table(OrderItem)),
            {
                "order_id": order_id,
                "product": product,
                "quantity": quantity,
                "unit_price_minor": price,
            },
        )
    return int(order_id)


def add_history(
    conn: Connection,
    name: str,
    as_of: date,
    orders: int,
    days_since_last: int,
    *,
    total_minor: int = 1000,
    gap_days: int = 10,
) -> int:
    """A customer with `orders` orders, the last one `days_since_last` days before `as_of`."""
    cid = add_customer(conn, name)
    for k in range(orders):
        add_order(conn, cid, as_of - timedelta(days=days_since_last + k * gap_days), total_minor)
    return cid
