"""Reading each row's cells into typed values, and listing the cells that cannot be used.

Parsing runs column by column with one parser per column (decided by the plan), so a value
that repeats down a column (a date, a price, a status) is parsed once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Any

from lifecrm.core.i18n import N_
from lifecrm.core.importing.dates import date_parser
from lifecrm.core.importing.fields import Field, Status
from lifecrm.core.importing.names import PersonName, split_name
from lifecrm.core.importing.plan import ImportPlan
from lifecrm.core.importing.table import blank
from lifecrm.core.importing.values import (
    Money,
    ValueProblem,
    money_parser,
    parse_email,
    parse_phone,
    parse_quantity,
    parse_status,
    parse_yes_no,
)
from lifecrm.core.jobs import NEVER_CANCEL, Cancel, check
from lifecrm.core.text import email_key

UNKNOWN_STATUS_REASON = N_("unknown status; counted as completed")

# A bad value in one of these makes the row unusable; elsewhere the value is left empty.
ROW_DEFINING = frozenset(
    {Field.EMAIL, Field.ORDER_DATE, Field.TOTAL, Field.QUANTITY, Field.ITEM_PRICE}
)


@dataclass(frozen=True)
class RowProblem:
    row: int  # as the spreadsheet shows it
    column: str
    value: str
    reason: str
    skipped: bool = True  # False: the row was imported, this one value left out

    def as_json(self) -> dict[str, object]:
        return {
            "row": self.row,
            "column": self.column,
            "value": self.value,
            "reason": self.reason,
            "skipped": self.skipped,
        }


@dataclass(slots=True)
class Row:
    number: int
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
    order_number: str | None = None
    order_date: date | None = None
    total: Money | None = None
    currency: str | None = None
    status: Status | None = None
    cancelled: bool = False
    product: str | None = None
    sku: str | None = None
    quantity: int | None = None
    item_price: Money | None = None

    @property
    def has_order_data(self) -> bool:
        return bool(self.order_number or self.order_date or self.total or self.product)


def text_of(cell: Any) -> str | None:
    """A cell as text: "12345" for a number Excel stored as 12345.0, None when blank."""
    if type(cell) is str:  # nearly every cell: one look
        return cell.strip() or None
    if cell is None:
        return None
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, datetime | date):
        return cell.isoformat()
    value = str(cell).strip()
    return value or None


def _shown(cell: Any) -> str:
    return "" if cell is None else str(cell)


Parser = Callable[[Any], Any]
_ROW_FIELDS = [f.name for f in fields(Row)][1:]  # after `number`, in the order Row takes them
_CANCELLED = _ROW_FIELDS.index("cancelled")
_EMAIL_KEY = _ROW_FIELDS.index("email_key")
_TEXT_FIELDS = {
    Field.CUSTOMER_NUMBER: "customer_number",
    Field.NAME: "name",
    Field.FIRST_NAME: "first_name",
    Field.LAST_NAME: "last_name",
    Field.ORDER_NUMBER: "order_number",
    Field.NOTE: "note",
    Field.PRODUCT: "product",
    Field.SKU: "sku",
}
_SIMPLE_PARSERS: dict[Field, tuple[str, Parser]] = {
    Field.EMAIL: ("email", parse_email),
    Field.PHONE: ("phone", parse_phone),
    Field.QUANTITY: ("quantity", parse_quantity),
    Field.ACCEPTS_MARKETING: ("accepts_marketing", parse_yes_no),
}


def _currency_code(cell: Any) -> str:
    code = (text_of(cell) or "").upper()
    if len(code) != 3 or not code.isalpha():
        raise ValueProblem(N_("not a currency code (such as HUF or EUR)"))
    return code


def _parsers(plan: ImportPlan) -> list[tuple[int, Field, str, Parser]]:
    """(column, field, Row attribute, parser) for every mapped column."""
    result: list[tuple[int, Field, str, Parser]] = []
    for index, f in plan.mapping.items():
        if f in _TEXT_FIELDS:
            result.append((index, f, _TEXT_FIELDS[f], text_of))
        elif f in _SIMPLE_PARSERS:
            attr, parser = _SIMPLE_PARSERS[f]
            result.append((index, f, attr, parser))
        elif f in (Field.ORDER_DATE, Field.BIRTHDAY):
            parse = date_parser(plan.date_guesses[index].order)
            result.append((index, f, f.value, parse))
        elif f in (Field.TOTAL, Field.ITEM_PRICE):
            result.append((index, f, f.value, money_parser(plan.decimal_marks[index])))
        elif f == Field.CURRENCY:
            result.append((index, f, "currency", _currency_code))
        elif f == Field.STATUS:
            result.append((index, f, "status", parse_status))
        elif f == Field.CANCELLED_AT:
            result.append((index, f, "cancelled", lambda cell: not blank(cell)))
    return result


class RowParser:
    """Parses a table's rows a chunk at a time; each distinct cell of a column is parsed once
    over the whole file (the caches live as long as the parser), so a chunk costs a lookup per
    cell and a big file never holds more than one chunk of parsed rows."""

    def __init__(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.parsers = _parsers(plan)
        self.parsed: dict[int, dict[Any, Any]] = {i: {} for i, *_rest in self.parsers}
        self.odd: dict[int, set[Any]] = {i: set() for i, *_rest in self.parsers}  # to report
        self.unknown_statuses: set[str] = set()
        self.split: dict[str, PersonName] = {}
        self.email_keys: dict[str, str | None] = {}

    def parse(
        self, chunk: Sequence[tuple[int, list[Any]]], *, cancel: Cancel = NEVER_CANCEL
    ) -> tuple[list[Row], list[RowProblem]]:
        """The chunk's rows with their usable values; rows with a bad defining value are left
        out and reported."""
        headers = self.plan.table.headers
        numbers = [number for number, _cells in chunk]
        n = len(numbers)
        columns: dict[str, list[Any]] = {}
        bad: set[int] = set()  # positions of skipped rows
        problems: list[RowProblem] = []
        for index, f, attr, parse in self.parsers:
            check(cancel)
            column = [cells[index] for _number, cells in chunk]
            # A text column's values are mostly unique (order numbers): remembered per chunk only.
            parsed = {} if parse is text_of else self.parsed[index]
            distinct = set(column)
            odd = self.odd[index]
            if parse is text_of:  # never fails, and knows a blank cell itself
                parsed = {cell: text_of(cell) for cell in distinct}
            else:
                for cell in distinct.difference(parsed):
                    try:
                        parsed[cell] = value = None if blank(cell) else parse(cell)
                        if value is None and f == Field.STATUS and not blank(cell):
                            odd.add(cell)  # a word we do not know
                    except ValueProblem as problem:
                        parsed[cell] = problem
                        odd.add(cell)
            values = [parsed[cell] for cell in column]
            unknown = f == Field.STATUS
            if not odd.isdisjoint(distinct):  # this chunk has a cell to report
                for pos, cell in enumerate(column):
                    value = values[pos]
                    if isinstance(value, ValueProblem):
                        skipped = f in ROW_DEFINING
                        if skipped:
                            bad.add(pos)
                        problems.append(
                            RowProblem(
                                numbers[pos], headers[index], _shown(cell), str(value), skipped
                            )
                        )
                        values[pos] = None
                    elif unknown and value is None and not blank(cell):
                        _unknown_status(
                            numbers[pos], headers[index], cell, self.unknown_statuses, problems
                        )
            columns[attr] = values
        nothing: list[Any] = [None] * n
        ordered = [columns.get(name, nothing) for name in _ROW_FIELDS]
        if "cancelled" in columns:
            ordered[_CANCELLED] = [bool(c) for c in columns["cancelled"]]
        else:
            ordered[_CANCELLED] = [False] * n
        if "email" in columns:
            keys = self.email_keys
            ordered[_EMAIL_KEY] = [
                None if e is None else (keys[e] if e in keys else keys.setdefault(e, email_key(e)))
                for e in columns["email"]
            ]
        rows = [Row(*values) for values in zip(numbers, *ordered, strict=True)]
        _finish_names(rows, self.plan.language, self.split)
        kept = [row for pos, row in enumerate(rows) if pos not in bad] if bad else rows
        problems.sort(key=lambda p: p.row)
        return kept, problems


def parse_rows(
    plan: ImportPlan, *, cancel: Cancel = NEVER_CANCEL
) -> tuple[list[Row], list[RowProblem]]:
    """Every row of the table at once (see RowParser for a chunk at a time)."""
    return RowParser(plan).parse(plan.table.rows, cancel=cancel)


def _unknown_status(
    number: int, header: str, cell: Any, known: set[str], problems: list[RowProblem]
) -> None:
    """Reported once per word: the owner learns it, the rows still count as completed."""
    shown = _shown(cell).strip()
    if shown.casefold() not in known:
        known.add(shown.casefold())
        problems.append(RowProblem(number, header, shown, UNKNOWN_STATUS_REASON, False))


def _finish_names(rows: list[Row], language: str | None, split: dict[str, PersonName]) -> None:
    """First name right above all: every e-mail later starts with it. (`split`: names split
    before, by name.)"""
    for row in rows:
        if row.name and not (row.first_name or row.last_name):
            person = split.get(row.name) or split.setdefault(
                row.name, split_name(row.name, language)
            )
            row.first_name, row.last_name, row.middle_name = (
                person.first,
                person.last,
                person.middle,
            )
        elif not row.name and (row.first_name or row.last_name):
            parts = (
                [row.last_name, row.first_name]
                if language in ("hu",)
                else [row.first_name, row.last_name]
            )
            row.name = " ".join(p for p in parts if p)
