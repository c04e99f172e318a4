"""Exact money and folded text."""

from __future__ import annotations

from decimal import Decimal

import pytest

from lifecrm.core.money import decimal_string, format_money, to_decimal, to_minor
from lifecrm.core.text import customer_keys, email_key, fold


@pytest.mark.parametrize(
    ("amount", "currency", "minor", "text"),
    [
        ("1590.50", "HUF", 159050, "1590.50"),
        ("12", "EUR", 1200, "12.00"),
        ("4990", "ISK", 4990, "4990"),
        ("0.005", "EUR", 1, "0.01"),  # half up, never float rounding
        ("1.5", "KWD", 1500, "1.500"),  # three-decimal currencies
    ],
)
def test_amounts_become_exact_minor_units(amount, currency, minor, text) -> None:
    assert to_minor(amount, currency) == minor
    assert decimal_string(minor, currency) == text
    assert to_decimal(minor, currency) == Decimal(text)


def test_money_is_formatted_for_the_locale() -> None:
    assert format_money(159050, "HUF", "hu_HU") == "1\xa0590,50\xa0Ft"
    assert format_money(1200, "EUR", "sl_SI") == "12,00\xa0€"


def test_fold_removes_case_accents_and_extra_spaces() -> None:
    assert fold("  Tóth   GERGŐ ") == "toth gergo"
    assert fold("Ёлка") == "елка"
    assert fold(None) == ""


def test_email_identity_is_trimmed_and_case_folded() -> None:
    assert email_key("  Anna@Example.COM ") == "anna@example.com"
    assert email_key("   ") is None


def test_search_key_holds_names_email_and_phone_digits() -> None:
    keys = customer_keys("Tóth Gergő", "Gergő", "Tóth", "G@x.hu", "+36 (30) 123-4567")
    assert keys["name_key"] == "toth gergo"
    assert keys["search_key"].endswith("g@x.hu 36301234567")
