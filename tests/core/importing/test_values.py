"""Cell parsers: amounts (with the per-column decimal mark), quantities, e-mail, phone, status."""

from __future__ import annotations

from decimal import Decimal

import pytest
from email_validator import validate_email
from hypothesis import given
from hypothesis import strategies as st

from lifecrm.core.importing.fields import Status
from lifecrm.core.importing.values import (
    _PLAIN_EMAIL,
    Money,
    ValueProblem,
    detect_decimal_mark,
    money_parser,
    parse_email,
    parse_phone,
    parse_quantity,
    parse_status,
    parse_yes_no,
)

D = Decimal


def problem(parse: object, value: object) -> str:
    assert callable(parse)
    with pytest.raises(ValueProblem) as caught:
        parse(value)
    assert caught.value.reason == str(caught.value)
    return caught.value.reason


# --- Money -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("1.590,50", "1590.50", None),
        ("2 990,00", "2990.00", None),
        ("2\u00a0990,00", "2990.00", None),
        ("2\u202f990,00", "2990.00", None),
        ("1 590,50 Ft", "1590.50", "HUF"),
        ("1\u00a0590,50\u00a0Ft", "1590.50", "HUF"),
        ("€12,00", "12.00", "EUR"),
        ("12,00 €", "12.00", "EUR"),
        ("$1,234.56", "1234.56", "USD"),
        ("1,234.56", "1234.56", None),
        ("12.99", "12.99", None),
        ("HUF 12 990", "12990", "HUF"),
        ("12990 Ft", "12990", "HUF"),
        ("12990Ft", "12990", "HUF"),
        ("-15,00", "-15.00", None),
        ("−15,00", "-15.00", None),  # the typographic minus sign
        ("15,00-", "-15.00", None),
        ("€-12,00", "-12.00", "EUR"),
        ("-€12,00", "-12.00", "EUR"),
        ("(15.00)", "-15.00", None),
        ("(€15.00)", "-15.00", "EUR"),
        ("kr 1.500", "1500", "ISK"),
        ("1.500 kr.", "1500", "ISK"),
        ("1.500 ISK", "1500", "ISK"),
        ("990 ₽", "990", "RUB"),
        ("990 руб.", "990", "RUB"),
        ("990 р.", "990", "RUB"),
        ("RUB 990", "990", "RUB"),
        ("EUR 12,50", "12.50", "EUR"),
        ("12,50 eur", "12.50", "EUR"),
        ("USD 12.50", "12.50", "USD"),
        ("12.50 USD", "12.50", "USD"),
        ("£7.20", "7.20", "GBP"),
        ("GBP7.20", "7.20", "GBP"),
        ("  1 590,50 Ft  ", "1590.50", "HUF"),
        ("1.234.567,89", "1234567.89", None),
        ("1,234,567.89", "1234567.89", None),
        ("0,5", "0.5", None),
        ("0.500", "0.500", None),  # a leading 0 is never a thousands group
        ("1590", "1590", None),
        ("+12,00", "12.00", None),
        ("1.590,- Ft", "1590.00", "HUF"),  # ',-': no cents
        ("12,--", "12.00", None),
        ("-15,-", "-15.00", None),
    ],
)
def test_amounts_in_a_decimal_comma_column(text: str, amount: str, currency: str | None) -> None:
    assert money_parser(",")(text) == Money(D(amount), currency)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("12.99", "12.99"),
        ("12.990", "12.990"),  # in a decimal-point column this is twelve and 99/100
        ("1,234.56", "1234.56"),
        ("1,500", "1500"),
        ("1.590,50", "1590.50"),  # shows its own mark
        ("$1,234", "1234"),
    ],
)
def test_amounts_in_a_decimal_point_column(text: str, amount: str) -> None:
    assert money_parser(".")(text).amount == D(amount)


def test_the_same_text_means_what_its_column_means() -> None:
    hungarian = ["1.590,50", "12.990", "2 990,00"]
    english = ["12.99", "12.990", "5.00"]
    assert detect_decimal_mark(hungarian) == ","
    assert detect_decimal_mark(english) == "."
    assert money_parser(detect_decimal_mark(hungarian))("12.990").amount == D(12990)
    assert money_parser(detect_decimal_mark(english))("12.990").amount == D("12.99")


