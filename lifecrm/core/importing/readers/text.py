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
    reader: Any, lines: dict[int, str], doubts: dict[int, tuple[str, str]]
) -> Iterator[tuple[int, list[str]]]:
    """Numbered records; one spanning many lines, or read in another encoding, is doubtful."""
    last_line = 0
    for n, row in enumerate(reader, start=1):
        line = reader.line_num
        if line - last_line > RUNAWAY_LINES:
            longest = max(row, key=len, default="")
            doubts[n] = (shown(longest), RUNAWAY_REASON)
        elif lines:
            other = next((lines[i] for i in range(last_line + 1, line + 1) if i in lines), None)
            if other:
                doubts[n] = (other, OTHER_ENCODING_REASON)
        last_line = line
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
            f"{path.name} is larger than {budget // 2**20:,} MB; split it into smaller files, "
            "or raise the limit (--max-rows) if this computer has the memory for it.",
            source=path.name,
            limit=budget,
        )
    decoded = decode(path.read_bytes(), encoding, source=path.name)
    if _looks_binary(decoded.text):
        raise UnreadableFile(f"{path.name} is not a text file.", source=path.name)
    text = decoded.text.lstrip("\ufeff")
    sep = delimiter or detect_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sep)
    doubts: dict[int, tuple[str, str]] = {}
    try:
        rows = list(capped(_records(reader, decoded.other_lines, doubts), path.name, max_rows))
    except csv.Error as exc:
        raise UnreadableFile(f"{path.name} is not a readable CSV file: {exc}.") from exc
    table = build_table(rows, source=path.name, encoding=decoded.encoding, delimiter=sep)
    return dataclasses.replace(table, doubts=doubts) if doubts else table
