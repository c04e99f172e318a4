"""The segment language: conditions on one customer, combined with `all` (AND) / `any` (OR).

A definition is kept as JSON in the `segment` table and written by hand for the command line,
so parsing is strict: every field, operator and value is checked here, once, and a mistake is
reported as one sentence naming the condition, never as a failing query later.

    {"all": [{"field": "orders", "op": ">=", "value": 3},
             {"field": "total_spent", "op": ">", "value": "50000"},
             {"any": [{"field": "bought", "op": "any_of", "value": ["Bicycle", "BK-100"]},
                      {"field": "birthday", "op": "this_month"}]}]}

`FIELDS` says which operators each field takes and what kind of value each operator needs, so
the segment editor can offer the right control without knowing the rules itself.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any, Literal, cast

from lifecrm.core.errors import UserError
from lifecrm.core.i18n import N_, Text
from lifecrm.core.lifecycle import Stage


class BadSegment(UserError):
    code = "bad_segment"


class Kind(StrEnum):
    """What an operator's value is, and so which control the editor shows for it."""

    NONE = "none"  # no value: "birthday this month"
    COUNT = "count"  # a whole number >= 0
    SCORE = "score"  # an RFM score 1-5
    MONEY = "money"  # a decimal amount >= 0 in the shop's currency, written as a string
    DAYS = "days"  # a whole number of days >= 0
    DATE = "date"  # YYYY-MM-DD
    STAGES = "stages"  # a list of stage names
    PRODUCTS = "products"  # a list of product names or SKUs
    TEXT = "text"  # a word or phrase
    BOOL = "bool"
    TREND = "trend"  # rising, steady or falling
    LANGUAGES = "languages"  # ISO 639-1 codes: en, hu ...
    COUNTRIES = "countries"  # ISO 3166-1 alpha-2 codes: HU, SI ...


class Trend(StrEnum):
    RISING = "rising"  # buying more often lately
    STEADY = "steady"
    FALLING = "falling"  # buying less often lately


# "between" takes a pair [low, high] of the field's kind, both ends included.
NUMBER_OPS = ("=", ">", ">=", "<", "<=", "between")


def _numeric(kind: Kind) -> dict[str, Kind]:
    return dict.fromkeys(NUMBER_OPS, kind)


_PRODUCT_OPS = {"any_of": Kind.PRODUCTS, "name_contains": Kind.TEXT, "sku_starts_with": Kind.TEXT}
_DATE_OPS = {"before": Kind.DATE, "after": Kind.DATE, "within_last_days": Kind.DAYS}

# field -> operator -> kind of value, in the order the editor lists them.
FIELDS: dict[str, dict[str, Kind]] = {
    "stage": {"in": Kind.STAGES, "not_in": Kind.STAGES},
    "recency": _numeric(Kind.SCORE),
    "frequency": _numeric(Kind.SCORE),
    "monetary": _numeric(Kind.SCORE),
    "best": {"is": Kind.BOOL},
    "orders": _numeric(Kind.COUNT),
    "total_spent": _numeric(Kind.MONEY),
    "average_order": _numeric(Kind.MONEY),
    "first_order": dict(_DATE_OPS),
    "last_order": dict(_DATE_OPS),
    "days_since_last_order": _numeric(Kind.DAYS),
    "bought": dict(_PRODUCT_OPS),
    "not_bought": dict(_PRODUCT_OPS),
    "birthday": {"this_month": Kind.NONE, "within_next_days": Kind.DAYS},
    "trend": {"is": Kind.TREND},
    "language": {"in": Kind.LANGUAGES, "not_in": Kind.LANGUAGES},
    "country": {"in": Kind.COUNTRIES, "not_in": Kind.COUNTRIES},
    "has_email": {"is": Kind.BOOL},
    "opted_out": {"is": Kind.BOOL},
    "notes": {"contains": Kind.TEXT},
}

MONEY_FIELDS = frozenset({"total_spent", "average_order"})
MAX_DEPTH = 6  # groups inside groups; deeper is surely a mistake

Scalar = bool | int | Decimal | date | str
Value = Scalar | tuple[Scalar, ...] | None


@dataclass(frozen=True)
class Condition:
    """One test on a customer; `value` is already checked and normalised for `field`/`op`."""

    field: str
    op: str
    value: Value = None


