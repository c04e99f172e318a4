"""The words segments are shown in: field and operator labels, and a definition as a sentence.

Core keeps definitions as codes (`total_spent`, `>=`); the owner reads "Total spent is at least
50 000 Ft". Everything here goes through Qt's translator (context "Segments").
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from babel import Locale
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from lifecrm.core.lifecycle import Stage
from lifecrm.core.money import to_minor
from lifecrm.core.segments import Condition, Definition, Group, Kind
from lifecrm.core.segments.catalog import Blank
from lifecrm.core.segments.conditions import FIELDS
from lifecrm.ui import formatting
from lifecrm.ui.core_texts import core_text
from lifecrm.ui.stage_texts import stage_label

_CONTEXT = "Segments"


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(_CONTEXT, text, "", n)


FIELD_LABELS: dict[str, str] = {
    "stage": QT_TRANSLATE_NOOP("Segments", "Stage"),
    "orders": QT_TRANSLATE_NOOP("Segments", "Number of orders"),
    "total_spent": QT_TRANSLATE_NOOP("Segments", "Total spent"),
    "average_order": QT_TRANSLATE_NOOP("Segments", "Average order value"),
    "first_order": QT_TRANSLATE_NOOP("Segments", "First order"),
    "last_order": QT_TRANSLATE_NOOP("Segments", "Last order"),
    "days_since_last_order": QT_TRANSLATE_NOOP("Segments", "Days since last order"),
    "bought": QT_TRANSLATE_NOOP("Segments", "Bought"),
    "not_bought": QT_TRANSLATE_NOOP("Segments", "Did not buy"),
    "birthday": QT_TRANSLATE_NOOP("Segments", "Birthday"),
    "trend": QT_TRANSLATE_NOOP("Segments", "Buying pace"),
    "best": QT_TRANSLATE_NOOP("Segments", "Best customer (top 2 %)"),
    "recency": QT_TRANSLATE_NOOP("Segments", "Recency score (RFM)"),
    "frequency": QT_TRANSLATE_NOOP("Segments", "Frequency score (RFM)"),
    "monetary": QT_TRANSLATE_NOOP("Segments", "Money score (RFM)"),
    "language": QT_TRANSLATE_NOOP("Segments", "Language"),
    "country": QT_TRANSLATE_NOOP("Segments", "Country"),
    "has_email": QT_TRANSLATE_NOOP("Segments", "Has an e-mail address"),
    "opted_out": QT_TRANSLATE_NOOP("Segments", "Does not want e-mails"),
    "notes": QT_TRANSLATE_NOOP("Segments", "Notes"),
}
assert set(FIELD_LABELS) == set(FIELDS)

OP_LABELS: dict[str, str] = {
    "=": QT_TRANSLATE_NOOP("Segments", "is exactly"),
    ">": QT_TRANSLATE_NOOP("Segments", "is more than"),
    ">=": QT_TRANSLATE_NOOP("Segments", "is at least"),
    "<": QT_TRANSLATE_NOOP("Segments", "is less than"),
    "<=": QT_TRANSLATE_NOOP("Segments", "is at most"),
    "between": QT_TRANSLATE_NOOP("Segments", "is between"),
    "in": QT_TRANSLATE_NOOP("Segments", "is one of"),
    "not_in": QT_TRANSLATE_NOOP("Segments", "is none of"),
    "is": QT_TRANSLATE_NOOP("Segments", "is"),
    "before": QT_TRANSLATE_NOOP("Segments", "was before"),
    "after": QT_TRANSLATE_NOOP("Segments", "was after"),
    "within_last_days": QT_TRANSLATE_NOOP("Segments", "was in the last"),
    "any_of": QT_TRANSLATE_NOOP("Segments", "any of these"),
    "name_contains": QT_TRANSLATE_NOOP("Segments", "a product whose name has"),
    "sku_starts_with": QT_TRANSLATE_NOOP("Segments", "a SKU starting with"),
    "this_month": QT_TRANSLATE_NOOP("Segments", "is this month"),
    "within_next_days": QT_TRANSLATE_NOOP("Segments", "is in the next"),
    "contains": QT_TRANSLATE_NOOP("Segments", "contain"),
}

TREND_LABELS: dict[str, str] = {
    "rising": QT_TRANSLATE_NOOP("Segments", "buying more often lately"),
    "steady": QT_TRANSLATE_NOOP("Segments", "buying at a steady pace"),
    "falling": QT_TRANSLATE_NOOP("Segments", "buying less often lately"),
}

_BLANKS: dict[Kind, str] = {
    Kind.PRODUCTS: QT_TRANSLATE_NOOP("Segments", "Condition %1: choose at least one product."),
    Kind.STAGES: QT_TRANSLATE_NOOP("Segments", "Condition %1: tick at least one stage."),
    Kind.LANGUAGES: QT_TRANSLATE_NOOP("Segments", "Condition %1: choose at least one language."),
    Kind.COUNTRIES: QT_TRANSLATE_NOOP("Segments", "Condition %1: choose at least one country."),
    Kind.MONEY: QT_TRANSLATE_NOOP("Segments", "Condition %1: type an amount."),
    Kind.TEXT: QT_TRANSLATE_NOOP("Segments", "Condition %1: type a word or phrase."),
}


def blank_message(blank: Blank | None) -> str:
    """ "Condition 2 › 1: choose at least one product." ("" when nothing is left blank)."""
    if blank is None:
        return ""
    where = " › ".join(str(n) for n in blank.path)
    text = _BLANKS.get(blank.kind, QT_TRANSLATE_NOOP("Segments", "Condition %1: fill in a value."))
    return tr(text).replace("%1", where)


def field_label(field: str) -> str:
    return tr(FIELD_LABELS[field])


def op_label(op: str) -> str:
    return tr(OP_LABELS[op])


def builtin_text(text: str) -> str:
    """A built-in's name or description in the owner's language (core's catalogs)."""
    return core_text(text)


def _locale() -> Locale:
    return Locale.parse(formatting.display_locale())


def language_name(code: str) -> str:
    name = _locale().languages.get(code.lower())
    return f"{name[:1].upper()}{name[1:]}" if name else code


def country_name(code: str) -> str:
    return str(_locale().territories.get(code.upper(), code))


# --- a definition as a sentence ---------------------------------------------------------------

_SYMBOLS = {"=": "=", ">": ">", ">=": "≥", "<": "<", "<=": "≤"}

_NUMBER_PHRASES: dict[str, str] = {
    "orders": QT_TRANSLATE_NOOP("Segments", "orders %1"),
    "total_spent": QT_TRANSLATE_NOOP("Segments", "total spent %1"),
    "average_order": QT_TRANSLATE_NOOP("Segments", "average order %1"),
    "days_since_last_order": QT_TRANSLATE_NOOP("Segments", "days since last order %1"),
    "recency": QT_TRANSLATE_NOOP("Segments", "recency score %1"),
    "frequency": QT_TRANSLATE_NOOP("Segments", "frequency score %1"),
    "monetary": QT_TRANSLATE_NOOP("Segments", "money score %1"),
}

_PHRASES: dict[tuple[str, str], str] = {
    ("stage", "in"): QT_TRANSLATE_NOOP("Segments", "stage is %1"),
    ("stage", "not_in"): QT_TRANSLATE_NOOP("Segments", "stage is not %1"),
    ("first_order", "before"): QT_TRANSLATE_NOOP("Segments", "first order before %1"),
    ("first_order", "after"): QT_TRANSLATE_NOOP("Segments", "first order after %1"),
    ("last_order", "before"): QT_TRANSLATE_NOOP("Segments", "last order before %1"),
    ("last_order", "after"): QT_TRANSLATE_NOOP("Segments", "last order after %1"),
    ("bought", "any_of"): QT_TRANSLATE_NOOP("Segments", "bought %1"),
    ("bought", "name_contains"): QT_TRANSLATE_NOOP(
        "Segments", "bought a product whose name has %1"
    ),
    ("bought", "sku_starts_with"): QT_TRANSLATE_NOOP(
        "Segments", "bought a product whose SKU starts with %1"
    ),
    ("not_bought", "any_of"): QT_TRANSLATE_NOOP("Segments", "did not buy %1"),
    ("not_bought", "name_contains"): QT_TRANSLATE_NOOP(
        "Segments", "never bought a product whose name has %1"
    ),
    ("not_bought", "sku_starts_with"): QT_TRANSLATE_NOOP(
        "Segments", "never bought a product whose SKU starts with %1"
    ),
    ("language", "in"): QT_TRANSLATE_NOOP("Segments", "language is %1"),
    ("language", "not_in"): QT_TRANSLATE_NOOP("Segments", "language is not %1"),
    ("country", "in"): QT_TRANSLATE_NOOP("Segments", "country is %1"),
    ("country", "not_in"): QT_TRANSLATE_NOOP("Segments", "country is not %1"),
    ("notes", "contains"): QT_TRANSLATE_NOOP("Segments", "notes contain %1"),
}

_FLAGS: dict[tuple[str, bool], str] = {
    ("best", True): QT_TRANSLATE_NOOP("Segments", "one of the best customers"),
    ("best", False): QT_TRANSLATE_NOOP("Segments", "not one of the best customers"),
    ("has_email", True): QT_TRANSLATE_NOOP("Segments", "has an e-mail address"),
    ("has_email", False): QT_TRANSLATE_NOOP("Segments", "has no e-mail address"),
    ("opted_out", True): QT_TRANSLATE_NOOP("Segments", "does not want e-mails"),
    ("opted_out", False): QT_TRANSLATE_NOOP("Segments", "accepts e-mails"),
}


def describe(definition: Definition, currency: str | None) -> str:
    """ "Orders ≥ 3 and total spent > 50 000 Ft": the whole definition on one line."""
    if not definition.items:
        return tr("All customers") if definition.mode == "all" else tr("Nobody")
    text = _group(definition, currency, top=True)
    return text[:1].upper() + text[1:]


def _group(group: Group, currency: str | None, *, top: bool = False) -> str:
    joiner = tr(" and ") if group.mode == "all" else tr(" or ")
    parts = [
        _group(item, currency) if isinstance(item, Group) else _condition(item, currency)
        for item in group.items
    ]
    text = joiner.join(parts)
    return text if top or len(parts) < 2 else f"({text})"


def _condition(c: Condition, currency: str | None) -> str:
    kind = FIELDS[c.field][c.op]
    if c.field in _NUMBER_PHRASES:
        if c.op == "between" and isinstance(c.value, tuple):
            low, high = (_value(kind, v, currency) for v in c.value)
            compared = tr("between %1 and %2").replace("%1", low).replace("%2", high)
        else:
            compared = f"{_SYMBOLS[c.op]} {_value(kind, c.value, currency)}"
        return tr(_NUMBER_PHRASES[c.field]).replace("%1", compared)
    if (c.field, c.op) in _PHRASES:
        return tr(_PHRASES[(c.field, c.op)]).replace("%1", _value(kind, c.value, currency))
    if isinstance(c.value, bool):
        return tr(_FLAGS[(c.field, c.value)])
    if c.field == "trend":
        return tr(TREND_LABELS[str(c.value)])
    days = int(c.value) if isinstance(c.value, int) else 0
    if c.op == "this_month":
        return tr("birthday this month")
    if c.op == "within_next_days":
        return tr("birthday in the next %n day(s)", days)
    if c.field == "first_order":
        return tr("first order in the last %n day(s)", days)
    return tr("last order in the last %n day(s)", days)


def _value(kind: Kind, value: object, currency: str | None) -> str:
    if isinstance(value, tuple):
        return tr(" or ").join(_value(kind, v, currency) for v in value)
    if kind is Kind.MONEY and isinstance(value, Decimal):
        return formatting.money(to_minor(value, currency), currency) if currency else str(value)
    if isinstance(value, date):
        return formatting.short_date(value)
    if kind is Kind.STAGES:
        return stage_label(Stage(str(value)))
    if kind is Kind.LANGUAGES:
        return language_name(str(value))
    if kind is Kind.COUNTRIES:
        return country_name(str(value))
    if kind in (Kind.PRODUCTS, Kind.TEXT):
        return f"“{value}”"
    return str(value)
