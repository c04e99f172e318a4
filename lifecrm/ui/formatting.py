"""Showing money, dates and ages the way the owner's locale writes them."""

from __future__ import annotations

from datetime import date

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from PySide6.QtCore import QCoreApplication, QLocale

from lifecrm.core.money import format_money


def display_locale() -> str:
    """The Babel locale matching Qt's default locale; en_US when Qt has none ("C")."""
    name = QLocale().name()
    try:
        Locale.parse(name)
    except (ValueError, UnknownLocaleError):
        return "en_US"
    return "en_US" if name in ("C", "") else name


def money(minor: int, currency: str | None) -> str:
    if currency is None:
        return ""
    return format_money(minor, currency, display_locale())


def short_date(value: date | None) -> str:
    return (
        "" if value is None else str(format_date(value, format="medium", locale=display_locale()))
    )


def long_date(value: date | None) -> str:
    return "" if value is None else str(format_date(value, format="long", locale=display_locale()))


def days_ago(days: int) -> str:
    """ "today", "yesterday", "%n days ago" with the language's plural forms."""
    if days == 0:
        return QCoreApplication.translate("Formatting", "today")
    if days == 1:
        return QCoreApplication.translate("Formatting", "yesterday")
    if days < 0:
        return QCoreApplication.translate("Formatting", "in %n days", "", -days)
    return QCoreApplication.translate("Formatting", "%n days ago", "", days)


def date_with_age(value: date | None, as_of: date) -> str:
    """ "12 Aug 2025 · 120 days ago" """
    if value is None:
        return ""
    return f"{short_date(value)} · {days_ago((as_of - value).days)}"


def language_name(code: str | None) -> str:
    """ "sl" -> "Slovenian" (in a Hungarian window "szlovén"); the code itself when unknown."""
    if not code:
        return ""
    name = Locale.parse(display_locale()).languages.get(code.lower())
    return str(name) if name else code


def country_name(code: str | None) -> str:
    """ "SI" -> "Slovenia" in the window's language; the code itself when unknown."""
    if not code:
        return ""
    name = Locale.parse(display_locale()).territories.get(code.upper())
    return str(name) if name else code
