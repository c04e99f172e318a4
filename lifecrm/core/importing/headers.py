"""What each column of an imported file means, guessed from its header.

The owner confirms the guess in the import preview, so a wrong guess costs a click, but a
missing one costs their trust: we recognise the headers our users' webshops, invoicing tools
and hand-made sheets use in five languages, and the fixed layouts of Shopify and WooCommerce
exports, where the same words mean something else (Shopify's "Name" is the order number).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from lifecrm.core.importing import header_words as words
from lifecrm.core.importing import webshop_words as shops
from lifecrm.core.importing.fields import Field
from lifecrm.core.text import fold

LANGUAGES = ("en", "hu", "ru", "is", "sl")

# How sure a match is; the better match wins a field, the earlier column a tie.
LAYOUT = 10  # plus the rank in the layout table
SPECIFIC = 3
GENERIC = 2
PARTIAL = 1

_NOT_WORD = re.compile(r"[^\w#]+")


@dataclass(frozen=True)
class HeaderGuess:
    fields: dict[int, Field]  # column index -> field; at most one column per field but IGNORE
    layout: str | None  # "shopify", "woocommerce" or None
    language: str | None  # the language most headers are written in


def normalize(header: str) -> str:
    """The comparable form: "  E-mail CÍM: " -> "e mail cim", "№ заказа" -> "no заказа"."""
    text = fold(header).replace("_", " ").replace("#", " # ")
    return " ".join(_NOT_WORD.sub(" ", text).split())


def _split(entries: str) -> list[str]:
    return [normalize(e) for e in entries.split("|") if e.strip()]


@cache
def _exact() -> dict[str, tuple[Field, int, frozenset[str]]]:
    """normalized header -> (field, strength, languages that write it)."""
    table: dict[str, tuple[Field, int, frozenset[str]]] = {}

    def add(field: Field, strength: int, langs: str, entries: str) -> None:
        for key in _split(entries):
            old = table.get(key)
            if old is not None and (old[0], old[1]) != (field, strength):
                raise ValueError(f"header {key!r} means both {old[0]} and {field}")
            table[key] = (field, strength, frozenset(langs.split()) | (old[2] if old else set()))

    for strength, source in ((SPECIFIC, words.SPECIFIC), (GENERIC, words.GENERIC)):
        for field, by_lang in source.items():
            for langs, entries in by_lang.items():
                add(field, strength, langs, entries)
    for langs, entries in words.IGNORED.items():
        add(Field.IGNORE, SPECIFIC, langs, entries)
    return table


def _stems(group: str) -> tuple[str, ...]:
    return tuple(normalize(s) for s in group.split("|") if s.strip())


@cache
def _rules() -> tuple[tuple[Field, tuple[tuple[str, ...], ...], tuple[str, ...]], ...]:
    return tuple(
        (field, tuple(_stems(g) for g in groups), _stems(block))
        for field, groups, block in words.PARTIAL_RULES
    )


def _hits(stem: str, key: str, tokens: Sequence[str]) -> bool:
    """A phrase on word boundaries; a short stem as a whole word, 4 letters as a word's start
    or end ("Ügyfélszám"), 5+ letters anywhere ("Rendelés végösszege")."""
    if " " in stem:
        return f" {stem} " in f" {key} "
    if len(stem) < 4:
        return stem in tokens
    if len(stem) == 4:
        return any(t.startswith(stem) or t.endswith(stem) for t in tokens)
    return stem in key


def _partial(key: str) -> Field | None:
    tokens = key.split()
    for field, groups, block in _rules():
        if any(_hits(s, key, tokens) for s in block):
            continue
        if all(any(_hits(s, key, tokens) for s in group) for group in groups):
            return field
    return None


def _layout_table(table: Mapping[str, tuple[Field, int]]) -> dict[str, tuple[Field, int]]:
    out: dict[str, tuple[Field, int]] = {}
    for header, (field, rank) in table.items():
        key = normalize(header)
        if key not in out or out[key][1] < rank:
            out[key] = (field, rank)
    return out


@cache
def _layouts() -> dict[str, tuple[dict[str, tuple[Field, int]], bool]]:
    """layout -> (its header table, whether headers outside it are ignored outright)."""
    return {
        "shopify": (_layout_table(shops.SHOPIFY), True),
        "woocommerce": (_layout_table(shops.WOOCOMMERCE), False),
    }


def detect_layout(headers: Sequence[str]) -> str | None:
    """ "shopify" or "woocommerce" when enough of their distinctive headers are present."""
    keys = {normalize(h) for h in headers}
    raw = {h.strip().lower() for h in headers}

    def count(markers: str, among: set[str], norm: bool = True) -> int:
        wanted = set(_split(markers)) if norm else {m.lower() for m in markers.split("|")}
        return len(wanted & among)

    if count(shops.SHOPIFY_MARKERS, keys) >= 4:
        return "shopify"
    if (
        count(shops.WOO_ALGOLPLUS_MARKERS, keys) >= 3
        or count(shops.WOO_SNAKE_MARKERS, raw, norm=False) >= 4
        or count(shops.WOO_ANALYTICS_MARKERS, keys) >= 3
    ):
        return "woocommerce"
    return None


def _script_votes(header: str) -> Iterable[str]:
    """Letters only one of our languages writes are a hint even in headers we do not know."""
    lower = header.casefold()
    if any("\u0400" <= ch <= "\u04ff" for ch in lower):
        yield "ru"
    if any(ch in "őűü" for ch in lower):
        yield "hu"
    if any(ch in "þðæ" for ch in lower):
        yield "is"
    if any(ch in "čšž" for ch in lower):
        yield "sl"


def guess_mapping(headers: Sequence[str]) -> HeaderGuess:
    """The field each column most likely holds, the export layout and the headers' language."""
    layout = detect_layout(headers)
    table, closed = _layouts()[layout] if layout else ({}, False)
    exact = _exact()
    votes: dict[str, float] = {}
    candidates: list[tuple[int, int, Field]] = []  # (strength, column, field)
    for col, header in enumerate(headers):
        key = normalize(header)
        for lang in _script_votes(header):
            votes[lang] = votes.get(lang, 0.0) + 0.5
        if not key:
            continue
        if key in table:
            field, rank = table[key]
            candidates.append((LAYOUT + rank, col, field))
            continue
        if closed:
            candidates.append((0, col, Field.IGNORE))
            continue
        if key in exact:
            field, strength, langs = exact[key]
            for lang in langs:
                votes[lang] = votes.get(lang, 0.0) + 1 / len(langs)
            candidates.append((strength, col, field))
            continue
        partial = _partial(key)
        if partial is not None:
            candidates.append((PARTIAL, col, partial))

    fields: dict[int, Field] = {}
    taken: set[Field] = set()
    for _strength, col, field in sorted(candidates, key=lambda c: (-c[0], c[1])):
        if field is Field.IGNORE:
            fields[col] = field
        elif field not in taken:
            taken.add(field)
            fields[col] = field
        elif layout:
            fields[col] = Field.IGNORE  # a known export's second-best column: decided, unused

    if layout:
        language: str | None = "en"
    else:
        ranked = sorted(votes.items(), key=lambda kv: -kv[1])
        tie = len(ranked) > 1 and ranked[0][1] == ranked[1][1]
        language = ranked[0][0] if ranked and not tie else None
    return HeaderGuess(fields=dict(sorted(fields.items())), layout=layout, language=language)


def header_signature(headers: Sequence[str]) -> str:
    """A short stable id of a file layout, to remember the owner's mapping for the next file.

    Order, case, accents, spacing and punctuation do not change it: the same export with its
    columns moved is the same layout.
    """
    keys = sorted(k for k in (normalize(h) for h in headers) if k)
    return hashlib.sha256("\n".join(keys).encode("utf-8")).hexdigest()[:16]