@dataclass(frozen=True)
class Group:
    """Conditions and groups combined: `all` needs every one, `any` at least one.

    An empty `all` matches everyone (the editor's starting point); an empty `any` matches no one.
    """

    mode: Literal["all", "any"]
    items: tuple[Condition | Group, ...] = ()


Definition = Group


# --- reading ---------------------------------------------------------------------------------


def loads(text: str) -> Definition:
    """A definition from JSON text (decimals stay exact: 1590.50 is not a float)."""
    try:
        raw = json.loads(text, parse_float=Decimal)
    except json.JSONDecodeError as exc:
        raise BadSegment(
            N_(
                (
                    "The segment definition is not valid JSON (line {line}, column "
                    "{column}: {detail})."
                ),
                line=exc.lineno,
                column=exc.colno,
                detail=exc.msg,
            )
        ) from None
    return parse(raw)


def parse(raw: Any) -> Definition:
    """A definition from decoded JSON; a single condition becomes a one-item `all` group."""
    if isinstance(raw, Mapping) and "field" in raw:
        raw = {"all": [raw]}
    return _group(raw, "", 0)


def _group(raw: Any, path: str, depth: int) -> Group:
    where = _where(path)
    if not isinstance(raw, Mapping) or len(raw) != 1 or next(iter(raw)) not in ("all", "any"):
        raise BadSegment(
            N_(
                (
                    '{where} must be a group, {{"all": [...]}} or {{"any": [...]}}, or a '
                    "condition with field, op and value."
                ),
                where=where,
            )
        )
    mode: Literal["all", "any"] = "all" if "all" in raw else "any"
    items = raw[mode]
    if not isinstance(items, list):
        raise BadSegment(
            N_('{where}: "{mode}" must be a list of conditions.', where=where, mode=mode)
        )
    if depth >= MAX_DEPTH:
        raise BadSegment(N_("The segment nests groups more than {depth} deep.", depth=MAX_DEPTH))
    parsed: list[Condition | Group] = []
    for n, item in enumerate(items, start=1):
        here = f"{path}.{n}" if path else str(n)
        if isinstance(item, Mapping) and "field" in item:
            parsed.append(_condition(item, here))
        else:
            parsed.append(_group(item, here, depth + 1))
    return Group(mode, tuple(parsed))


def _condition(raw: Mapping[str, Any], path: str) -> Condition:
    where = _where(path)
    unknown = sorted(set(raw) - {"field", "op", "value"})
    if unknown:
        raise BadSegment(
            N_(
                "{where} has an unknown key '{key}'; use field, op, value.",
                where=where,
                key=unknown[0],
            )
        )
    field = raw["field"]
    ops = FIELDS.get(field) if isinstance(field, str) else None
    if ops is None:
        raise BadSegment(
            N_(
                "{where} has an unknown field '{field}'; use one of: {fields}.",
                where=where,
                field=field,
                fields=", ".join(FIELDS),
            )
        )
    op = raw.get("op")
    if op not in ops:
        raise BadSegment(
            N_(
                ("{where}: '{field}' does not take the operator '{op}'; use one of: {ops}."),
                where=where,
                field=field,
                op=op,
                ops=", ".join(ops),
            )
        )
    kind = ops[op]
    value = raw.get("value")
    if kind is Kind.NONE:
        if value is not None:
            raise BadSegment(
                N_("{where}: '{field} {op}' takes no value.", where=where, field=field, op=op)
            )
        return Condition(field, op, None)
    if value is None:
        raise BadSegment(
            N_(
                "{where}: '{field} {op}' needs a value ({expected}).",
                where=where,
                field=field,
                op=op,
                expected=_describe(kind),
            )
        )
    if op == "between":
        if not isinstance(value, list) or len(value) != 2:
            raise BadSegment(
                N_(
                    "{where}: 'between' needs [low, high] ({expected}).",
                    where=where,
                    expected=_describe(kind),
                )
            )
        low, high = (cast(Scalar, _value(kind, v, where, field)) for v in value)
        if low > high:  # type: ignore[operator]  # both are the same orderable kind
            raise BadSegment(N_("{where}: 'between' needs the lower value first.", where=where))
        return Condition(field, op, (low, high))
    return Condition(field, op, _value(kind, value, where, field))


