"""One customer in full: contact data, lifecycle facts, orders with items, and their timeline."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from sqlalchemy import Connection, insert, text, update

from lifecrm.core.customers import CustomerRow, customer_rows
from lifecrm.core.errors import UserError
from lifecrm.core.i18n import N_
from lifecrm.core.lifecycle import Stage
from lifecrm.core.storage.db import Database
from lifecrm.core.storage.models import NOT_COUNTED_STATUSES, Customer, Event, table


class CustomerNotFound(UserError):
    code = "customer_not_found"


@dataclass(frozen=True)
class OrderLine:
    product: str
    sku: str | None
    quantity: int
    unit_price_minor: int | None


@dataclass(frozen=True)
class OrderView:
    id: int
    number: str | None
    order_date: date
    total_minor: int
    currency: str
    status: str
    items: list[OrderLine] = field(default_factory=list)

    @property
    def counted(self) -> bool:
        """Cancelled, refunded and failed orders are kept but do not count toward stages."""
        return self.status not in NOT_COUNTED_STATUSES


@dataclass(frozen=True)
class TimelineEntry:
    """A dated fact; the front ends phrase it (kind: added, first_order, stage, or an event's
    kind: note, email, optout)."""

    on: date
    kind: str
    summary: str = ""
    order: OrderView | None = None
    from_stage: Stage | None = None
    to_stage: Stage | None = None
    detail: str = ""  # an event's detail, e.g. the campaign an e-mail belonged to


@dataclass(frozen=True)
class CustomerProfile:
    row: CustomerRow
    birthday: date | None
    country: str | None
    notes: str
    created_at: datetime
    stage_since: date | None
    recency: int | None
    frequency: int | None
    monetary: int | None
    orders: list[OrderView]
    timeline: list[TimelineEntry]  # newest first

    def days_since_last_order(self, as_of: date) -> int | None:
        last = self.row.last_order
        return None if last is None else (as_of - last).days


def _parse_dt(value: object) -> datetime:
    parsed = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _orders(conn: Connection, customer_id: int) -> list[OrderView]:
    items: dict[int, list[OrderLine]] = {}
    for r in conn.execute(
        text(
            "SELECT i.order_id, i.product, i.sku, i.quantity, i.unit_price_minor FROM order_item i"
            " JOIN orders o ON o.id = i.order_id WHERE o.customer_id = :c ORDER BY i.id"
        ),
        {"c": customer_id},
    ):
        items.setdefault(r.order_id, []).append(
            OrderLine(r.product, r.sku, r.quantity, r.unit_price_minor)
        )
    return [
        OrderView(
            id=r.id,
            number=r.number,
            order_date=date.fromisoformat(r.order_date),
            total_minor=r.total_minor,
            currency=r.currency,
            status=r.status,
            items=items.get(r.id, []),
        )
        for r in conn.execute(
            text(
                "SELECT id, number, order_date, total_minor, currency, status FROM orders"
                " WHERE customer_id = :c ORDER BY order_date DESC, id DESC"
            ),
            {"c": customer_id},
        )
    ]


def _timeline(
    conn: Connection, customer_id: int, orders: list[OrderView], added: TimelineEntry
) -> list[TimelineEntry]:
    """What happened with the customer, beyond the order list it would only repeat: when they
    came (by hand or from which file), their first order, stage moves, e-mails, notes, opt-out."""
    entries = [added]
    counted = [o for o in orders if o.counted]
    if counted:
        first = counted[-1]  # orders are newest first
        entries.append(TimelineEntry(on=first.order_date, kind="first_order", order=first))
    for r in conn.execute(
        text(
            "SELECT from_stage, to_stage, changed_on FROM stage_change WHERE customer_id = :c"
            " ORDER BY changed_on, id"
        ),
        {"c": customer_id},
    ):
        entries.append(
            TimelineEntry(
                on=date.fromisoformat(r.changed_on),
                kind="stage",
                from_stage=Stage(r.from_stage) if r.from_stage else None,
                to_stage=Stage(r.to_stage),
            )
        )
    for r in conn.execute(
        text("SELECT occurred_at, kind, summary, detail FROM event WHERE customer_id = :c"),
        {"c": customer_id},
    ):
        on = _parse_dt(r.occurred_at).date()
        entries.append(TimelineEntry(on=on, kind=r.kind, summary=r.summary, detail=r.detail))
    # Newest first; on the same day a stage change follows the order that caused it, and
    # everything follows the customer's arrival.
    rank = {"stage": 0, "first_order": 1, "added": 3}
    entries.sort(key=lambda e: (e.on, -rank.get(e.kind, 2)), reverse=True)
    return entries


def customer_profile(conn: Connection, customer_id: int) -> CustomerProfile:
    rows = customer_rows(conn, [customer_id])
    if customer_id not in rows:
        raise CustomerNotFound(N_("There is no customer with id {id}."), id=customer_id)
    extra = conn.execute(
        text(
            "SELECT c.birthday, c.country, c.notes, c.created_at, s.stage_since, s.recency,"
            " s.frequency, s.monetary, b.file_name FROM customer c JOIN customer_stats s"
            " ON s.customer_id = c.id LEFT JOIN import_batch b ON b.id = c.import_id"
            " WHERE c.id = :c"
        ),
        {"c": customer_id},
    ).one()
    orders = _orders(conn, customer_id)
    created_at = _parse_dt(extra.created_at)
    # "added" names the file they were imported from; no file: added by hand (or the demo)
    added = TimelineEntry(on=created_at.date(), kind="added", summary=extra.file_name or "")
    return CustomerProfile(
        row=rows[customer_id],
        birthday=date.fromisoformat(extra.birthday) if extra.birthday else None,
        country=extra.country,
        notes=extra.notes,
        created_at=created_at,
        stage_since=date.fromisoformat(extra.stage_since) if extra.stage_since else None,
        recency=extra.recency,
        frequency=extra.frequency,
        monetary=extra.monetary,
        orders=orders,
        timeline=_timeline(conn, customer_id, orders, added),
    )


def save_notes(db: Database, customer_id: int, notes: str, now: datetime) -> bool:
    """Saves the free-text notes; returns False (and writes nothing) when they did not change.

    Each real change also leaves a "note" entry on the timeline with its first line.
    """
    customer = table(Customer)
    with db.write() as conn:
        current = conn.execute(
            text("SELECT notes FROM customer WHERE id = :c"), {"c": customer_id}
        ).scalar()
        if current is None:
            raise CustomerNotFound(N_("There is no customer with id {id}."), id=customer_id)
        if current == notes:
            return False
        conn.execute(
            update(customer).where(customer.c.id == customer_id).values(notes=notes, updated_at=now)
        )
        first_line = next((line.strip() for line in notes.splitlines() if line.strip()), "")
        conn.execute(
            insert(table(Event)).values(
                customer_id=customer_id, occurred_at=now, kind="note", summary=first_line[:200]
            )
        )
    return True
