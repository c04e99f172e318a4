"""The segments on offer, decided here so the window and the command line only show them.

Which segments are listed (one listing for the sidebar and `lifecrm segment list`), the
built-ins as starting points for the editor (blanks left empty for the owner), the products
and codes the owner can pick from, and an amount typed the way the owner writes numbers
("50 000", "1590,50") read into the language's decimal string.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Select, func, select

from lifecrm.core.importing.values import ValueProblem, money_parser
from lifecrm.core.segments.builtin import BUILTIN, Builtin, builtin
from lifecrm.core.segments.conditions import FIELDS, Definition, Kind
from lifecrm.core.segments.sql import customer, items
from lifecrm.core.segments.store import list_segments


@dataclass(frozen=True)
class SegmentEntry:
    """One line of the sidebar: a saved segment, or a ready built-in nobody has replaced."""

    name: str
    definition: Definition
    saved: bool
    builtin_key: str | None = None  # the suggestion it is (or, when saved, whose name it took)


def segment_listing(conn: Connection) -> list[SegmentEntry]:
    """Saved segments by name, then the ready built-ins (a saved one of the same name wins).

    Built-ins with blanks ("Bought X but not Y") are not listed: they mean nothing until the
    owner fills them in, so the editor offers them as starting points instead.
    """
    saved = list_segments(conn)
    by_name = {b.name: b.key for b in BUILTIN}
    entries = [SegmentEntry(s.name, s.definition, True, by_name.get(s.name)) for s in saved]
    taken = {s.name for s in saved}
    entries += [
        SegmentEntry(b.name, b.definition(), False, b.key)
        for b in BUILTIN
        if b.ready and b.name not in taken
    ]
    return entries


def templates_to_fill(entries: Sequence[SegmentEntry]) -> list[Builtin]:
    """The built-ins with blanks whose name no listed segment has taken, for the command
    line's listing after `segment_listing` (the window offers them in the editor)."""
    taken = {e.name for e in entries}
    return [b for b in BUILTIN if not b.ready and b.name not in taken]


def listed_ids(ids: Sequence[int]) -> Select[Any]:
    """A SELECT of exactly these ids, for `CustomerFilter(segment=...)`.

    The window evaluates a segment once, off the GUI thread, and then filters the list (and
    every search typed into it) by the members found, in one bound JSON parameter however many
    there are, instead of running the segment's query again on each keystroke.
    """
    each = func.json_each(json.dumps([int(i) for i in ids])).table_valued("value")
    return select(each.c.value)


def suggestions() -> tuple[Builtin, ...]:
    """Every built-in, ready or not, in the order the editor offers them."""
    return BUILTIN


def starting_point(key: str) -> dict[str, Any]:
    """A built-in's JSON with its blanks filled by their defaults, or left without a value.

    The editor turns a condition without a value into an empty control (no products chosen
    yet); the definition only validates once the owner has filled it in.
    """
    suggestion = builtin(key)
    defaults = {p.key: p.default for p in suggestion.params}
    return {
        mode: [_fill(item, defaults) for item in conditions]
        for mode, conditions in copy.deepcopy(suggestion.template).items()
    }


def _fill(node: dict[str, Any], defaults: dict[str, Any]) -> dict[str, Any]:
    if "field" not in node:
        return {mode: [_fill(i, defaults) for i in sub] for mode, sub in node.items()}
    value = node.get("value")
    if isinstance(value, dict) and set(value) == {"param"}:
        filled = defaults.get(value["param"])
        node = {k: v for k, v in node.items() if k != "value"}
        if filled is not None:
            node["value"] = filled
    return node


@dataclass(frozen=True)
class Blank:
    """A condition the owner has not filled in yet (no products chosen, no amount typed)."""

    path: tuple[int, ...]  # 1-based positions, as in core's messages: (2, 1) is "2 › 1"
    field: str
    kind: Kind


def first_blank(doc: Any) -> Blank | None:
    """The first condition whose value is missing or empty, for a plainer message than core's
    "[] is not a list of product names or SKUs" while the owner is still filling in."""
    return _blank(doc, ())


def _blank(node: Any, path: tuple[int, ...]) -> Blank | None:
    if not isinstance(node, dict) or len(node) != 1:
        return None
    items = next(iter(node.values()))
    for n, item in enumerate(items if isinstance(items, list) else [], start=1):
        here = (*path, n)
        if isinstance(item, dict) and "field" in item:
            kind = FIELDS.get(str(item["field"]), {}).get(str(item.get("op")))
            if kind is None or kind is Kind.NONE:
                continue
            value = item.get("value")
            values = value if isinstance(value, list) else [value]
            if not values or any(
                v is None or (isinstance(v, str) and not v.strip()) for v in values
            ):
                return Blank(here, item["field"], kind)
        else:
            found = _blank(item, here)
            if found is not None:
                return found
    return None


@dataclass(frozen=True)
class Product:
    """A product the owner has sold: its name, the SKUs it was sold under, how often."""

    name: str
    skus: tuple[str, ...]
    lines: int  # order lines, to list the best sellers first


def product_choices(conn: Connection) -> list[Product]:
    """Distinct product names from the order lines, best sellers first, each with its SKUs."""
    rows = conn.execute(
        select(items.c.product, items.c.sku, func.count())
        .group_by(items.c.product, items.c.sku)
        .order_by(items.c.product)
    ).all()
    skus: dict[str, list[str]] = {}
    lines: dict[str, int] = {}
    for name, sku, n in rows:
        if not name or not str(name).strip():
            continue
        skus.setdefault(name, [])
        if sku and sku not in skus[name]:
            skus[name].append(sku)
        lines[name] = lines.get(name, 0) + int(n)
    products = [Product(name, tuple(sorted(skus[name])), lines[name]) for name in skus]
    return sorted(products, key=lambda p: (-p.lines, p.name))


def codes_in_use(conn: Connection) -> tuple[list[str], list[str]]:
    """The language codes (lower case) and country codes (upper case) customers have."""
    languages = conn.execute(
        select(func.lower(customer.c.language)).where(customer.c.language.is_not(None)).distinct()
    ).scalars()
    countries = conn.execute(
        select(func.upper(customer.c.country)).where(customer.c.country.is_not(None)).distinct()
    ).scalars()
    return (
        sorted({c for c in languages if c and c.strip()}),
        sorted({c for c in countries if c and c.strip()}),
    )


def amount_text(text: str, decimal_mark: str) -> str:
    """ "50 000" or "1590,50" (with ',' as the mark) as "50000" / "1590.50" for a condition.

    Text that is not an amount comes back stripped but otherwise as typed, so the definition's
    own check names the mistake in its usual sentence.
    """
    stripped = text.strip()
    try:
        money = money_parser(decimal_mark)(stripped)
    except ValueProblem:
        return stripped
    if money.amount < 0:
        return stripped
    return str(money.amount)
