"""Deterministic demo data: customers in five languages whose orders put them in every stage.

Each customer is given a target stage first; their order dates are then drawn to land in that
stage as of `as_of` under the default thresholds, so even 50 customers show all eight stages.
Everything comes from `random.Random(seed)`: same seed, size and day, same database.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Connection, func, insert, select
from sqlmodel import SQLModel

from lifecrm.core.demo.products import CATALOGUE
from lifecrm.core.jobs import NEVER_CANCEL, Cancel, Progress, Throttled, check, no_progress
from lifecrm.core.lifecycle import STAGES, Stage
from lifecrm.core.money import to_minor
from lifecrm.core.names.forms import ascii_slug, russian_patronymic, russian_surname
from lifecrm.core.names.languages import LANGUAGES, Language
from lifecrm.core.storage.db import Database
from lifecrm.core.storage.models import Customer, Event, Order, OrderItem, table
from lifecrm.core.text import customer_keys, email_key

CHUNK = 2_000  # customers per batch: bounded memory, regular progress and cancel checks

STAGE_WEIGHTS: dict[Stage, int] = {
    Stage.PROSPECT: 4,
    Stage.NEW: 9,
    Stage.PROMISING: 10,
    Stage.LOYAL: 10,
    Stage.PASSIVE: 12,
    Stage.LOST: 25,
    Stage.PASSIVE_LOYAL: 18,
    Stage.LOST_LOYAL: 12,
}

NOTES = (
    "Asked about gift wrapping for Christmas.",
    "Prefers the green glaze; wants to know when it is back in stock.",
    "Met at the Sunday craft market.",
    "Ordered for her mother's birthday every spring.",
    "Wholesale enquiry for a café — call back.",
    "Complained about a chipped mug; sent a replacement.",
)


@dataclass(frozen=True)
class DemoResult:
    customers: int
    orders: int
    items: int


def _plan(rng: random.Random, stage: Stage) -> tuple[int, int]:
    """(counted orders, days since the last one) that put a customer in `stage` by default."""
    loyal_orders = 4 + min(int(rng.expovariate(1 / 18.5)), 120)
    match stage:
        case Stage.PROSPECT:
            return 0, 0
        case Stage.NEW:
            return 1, rng.randint(0, 30)
        case Stage.PROMISING:
            return rng.randint(2, 3), rng.randint(0, 60)
        case Stage.LOYAL:
            return loyal_orders, rng.randint(0, 90)
        case Stage.PASSIVE:
            return (
                (1, rng.randint(31, 90))
                if rng.random() < 0.6
                else (rng.randint(2, 3), rng.randint(61, 90))
            )
        case Stage.LOST:
            return rng.randint(1, 3), rng.randint(91, 2000)
        case Stage.PASSIVE_LOYAL:
            return loyal_orders, rng.randint(91, 365)
        case Stage.LOST_LOYAL:
            return loyal_orders, rng.randint(366, 1500)
    raise AssertionError(stage)


def _person(rng: random.Random, lang: Language) -> dict[str, Any]:
    female = rng.random() < 0.55
    first = rng.choice(lang.female if female else lang.male)
    family = rng.choice(lang.surnames)
    middle = None
    if lang.code == "hu":
        last, name = family, f"{family} {first}"  # family name first
    elif lang.code == "ru":
        last = russian_surname(family, female)
        middle = russian_patronymic(rng.choice(RU_FATHERS), female)
        name = f"{last} {first} {middle}"
    elif lang.code == "is":
        last = family + ("dóttir" if female else "son")
        name = f"{first} {last}"
    else:
        last, name = family, f"{first} {family}"
    return {"name": name, "first_name": first, "last_name": last, "middle_name": middle}


RU_FATHERS = (
    "Сергей",
    "Андрей",
    "Алексей",
    "Николай",
    "Юрий",
    "Иван",
    "Михаил",
    "Павел",
    "Владимир",
    "Дмитрий",
    "Александр",
    "Никита",
)


def _phone(rng: random.Random, pattern: str) -> str:
    return "".join(str(rng.randint(0, 9)) if ch == "#" else ch for ch in pattern)


class _Builder:
    """Turns customer plans into rows, allocating ids itself so batches need no round trips."""

    def __init__(self, rng: random.Random, as_of: date, currency: str, ids: tuple[int, int, int]):
        self.rng = rng
        self.as_of = as_of
        self.currency = currency
        self.next_customer, self.next_order, self.next_item = ids
        self.emails: dict[str, int] = {}
        self.prices = [to_minor(p.price, currency) for p in CATALOGUE]
        self.weights = [p.popularity for p in CATALOGUE]
        self.language_weights = [lang.weight for lang in LANGUAGES]

    def _email(self, person: dict[str, Any], lang: Language) -> str:
        local = f"{ascii_slug(person['first_name'])}.{ascii_slug(person['last_name'])}"
        seen = self.emails.get(local, 0)
        self.emails[local] = seen + 1
        suffix = str(seen + 1) if seen else ""
        return f"{local}{suffix}@{self.rng.choice(lang.domains)}"

    def customer(self, index: int, rows: dict[str, list[dict[str, Any]]]) -> None:
        rng = self.rng
        stage = (
            STAGES[index]
            if index < len(STAGES)
            else rng.choices(list(STAGE_WEIGHTS), list(STAGE_WEIGHTS.values()))[0]
        )
        lang = rng.choices(LANGUAGES, self.language_weights)[0]
        person = _person(rng, lang)
        email = None if rng.random() < 0.04 else self._email(person, lang)
        phone = _phone(rng, lang.phone) if rng.random() < 0.7 else None
        orders, days = _plan(rng, stage)
        dates = self._order_dates(orders, days)
        first_seen = dates[-1] if dates else self.as_of - timedelta(days=rng.randint(0, 400))
        created = datetime.combine(first_seen, time(10, 0), UTC)
        cid = self.next_customer
        self.next_customer += 1
        rows["customer"].append(
            {
                "id": cid,
                **person,
                "email": email,
                "email_key": email_key(email),
                "phone": phone,
                "customer_number": f"C{cid:06d}",
                "birthday": self._birthday() if rng.random() < 0.6 else None,
                "language": lang.code,
                "country": lang.country,
                "notes": "",
                "opted_out": rng.random() < 0.03,
                "created_at": created,
                "updated_at": created,
                **customer_keys(
                    person["name"], person["first_name"], person["last_name"], email, phone
                ),
            }
        )
        for on in dates:
            self._order(cid, on, "completed", rows)
        if dates and rng.random() < 0.03:  # kept for the record, never counted
            extra = dates[-1] + timedelta(days=rng.randint(0, (dates[0] - dates[-1]).days))
            self._order(cid, extra, rng.choice(("cancelled", "refunded")), rows)
        if rng.random() < 0.05:
            note = rng.choice(NOTES)
            rows["customer"][-1]["notes"] = note
            rows["event"].append(
                {
                    "customer_id": cid,
                    "occurred_at": created,
                    "kind": "note",
                    "summary": note,
                    "detail": "",
                }
            )

    def _order_dates(self, orders: int, days: int) -> list[date]:
        """Newest first: the last order `days` ago, earlier ones at realistic gaps before it."""
        on = self.as_of - timedelta(days=days)
        dates = []
        for _ in range(orders):
            dates.append(on)
            on -= timedelta(days=self.rng.randint(7, 75))
        return dates

    def _birthday(self) -> date:
        return date(1950, 1, 1) + timedelta(days=self.rng.randint(0, 55 * 365))

    def _order(
        self, cid: int, on: date, status: str, rows: dict[str, list[dict[str, Any]]]
    ) -> None:
        oid = self.next_order
        self.next_order += 1
        total = 0
        for product in set(
            self.rng.choices(
                range(len(CATALOGUE)), self.weights, k=self.rng.choice((1, 1, 2, 2, 3))
            )
        ):
            quantity = 1 if self.rng.random() < 0.75 else self.rng.randint(2, 3)
            price = self.prices[product]
            total += quantity * price
            rows["order_item"].append(
                {
                    "id": self.next_item,
                    "order_id": oid,
                    "product": CATALOGUE[product].name,
                    "sku": CATALOGUE[product].sku,
                    "quantity": quantity,
                    "unit_price_minor": price,
                }
            )
            self.next_item += 1
        rows["orders"].append(
            {
                "id": oid,
                "customer_id": cid,
                "number": f"D-{on.year}-{oid:07d}",
                "source": "demo",
                "order_date": on,
                "total_minor": total,
                "currency": self.currency,
                "status": status,
            }
        )


def _next_ids(conn: Connection) -> tuple[int, int, int]:
    def after(table: Any) -> int:
        return int(conn.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one()) + 1

    return after(table(Customer)), after(table(Order)), after(table(OrderItem))


def _batches(total: int) -> Iterator[range]:
    for start in range(0, total, CHUNK):
        yield range(start, min(start + CHUNK, total))


def generate(
    db: Database,
    *,
    customers: int = 300,
    seed: int = 1,
    as_of: date,
    currency: str = "HUF",
    progress: Progress = no_progress,
    cancel: Cancel = NEVER_CANCEL,
) -> DemoResult:
    """Adds `customers` demo customers with their orders, in one transaction.

    A cancel rolls everything back. Stages are not computed here: call lifecycle.recompute.
    """
    report = Throttled(progress)
    tables: dict[str, type[SQLModel]] = {
        "customer": Customer,
        "orders": Order,
        "order_item": OrderItem,
        "event": Event,
    }
    counts = {"orders": 0, "order_item": 0}
    with db.write() as conn:
        builder = _Builder(random.Random(seed), as_of, currency, _next_ids(conn))
        for batch in _batches(customers):
            rows: dict[str, list[dict[str, Any]]] = {name: [] for name in tables}
            for index in batch:
                builder.customer(index, rows)
            for name, model in tables.items():
                if rows[name]:
                    conn.execute(insert(table(model)), rows[name])
            counts["orders"] += len(rows["orders"])
            counts["order_item"] += len(rows["order_item"])
            report(batch.stop, customers)
            check(cancel)
    return DemoResult(customers=customers, orders=counts["orders"], items=counts["order_item"])
