"""The tables: SQLModel classes for readable rows, Core on `Model.__table__` for bulk work.

Money is integer minor units with a currency code. `Customer.name_key` and `search_key` are
derived from the names, e-mail and phone (case- and accent-folded) because SQLite's own
LOWER/LIKE only fold ASCII: they let "toth" find "Tóth" and "иван" find "Иван" with an index.
Whoever writes a customer sets them through `lifecrm.core.text.customer_keys`.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, ForeignKey, Index, Integer, Table, UniqueConstraint
from sqlmodel import Field, SQLModel

from lifecrm.core.storage.statuses import NOT_COUNTED_STATUSES as NOT_COUNTED_STATUSES

metadata = SQLModel.metadata


def _fk(target: str, *, index: bool = True) -> Column[int]:
    return Column(Integer, ForeignKey(target, ondelete="CASCADE"), nullable=False, index=index)


class Customer(SQLModel, table=True):
    __tablename__ = "customer"
    # Identity without e-mail or customer number: the name plus the phone.
    __table_args__ = (Index("ix_customer_phone_key", "name_key", "phone"),)

    id: int | None = Field(default=None, primary_key=True)
    name: str = ""  # as the source gave it, for display
    first_name: str | None = None
    last_name: str | None = None
    middle_name: str | None = None  # e.g. a Russian patronymic, kept for formal address
    email: str | None = None  # original spelling, for display and sending
    email_key: str | None = Field(default=None, unique=True)  # trimmed, case-folded identity
    phone: str | None = None
    customer_number: str | None = Field(default=None, index=True)  # the source system's id
    birthday: date | None = None
    language: str | None = None  # ISO 639-1: en, hu, ru, is, sl ...
    country: str | None = None  # ISO 3166-1 alpha-2
    notes: str = ""
    opted_out: bool = False
    accepts_marketing: bool | None = None  # as the shop's export says; None when unknown
    created_at: datetime
    updated_at: datetime
    name_key: str = Field(default="", index=True)
    search_key: str = ""
    import_id: int | None = Field(default=None, index=True)  # the import that created them


class Order(SQLModel, table=True):
    __tablename__ = "orders"
    __table_args__ = (
        UniqueConstraint("source", "number", name="uq_orders_source_number"),
        UniqueConstraint("source", "source_key", name="uq_orders_source_key"),
        # Covering index for the lifecycle GROUP BY: it never has to touch the table itself.
        Index(
            "ix_orders_lifecycle", "customer_id", "status", "order_date", "total_minor", "currency"
        ),
        Index("ix_orders_customer_date", "customer_id", "order_date", "status"),
    )

    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = Field(sa_column=_fk("customer.id", index=False))  # ix_orders_lifecycle
    number: str | None = None  # the source's order number
    source: str | None = None  # where it came from (an import's origin), with `number` the identity
    # The identity within `source`: the order number, or a fingerprint of (customer, date, total,
    # items) for files without one, so a re-import finds the same order.
    source_key: str | None = None
    import_id: int | None = Field(default=None, index=True)
    order_date: date
    total_minor: int
    currency: str
    status: str = "completed"  # normalised: completed, pending, cancelled, refunded, failed


class OrderItem(SQLModel, table=True):
    __tablename__ = "order_item"
    # Segments on products read only the lines of the products named (migration 0007).
    __table_args__ = (
        Index("ix_order_item_product", "product", "order_id"),
        Index("ix_order_item_sku", "sku", "order_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    order_id: int = Field(sa_column=_fk("orders.id"))
    product: str
    sku: str | None = None
    quantity: int = 1
    unit_price_minor: int | None = None


class Event(SQLModel, table=True):
    """Something that happened with a customer and belongs on their timeline (a note, a call...)."""

    __tablename__ = "event"

    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = Field(sa_column=_fk("customer.id"))
    occurred_at: datetime
    kind: str  # note, email, call, import ...
    summary: str
    detail: str = ""


class StageChange(SQLModel, table=True):
    """A move from one lifecycle stage to another, dated when it really happened."""

    __tablename__ = "stage_change"

    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = Field(sa_column=_fk("customer.id"))
    from_stage: str | None = None  # None: the first stage we ever computed for them
    to_stage: str
    changed_on: date


class CustomerStats(SQLModel, table=True):
    """Each customer's lifecycle facts as of `Setting['stats_as_of']`, rebuilt by a recompute.

    A cache of what the orders say, so a 100k-row list can sort and filter in SQL instantly.
    """

    __tablename__ = "customer_stats"
    __table_args__ = (
        Index("ix_stats_stage_total", "stage", "total_minor"),
        Index("ix_stats_stage_last", "stage", "last_order"),
        Index("ix_stats_stage_orders", "stage", "orders"),
        Index("ix_stats_total", "total_minor"),
        Index("ix_stats_last", "last_order"),
        Index("ix_stats_orders", "orders"),
        Index("ix_stats_rfm", "rfm"),
        Index("ix_stats_trend", "trend"),
    )

    customer_id: int = Field(
        sa_column=Column(Integer, ForeignKey("customer.id", ondelete="CASCADE"), primary_key=True)
    )
    orders: int = 0
    total_minor: int = 0
    currency: str | None = None
    first_order: date | None = None
    last_order: date | None = None
    stage: str
    stage_since: date | None = None
    recency: int | None = None  # R, F, M scores 1-5; None for a prospect
    frequency: int | None = None
    monetary: int | None = None
    rfm: int | None = None  # R*100 + F*10 + M, for sorting
    best: bool = False  # top 2 % by monetary value
    trend: str | None = None  # rising, steady, falling (lifecrm.core.trend); None: too few


class ImportBatch(SQLModel, table=True):
    """One import of one file, with its counts; undoable while it is the newest."""

    __tablename__ = "import_batch"

    id: int | None = Field(default=None, primary_key=True)
    file_name: str
    source: str
    imported_at: datetime
    rows: int = 0
    customers_created: int = 0
    customers_updated: int = 0
    orders_created: int = 0
    orders_updated: int = 0
    orders_unchanged: int = 0
    problems: int = 0
    undone_at: datetime | None = None


class ImportUndo(SQLModel, table=True):
    """A row an import changed, as it was before (JSON), to put back when the import is undone."""

    __tablename__ = "import_undo"

    id: int | None = Field(default=None, primary_key=True)
    import_id: int = Field(sa_column=_fk("import_batch.id"))
    kind: str  # customer, order
    row_id: int
    before: str


class Segment(SQLModel, table=True):
    """A saved question about customers ("birthday this month"), kept as its conditions (JSON)."""

    __tablename__ = "segment"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    definition: str  # JSON
    created_at: datetime
    updated_at: datetime


class Template(SQLModel, table=True):
    """The owner's own or edited e-mail template; it wins over the built-in one of the same key."""

    __tablename__ = "template"
    __table_args__ = (UniqueConstraint("key", "language", name="uq_template_key_language"),)

    id: int | None = Field(default=None, primary_key=True)
    key: str
    language: str
    name: str
    stage: str | None = None  # the stage it is meant for, if any
    subject: str
    body: str  # plain text (Jinja2)
    html: str | None = None  # written beside the text; None: generated from it
    updated_at: datetime


