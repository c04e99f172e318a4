"""The owner's answers about one file, and the plan core makes from them.

Plain Python (no widgets): the wizard shows what is here and reports the owner's clicks; every
rule (which column means what, how dates read, which currency) stays core's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from lifecrm.core.errors import UserError
from lifecrm.core.importing.dates import DateOrder
from lifecrm.core.importing.fields import Field
from lifecrm.core.importing.importer import preview, suggested_currency
from lifecrm.core.importing.plan import (
    DATE_FIELDS,
    MONEY_FIELDS,
    BadMapping,
    ImportOptions,
    ImportPlan,
    make_plan,
)
from lifecrm.core.importing.readers import read_file
from lifecrm.core.importing.table import RawTable
from lifecrm.core.storage.db import Database


@dataclass(frozen=True)
class Read:
    """What reading a file gives: the table, and its plan when one could be made."""

    table: RawTable
    plan: ImportPlan | None
    currency: str | None


def read_plan(path: Path, options: ImportOptions, db: Database) -> Read:
    """`preview`, except that a file whose columns name no customer is still shown (plan None),
    so the owner can point at the right column instead of only reading an error."""
    try:
        plan = preview(path, options, db)
    except BadMapping:
        table = read_file(
            path, sheet=options.sheet, encoding=options.encoding, delimiter=options.delimiter
        )
        return Read(table, None, None)
    return Read(plan.table, plan, suggested_currency(db, plan, options))


class Choices:
    """Sheet, encoding, delimiter, mapping, date orders and currency for the file being read."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.path: Path | None = None
        self.sheet: str | None = None
        self.encoding: str | None = None
        self.delimiter: str | None = None
        self.table: RawTable | None = None
        self.plan: ImportPlan | None = None  # None: the mapping names no customer yet
        self.mapping: dict[int, Field] = {}  # as shown (the plan's, or the owner's attempt)
        self.remembered = False
        self.asked: list[int] = []  # date columns the owner is asked about
        self.answers: dict[int, DateOrder] = {}
        self.suggestion: str | None = None
        self.currency: str | None = None

    def new_file(self, path: Path) -> None:
        self.path = path
        self.sheet = self.encoding = self.delimiter = None
        self.table = None

    def read_options(self) -> ImportOptions:
        return ImportOptions(sheet=self.sheet, encoding=self.encoding, delimiter=self.delimiter)

    def accept(self, read: Read) -> None:
        """A freshly read table: the detected (or remembered) mapping, no answers yet."""
        self.table, self.plan = read.table, read.plan
        self.sheet, self.encoding = read.table.sheet, read.table.encoding
        self.delimiter = read.table.delimiter
        self.suggestion = self.currency = read.currency
        self.mapping = dict(read.plan.mapping) if read.plan else {}
        self.remembered = bool(read.plan and read.plan.remembered)
        self.asked = list(read.plan.ambiguous_dates) if read.plan else []
        self.answers = {}

    def keep_table(self) -> None:
        """Reading with new choices failed: the choices go back to the table still shown."""
        if self.table is not None:
            self.sheet, self.encoding = self.table.sheet, self.table.encoding
            self.delimiter = self.table.delimiter

    # -- the owner's answers -----------------------------------------------------------

    def set_field(self, column: int, field: Field) -> UserError | None:
        """Maps `column` to `field` (one column per field: another column with it lets go)."""
        assert self.table is not None
        # One column per field: another column that had it lets go.
        wanted = {i: f for i, f in self.mapping.items() if field == Field.IGNORE or f != field}
        wanted[column] = field
        self.remembered = False
        return self._replan(wanted)

    def answer_dates(self, column: int, order: DateOrder) -> UserError | None:
        self.answers[column] = order
        return self._replan()

    def _replan(self, wanted: dict[int, Field] | None = None) -> UserError | None:
        assert self.table is not None
        headers = self.table.headers
        columns = dict(self.mapping) if wanted is None else wanted
        orders = {headers[c]: o for c, o in self.answers.items()}
        try:
            self.plan = make_plan(self.table, ImportOptions(columns=columns, date_orders=orders))
        except UserError as exc:
            self.plan = None
            self.mapping = columns
            return exc
        self.mapping = dict(self.plan.mapping)
        if self.suggestion is None:
            self.suggestion = suggested_currency(self.db, self.plan, ImportOptions())
            self.currency = self.currency or self.suggestion
        self._ask_dates()
        return None

    def _ask_dates(self) -> None:
        """Columns once asked about stay asked (with their answer) while they hold dates."""
        if self.plan is not None:
            dated = {c for c, f in self.plan.mapping.items() if f in DATE_FIELDS}
            self.asked = [c for c in self.asked if c in dated]
            self.asked += [c for c in self.plan.ambiguous_dates if c not in self.asked]
        self.answers = {c: o for c, o in self.answers.items() if c in self.asked}

    @property
    def currency_wanted(self) -> bool:
        """Amounts are imported but no column names their currency: offer the choice."""
        priced = any(f in MONEY_FIELDS for f in self.mapping.values())
        return priced and Field.CURRENCY not in self.mapping.values()

    def options(self, as_of: date) -> ImportOptions:
        """Everything the owner chose, as core's options for `run_import`."""
        headers = self.table.headers if self.table else []
        return ImportOptions(
            sheet=self.sheet,
            encoding=self.encoding,
            delimiter=self.delimiter,
            columns=dict(self.mapping),
            date_orders={headers[c]: o for c, o in self.answers.items()},
            currency=self.currency,
            as_of=as_of,
        )
