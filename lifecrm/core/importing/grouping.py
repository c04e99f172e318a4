"""Rows into people and orders: who is the same person, which rows are one order.

Within a file a person is the same when the e-mail matches (trimmed, case-folded), else the
customer number, else the name plus the phone. An order is its order number; a file without
numbers (a freelancer's job list) makes one order per row, identified by a fingerprint of
who, when, how much and what, so importing the same list again finds the same orders.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from lifecrm.core.i18n import N_
from lifecrm.core.importing.fields import Field, Status
from lifecrm.core.importing.rows import Row, RowProblem
from lifecrm.core.importing.values import Money
from lifecrm.core.money import to_minor
from lifecrm.core.text import digits, fold

NOT_COUNTED = (Status.CANCELLED, Status.REFUNDED, Status.FAILED)
_NAMES = ("name", "first_name", "last_name", "middle_name")


@dataclass(slots=True)
class PersonIn:
    """One person as the file describes them, merged over all their rows."""

    row: int  # the first row that names them
    email: str | None = None
    email_key: str | None = None
    customer_number: str | None = None
    name: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    middle_name: str | None = None
    phone: str | None = None
    birthday: date | None = None
    accepts_marketing: bool | None = None
    note: str | None = None
    latest: date | None = None  # their newest order in the file: decides between two names
    standalone: bool = False  # named on a row of their own, not only beside an order
    name_row: int = 0  # the row whose name was kept

    @property
    def name_key(self) -> str:
        return fold(self.name)

    @property
    def identity(self) -> str:
        if self.email_key:
            return f"e:{self.email_key}"
        if self.customer_number:
            return f"n:{self.customer_number}"
        return f"p:{self.name_key}:{digits(self.phone)}"


@dataclass(slots=True)
class ItemIn:
    product: str
    sku: str | None
    quantity: int
    unit_price: Money | None


@dataclass(slots=True)
class OrderIn:
    row: int
    person: PersonIn
    number: str | None
    order_date: date | None = None
    total: Money | None = None
    currency: str | None = None
    status: Status | None = None
    cancelled: bool = False
    items: list[ItemIn] = field(default_factory=list)
    source_key: str = ""
    total_minor: int = 0


@dataclass(frozen=True)
class Conflict:
    """Two rows (or a row and the database) that disagree about a person's name."""

    row: int
    identity: str  # the e-mail or customer number they share
    kept: str
    dropped: str
    reason: str

    def as_json(self) -> dict[str, object]:
        return {
            "row": self.row,
            "customer": self.identity,
            "kept": self.kept,
            "dropped": self.dropped,
            "reason": self.reason,
        }


@dataclass
class Grouped:
    people: list[PersonIn]
    orders: list[OrderIn]
    problems: list[RowProblem]
    conflicts: list[Conflict]
    missing_currency: list[OrderIn]

    def people_to_write(self, orders: list[OrderIn]) -> list[PersonIn]:
        """Everyone with an order that will be written, or a row of their own: a row
        skipped for a bad order brings in nobody."""
        ordering = {id(o.person) for o in orders}
        return [p for p in self.people if p.standalone or id(p) in ordering]


def _newer(row: Row, person: PersonIn) -> bool:
    if row.order_date and person.latest:
        return row.order_date >= person.latest
    return True  # without dates the later row is the newer


