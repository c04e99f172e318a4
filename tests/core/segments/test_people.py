"""The customer's own facts: birthday (29 February, year ends), language, country, e-mail..."""

from __future__ import annotations

from datetime import date

import pytest

from lifecrm.core.segments.sql import birthday_days
from tests.core.segments.helpers import cond, members, person

BIRTHDAYS = {
    "dec15": date(1980, 12, 15),
    "dec31": date(1975, 12, 31),
    "jan14": date(1990, 1, 14),
    "jan15": date(1990, 1, 15),
    "feb28": date(1985, 2, 28),
    "feb29": date(1988, 2, 29),
    "mar01": date(1970, 3, 1),
}


@pytest.fixture
def born(db):
    with db.write() as conn:
        ids = {key: person(conn, key, birthday=day) for key, day in BIRTHDAYS.items()}
        ids["unknown"] = person(conn, "No birthday")
    return ids


def _pick(ids, *keys):
    return {ids[k] for k in keys}


def test_birthday_this_month_follows_as_of(db, born) -> None:
    assert members(db, cond("birthday", "this_month"), date(2025, 12, 1)) == _pick(
        born, "dec15", "dec31"
    )
    assert members(db, cond("birthday", "this_month"), date(2026, 2, 10)) == _pick(
        born, "feb28", "feb29"
    )


def test_next_30_days_from_december_15_wraps_into_january(db, born) -> None:
    # 15 Dec + 30 days = 14 Jan, both ends included.
    assert members(db, cond("birthday", "within_next_days", 30), date(2025, 12, 15)) == _pick(
        born, "dec15", "dec31", "jan14"
    )


def test_today_is_within_the_next_0_days(db, born) -> None:
    assert members(db, cond("birthday", "within_next_days", 0), date(2025, 12, 31)) == _pick(
        born, "dec31"
    )


def test_29_february_is_celebrated_on_28_february_in_other_years(db, born) -> None:
    non_leap = members(db, cond("birthday", "within_next_days", 0), date(2027, 2, 28))
    assert non_leap == _pick(born, "feb28", "feb29")
    leap_28 = members(db, cond("birthday", "within_next_days", 0), date(2028, 2, 28))
    assert leap_28 == _pick(born, "feb28")
    leap_29 = members(db, cond("birthday", "within_next_days", 0), date(2028, 2, 29))
    assert leap_29 == _pick(born, "feb29")
    assert born["feb29"] not in members(
        db, cond("birthday", "within_next_days", 30), date(2027, 3, 1)
    )


def test_a_year_or_more_ahead_covers_every_birthday(db, born) -> None:
    everyone = members(db, cond("birthday", "within_next_days", 365), date(2027, 3, 1))
    assert everyone == set(born.values()) - {born["unknown"]}
    assert len(birthday_days(date(2027, 3, 1), 5000)) == 366


@pytest.fixture
def people(db):
    with db.write() as conn:
        return {
            "hu": person(conn, "Kiss Anna", email="anna@example.hu", language="hu", country="HU"),
            "si": person(conn, "Janez", email="  ", language="SL", country="si", opted_out=True),
            "unknown": person(conn, "Nobody Known"),
            "notes": person(conn, "Noted", notes='Wants the 100% wool "Forest" scarf_XL'),
        }


def test_language_and_country_ignore_case(db, people) -> None:
    assert members(db, cond("language", "in", ["HU", "sl"])) == _pick(people, "hu", "si")
    assert members(db, cond("country", "in", ["si"])) == _pick(people, "si")


def test_not_in_includes_customers_whose_language_is_unknown(db, people) -> None:
    assert members(db, cond("language", "not_in", ["hu"])) == _pick(
        people, "si", "unknown", "notes"
    )
    assert members(db, cond("country", "not_in", ["HU", "SI"])) == _pick(people, "unknown", "notes")


def test_has_email_treats_blank_as_none(db, people) -> None:
    assert members(db, cond("has_email", "is", True)) == _pick(people, "hu")
    assert members(db, cond("has_email", "is", False)) == _pick(people, "si", "unknown", "notes")


def test_opted_out(db, people) -> None:
    assert members(db, cond("opted_out", "is", True)) == _pick(people, "si")
    assert members(db, cond("opted_out", "is", False)) == _pick(people, "hu", "unknown", "notes")


@pytest.mark.parametrize("word", ["wool", "WOOL", '"Forest"', "100%", "scarf_xl"])
def test_notes_contain_a_word_literally(db, people, word) -> None:
    assert members(db, cond("notes", "contains", word)) == _pick(people, "notes")


def test_notes_wildcards_do_not_match_anything_else(db, people) -> None:
    assert members(db, cond("notes", "contains", "100_")) == set()
    assert members(db, cond("notes", "contains", "%%")) == set()
