"""What each column of a file means and how its cells are read: decided once, before any row.

The plan is what the preview shows and the owner corrects: the mapping (guessed from the
headers, remembered from an earlier import of the same layout, or given with `--map`), the
day/month order of each date column and the decimal mark of each money column.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from lifecrm.core.errors import UserError
from lifecrm.core.i18n import N_
from lifecrm.core.importing.dates import DateGuess, DateOrder, guess_date_order
from lifecrm.core.importing.fields import IDENTIFYING_FIELDS, Field
from lifecrm.core.importing.headers import guess_mapping
from lifecrm.core.importing.readers.limits import DEFAULT_MAX_ROWS
from lifecrm.core.importing.table import RawTable, UnreadableFile, blank
from lifecrm.core.importing.values import detect_decimal_mark
from lifecrm.core.text import fold

DATE_FIELDS = (Field.ORDER_DATE, Field.BIRTHDAY)
MONEY_FIELDS = (Field.TOTAL, Field.ITEM_PRICE)


class BadMapping(UserError):
    code = "bad_mapping"


class NoIdentityColumn(BadMapping):
    code = "no_identity_column"


class AmbiguousDates(UserError):
    code = "ambiguous_dates"


@dataclass(frozen=True)
class ImportOptions:
    """The owner's choices; anything left None is detected."""

    sheet: str | None = None
    encoding: str | None = None
    delimiter: str | None = None
    mapping: Mapping[str, Field] = field(default_factory=dict)  # header -> field (`--map`)
    # column index -> field: the owner's whole mapping from the preview (works with two
    # columns of the same name); replaces the guess and `mapping`.
    columns: Mapping[int, Field] | None = None
    date_orders: Mapping[str, DateOrder] = field(default_factory=dict)  # header -> answer
    currency: str | None = None  # for amounts that name none
    as_of: date | None = None  # the day stages are recomputed for (default: today)
    max_rows: int = DEFAULT_MAX_ROWS  # the most rows a file may bring (`--max-rows` raises it)


DEFAULT_OPTIONS = ImportOptions()


@dataclass(frozen=True)
class ImportPlan:
    table: RawTable
    mapping: dict[int, Field]  # every mapped column (IGNORE included) -> field
    layout: str | None  # "shopify", "woocommerce", or None
    language: str | None  # the headers' language, a hint for names and currency
    date_guesses: dict[int, DateGuess]
    decimal_marks: dict[int, str]
    remembered: bool = False  # the mapping came from an earlier import of this layout

    def column(self, wanted: Field) -> int | None:
        return next((i for i, f in self.mapping.items() if f == wanted), None)

    @property
    def has_orders(self) -> bool:
        return any(self.column(f) is not None for f in (Field.ORDER_DATE, Field.TOTAL))

    @property
    def source(self) -> str:
        """The origin that, with the order number, identifies an order across imports.

        A recognised webshop is its own origin; another file's is the name of its order-number
        column, so the next export of the same list finds its orders even when it has gained
        or lost other columns. (Orders without numbers are identified by a fingerprint.)
        """
        if self.layout:
            return self.layout
        number = self.column(Field.ORDER_NUMBER)
        return "file" if number is None else f"file:{fold(self.table.headers[number])}"

    @property
    def ambiguous_dates(self) -> list[int]:
        return [i for i, g in self.date_guesses.items() if g.order is None]


def _column_values(table: RawTable, index: int) -> list[object]:
    """The column's distinct values (in first-seen order): a column repeats itself."""
    return list(dict.fromkeys(cells[index] for _n, cells in table.rows))


def _apply_overrides(
    table: RawTable, mapping: dict[int, Field], overrides: Mapping[str, Field]
) -> dict[int, Field]:
    by_header = {fold(h): i for i, h in enumerate(table.headers)}
    result = dict(mapping)
    for header, wanted in overrides.items():
        index = by_header.get(fold(header))
        if index is None:
            raise BadMapping(
                N_(
                    "{source} has no column '{column}'; its columns are: {columns}.",
                    source=table.source,
                    columns=", ".join(table.headers),
                ),
                column=header,
            )
        if wanted != Field.IGNORE:  # one column per field: the owner's choice wins
            result = {i: f for i, f in result.items() if f != wanted}
        result[index] = wanted
    return result


def make_plan(
    table: RawTable,
    options: ImportOptions = DEFAULT_OPTIONS,
    *,
    remembered: Mapping[str, Field] | None = None,
) -> ImportPlan:
    """Maps the columns and decides, per column, how dates and amounts are written.

    A column with nothing in it is never guessed (a formula column saved without its results
    would otherwise take the place of the real amounts); the owner can still map it.
    """
    if not table.rows:
        raise UnreadableFile(
            N_("{source} has column names but no rows under them."),
            source=table.source,
        )
    filled = [
        any(not blank(cells[i]) for _n, cells in table.rows) for i in range(len(table.headers))
    ]
    guess = guess_mapping(
        [h if used else "" for h, used in zip(table.headers, filled, strict=True)]
    )
    mapping = dict(guess.fields)
    if remembered:
        mapping = _apply_overrides(table, {}, remembered)
    mapping = _apply_overrides(table, mapping, options.mapping)
    if options.columns is not None:
        mapping = {i: f for i, f in options.columns.items() if 0 <= i < len(table.headers)}
    if not any(f in IDENTIFYING_FIELDS for f in mapping.values()):
        raise NoIdentityColumn(
            N_(
                "{source} has no column that says who the customer is (an e-mail, a name "
                "or a customer number)."
            ),
            source=table.source,
        )
    answers = {fold(h): order for h, order in options.date_orders.items()}
    date_guesses: dict[int, DateGuess] = {}
    for index, f in mapping.items():
        if f in DATE_FIELDS:
            answer = answers.get(fold(table.headers[index]))
            date_guesses[index] = (
                DateGuess(order=answer, candidates=(answer,))
                if answer
                else guess_date_order(_column_values(table, index))
            )
    decimal_marks = {
        index: detect_decimal_mark(_column_values(table, index))
        for index, f in mapping.items()
        if f in MONEY_FIELDS
    }
    return ImportPlan(
        table=table,
        mapping=mapping,
        layout=guess.layout,
        language=guess.language,
        date_guesses=date_guesses,
        decimal_marks=decimal_marks,
        remembered=bool(remembered),
    )


def require_date_orders(plan: ImportPlan) -> None:
    """Refuses to guess a column's day/month order; the owner answers once per column."""
    for index in plan.ambiguous_dates:
        header = plan.table.headers[index]
        raise AmbiguousDates(
            N_("The dates in '{column}' could be day/month or month/day (e.g. 03/04/2025)."),
            column=header,
        )