def _value(kind: Kind, raw: Any, where: Text, field: str) -> Value:
    def bad(expected: str) -> BadSegment:
        return BadSegment(
            N_(
                "{where}: {value} is not {expected}.",
                where=where,
                value=json.dumps(raw, default=str),
                expected=expected,
            )
        )

    if kind in (Kind.COUNT, Kind.DAYS, Kind.SCORE):
        if isinstance(raw, bool) or not isinstance(raw, int | Decimal):
            raise bad(_describe(kind))
        if raw != int(raw) or raw < 0 or (kind is Kind.SCORE and not 1 <= raw <= 5):
            raise bad(_describe(kind))
        return int(raw)
    if kind is Kind.MONEY:
        try:
            amount = Decimal(str(raw)) if isinstance(raw, str | int | float | Decimal) else None
        except InvalidOperation:
            amount = None
        if isinstance(raw, bool) or amount is None or not amount.is_finite() or amount < 0:
            raise bad(_describe(kind))
        return amount
    if kind is Kind.DATE:
        if isinstance(raw, str):
            try:
                return date.fromisoformat(raw)
            except ValueError:
                pass
        raise bad(_describe(kind))
    if kind is Kind.BOOL:
        if not isinstance(raw, bool):
            raise bad(_describe(kind))
        return raw
    if kind is Kind.TREND:
        if raw not in tuple(Trend):
            raise bad(_describe(kind))
        return Trend(raw)
    if kind is Kind.TEXT:
        if not isinstance(raw, str) or not raw.strip():
            raise bad(_describe(kind))
        return raw.strip()
    return _listed(kind, raw, bad)


def _listed(kind: Kind, raw: Any, bad: Any) -> tuple[Scalar, ...]:
    items = raw if isinstance(raw, list) else [raw]
    if not items or not all(isinstance(v, str) and v.strip() for v in items):
        raise bad(_describe(kind))
    words = [v.strip() for v in items]
    if kind is Kind.STAGES:
        if any(w not in tuple(Stage) for w in words):
            raise bad(_describe(kind))
        return tuple(dict.fromkeys(Stage(w) for w in words))
    if kind is Kind.LANGUAGES or kind is Kind.COUNTRIES:
        if any(not (w.isascii() and w.isalpha() and 2 <= len(w) <= 3) for w in words):
            raise bad(_describe(kind))
        words = [w.lower() if kind is Kind.LANGUAGES else w.upper() for w in words]
    return tuple(dict.fromkeys(words))


def _where(path: str) -> Text:
    """Where in a definition a mistake is: the whole segment, or condition 2.1 (the first of
    the second item's group)."""
    return N_("Condition {path}", path=path) if path else N_("The segment")


_DESCRIPTIONS = {
    Kind.NONE: N_("nothing"),
    Kind.COUNT: N_("a whole number, 0 or more"),
    Kind.SCORE: N_("a score from 1 to 5"),
    Kind.MONEY: N_('an amount such as "50000" or "1590.50"'),
    Kind.DAYS: N_("a number of days, 0 or more"),
    Kind.DATE: N_("a date written YYYY-MM-DD"),
    Kind.STAGES: N_("a list of stages: {stages}", stages=", ".join(Stage)),
    Kind.PRODUCTS: N_("a list of product names or SKUs"),
    Kind.TEXT: N_("a word or phrase"),
    Kind.BOOL: N_("true or false"),
    Kind.TREND: N_("rising, steady or falling"),
    Kind.LANGUAGES: N_('a list of language codes such as ["hu", "en"]'),
    Kind.COUNTRIES: N_('a list of country codes such as ["HU", "SI"]'),
}


def _describe(kind: Kind) -> str:
    return _DESCRIPTIONS[kind]


# --- writing ---------------------------------------------------------------------------------


def to_json(definition: Group) -> dict[str, Any]:
    """The JSON form `parse` reads back to an equal definition (money and dates as strings)."""
    return {definition.mode: [_item_json(item) for item in definition.items]}


def dumps(definition: Group) -> str:
    return json.dumps(to_json(definition), ensure_ascii=False)


def _item_json(item: Condition | Group) -> dict[str, Any]:
    if isinstance(item, Group):
        return to_json(item)
    doc: dict[str, Any] = {"field": item.field, "op": item.op}
    if item.value is not None:
        doc["value"] = _value_json(item.value)
    return doc


def _value_json(value: Value) -> Any:
    if isinstance(value, tuple):
        return [_value_json(v) for v in value]
    if isinstance(value, Decimal | date):
        return str(value)
    return value


def walk(definition: Group) -> list[Condition]:
    """Every condition in the definition, depth first."""
    found: list[Condition] = []
    for item in definition.items:
        found += walk(item) if isinstance(item, Group) else [item]
    return found