@pytest.mark.parametrize(
    ("column", "mark"),
    [
        (["12.990", "1.500", "2.000 Ft"], ","),  # dot + 3 digits only: Hungarian thousands
        (["1.590,50", "12,00"], ","),
        (["2 990,00"], ","),
        (["12.99", "7.5"], "."),
        (["$1,234.56"], "."),
        (["1,500", "2,990"], "."),  # comma + 3 digits only: English thousands
        (["1.234.567"], ","),
        (["1,234,567"], "."),
        (["12990", "500"], ","),  # no hint: the column's mark does not matter
        ([], ","),
        ([12.5, 1590, None, "abc"], ","),  # workbook numbers carry no mark
        (["1.590,50", "1.590,50", "1.590,50", "12.99"], ","),  # distinct values vote
        (["1.590,50", "12.99", "3.50"], "."),  # majority of distinct values
        (["1.590,-", "12.990"], ","),
    ],
)
def test_the_decimal_mark_is_decided_from_the_whole_column(column: list[object], mark: str) -> None:
    assert detect_decimal_mark(column) == mark


@pytest.mark.parametrize(
    ("cell", "amount"),
    [(1590.5, "1590.5"), (12, "12"), (-15.0, "-15"), (0.1 + 0.2, "0.3"), (D("12.34"), "12.34")],
)
def test_workbook_numbers_are_exact(cell: object, amount: str) -> None:
    money = money_parser(",")(cell)
    assert money == Money(D(amount), None)
    assert str(money.amount) == amount  # no binary float noise


@pytest.mark.parametrize(
    ("cell", "reason"),
    [
        ("", "empty"),
        ("   ", "empty"),
        (None, "empty"),
        ("ingyenes", "not an amount"),
        ("abc", "not an amount"),
        ("EUR", "not an amount"),
        ("12 34", "not an amount"),  # not thousands groups
        ("1.2.3", "not an amount"),
        ("1,5.3", "not an amount"),
        ("1.,5", "not an amount"),
        ("12 XYZ", "not an amount"),  # not a currency
        ("12 € USD", "not an amount"),
        ("--12", "not an amount"),
        ("(-12)", "not an amount"),
        (True, "not an amount"),
        (float("nan"), "not an amount"),
        (float("inf"), "not an amount"),
        (D("NaN"), "not an amount"),
    ],
)
def test_unusable_amounts(cell: object, reason: str) -> None:
    assert problem(money_parser(","), cell) == reason


def test_money_parser_caches_answers_and_refusals() -> None:
    parse = money_parser(",")
    assert parse("1.590,50") is parse("1.590,50")
    first = problem(parse, "abc")
    assert problem(parse, "abc") == first  # a fresh exception each time, same reason


def test_money_parser_wants_a_mark() -> None:
    with pytest.raises(ValueError):
        money_parser(";")


_CONVENTIONS = [
    (",", "."),
    (",", " "),
    (",", "\u00a0"),
    (",", "\u202f"),
    (",", ""),
    (".", ","),
    (".", ""),
]


def _written(amount: Decimal, decimal: str, group: str, decoration: str) -> str:
    whole, fraction = f"{abs(amount):,.2f}".split(".")
    number = whole.replace(",", group) + decimal + fraction
    sign = "-" if amount < 0 else ""
    return decoration.replace("N", sign + number)


@given(
    amounts=st.lists(
        st.decimals(min_value=-(10**7), max_value=10**7, places=2, allow_nan=False),
        min_size=1,
        max_size=12,
    ),
    convention=st.sampled_from(_CONVENTIONS),
    decoration=st.sampled_from(["N", "N Ft", "€N", "N €", "HUF N", "N kr.", "USD N"]),
)
def test_a_column_of_amounts_round_trips(
    amounts: list[Decimal], convention: tuple[str, str], decoration: str
) -> None:
    decimal, group = convention
    column = [_written(a, decimal, group, decoration) for a in amounts]
    parse = money_parser(detect_decimal_mark(column))
    assert [parse(text).amount for text in column] == amounts


