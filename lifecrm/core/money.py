"""Money is exact: integer minor units plus an ISO 4217 currency code, never a float.

The number of minor units per currency is ISO 4217's and fixed here, not read from CLDR: stored
amounts must mean the same under every Babel release (CLDR 48 changed HUF from 2 digits to 0,
which would have turned 1 590,50 Ft already stored into 159 050 Ft). HUF has 2 decimals
(1 590,50 Ft), ISK none.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from babel import Locale
from babel.core import get_global
from babel.numbers import format_currency, get_currency_symbol

# ISO 4217 minor units that are not 2 (the list-one exponents, as of amendment 179).
_ISO_EXPONENTS = {
    **dict.fromkeys(
        "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF".split(), 0
    ),
    **dict.fromkeys("BHD IQD JOD KWD LYD OMR TND".split(), 3),
    **dict.fromkeys("CLF UYW".split(), 4),
}


def precision(currency: str) -> int:
    """Decimal places of the currency's minor unit (ISO 4217): HUF 2, ISK 0, KWD 3."""
    return _ISO_EXPONENTS.get(currency.upper(), 2)


@lru_cache(maxsize=65_536)  # an import converts the same few prices again and again
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


def _cash_digits(currency: str) -> int:
    fractions = get_global("currency_fractions")
    return int(fractions.get(currency, fractions["DEFAULT"])[2])


def format_money(minor: int, currency: str, locale: str) -> str:
    """Formats for people: "1 590,50 Ft" and "12 990 Ft" (hu_HU), "€12.00", "HUF 12,990".

    Whole amounts in currencies that pay cash without decimals (forint, krona) drop ",00";
    where the locale has no symbol for the currency, its code is kept apart from the number.
    """
    code = currency.upper()
    amount = to_decimal(minor, code)
    whole = amount == amount.to_integral_value() and _cash_digits(code) == 0
    pattern = _pattern(code, locale, whole)
    return str(format_currency(amount, code, format=pattern, locale=locale, currency_digits=False))


@lru_cache(maxsize=256)
def _pattern(code: str, locale: str, whole: bool) -> str:
    """The locale's currency pattern, adjusted once per currency (Babel's lookups are slow)."""
    pattern = str(Locale.parse(locale).currency_formats["standard"].pattern)
    if whole:
        pattern = pattern.replace(".00", "")
    if get_currency_symbol(code, locale=locale) == code:
        pattern = pattern.replace("¤#", "¤\xa0#").replace("¤-#", "¤\xa0-#")
    return pattern
