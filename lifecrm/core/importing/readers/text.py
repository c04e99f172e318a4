"""CSV, TSV and TXT exports: the encoding and the delimiter are detected, and can be overridden.

Detection never guesses silently: the result names the encoding it chose (readers/encoding.py),
so the preview can show it and the owner can pick another, and lines read in another encoding
than the rest of the file are listed.
"""

from __future__ import annotations

import csv
import dataclasses
import io
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from lifecrm.core.i18n import N_
from lifecrm.core.importing.doubts import (
    OTHER_ENCODING_REASON,
    RUNAWAY_LINES,
    RUNAWAY_REASON,
    shown,
)
from lifecrm.core.importing.readers.encoding import CANDIDATE_ENCODINGS, decode
from lifecrm.core.importing.readers.limits import (
    BYTES_PER_ROW,
    DEFAULT_MAX_ROWS,
    TooLarge,
    capped,
)
from lifecrm.core.importing.table import RawTable, UnreadableFile, build_table

DELIMITERS = (",", ";", "\t", "|")
# A field up to 16 MB is read, so an unclosed quote that swallows the rest of the file becomes
# one reported row (importing/screening.py) instead of a refusal of the whole file.
FIELD_LIMIT = 1 << 24
csv.field_size_limit(max(csv.field_size_limit(), FIELD_LIMIT))

__all__ = ["CANDIDATE_ENCODINGS", "detect_delimiter", "read_text"]


def detect_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the same, largest number of columns."""
    lines = [line for line in text.splitlines()[:60] if line.strip()]
    best, best_score = ",", (0, 0)
    for delimiter in DELIMITERS:
        try:
            widths = Counter(len(row) for row in csv.reader(lines, delimiter=delimiter))
        except csv.Error:
            continue  # a quote left open on a long line: not this delimiter's evidence
        width, times = widths.most_common(1)[0] if widths else (1, 0)
        score = (times if width > 1 else 0, width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _looks_binary(text: str) -> bool:
    sample = text[:4000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\r\n")
    return controls > len(sample) // 20


def _records(
    lines: list[str],
    delimiter: str,
    other_lines: dict[int, str],
    doubts: dict[int, tuple[str, str]],
) -> Iterator[tuple[int, list[str]]]:
    """Numbered records. One that spans many lines is a quote left open: it is listed, and the
    lines it swallowed are read again as records of their own, so they are not lost."""
    n = 0
    # (reader, physical lines before its first, lines it has consumed): a quote left open
    # pushes a reader over the lines it swallowed; they are read before the rest.
    stack: list[tuple[Any, int, int]] = [(csv.reader(iter(lines), delimiter=delimiter), 0, 0)]
    while stack:
        reader, offset, last = stack[-1]
        row = next(reader, None)
        if row is None:
            stack.pop()
            continue
        stack[-1] = (reader, offset, reader.line_num)
        n += 1
        first, end = offset + last + 1, offset + reader.line_num  # physical lines, 1-based
        if end - first >= RUNAWAY_LINES:
            doubts[n] = (shown(lines[first - 1].rstrip("\r\n")), RUNAWAY_REASON)
            stack.append((csv.reader(iter(lines[first:end]), delimiter=delimiter), first, 0))
            continue
        if other_lines:
            other = next((other_lines[i] for i in range(first, end + 1) if i in other_lines), None)
            if other:
                doubts[n] = (other, OTHER_ENCODING_REASON)
        yield n, row


def read_text(
    path: Path,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    max_rows: int = DEFAULT_MAX_ROWS,
) -> RawTable:
    budget = max_rows * BYTES_PER_ROW
    if path.stat().st_size > budget:
        raise TooLarge(
            N_(
                "{source} is larger than {megabytes} MB; split it into smaller files, "
                "or raise the row limit if this computer has the memory for it.",
                megabytes=f"{budget // 2**20:,}",
            ),
            source=path.name,
            limit=budget,
        )
    decoded = decode(path.read_bytes(), encoding, source=path.name)
    if _looks_binary(decoded.text):
        raise UnreadableFile(N_("{source} is not a text file."), source=path.name)
    text = decoded.text.lstrip("\ufeff")
    sep = delimiter or detect_delimiter(text)
    chosen, other_lines = decoded.encoding, decoded.other_lines
    lines = io.StringIO(text, newline="").readlines()
    del decoded, text  # the lines hold their own copy; the rows stream into the table
    doubts: dict[int, tuple[str, str]] = {}
    records = _records(lines, sep, other_lines, doubts)
    try:
        table = build_table(
            capped(records, path.name, max_rows), source=path.name, encoding=chosen, delimiter=sep
        )
    except csv.Error as exc:
        raise UnreadableFile(
            N_("{source} is not a readable CSV file: {detail}.", source=path.name, detail=exc)
        ) from exc
    return dataclasses.replace(table, doubts=doubts) if doubts else table