# --- Quantity ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "quantity"),
    [
        ("2", 2),
        (2, 2),
        (2.0, 2),
        ("2,0", 2),
        ("2.00", 2),
        (" 3 ", 3),
        ("0", 0),
        ("1 000", 1000),
        ("1.000.000", 1_000_000),
        ("2 db", 2),
        ("3 pcs", 3),
        ("4 шт.", 4),
        (D("5"), 5),
    ],
)
def test_quantities(cell: object, quantity: int) -> None:
    assert parse_quantity(cell) == quantity


@pytest.mark.parametrize(
    ("cell", "reason"),
    [
        ("-1", "negative quantity"),
        (-1, "negative quantity"),
        ("2,5", "not a whole number"),
        (2.5, "not a whole number"),
        ("1.500", "not a whole number"),  # one separator is a decimal mark, never thousands
        ("abc", "not a quantity"),
        ("2 apples", "not a quantity"),
        (True, "not a quantity"),
        (float("nan"), "not a quantity"),
        ("", "empty"),
        (None, "empty"),
    ],
)
def test_unusable_quantities(cell: object, reason: str) -> None:
    assert problem(parse_quantity, cell) == reason


# --- E-mail ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "address"),
    [
        ("gergo@example.hu", "gergo@example.hu"),
        ("  Gergo.Toth@Example.HU ", "Gergo.Toth@Example.HU"),
        ("иван@пример.рф", "иван@пример.рф"),
        ("jón@dæmi.is", "jón@dæmi.is"),
        ("tóth.gergő@példa.hu", "tóth.gergő@példa.hu"),
        ("gergo+shop@example.hu", "gergo+shop@example.hu"),
        ("mailto:gergo@example.hu", "gergo@example.hu"),
        ("MAILTO: gergo@example.hu", "gergo@example.hu"),
        ("<gergo@example.hu>", "gergo@example.hu"),
        ("Tóth Gergő <gergo@example.hu>", "gergo@example.hu"),
        ("o'brien@example.ie", "o'brien@example.ie"),
        ("a@b.c", "a@b.c"),  # a one-letter top-level domain: not the fast path, still valid
    ],
)
def test_email_addresses_are_kept_as_written(cell: str, address: str) -> None:
    assert parse_email(cell) == address
    assert parse_email(cell) == address  # and again, from the cache


@pytest.mark.parametrize(
    "cell",
    [
        "x@",
        "@x.hu",
        "a b@c.hu",
        "gergo@example",
        "gergo@@example.hu",
        "gergo",
        "gergo..toth@example.hu",
        ".gergo@example.hu",
        "gergo@-example.hu",
        "gergo@example.test",  # reserved names: the fast path must not let them through
        "gergo@shop.local",
        "gergo@" + "a" * 250 + ".hu",
    ],
)
def test_not_email_addresses(cell: str) -> None:
    assert problem(parse_email, cell) == "not an e-mail address"


@pytest.mark.parametrize(
    ("cell", "reason"), [("", "empty"), (None, "empty"), (12, "not an e-mail address")]
)
def test_email_cells_that_are_not_text(cell: object, reason: str) -> None:
    assert problem(parse_email, cell) == reason


@given(st.from_regex(_PLAIN_EMAIL, fullmatch=True))
def test_the_fast_path_accepts_only_what_email_validator_accepts(address: str) -> None:
    try:
        parsed = parse_email(address)
    except ValueProblem:
        return  # refused: nothing was let through
    validate_email(parsed, check_deliverability=False)


# --- Phone -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "phone"),
    [
        ("+36 30 123 4567", "+36 30 123 4567"),
        ("  06-30-123-4567 ", "06-30-123-4567"),
        (36301234567.0, "36301234567"),
        (36301234567, "36301234567"),
        ("36301234567.0", "36301234567"),
        ("tel:+3548001234", "+3548001234"),
        ("+7 (495) 123-45-67", "+7 (495) 123-45-67"),
    ],
)
def test_phones(cell: object, phone: str) -> None:
    assert parse_phone(cell) == phone


@pytest.mark.parametrize(
    ("cell", "reason"),
    [("n/a", "not a phone number"), ("-", "not a phone number"), ("", "empty"), (None, "empty")],
)
def test_unusable_phones(cell: object, reason: str) -> None:
    assert problem(parse_phone, cell) == reason


# --- Status ------------------------------------------------------------------------------------