class DiscountCode(SQLModel, table=True):
    """A code given to one customer, so a later import can tell who used theirs."""

    __tablename__ = "discount_code"

    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = Field(sa_column=_fk("customer.id"))
    code: str = Field(unique=True)
    template_key: str
    created_at: datetime
    used_at: datetime | None = None


class Campaign(SQLModel, table=True):
    """One batch of messages from one template to one audience (a stage, a segment, a choice)."""

    __tablename__ = "campaign"

    id: int | None = Field(default=None, primary_key=True)
    name: str
    template_key: str
    audience: str  # "stage:lost", "segment:Birthday this month", "customers"
    created_at: datetime


class OutboxMessage(SQLModel, table=True):
    """A message to send, as rendered when queued, and where it is on its way.

    state: queued -> sending -> sent | failed | uncertain (the app stopped between handing it
    to the server and recording the answer: the owner decides) ; or skipped.
    """

    __tablename__ = "outbox"
    __table_args__ = (
        Index("ix_outbox_state", "state", "next_attempt_at"),
        Index("ix_outbox_customer_sent", "customer_id", "sent_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    campaign_id: int = Field(sa_column=_fk("campaign.id"))
    customer_id: int = Field(sa_column=_fk("customer.id", index=False))
    email: str
    name: str
    language: str
    subject: str
    text: str
    html: str
    raw: str | None = None  # the message as it goes out (7-bit), built when queued, no Date
    raw_sender: str | None = None  # the From it was built with: rebuilt if the account changed
    message_id: str = Field(unique=True)
    state: str
    attempts: int = 0
    next_attempt_at: datetime | None = None
    last_error: str = ""
    queued_at: datetime
    sending_at: datetime | None = None
    sent_at: datetime | None = Field(default=None, index=True)


class Setting(SQLModel, table=True):
    """Business settings (thresholds, currency...) as JSON; window state lives in QSettings."""

    __tablename__ = "setting"

    key: str = Field(primary_key=True)
    value: str  # JSON


def table(model: type[SQLModel]) -> Table:
    """The Core table behind a model, for bulk inserts and updates."""
    core_table: Table = model.__table__  # type: ignore[attr-defined]
    return core_table
