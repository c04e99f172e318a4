"""Money is exact: integer minor units plus an ISO 4217 currency code, never a float.

The number of minor units per currency comes from CLDR (via Babel), so HUF has 2 decimals
(1 590,50 Ft) and ISK has none.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from babel.numbers import format_currency, get_currency_precision


def precision(currency: str) -> int:
    return int(get_currency_precision(currency.upper()))


def to_minor(amount: Decimal | int | str, currency: str) -> int:
    """Converts a decimal amount to integer minor units, rounding half up."""
    scale = Decimal(10) ** precision(currency)
    return int((Decimal(amount) * scale).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def to_decimal(minor: int, currency: str) -> Decimal:
    digits = precision(currency)
    return Decimal(minor).scaleb(-digits).quantize(Decimal(1).scaleb(-digits))


def decimal_string(minor: int, currency: str) -> str:
    """The CLI's money format: a string with a decimal point, e.g. "1590.50"."""
    return str(to_decimal(minor, currency))


def format_money(minor: int, currency: str, locale: str) -> str:
    """Formats for people, e.g. "1 590,50 Ft" for hu_HU or "€12.00" for en_IE."""
    return str(format_currency(to_decimal(minor, currency), currency.upper(), locale=locale))