_STATUSES = {
    Status.COMPLETED: "completed complete paid fulfilled shipped delivered processing "
    "partially_refunded wc-completed wc-processing teljesítve teljesített kiszállítva fizetve "
    "kész выполнен доставлен оплачен завершён завершен lokið afgreitt greitt afhent zaključeno "
    "plačano dostavljeno odposlano feldolgozás_alatt в_обработке v_obdelavi",
    # WooCommerce's "processing" is paid, in every language it is translated into.
    Status.PENDING: "pending on-hold wc-on-hold unpaid authorized függőben "
    "ожидает_оплаты не_оплачен í_bið na_čakanju",
    Status.CANCELLED: "cancelled canceled voided wc-cancelled lemondva törölve sztornó "
    "sztornózva отменён отменен hætt_við afturkallað preklicano stornirano",
    Status.REFUNDED: "refunded wc-refunded visszatérítve visszautalva возврат возвращён "
    "endurgreitt vrnjeno vračilo",
    Status.FAILED: "failed wc-failed declined sikertelen ошибка mistókst neuspešno",
}


@pytest.mark.parametrize(
    ("word", "status"),
    [(w.replace("_", " "), s) for s, words in _STATUSES.items() for w in words.split()],
)
def test_status_words_in_five_languages(word: str, status: Status) -> None:
    assert parse_status(word) is status


@pytest.mark.parametrize(
    ("word", "status"),
    [
        ("  COMPLETED ", Status.COMPLETED),
        ("Partially Refunded", Status.COMPLETED),
        ("partially-refunded", Status.COMPLETED),
        ("WC-Pending", Status.PENDING),
        ("On Hold", Status.PENDING),
        ("on_hold", Status.PENDING),
        ("TELJESITVE", Status.COMPLETED),  # accents dropped
        ("Teljesítve", Status.COMPLETED),
        ("ОТМЕНЁН", Status.CANCELLED),
        ("Hætt  við", Status.CANCELLED),
        ("v  obdelavi", Status.COMPLETED),
        ("Függőben lévő fizetés", Status.PENDING),  # WooCommerce's Hungarian labels
        ("wc-checkout-draft", Status.CANCELLED),  # an abandoned checkout, not an order
        ("Не удался", Status.FAILED),
        ("Spodletelo", Status.FAILED),
    ],
)
def test_status_words_are_folded(word: str, status: Status) -> None:
    assert parse_status(word) is status


@pytest.mark.parametrize("word", ["draft-ish", "12", "wc-", "trash"])
def test_unknown_status_words(word: str) -> None:
    assert parse_status(word) is None


def test_an_empty_status_is_a_problem_not_an_unknown_word() -> None:
    assert problem(parse_status, " ") == "empty"


# --- Yes / no ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "answer"),
    [
        *[(w, True) for w in ["yes", "Y", "TRUE", "1", "x", "X", "igen", "да", "já", "JA", "da"]],
        *[(w, False) for w in ["no", "N", "false", "0", "nem", "нет", "nei", "ne", "Nei"]],
        (True, True),
        (False, False),
        (1, True),
        (0, False),
        (1.0, True),
        ("✓", True),
        ("subscribed", True),
        ("Unsubscribed", False),
    ],
)
def test_yes_and_no(cell: object, answer: bool) -> None:
    assert parse_yes_no(cell) is answer


@pytest.mark.parametrize(
    ("cell", "reason"), [("maybe", "not yes or no"), (2, "not yes or no"), ("", "empty")]
)
def test_neither_yes_nor_no(cell: object, reason: str) -> None:
    assert problem(parse_yes_no, cell) == reason


# --- Any cell at all ---------------------------------------------------------------------------

CELLS = st.one_of(
    st.text(),
    st.text(alphabet="0123456789.,- /:€$Ftkr()+−\u00a0\u202f"),
    st.integers(),
    st.floats(),
    st.decimals(),
    st.booleans(),
    st.none(),
    st.dates(),
    st.datetimes(),
    st.times(),
)


@given(CELLS)
def test_any_cell_is_read_or_refused_with_a_reason(cell: object) -> None:
    detect_decimal_mark([cell])
    for parse in (
        money_parser(","),
        money_parser("."),
        parse_quantity,
        parse_email,
        parse_phone,
        parse_status,
        parse_yes_no,
    ):
        try:
            parse(cell)
        except ValueProblem as refused:
            assert refused.reason
