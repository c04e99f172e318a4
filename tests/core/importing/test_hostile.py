"""The hostile corpus (tests/fixtures/hostile): each attack or accident gives a listed problem
or a one-sentence refusal, never a garbled customer, a crash or a silent import."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from lifecrm.core.importing.doubts import (
    CONTROL_REASON,
    FUTURE_REASON,
    NEGATIVE_REASON,
    ONLY_CONTROL_REASON,
    OTHER_ENCODING_REASON,
    RUNAWAY_REASON,
    WORSE_NAME_REASON,
)
from lifecrm.core.importing.importer import import_file
from lifecrm.core.importing.plan import ImportOptions
from lifecrm.core.importing.quality import garbled, worse_text
from lifecrm.core.importing.readers import TooLarge, read_file
from lifecrm.core.importing.values import AMOUNT_TOO_LARGE_REASON, QUANTITY_TOO_LARGE_REASON
from tests.core.importing.helpers import fetch, snapshot

HOSTILE = Path(__file__).resolve().parents[2] / "fixtures" / "hostile"
sys.path.insert(0, str(HOSTILE))
import make_hostile  # noqa: E402

OPTIONS = ImportOptions(currency="EUR", as_of=date(2025, 12, 31))


def names(db) -> list[str]:
    return [n for (n,) in fetch(db, "SELECT name FROM customer ORDER BY id")]


def reasons(result) -> list[tuple[int, str]]:
    return [(p.row, p.reason) for p in result.problems]


def test_the_checked_in_corpus_is_what_the_script_writes() -> None:
    for name, make in make_hostile.SMALL.items():
        assert (HOSTILE / name).read_bytes() == make(), name


# --- Encodings ---------------------------------------------------------------------------------


def test_a_file_mixing_utf8_and_cp1250_lines_keeps_every_known_name(db) -> None:
    import_file(db, HOSTILE / "known_customers.csv", OPTIONS)

    result = import_file(db, HOSTILE / "mixed_encodings.csv", OPTIONS)

    assert names(db)[:10] == make_hostile.NAMES  # was "Anna KovĂˇcs": the file read as cp1250
    assert names(db)[10:] == make_hostile.NAMES[:3]  # the cp1250 lines, read as cp1250
    assert reasons(result) == [(n, OTHER_ENCODING_REASON) for n in (12, 13, 14)]
    assert {p.value for p in result.problems} == {"cp1250"}


def test_a_utf7_file_is_read_as_utf7(tmp_path: Path) -> None:
    table = read_file(HOSTILE / "utf7.csv")

    assert table.encoding == "utf-7"
    assert [cells[0] for _n, cells in table.rows] == make_hostile.NAMES


def test_one_invalid_byte_makes_one_doubtful_line_not_a_file_in_another_code_page() -> None:
    table = read_file(HOSTILE / "one_bad_byte.csv")

    assert table.encoding == "utf-8"
    assert [cells[0] for _n, cells in table.rows][:9] == make_hostile.NAMES[:9]
    assert list(table.doubts) == [11]
    assert table.doubts[11][1] == OTHER_ENCODING_REASON


def test_garbled_text_is_recognised_and_never_replaces_a_known_name() -> None:
    read_wrongly = [n.encode().decode("latin-1") for n in ("Анна Щукина", "Þórður")]
    assert garbled("Anna KovĂˇcs") and garbled("RĂ©ka BĂrĂł") and garbled("Anna KovÃ¡cs")
    assert all(garbled(n) for n in read_wrongly)
    real = [*make_hostile.NAMES, "Þórður", "Анна", "Čeh", "O'Brien", "Łukasz", "Ærø", "Ñandú"]
    assert not any(garbled(n) for n in real)
    assert worse_text("Anna Kovács", "Anna KovĂˇcs")
    assert worse_text("Anna Kovács", "Anna Kov\ufffdcs")
    assert not worse_text("Anna Kovács", "Anna Kovács-Tóth")
    assert not worse_text("Anna Kov\ufffdcs", "Anna Kovács")


def test_a_newer_file_with_garbled_names_keeps_the_known_ones_and_says_so(
    db, tmp_path: Path
) -> None:
    import_file(db, HOSTILE / "known_customers.csv", OPTIONS)
    text = make_hostile.known_customers().replace("2025-10-01", "2025-12-01")
    garbled_file = tmp_path / "newer.csv"
    garbled_file.write_bytes(text.encode("utf-8").decode("cp1250", "replace").encode("utf-8"))

    result = import_file(db, garbled_file, OPTIONS)

    assert names(db) == make_hostile.NAMES
    kept = [c for c in result.conflicts if c.reason == WORSE_NAME_REASON]
    assert len(kept) == 10 and kept[0].kept == "Anna Kovács"


# --- Quotes left open, long lines --------------------------------------------------------------


def test_an_unclosed_quote_is_one_listed_row_and_the_lines_it_swallowed_still_import(db) -> None:
    result = import_file(db, HOSTILE / "unclosed_quote.csv", OPTIONS)

    assert reasons(result) == [(3, RUNAWAY_REASON)]
    assert result.customers_created == 1001  # Ann and the 1,000 people after the open quote
    assert max(len(n) for n in names(db)) < 20


def test_a_line_past_the_csv_field_limit_is_a_problem_not_a_crash(db, tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    path.write_bytes(make_hostile.long_line())

    result = import_file(db, path, OPTIONS)

    assert names(db) == ["Ann Lee"]
    assert result.skipped_rows == 1 and result.problems[0].row == 3
    assert len(result.problems[0].value) < 100  # shown cut, not 200 kB


def test_a_name_far_too_long_is_a_problem_not_a_customer(db, tmp_path: Path) -> None:
    path = tmp_path / "long_name.csv"
    path.write_text(f"Name,E-mail\nAnn Lee,ann@example.com\n{'x' * 400},x@example.com\n")

    result = import_file(db, path, OPTIONS)

    assert names(db) == ["Ann Lee"]
    assert result.skipped_rows == 1 and result.problems[0].column == "Name"


# --- Control characters ------------------------------------------------------------------------


def test_control_and_invisible_characters_are_removed_and_listed(db) -> None:
    result = import_file(db, HOSTILE / "control_characters.csv", OPTIONS)

    assert names(db) == [
        "Null Byte",
        "]0;pwnedEve Title",
        "Bell Ringer",
        "Mallory gnp.exe",
        "x4@example.com",  # the name was only U+200B: the e-mail names her
        "Bom Inside",
    ]
    assert [r for _row, r in reasons(result)] == [CONTROL_REASON] * 4 + [
        ONLY_CONTROL_REASON,
        CONTROL_REASON,
    ]
    shown = [p.value for p in result.problems]
    assert shown[1] == "\\u001b]0;pwned\\u0007Eve Title" and shown[3] == "Mallory \\u202egnp.exe"
    assert all(p.column == "Name" and not p.skipped for p in result.problems)


# --- Dates and amounts -------------------------------------------------------------------------


def test_a_future_order_and_a_negative_total_are_imported_and_listed(db) -> None:
    result = import_file(db, HOSTILE / "future_and_negative.csv", OPTIONS)

    assert reasons(result) == [(2, FUTURE_REASON), (3, NEGATIVE_REASON)]
    assert not any(p.skipped for p in result.problems)
    orders = fetch(db, "SELECT number, total_minor, status FROM orders ORDER BY number")
    assert orders == [("1", 1000, "completed"), ("2", -2000, "refunded"), ("3", 3000, "completed")]


def test_totals_and_quantities_past_64_bits_are_row_problems(db) -> None:
    result = import_file(db, HOSTILE / "huge_numbers.csv", OPTIONS)

    assert [(p.row, p.column) for p in result.problems] == [
        (2, "Total"),
        (3, "Total"),
        (4, "Total"),
        (5, "Quantity"),
    ]
    assert result.problems[0].reason == AMOUNT_TOO_LARGE_REASON
    assert result.problems[3].reason == QUANTITY_TOO_LARGE_REASON
    assert names(db) == ["Eve Roe"]


# --- Workbooks that would take the process down ------------------------------------------------


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda p: make_hostile.dimension_bomb(p / "dim.xlsx"), "column 16,384"),
        (lambda p: make_hostile.ods_repeat_bomb(p / "rep.ods"), "repeats its cells"),
        (lambda p: make_hostile.many_rows(p / "rows.xlsx", 1_001), "more than 1,000 rows"),
        (lambda p: make_hostile.inflating_sheet(p / "zip.xlsx", 2), "unpacks to more than"),
    ],
)
def test_a_workbook_past_the_limits_is_refused_in_one_sentence_before_it_is_read(
    db, tmp_path: Path, make, words: str
) -> None:
    path = make(tmp_path)
    before = snapshot(db)
    options = ImportOptions(currency="EUR", as_of=date(2025, 12, 31), max_rows=1_000)

    with pytest.raises(TooLarge) as refused:
        import_file(db, path, options)

    assert words in str(refused.value) and str(refused.value).count(". ") == 0
    assert snapshot(db) == before


def test_the_row_cap_can_be_raised(db, tmp_path: Path) -> None:
    path = make_hostile.many_rows(tmp_path / "rows.xlsx", 1_001)
    options = ImportOptions(as_of=date(2025, 12, 31), max_rows=2_000)
    table = read_file(path, max_rows=options.max_rows)

    assert len(table.rows) == 1_001


def test_a_csv_with_more_rows_than_the_cap_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "many.csv"
    path.write_text("Name,E-mail\n" + "".join(f"P{i},p{i}@example.com\n" for i in range(30)))

    with pytest.raises(TooLarge, match="more than 20 rows"):
        read_file(path, max_rows=20)
