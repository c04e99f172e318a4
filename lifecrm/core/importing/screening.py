"""Hostile and damaged cells found before an import parses them, and rows that make no sense.

Control and invisible characters are removed (a name that is nothing else is left out), text
that did not decode or looks garbled is flagged, a value far too long for its column (a quote
left open swallowed the lines after it) skips its row; after parsing, orders dated after the
import's day and negative totals are flagged. Every one is a listed problem.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from datetime import date
from typing import Any

from lifecrm.core.importing.doubts import (
    CONTROL_REASON,
    FUTURE_REASON,
    GARBLED_REASON,
    NEGATIVE_REASON,
    ONLY_CONTROL_REASON,
    RUNAWAY_LINES,
    RUNAWAY_REASON,
    TOO_LONG_REASON,
    UNDECODABLE_REASON,
    shown,
)
from lifecrm.core.importing.fields import Field
from lifecrm.core.importing.plan import ImportPlan
from lifecrm.core.importing.quality import CONTROLS, MOJIBAKE_PAIR, REPLACEMENT, garbled
from lifecrm.core.importing.rows import Row, RowProblem

NAME_FIELDS = frozenset({Field.NAME, Field.FIRST_NAME, Field.LAST_NAME})
# The longest value a column may hold; past it the cell is not data but a damaged file.
MAX_LENGTH = {Field.EMAIL: 320, Field.NOTE: 20_000, **dict.fromkeys(NAME_FIELDS, 300)}
OTHER_MAX_LENGTH = 2_000
_GARBLE_CHECKED = NAME_FIELDS | {Field.EMAIL, Field.PRODUCT}
# Columns kept as text. The others (dates, amounts, statuses...) have parsers that refuse
# anything that is not one, control characters included, so screening them costs for nothing.
SCREENED = _GARBLE_CHECKED | {
    Field.PHONE,
    Field.NOTE,
    Field.SKU,
    Field.CUSTOMER_NUMBER,
    Field.ORDER_NUMBER,
}


def _verdict(value: str, f: Field) -> tuple[str | None, str, bool] | None:
    """(cleaned value, reason, row skipped) for a doubtful cell; None when it is fine."""
    if len(value) > MAX_LENGTH.get(f, OTHER_MAX_LENGTH):
        return None, TOO_LONG_REASON, True
    if value.count("\n") > RUNAWAY_LINES:
        return None, RUNAWAY_REASON, True
    if CONTROLS.search(value):
        cleaned = CONTROLS.sub("", value)
        if not cleaned.strip():
            return None, ONLY_CONTROL_REASON, False
        return cleaned, CONTROL_REASON, False
    if REPLACEMENT in value:
        return value, UNDECODABLE_REASON, False
    if f in _GARBLE_CHECKED and garbled(value):
        return value, GARBLED_REASON, False
    return None


def _clean(strings: list[str], f: Field) -> bool:
    """The whole column at once: fine when no value can have a verdict (the common case)."""
    if not strings or max(map(len, strings)) > MAX_LENGTH.get(f, OTHER_MAX_LENGTH):
        return not strings
    joined = "\n".join(strings)
    return (
        joined.count("\n") == len(strings) - 1
        and REPLACEMENT not in joined
        and not CONTROLS.search(joined)
        and not (f in _GARBLE_CHECKED and MOJIBAKE_PAIR.search(joined))
    )


def screen(plan: ImportPlan) -> tuple[ImportPlan, list[RowProblem]]:
    """The plan with its cells cleaned and its unusable rows out, and what was done, by row.

    The plan given is left as it was (a dry run and the real import report the same), and a
    clean file costs one pass over the distinct values of each mapped column.
    """
    table = plan.table
    problems = [
        RowProblem(n, "", value, reason, reason == RUNAWAY_REASON)
        for n, (value, reason) in table.doubts.items()
    ]
    skipped = {p.row for p in problems if p.skipped}
    fixes: dict[int, dict[int, Any]] = {}  # row position -> column -> cleaned value
    for index, f in plan.mapping.items():
        if f not in SCREENED:
            continue
        strings = [v for v in {cells[index] for _n, cells in table.rows} if isinstance(v, str)]
        if _clean(strings, f):
            continue
        verdicts = {v: _verdict(v, f) for v in strings}
        doubtful = {v: verdict for v, verdict in verdicts.items() if verdict is not None}
        if not doubtful:
            continue
        header = table.headers[index]
        for pos, (n, cells) in enumerate(table.rows):
            verdict = doubtful.get(cells[index]) if isinstance(cells[index], str) else None
            if verdict is None:
                continue
            cleaned, reason, skip = verdict
            problems.append(RowProblem(n, header, shown(cells[index]), reason, skip))
            if skip:
                skipped.add(n)
            elif cleaned != cells[index]:
                fixes.setdefault(pos, {})[index] = cleaned
    if not (skipped or fixes):
        return plan, sorted(problems, key=lambda p: p.row)
    rows = []
    for pos, (n, cells) in enumerate(table.rows):
        if n in skipped:
            continue
        if pos in fixes:
            cells = [fixes[pos].get(i, c) for i, c in enumerate(cells)]
        rows.append((n, cells))
    kept = dataclasses.replace(plan, table=dataclasses.replace(table, rows=rows))
    return kept, sorted(problems, key=lambda p: p.row)


def check_orders(
    rows: list[Row], as_of: date, headers: Mapping[Field, str]
) -> tuple[list[Row], list[RowProblem]]:
    """Orders dated after `as_of` (a typo such as 2099) and negative totals (a refund or a
    credit note) are imported and said so: the lifecycle counts neither before its time."""
    problems: list[RowProblem] = []
    for row in rows:
        if row.order_date is not None and row.order_date > as_of:
            where = headers.get(Field.ORDER_DATE, "")
            value = str(row.order_date)
            problems.append(RowProblem(row.number, where, value, FUTURE_REASON, False))
        if row.total is not None and row.total.amount < 0:
            where = headers.get(Field.TOTAL, "")
            value = str(row.total.amount)
            problems.append(RowProblem(row.number, where, value, NEGATIVE_REASON, False))
    return rows, problems
