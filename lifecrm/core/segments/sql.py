"""A segment definition as one SELECT of customer ids, so its members are always current.

Order facts (counts, totals, dates, stage, RFM) come from `customer_stats`, which is indexed and
must describe `as_of` (a recompute, or `lifecycle.as_of_view`, sees to that). Products need the
order lines themselves, of orders that count (not cancelled, refunded or failed) placed on or
before `as_of`, in one of two shapes (measured on 1.7M lines, docs/segments.md):
- alone, `customer.id IN (SELECT customer_id FROM order_item JOIN orders ...)`: SQLite runs the
  uncorrelated IN once, reading only the lines of the products named (migration 0007 indexes
  lines by product and by SKU; a name or SKU pattern is first matched against the distinct
  products, found in a few index seeks);
- beside another condition of an "all" group (a stage, an amount, a language), `EXISTS (...)`
  per customer: it runs only for the customers the other conditions leave, and stops at their
  first matching line — about five times faster than reading every buyer of "tea".

Every value is a bound parameter; LIKE patterns are escaped, so a product called
`50% "Sale"_box` matches itself and nothing else.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    exists,
    false,
    func,
    or_,
    select,
    true,
)

from lifecrm.core.money import to_minor
from lifecrm.core.segments.conditions import Condition, Group, Trend, Value
from lifecrm.core.storage.models import (
    NOT_COUNTED_STATUSES,
    Customer,
    CustomerStats,
    Order,
    OrderItem,
    table,
)

customer = table(Customer)
stats = table(CustomerStats)
orders = table(Order)
items = table(OrderItem)

Expr = ColumnElement[bool]
PRODUCT_FIELDS = frozenset({"bought", "not_bought"})


def compile_segment(definition: Group, as_of: date, currency: str | None) -> Select[int]:
    """The ids of the customers who match `definition` on `as_of`.

    `currency` is the shop's: money values in the definition are amounts in it.
    """
    where = _Compiler(as_of, currency).group(definition)
    joined = customer.join(stats, stats.c.customer_id == customer.c.id)
    return select(customer.c.id).select_from(joined).where(where)


class _Compiler:
    def __init__(self, as_of: date, currency: str | None) -> None:
        self.as_of = as_of
        self.currency = currency
        self.narrowed = False  # another condition already limits the customers looked at
        self._distinct: dict[str, Any] = {}  # one CTE per column, however many conditions

    def group(self, group: Group) -> Expr:
        outer = self.narrowed
        self.narrowed = outer or (
            group.mode == "all"
            and any(isinstance(i, Condition) and i.field not in PRODUCT_FIELDS for i in group.items)
        )
        try:
            # SQLite tests an AND's terms in the order written: product lines last, so they are
            # read only for the customers every cheaper condition has let through.
            ordered = sorted(
                group.items, key=lambda i: isinstance(i, Condition) and i.field in PRODUCT_FIELDS
            )
            parts = [self.group(i) if isinstance(i, Group) else self.condition(i) for i in ordered]
        finally:
            self.narrowed = outer
        if group.mode == "all":
            return and_(true(), *parts) if parts else true()
        return or_(false(), *parts) if parts else false()

    def condition(self, c: Condition) -> Expr:
        handler: Callable[[Condition], Expr] = getattr(self, f"_{c.field}")
        return handler(c)

    # --- stats: stage, RFM and order facts ----------------------------------------------------

    def _stage(self, c: Condition) -> Expr:
        stages = [str(s) for s in _seq(c.value)]
        if c.op == "in":
            return stats.c.stage.in_(stages)
        return stats.c.stage.not_in(stages)

    def _recency(self, c: Condition) -> Expr:
        return _compare(stats.c.recency, c.op, c.value)

    def _frequency(self, c: Condition) -> Expr:
        return _compare(stats.c.frequency, c.op, c.value)

    def _monetary(self, c: Condition) -> Expr:
        return _compare(stats.c.monetary, c.op, c.value)

    def _best(self, c: Condition) -> Expr:
        return stats.c.best.is_(true()) if c.value else stats.c.best.is_(false())

    def _orders(self, c: Condition) -> Expr:
        return _compare(stats.c.orders, c.op, c.value)

    def _minor(self, value: Value) -> Any:
        if isinstance(value, tuple):
            return tuple(self._minor(v) for v in value)
        assert isinstance(value, Decimal)
        return to_minor(value, self.currency or "XXX")

    def _in_shop_currency(self) -> Expr:
        # Totals in another currency cannot be compared with the amount; prospects spent 0.
        return or_(stats.c.currency.is_(None), stats.c.currency == self.currency)

    def _total_spent(self, c: Condition) -> Expr:
        return and_(
            self._in_shop_currency(), _compare(stats.c.total_minor, c.op, self._minor(c.value))
        )

    def _average_order(self, c: Condition) -> Expr:
        # average <op> x  <=>  total <op> x * orders, exact in integers (orders > 0).
        minor = self._minor(c.value)
        scaled = (
            tuple(m * stats.c.orders for m in minor)
            if isinstance(minor, tuple)
            else minor * stats.c.orders
        )
        return and_(
            stats.c.orders > 0,
            stats.c.currency == self.currency,
            _compare(stats.c.total_minor, c.op, scaled),
        )

    def _first_order(self, c: Condition) -> Expr:
        return self._date(stats.c.first_order, c)

    def _last_order(self, c: Condition) -> Expr:
        return self._date(stats.c.last_order, c)

    def _date(self, column: ColumnElement[Any], c: Condition) -> Expr:
        if c.op == "before":
            return column < c.value
        if c.op == "after":
            return column > c.value
        assert isinstance(c.value, int)  # within_last_days: as_of - N ... as_of, both included
        return column.between(self.as_of - timedelta(days=c.value), self.as_of)

    def _days_since_last_order(self, c: Condition) -> Expr:
        # On dates rather than day counts, so ix_stats_last can answer it.
        last = stats.c.last_order
        if c.op == "between":
            low, high = _seq(c.value)
            return last.between(self._days_ago(high), self._days_ago(low))
        day = self._days_ago(c.value)
        flipped = {"=": "=", ">": "<", ">=": "<=", "<": ">", "<=": ">="}[c.op]
        return _compare(last, flipped, day)

    def _days_ago(self, days: Value) -> date:
        assert isinstance(days, int)
        return self.as_of - timedelta(days=days)

    # --- products ------------------------------------------------------------------------------

    def _lines(self, c: Condition) -> Expr:
        if c.op == "any_of":
            names = [str(v) for v in _seq(c.value)]
            return or_(items.c.product.in_(names), items.c.sku.in_(names))
        if self.narrowed:  # per customer: test each of their few lines directly
            if c.op == "name_contains":
                return items.c.product.contains(str(c.value), autoescape=True)
            return items.c.sku.startswith(str(c.value), autoescape=True)
        if c.op == "name_contains":
            name = self.distinct("product")
            return items.c.product.in_(
                select(name.c.value).where(name.c.value.contains(str(c.value), autoescape=True))
            )
        # sku_starts_with: a category when SKUs are named like TEA-GR-01
        sku = self.distinct("sku")
        return items.c.sku.in_(
            select(sku.c.value).where(sku.c.value.startswith(str(c.value), autoescape=True))
        )

    def distinct(self, column: str) -> Any:
        if column not in self._distinct:
            self._distinct[column] = _distinct(column)
        return self._distinct[column]

    def _bought_by(self, c: Condition) -> Expr:
        """The customer has a counted order with a matching line (IN or EXISTS, see above)."""
        lines = items.join(orders, orders.c.id == items.c.order_id)
        where = and_(counted(orders, self.as_of), self._lines(c))
        if self.narrowed:
            return exists(
                select(items.c.id)
                .select_from(lines)
                .where(orders.c.customer_id == customer.c.id, where)
            )
        return customer.c.id.in_(select(orders.c.customer_id).select_from(lines).where(where))

    def _bought(self, c: Condition) -> Expr:
        return self._bought_by(c)

    def _not_bought(self, c: Condition) -> Expr:
        return ~self._bought_by(c)

    # --- the customer's own facts --------------------------------------------------------------

    def _birthday(self, c: Condition) -> Expr:
        if c.op == "this_month":
            return func.substr(customer.c.birthday, 6, 2) == f"{self.as_of.month:02d}"
        assert isinstance(c.value, int)
        days = birthday_days(self.as_of, c.value)
        return func.substr(customer.c.birthday, 6, 5).in_(days)

    def _trend(self, c: Condition) -> Expr:
        # Stored by the recompute (lifecrm.core.trend), like the other order facts here.
        return customer.c.id.in_(
            select(stats.c.customer_id).where(stats.c.trend == Trend(str(c.value)).value)
        )

    def _language(self, c: Condition) -> Expr:
        return _in_codes(func.lower(customer.c.language), customer.c.language, c)

    def _country(self, c: Condition) -> Expr:
        return _in_codes(func.upper(customer.c.country), customer.c.country, c)

    def _has_email(self, c: Condition) -> Expr:
        present = and_(customer.c.email.is_not(None), func.trim(customer.c.email) != "")
        return present if c.value else ~present

    def _opted_out(self, c: Condition) -> Expr:
        return customer.c.opted_out.is_(true()) if c.value else customer.c.opted_out.is_(false())

    def _notes(self, c: Condition) -> Expr:
        return customer.c.notes.contains(str(c.value), autoescape=True)


def counted(o: Any, as_of: date) -> Expr:
    """Orders that count for stages, totals and "bought": not cancelled/refunded/failed."""
    return and_(o.c.status.not_in(NOT_COUNTED_STATUSES), o.c.order_date <= as_of)


def _distinct(column: str) -> Any:
    """The distinct values of an order-line column, in one index seek each (a loose index scan
    over migration 0007's index) instead of reading every line."""
    seen = items.alias(f"{column}_seen")
    first = select(func.min(seen.c[column]).label("value")).cte(f"{column}s", recursive=True)
    following = select(func.min(seen.c[column])).where(seen.c[column] > first.c.value)
    return first.union_all(select(following.scalar_subquery()).where(first.c.value.is_not(None)))


def _seq(value: Value) -> tuple[Any, ...]:
    assert isinstance(value, tuple)
    return value


def _compare(column: Any, op: str, value: Any) -> Expr:
    if op == "between":
        low, high = value
        return and_(column >= low, column <= high)
    ops: dict[str, Callable[[Any, Any], Expr]] = {
        "=": lambda a, b: a == b,
        ">": lambda a, b: a > b,
        ">=": lambda a, b: a >= b,
        "<": lambda a, b: a < b,
        "<=": lambda a, b: a <= b,
    }
    return ops[op](column, value)


def _in_codes(folded: Any, column: Any, c: Condition) -> Expr:
    codes = [str(v) for v in _seq(c.value)]
    if c.op == "in":
        return folded.in_(codes)  # type: ignore[no-any-return]
    return or_(column.is_(None), folded.not_in(codes))


def birthday_days(as_of: date, within: int) -> list[str]:
    """The "MM-DD" birthdays celebrated from `as_of` to `as_of + within` days, both included.

    Someone born on 29 February celebrates on 28 February in a year without one.
    """
    days: set[str] = set()
    for n in range(min(within, 366) + 1):
        day = as_of + timedelta(days=n)
        days.add(day.strftime("%m-%d"))
        if day.month == 2 and day.day == 28 and not _leap(day.year):
            days.add("02-29")
    return sorted(days)


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
