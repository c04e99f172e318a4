"""Dates as shops write them, and the day/month order decided once per column."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta, timezone

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from lifecrm.core.importing.dates import DateGuess, DateOrder, date_parser, guess_date_order
from lifecrm.core.importing.values import ValueProblem

DMY, MDY, YMD = DateOrder.DMY, DateOrder.MDY, DateOrder.YMD
DEC_1 = date(2025, 12, 1)


def problem(order: DateOrder | None, value: object) -> str:
    with pytest.raises(ValueProblem) as caught:
        date_parser(order)(value)
    return caught.value.reason


@pytest.mark.parametrize(
    "cell",
    [
        DEC_1,
        datetime(2025, 12, 1, 23, 59),
        datetime(2025, 12, 1, 23, 59, tzinfo=timezone(timedelta(hours=-8))),  # no tz shift
        45992,  # Excel serial
        45992.75,  # serial with a time of day
        "45992",
        20251201,  # yyyymmdd as a number
        "20251201",
        "2025-12-01",
        "2025-12-01 14:13:25 +0100",  # Shopify
        "2025-12-01T14:13:25+01:00",
        "2025-12-01T14:13:25.123Z",
        "2025-12-01 14:13",
        "2025/12/01",
        "2025.12.01",
        "2025.12.01.",
        "2025. 12. 01.",
        "2025.12.1",
        "2025.12.01. 14:13:25",
        "01.12.2025",
        "1.12.2025",
        "1. 12. 2025",
        "1. 12. 2025.",
        "01.12.25",
        "01.12.2025 14:13",
        "  01.12.2025  ",
        "01/12/2025",  # the column is DMY
        "01-12-2025",
        "1/12/25",
        "01/12/2025 2:13 PM",
        "01.12.2025 14:13:25 CET",
        "2025-12-01 14:13:25 GMT+01:00",
        "2025-12-01 14:13 UTC",
        "1 December 2025",
        "1 Dec 2025",
        "Dec 1, 2025",
        "December 1st, 2025",
        "Mon, 01 Dec 2025 14:13:25 +0100",
        "1-Dec-2025",
        "01-Dec-25",
        "1. december 2025",
        "2025. december 1.",
        "2025. dec. 1.",
        "1 декабря 2025",
        "1 декабря 2025 г.",
        "1 Декабрь 2025",
        "1 дек. 2025",
        "1. desember 2025",
        "1. des. 2025",
        "1. DECEMBER 2025",
    ],
)
def test_the_first_of_december(cell: object) -> None:
    assert date_parser(DMY)(cell) == DEC_1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025. március 15.", date(2025, 3, 15)),
        ("2025. febr. 3.", date(2025, 2, 3)),
        ("15. marec 2025", date(2025, 3, 15)),
        ("3. maj 2025", date(2025, 5, 3)),
        ("3. maí 2025", date(2025, 5, 3)),
        ("17. júní 2025", date(2025, 6, 17)),
        ("1. ágúst 2025", date(2025, 8, 1)),
        ("1. avgust 2025", date(2025, 8, 1)),
        ("5 мая 2025", date(2025, 5, 5)),
        ("5 май 2025", date(2025, 5, 5)),
        ("12 сентября 2025", date(2025, 9, 12)),
        ("1. janúar 2026", date(2026, 1, 1)),
        ("1 January 1970", date(1970, 1, 1)),
        ("29.02.2024", date(2024, 2, 29)),
        ("31.12.69", date(2069, 12, 31)),  # two-digit years: 00-69 are 2000s
        ("01.01.70", date(1970, 1, 1)),
        ("05/05/2025", date(2025, 5, 5)),  # day = month: any order reads it alike
    ],
)
def test_named_and_edge_dates(text: str, expected: date) -> None:
    assert date_parser(DMY)(text) == expected


def test_slashes_follow_the_columns_order() -> None:
    assert date_parser(DMY)("03/04/2025") == date(2025, 4, 3)
    assert date_parser(MDY)("03/04/2025") == date(2025, 3, 4)
    assert date_parser(MDY)("03-04-2025") == date(2025, 3, 4)
    assert date_parser(MDY)("03.04.2025") == date(2025, 4, 3)  # dots are always day first
    assert date_parser(MDY)("2025-03-04") == date(2025, 3, 4)  # ISO is ISO
    assert date_parser(MDY)("Dec 1, 2025") == DEC_1
    assert date_parser(MDY)("1 December 2025") == DEC_1


@pytest.mark.parametrize("order", [None, YMD])
def test_without_a_column_order_only_self_evident_slashes_are_read(
    order: DateOrder | None,
) -> None:
    parse = date_parser(order)
    assert parse("13/04/2025") == date(2025, 4, 13)
    assert parse("04/13/2025") == date(2025, 4, 13)
    assert parse("2025-04-03") == date(2025, 4, 3)
    with pytest.raises(ValueProblem, match="day or the month"):
        parse("03/04/2025")


@pytest.mark.parametrize(
    ("order", "cell", "reason"),
    [
        (DMY, "31.02.2025", "not a real date"),
        (DMY, "2025-02-30", "not a real date"),
        (DMY, "29.02.2025", "not a real date"),
        (DMY, "2025-13-01", "not a real date"),
        (DMY, "00.12.2025", "not a real date"),
        (MDY, "13/01/2025", "not a real date"),  # the column says month first
        (DMY, "01.01.1850", "not a plausible date"),
        (DMY, "1899-12-31", "not a plausible date"),
        (DMY, "2101-01-01", "not a plausible date"),
        (DMY, "01.01.9999", "not a plausible date"),
        (DMY, date(1, 1, 1), "not a plausible date"),
        (DMY, 79999, "not a plausible date"),  # 2119
        (DMY, 12, "not a date"),  # a number, but no serial
        (DMY, 100000, "not a date"),
        (DMY, "12345", "not a date"),
        (DMY, float("nan"), "not a date"),
        (DMY, True, "not a date"),
        (DMY, time(14, 13), "a time of day, not a date"),
        (DMY, "", "empty"),
        (DMY, "  ", "empty"),
        (DMY, None, "empty"),
        (DMY, "hello", "not a date"),
        (DMY, "december 2025", "not a date"),  # no day
        (DMY, "1 Smarch 2025", "not a date"),
        (DMY, "1 december december 2025", "not a date"),
        (DMY, "1.12", "not a date"),
        (DMY, "2025-12-01 garbage", "not a date"),
        (DMY, "01/12.2025", "not a date"),  # mixed separators
        (DMY, "1 December 12025", "not a date"),
    ],
)
def test_unusable_dates(order: DateOrder, cell: object, reason: str) -> None:
    assert problem(order, cell) == reason


def test_refusals_are_cached_but_raised_afresh() -> None:
    parse = date_parser(DMY)
    for _ in range(3):
        with pytest.raises(ValueProblem, match="not a real date") as caught:
            parse("31.02.2025")
        assert caught.value.__traceback__ is not None
    assert parse("01.12.2025") is parse("01.12.2025")


# --- The order, per column ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("column", "guess"),
    [
        (["2025-12-01", "2025-11-30 10:00"], DateGuess(YMD, (YMD,))),
        (["01.12.2025", "2.12.2025"], DateGuess(DMY, (DMY,))),
        (["2025.12.01.", "2025. 11. 30."], DateGuess(YMD, (YMD,))),
        (["12/01/2025", "13/01/2025"], DateGuess(DMY, (DMY,))),
        (["12/01/2025", "01/13/2025"], DateGuess(MDY, (MDY,))),
        (["12-01-2025", "25-01-2025"], DateGuess(DMY, (DMY,))),
        (["12/01/2025", "03/04/2025"], DateGuess(None, (DMY, MDY))),
        (["05/05/2025"], DateGuess(DMY, (DMY,))),  # reads alike either way: nothing to ask
        (["13/01/2025", "01/13/2025"], DateGuess(None, (DMY, MDY))),  # contradicts itself: ask
        (["Dec 1, 2025", "Nov 30, 2025"], DateGuess(MDY, (MDY,))),
        (["1 December 2025"], DateGuess(DMY, (DMY,))),
        (["2025-12-01", "01.12.2025", "2025-11-01"], DateGuess(YMD, (YMD,))),  # mixed shapes
        (["01.12.2025", "12/01/2025"], DateGuess(None, (DMY, MDY))),  # dots do not decide slashes
        ([DEC_1, 45992, None, "", "abc"], DateGuess(DMY, (DMY,))),  # nothing to decide
        ([], DateGuess(DMY, (DMY,))),
    ],
)
def test_the_order_is_guessed_once_per_column(column: list[object], guess: DateGuess) -> None:
    assert guess_date_order(column) == guess


def test_the_order_does_not_change_row_by_row() -> None:
    column = ["03/04/2025", "13/04/2025", "04/05/2025"]
    guess = guess_date_order(column)
    assert guess.order is DMY
    parse = date_parser(guess.order)
    assert [parse(v) for v in column] == [date(2025, 4, 3), date(2025, 4, 13), date(2025, 5, 4)]


# --- Property: every written format reads back -------------------------------------------------

_EN = "January February March April May June July August September October November December"
_HU = "január február március április május június július augusztus szeptember október november december"  # noqa: E501
_SL = "januar februar marec april maj junij julij avgust september oktober november december"
_IS = "janúar febrúar mars apríl maí júní júlí ágúst september október nóvember desember"
_RU_GEN = "января февраля марта апреля мая июня июля августа сентября октября ноября декабря"
_RU_NOM = "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь"


def _month(names: str, d: date) -> str:
    return names.split()[d.month - 1]


FORMATS: dict[str, tuple[DateOrder, Callable[[date], str]]] = {
    "iso": (DMY, lambda d: d.isoformat()),
    "iso time": (DMY, lambda d: f"{d.isoformat()}T08:30:00+01:00"),
    "shopify": (MDY, lambda d: f"{d.isoformat()} 08:30:00 -0500"),
    "hu dotted": (DMY, lambda d: f"{d.year}.{d.month:02}.{d.day:02}."),
    "hu spaced": (MDY, lambda d: f"{d.year}. {d.month:02}. {d.day:02}."),
    "dmy dotted": (MDY, lambda d: f"{d.day:02}.{d.month:02}.{d.year}"),
    "dmy dotted short": (DMY, lambda d: f"{d.day}. {d.month}. {d.year}"),
    "dmy slashes": (DMY, lambda d: f"{d.day:02}/{d.month:02}/{d.year}"),
    "mdy slashes": (MDY, lambda d: f"{d.month}/{d.day}/{d.year}"),
    "dmy dashes": (DMY, lambda d: f"{d.day:02}-{d.month:02}-{d.year}"),
    "en": (DMY, lambda d: f"{d.day} {_month(_EN, d)} {d.year}"),
    "en us": (DMY, lambda d: f"{_month(_EN, d)[:3]} {d.day}, {d.year}"),
    "hu": (DMY, lambda d: f"{d.year}. {_month(_HU, d)} {d.day}."),
    "sl": (MDY, lambda d: f"{d.day}. {_month(_SL, d)} {d.year}"),
    "is": (DMY, lambda d: f"{d.day}. {_month(_IS, d)} {d.year}"),
    "ru": (DMY, lambda d: f"{d.day} {_month(_RU_GEN, d)} {d.year} г."),
    "ru nominative": (DMY, lambda d: f"{d.day} {_month(_RU_NOM, d)} {d.year}"),
    "serial": (DMY, lambda d: str((d - date(1899, 12, 30)).days)),
}


# The order given for shapes that carry their own (ISO, dots, names) varies on purpose: it must
# not matter for them.
@given(
    day=st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)),
    fmt=st.sampled_from(sorted(FORMATS)),
)
def test_every_written_format_reads_back(day: date, fmt: str) -> None:
    assume(fmt != "serial" or day >= date(1954, 10, 3))  # serials below 20000 are not dates
    order, write = FORMATS[fmt]
    assert date_parser(order)(write(day)) == day


@given(
    days=st.lists(st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)), min_size=1),
    fmt=st.sampled_from(["dmy slashes", "mdy slashes", "dmy dashes"]),
)
def test_a_column_guess_never_misreads(days: list[date], fmt: str) -> None:
    order, write = FORMATS[fmt]
    column = [write(d) for d in days]
    guess = guess_date_order(column)
    if guess.order is None:
        assert guess.candidates == (DMY, MDY)  # the owner is asked; say they answer rightly
    parse = date_parser(guess.order or order)
    assert [parse(v) for v in column] == days


@given(
    st.one_of(
        st.text(),
        st.text(alphabet="0123456789.-/: TZ+"),
        st.integers(),
        st.floats(),
        st.booleans(),
        st.none(),
        st.dates(),
        st.datetimes(),
        st.times(),
    )
)
def test_any_cell_is_read_or_refused_with_a_reason(cell: object) -> None:
    guess_date_order([cell])
    for order in (None, *DateOrder):
        try:
            date_parser(order)(cell)
        except ValueProblem as refused:
            assert refused.reason
