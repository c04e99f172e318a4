"""Reading dates as shops write them: typed cells, Excel serials, ISO, dotted, slashed, named.

Every value is read by its own shape (2025-12-01, 2025.12.01., 1. 12. 2025, 1 декабря 2025), so
columns that mix shapes are fine. Only '01/12/2025' and '01-12-2025' need to know whether the day
or the month comes first, and that is decided once per column (`guess_date_order`), never per
row: a file where row 7 means 1 December and row 8 means 12 January is a file read wrongly.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from lifecrm.core.i18n import N_
from lifecrm.core.importing.values import Failed, ValueProblem, fold_word, remember

EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 is 1900-01-01 (Excel's leap-year bug included)
SERIALS = (20_000, 80_000)  # 1954..2119: a number outside this is not a date
YEARS = (1900, 2100)  # plausible years; anything else is a typo or a placeholder
TWO_DIGIT_PIVOT = 70  # '25' is 2025, '70' is 1970


class DateOrder(StrEnum):
    DMY = "dmy"
    MDY = "mdy"
    YMD = "ymd"


@dataclass(frozen=True)
class DateGuess:
    order: DateOrder | None  # None when the column is ambiguous and the owner must be asked
    candidates: tuple[
        DateOrder, ...
    ]  # the orders every value of the column fits (for the question)


@dataclass(frozen=True, slots=True)
class _Written:
    """A date as written: day and month in the order they stand, and how they are ordered."""

    year: int
    first: int
    second: int
    order: DateOrder | None  # None: '01/12/2025', the column decides


_MONTH_NAMES = (
    # English, full and short
    "january february march april may june july august september october november december",
    "jan feb mar apr may jun jul aug sep oct nov dec",
    "- - - - - - - - sept - - -",
    # Hungarian (and its usual abbreviations: febr., márc., szept.)
    "január február március április május június július augusztus szeptember október november "
    "december",
    "- febr márc ápr máj jún júl - szept okt - -",
    # Slovenian
    "januar februar marec april maj junij julij avgust september oktober november december",
    "- - - - - - - avg - - - -",
    # Icelandic
    "janúar febrúar mars apríl maí júní júlí ágúst september október nóvember desember",
    "- - - - - - - ág - - - des",
    # Russian: genitive ('1 декабря'), nominative, short
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь",
    "янв фев мар апр - июн июл авг сен окт ноя дек",
    "- февр - - - - - - сент - нояб -",
)
# Words that may stand around a named date: '1st', '2025 г.', 'Mon, 1 Dec 2025'.
_FILLER = frozenset(
    "st nd rd th of г года goda mon tue wed thu fri sat sun monday tuesday wednesday thursday "
    "friday saturday sunday".split()
)


def _month_table() -> dict[str, int]:
    table: dict[str, int] = {}
    for line in _MONTH_NAMES:
        for month, word in enumerate(line.split(), start=1):
            if word != "-" and table.setdefault(fold_word(word), month) != month:
                raise AssertionError(f"month name {word!r} means two months")
    return table


MONTHS = _month_table()

# An optional time after the date: ' 14:13', 'T14:13:25.5+01:00', ' 14:13:25 +0100', ' 2:13 PM CET'.
_TIME = (
    r"(?:[T\s]\s*\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:[ap]\.?m\.?)?"
    r"\s*(?:z|[a-z]{3,4}|(?:utc|gmt)?[+-]\d{2}(?::?\d{2})?)?)?\s*"
)
_YEAR_FIRST = re.compile(r"(\d{4})\s*([-./])\s*(\d{1,2})\s*\2\s*(\d{1,2})\.?" + _TIME, re.I)
_YEAR_LAST = re.compile(r"(\d{1,2})\s*([-./])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})\.?" + _TIME, re.I)
_COMPACT = re.compile(r"((?:19|20|21)\d{2})(\d{2})(\d{2})")  # 20251201
_SERIAL_TEXT = re.compile(r"\d{5}(?:\.\d+)?")
_TIME_AFTER_NAMED = re.compile(r"[\s,]+(?:at\s+)?\d{1,2}:\d{2}.*$", re.I)
_NAMED_CHARS = re.compile(r"[\w\s.,/\-]+")
_TOKENS = re.compile(r"\d+|[^\W\d_]+")


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < TWO_DIGIT_PIVOT else 1900
    return year


def _named(text: str) -> _Written:
    """'1 December 2025', 'Dec 1, 2025', '2025. december 1.', '1 декабря 2025 г.'."""
    text = _TIME_AFTER_NAMED.sub("", text)
    if not _NAMED_CHARS.fullmatch(text):
        raise ValueProblem(N_("not a date"))
    tokens = _TOKENS.findall(fold_word(text))
    numbers = [i for i, t in enumerate(tokens) if t.isdigit()]
    months = [i for i, t in enumerate(tokens) if t in MONTHS]
    others = [t for t in tokens if not t.isdigit() and t not in MONTHS and t not in _FILLER]
    if len(numbers) != 2 or len(months) != 1 or others:
        raise ValueProblem(N_("not a date"))
    long = [i for i in numbers if len(tokens[i]) == 4]
    at_year = long[0] if len(long) == 1 else numbers[1]
    at_day = numbers[0] if at_year == numbers[1] else numbers[1]
    if len(tokens[at_day]) > 2 or len(tokens[at_year]) not in (2, 4):
        raise ValueProblem(N_("not a date"))
    month, day = MONTHS[tokens[months[0]]], int(tokens[at_day])
    if at_year < months[0]:
        return _Written(_year(tokens[at_year]), month, day, DateOrder.YMD)
    if months[0] < at_day:
        return _Written(_year(tokens[at_year]), month, day, DateOrder.MDY)
    return _Written(_year(tokens[at_year]), day, month, DateOrder.DMY)


def _scan(text: str) -> _Written | int:
    """The written parts of a text date, or an Excel serial day number."""
    if match := _YEAR_FIRST.fullmatch(text):
        return _Written(int(match[1]), int(match[3]), int(match[4]), DateOrder.YMD)
    if match := _YEAR_LAST.fullmatch(text):
        order = DateOrder.DMY if match[2] == "." else None  # nobody writes month.day.year
        return _Written(_year(match[4]), int(match[1]), int(match[3]), order)
    if match := _COMPACT.fullmatch(text):
        return _Written(int(match[1]), int(match[2]), int(match[3]), DateOrder.YMD)
    if _SERIAL_TEXT.fullmatch(text):
        return math.floor(float(text))
    if any(ch.isalpha() for ch in text):
        return _named(text)
    raise ValueProblem(N_("not a date"))


def _checked(year: int, month: int, day: int) -> date:
    if not YEARS[0] <= year <= YEARS[1]:
        raise ValueProblem(N_("not a plausible date"))
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueProblem(N_("not a real date")) from None


def _plausible(day: date) -> date:
    return _checked(day.year, day.month, day.day)


def _from_serial(number: float) -> date:
    if not SERIALS[0] <= number <= SERIALS[1]:
        raise ValueProblem(N_("not a date"))
    return _plausible(EXCEL_EPOCH + timedelta(days=math.floor(number)))


def _resolve(written: _Written, column: DateOrder | None) -> date:
    order = written.order or column
    first, second = written.first, written.second
    if order not in (DateOrder.DMY, DateOrder.MDY) and written.order is None:
        # The column's order is unknown: only values that show it themselves can be read.
        if first > 12 >= second:
            order = DateOrder.DMY
        elif second > 12 >= first or first == second:
            order = DateOrder.MDY
        else:
            raise ValueProblem(N_("unclear whether the day or the month comes first"))
    if order is DateOrder.DMY:
        return _checked(written.year, second, first)
    return _checked(written.year, first, second)


def guess_date_order(values: Iterable[object]) -> DateGuess:
    """Decided once per COLUMN, never per row.

    For '01/12/2025'-style values: a first part over 12 means DMY, a second part over 12 means
    MDY; when all are 12 or less (or the column holds both kinds) the owner is asked, so
    `order` is None and `candidates` is (DMY, MDY). Otherwise the order is the one most values
    are written in (ISO -> YMD), or DMY for a column with no readable dates at all.
    """
    shapes: Counter[DateOrder] = Counter()
    dmy = mdy = unclear = False
    for value in {v for v in values if isinstance(v, str)}:
        try:
            written = _scan(value.strip())
        except ValueProblem:
            continue
        if isinstance(written, int):
            continue
        if written.order is not None:
            shapes[written.order] += 1
        elif written.first > 12 and written.second <= 12:
            dmy = True
        elif written.second > 12 and written.first <= 12:
            mdy = True
        elif written.first != written.second and max(written.first, written.second) <= 12:
            unclear = True
    if dmy != mdy:
        order = DateOrder.DMY if dmy else DateOrder.MDY
        return DateGuess(order, (order,))
    if dmy or unclear:
        return DateGuess(None, (DateOrder.DMY, DateOrder.MDY))
    order = shapes.most_common(1)[0][0] if shapes else DateOrder.DMY
    return DateGuess(order, (order,))


def date_parser(order: DateOrder | None) -> Callable[[object], date]:
    """Raises ValueProblem('not a date') etc.; caches per distinct value.

    `order` is the column's (from `guess_date_order` or the owner's answer); with None or YMD,
    a '03/04/2025' value is refused as unclear while '13/04/2025' still reads as 13 April.
    """
    cache: dict[str, date | Failed] = {}

    def from_text(text: str) -> date:
        stripped = text.strip()
        if not stripped:
            raise ValueProblem(N_("empty"))
        written = _scan(stripped)
        if isinstance(written, int):
            return _from_serial(written)
        return _resolve(written, order)

    def parse(value: object) -> date:
        if isinstance(value, str):
            return remember(cache, value, from_text)
        if isinstance(value, datetime):
            return _plausible(value.date())  # the wall-clock date the file shows
        if isinstance(value, date):
            return _plausible(value)
        if value is None:
            raise ValueProblem(N_("empty"))
        if isinstance(value, int | float) and not isinstance(value, bool):
            if isinstance(value, int) and _COMPACT.fullmatch(str(value)):
                return from_text(str(value))
            if math.isfinite(value):
                return _from_serial(value)
        if isinstance(value, time):
            raise ValueProblem(N_("a time of day, not a date"))
        raise ValueProblem(N_("not a date"))

    return parse