class _People:
    def __init__(self) -> None:
        self.by_email: dict[str, PersonIn] = {}
        self.by_number: dict[str, PersonIn] = {}
        self.by_name_phone: dict[tuple[str, str], PersonIn] = {}
        self.conflicts: list[Conflict] = []

    def find(self, row: Row) -> PersonIn | None:
        if row.email_key:
            return self.by_email.get(row.email_key)
        if row.customer_number:
            return self.by_number.get(row.customer_number)
        return self.by_name_phone.get((fold(row.name), digits(row.phone)))

    def add(self, row: Row) -> PersonIn:
        person = self.find(row)
        if person is None:
            person = PersonIn(row=row.number, name_row=row.number)
            self._take_names(person, row)
            known = False
        else:
            known = True
            if row.name and row.name != person.name and fold(row.name) != person.name_key:
                self._name_conflict(person, row)
        # Spelled out, not a loop over field names: this runs once per order of the file.
        if row.email is not None and person.email is None:
            person.email, known = row.email, False  # a new e-mail or number to be found by
        if row.customer_number is not None and person.customer_number is None:
            person.customer_number, known = row.customer_number, False
        if row.phone is not None and person.phone is None:
            person.phone, known = row.phone, False
        if row.birthday is not None and person.birthday is None:
            person.birthday, known = row.birthday, False
        if row.accepts_marketing is not None and person.accepts_marketing is None:
            person.accepts_marketing, known = row.accepts_marketing, False
        if row.note is not None and person.note is None:
            person.note, known = row.note, False
        if row.email_key and person.email_key is None:
            person.email_key = row.email_key
            known = False
        if row.order_date and (person.latest is None or row.order_date > person.latest):
            person.latest = row.order_date
        if not known:
            self._register(person)
        return person

    def _take_names(self, person: PersonIn, row: Row) -> None:
        for attr in _NAMES:
            setattr(person, attr, getattr(row, attr))
        person.name_row = row.number

    def _name_conflict(self, person: PersonIn, row: Row) -> None:
        if not person.name:
            self._take_names(person, row)
            return
        identity = person.email or person.customer_number or ""
        if _newer(row, person):
            kept, dropped = row.name or "", person.name
            self._take_names(person, row)
        else:
            kept, dropped = person.name, row.name or ""
        self.conflicts.append(
            Conflict(
                row.number,
                identity,
                kept,
                dropped,
                N_("same customer, another name; kept the newer"),
            )
        )

    def _register(self, person: PersonIn) -> None:
        if person.email_key:
            self.by_email.setdefault(person.email_key, person)
        if person.customer_number:
            self.by_number.setdefault(person.customer_number, person)
        if person.name and not person.email_key and not person.customer_number:
            self.by_name_phone.setdefault((person.name_key, digits(person.phone)), person)

    def all(self) -> list[PersonIn]:
        seen: dict[int, PersonIn] = {}
        for index in (self.by_email, self.by_number, self.by_name_phone):
            for person in index.values():
                seen.setdefault(id(person), person)
        return sorted(seen.values(), key=lambda p: p.row)


class Grouper:
    """Groups parsed rows into people and orders, a chunk at a time: the people and the open
    orders are kept between chunks, so an order whose rows straddle two chunks stays one order
    and a customer seen again nine chunks later is the same customer.

    `headers` names the file's column for each field, for the problem list.
    """

    def __init__(self, *, has_orders: bool, headers: Mapping[Field, str] | None = None) -> None:
        self.has_orders = has_orders
        self.column = dict(headers or {})
        self.people = _People()
        self.orders: dict[str, OrderIn] = {}
        self.numberless: list[OrderIn] = []
        self.problems: list[RowProblem] = []

    def add(self, rows: list[Row]) -> None:
        orders, people, has_orders = self.orders, self.people, self.has_orders
        for row in rows:
            number = row.order_number
            order = orders.get(number) if number else None
            named = row.email_key or row.customer_number or row.name  # says who the customer is
            if order is None:
                if not named:
                    self.problems.append(
                        RowProblem(
                            row.number,
                            "",
                            "",
                            N_("no e-mail, name or customer number: whose is it?"),
                        )
                    )
                    continue
                person = people.add(row)
                if not (has_orders and row.has_order_data):
                    person.standalone = True  # a customer row: kept even without an order
                    continue
                order = OrderIn(row=row.number, person=person, number=number)
                if number:
                    orders[number] = order
                else:
                    self.numberless.append(order)
            elif named and row.order_date:
                late = order.person.latest
                if late is None or row.order_date > late:
                    order.person.latest = row.order_date
            # The first row that has a value gives it (Shopify: only the first row has the
            # total); inlined, as it runs for every row.
            if order.order_date is None:
                order.order_date = row.order_date
            total = row.total
            if order.total is None and total is not None:
                order.total = total
            if order.currency is None:
                order.currency = row.currency or (total.currency if total else None)
                if order.currency is None and row.item_price:
                    order.currency = row.item_price.currency
            if order.status is None:
                order.status = row.status
            if row.cancelled:
                order.cancelled = True
            product, sku = row.product, row.sku
            if product or sku:
                item = ItemIn(product or sku or "", sku, row.quantity or 1, row.item_price)
                order.items.append(item)

    def result(self) -> Grouped:
        kept, dropped = _check_orders([*self.orders.values(), *self.numberless], self.column)
        problems = sorted(self.problems + dropped, key=lambda p: p.row)
        return Grouped(
            people=self.people.all(),
            orders=kept,
            problems=problems,
            conflicts=self.people.conflicts,
            missing_currency=[o for o in kept if o.currency is None],
        )


