"""A sheet as read from a file: header row found, row numbers as the spreadsheet shows them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from lifecrm.core.errors import UserError
from lifecrm.core.i18n import N_

HEADER_SEARCH_ROWS = 30  # a title, notes or blank rows may stand above the header


class UnreadableFile(UserError):
    code = "unreadable_file"


@dataclass(frozen=True)
class RawTable:
    """Cells as the file holds them (text, numbers, dates); nothing is interpreted yet."""

    source: str  # the file's name
    sheet: str | None  # the worksheet, for workbooks
    header_row: int  # 1-based, as the spreadsheet shows it
    headers: list[str]
    rows: list[tuple[int, list[Any]]]  # (row number as shown, cells aligned with headers)
    encoding: str | None = None  # text files: the detected (or chosen) encoding
    delimiter: str | None = None  # text files
    sheets: list[str] = field(default_factory=list)  # every sheet of a workbook
    # row -> (value shown, reason): what the reader found doubtful (a line in another
    # encoding, a quote left open); importing/screening.py lists them as problems
    doubts: dict[int, tuple[str, str]] = field(default_factory=dict)


def blank(c: Any) -> bool:
    """An empty cell: None, or text of nothing but spaces."""
    return c is None or (isinstance(c, str) and not c.strip())


def _filled(cells: Sequence[Any]) -> int:
    return sum(1 for c in cells if not blank(c))


def _used_width(cells: Sequence[Any]) -> int:
    """1 + the index of the last filled cell (0 for a blank row); usually one look."""
    for i in range(len(cells) - 1, -1, -1):
        if not blank(cells[i]):
            return i + 1
    return 0


def _looks_like_header(cells: Sequence[Any], widest: int) -> bool:
    filled = [c for c in cells if c is not None and str(c).strip() != ""]
    if len(filled) < 2 or len(filled) < widest / 2:
        return False
    # Column names have letters; a CSV row of amounts or dates ("1.590,50", "01.12.2025") has not.
    worded = sum(isinstance(c, str) and any(ch.isalpha() for ch in c) for c in filled)
    return worded >= len(filled) * 0.8


def _one_column(
    rows: list[tuple[int, list[Any]]],
    source: str,
    sheet: str | None,
    encoding: str | None,
    delimiter: str | None,
    sheets: Sequence[str],
) -> RawTable:
    """A list of one thing (an unsubscribe list of addresses): a first cell that is a word,
    not a value, is its name; without one the column is "Column 1" and every row is data."""
    first_number, (first, *_rest) = rows[0]
    named = isinstance(first, str) and "@" not in first and any(ch.isalpha() for ch in first)
    header = str(first).strip() if named else "Column 1"
    body = [(n, [cells[0]]) for n, cells in (rows[1:] if named else rows)]
    return RawTable(
        source=source,
        sheet=sheet,
        header_row=first_number if named else 0,
        headers=[header],
        rows=body,
        encoding=encoding,
        delimiter=delimiter,
        sheets=list(sheets),
    )


def build_table(
    numbered_rows: Iterable[tuple[int, Sequence[Any]]],
    *,
    source: str,
    sheet: str | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
    sheets: Sequence[str] = (),
) -> RawTable:
    """Finds the header row (the first mostly-text row as wide as the data) and trims the rest.

    Blank rows are dropped but numbering is kept; trailing empty columns disappear; a header cell
    left empty gets a name ("Column 4") so every value can still be mapped.
    """
    rows: list[tuple[int, list[Any]]] = []
    widths: list[int] = []
    # A column repeats itself (names, dates, prices, statuses): equal texts are kept once, which
    # makes a million-row sheet a fraction of its size in memory (strings only: 1 == 1.0 == True).
    memo: dict[str, str] = {}
    keep = memo.setdefault
    for n, cells in numbered_rows:
        used = _used_width(cells)
        if used:  # blank rows are dropped; the numbers of the others stay as the file has them
            rows.append((n, [keep(c, c) if type(c) is str else c for c in cells]))
            widths.append(used)
    del memo
    if not rows:
        raise UnreadableFile(N_("{source} has no data: every row is empty."), source=source)
    widest = max(_filled(cells) for _n, cells in rows[:HEADER_SEARCH_ROWS])
    if widest == 1 and max(widths) == 1:
        return _one_column(rows, source, sheet, encoding, delimiter, sheets)
    at = next(
        (
            i
            for i, (_n, cells) in enumerate(rows[:HEADER_SEARCH_ROWS])
            if _looks_like_header(cells, widest)
        ),
        None,
    )
    if at is None:
        raise UnreadableFile(
            N_(
                (
                    "{source} has no header row (a row of column names such as 'Name' and "
                    "'E-mail') in its first {rows} rows."
                ),
                rows=HEADER_SEARCH_ROWS,
            ),
            source=source,
        )
    header_row, header_cells = rows[at]
    width = max(widths[at:])
    headers = [
        str(c).strip() if c is not None and str(c).strip() else f"Column {i + 1}"
        for i, c in enumerate((header_cells + [None] * width)[:width])
    ]
    body = [
        (n, cells if len(cells) == width else (cells + [None] * width)[:width])
        for n, cells in rows[at + 1 :]
    ]
    return RawTable(
        source=source,
        sheet=sheet,
        header_row=header_row,
        headers=headers,
        rows=body,
        encoding=encoding,
        delimiter=delimiter,
        sheets=list(sheets),
    )