def group_rows(
    rows: list[Row], *, has_orders: bool, headers: Mapping[Field, str] | None = None
) -> Grouped:
    """People and orders from parsed rows; rows that name nobody are reported."""
    grouper = Grouper(has_orders=has_orders, headers=headers)
    grouper.add(rows)
    return grouper.result()


def _check_orders(
    orders: list[OrderIn], column: Mapping[Field, str]
) -> tuple[list[OrderIn], list[RowProblem]]:
    kept: list[OrderIn] = []
    problems: list[RowProblem] = []
    for order in orders:
        if order.order_date is None:
            where = column.get(Field.ORDER_DATE, "")
            problems.append(RowProblem(order.row, where, "", N_("no order date")))
            continue
        kept.append(order)
    return kept, problems


def settle(
    orders: list[OrderIn],
    default_currency: str,
    *,
    priced: bool,
    headers: Mapping[Field, str] | None = None,
) -> list[RowProblem]:
    """Totals in minor units, statuses and identities; orders it cannot price are reported.

    The total is the order's total column counted once (Shopify puts it on the first row,
    WooCommerce repeats it); without one, the items' prices times their quantities.
    """
    problems: list[RowProblem] = []
    occurrences: Counter[str] = Counter()
    for order in orders:
        order.source_key = ""  # stays empty for an order that cannot be priced
        currency = (order.currency or default_currency).upper()
        total = _total(order) if priced else Decimal(0)
        if total is None:
            where = (headers or {}).get(Field.TOTAL) or (headers or {}).get(Field.ITEM_PRICE, "")
            problems.append(RowProblem(order.row, where, "", N_("no total")))
            continue
        order.currency = currency
        order.total_minor = to_minor(total, currency)
        if order.cancelled:
            order.status = Status.CANCELLED
        elif order.status is None:
            order.status = Status.COMPLETED
        if order.total_minor < 0 and order.status not in NOT_COUNTED:
            order.status = Status.REFUNDED  # a credit note: kept, never counted
        if order.number:
            order.source_key = order.number
        else:
            print_ = _fingerprint(order)
            occurrences[print_] += 1
            order.source_key = f"#{print_}/{occurrences[print_]}"
    return problems


def _total(order: OrderIn) -> Decimal | None:
    if order.total is not None:
        return order.total.amount
    prices = [i.unit_price.amount * i.quantity for i in order.items if i.unit_price is not None]
    return sum(prices, start=Decimal(0)) if prices else None


def _fingerprint(order: OrderIn) -> str:
    items = ";".join(f"{fold(i.product)}x{i.quantity}" for i in order.items)
    raw = f"{order.person.identity}|{order.order_date}|{order.total_minor}|{order.currency}|{items}"
    return hashlib.sha1(raw.encode()).hexdigest()[:16]
