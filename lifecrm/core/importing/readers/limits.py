"""How much a file may bring, checked before a reader loads it whole.

python-calamine builds a dense grid from a sheet's first to its last cell: a 2 KB .xlsx with one
cell at XFD1048576 makes it ask for 512 GB and the Rust side aborts the process (no exception
to catch), and a 3.7 MB .xlsx of 10 million rows takes gigabytes. So the zip's members are
inflated here first, in a stream, counting rows and finding the far corner of the cells; a file
past the caps is refused with one sentence that says how to raise them (`--max-rows`).
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TypeVar

from lifecrm.core.i18n import N_
from lifecrm.core.importing.table import UnreadableFile

DEFAULT_MAX_ROWS = 2_000_000  # twice our largest benchmark (1M order rows)
CELLS_PER_ROW = 26  # the cell budget is max_rows × this: any sheet within columns A to Z
BYTES_PER_ROW = 512  # inflated XML budget per allowed row (1 GB by default)
_CHUNK = 1 << 20
T = TypeVar("T")

_WIDE = re.compile(rb' r="([A-Z]{2,3})\d')  # a cell reference past column Z
_ROW_TAG = re.compile(rb"<(?:\w+:)?row[\s>/]")


class TooLarge(UnreadableFile):
    code = "file_too_large"


def too_many_rows(source: str, max_rows: int) -> TooLarge:
    return TooLarge(
        N_(
            "{source} has more than {rows} rows; split it into smaller files, or raise the "
            "row limit if this computer has the memory for it.",
            rows=f"{max_rows:,}",
        ),
        source=source,
        limit=max_rows,
    )


def capped(rows: Iterable[T], source: str, max_rows: int) -> Iterator[T]:
    """The rows, refusing the file as soon as it brings more than `max_rows`."""
    for n, row in enumerate(rows, start=1):
        if n > max_rows:
            raise too_many_rows(source, max_rows)
        yield row


def column_number(letters: bytes) -> int:
    """'A' -> 1, 'Z' -> 26, 'AA' -> 27, 'XFD' -> 16384."""
    n = 0
    for ch in letters:
        n = n * 26 + ch - 64
    return n


def _big_row(max_rows: int) -> re.Pattern[bytes]:
    """References whose row number has as many digits as the cap (rare in a normal file)."""
    return re.compile(rb' r="[A-Z]{0,3}(\d{%d,})"' % len(str(max_rows)))


class _Extent:
    """Rows, the far corner and the inflated size of one sheet's XML, read in a stream."""

    def __init__(self, max_rows: int) -> None:
        self.rows = 0
        self.last_row = 0
        self.last_column = 0  # past Z (a two-letter reference), else 0: within budget
        self.size = 0
        self._big_row = _big_row(max_rows)

    def too_many(self, max_rows: int) -> bool:
        return max(self.rows, self.last_row) > max_rows or self.cells > max_rows * CELLS_PER_ROW

    def feed(self, data: bytes) -> None:
        self.rows += data.count(b"<row") or len(_ROW_TAG.findall(data))
        if _WIDE.search(data):
            self.last_column = max(self.last_column, *map(column_number, _WIDE.findall(data)))
        if big := self._big_row.findall(data):
            self.last_row = max(self.last_row, *map(int, big))

    @property
    def cells(self) -> int:
        return max(self.rows, self.last_row) * self.last_column


def _measure(book: zipfile.ZipFile, info: zipfile.ZipInfo, max_rows: int, budget: int) -> _Extent:
    extent = _Extent(max_rows)
    carry = b""
    with book.open(info) as member:
        while chunk := member.read(_CHUNK):
            extent.size += len(chunk)
            if extent.size > budget:
                break
            data = carry + chunk
            cut = data.rfind(b">") + 1  # whole tags only: nothing counted twice or cut in two
            extent.feed(data[:cut])
            carry = data[cut:]
            if extent.too_many(max_rows):
                return extent  # enough is known to refuse it
    extent.feed(carry)
    return extent


def check_workbook(path: Path, max_rows: int = DEFAULT_MAX_ROWS) -> None:
    """Refuses an .xlsx/.xlsm/.ods whose sheets would not fit (not a zip: the reader decides)."""
    budget = max_rows * BYTES_PER_ROW
    try:
        book = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # an old .xls or a damaged file: calamine refuses it with its own message
    with book:
        infos = book.infolist()
        if sum(i.file_size for i in infos) > budget * 2:
            raise _bloated(path, budget * 2)
        for info in infos:
            if info.file_size > budget:
                raise _bloated(path, budget)
            name = info.filename.lower()
            if not (name.startswith("xl/worksheets/") and name.endswith(".xml")):
                continue
            try:
                extent = _measure(book, info, max_rows, budget)
            except (zipfile.BadZipFile, OSError, EOFError, ValueError, RuntimeError):
                return  # damaged or encrypted: calamine refuses it with its own message
            if extent.size > budget:
                raise _bloated(path, budget)
            if extent.rows > max_rows:
                raise too_many_rows(path.name, max_rows)
            if extent.last_row > max_rows or extent.cells > max_rows * CELLS_PER_ROW:
                raise _far(path, extent, max_rows * CELLS_PER_ROW)


def _far(path: Path, extent: _Extent, limit: int) -> TooLarge:
    corner = f"row {max(extent.rows, extent.last_row):,}"
    if extent.last_column:
        corner += f" and column {extent.last_column:,}"
    return TooLarge(
        N_(
            "{source} has cells as far as {corner}, more than LifeCRM can load; delete the far "
            "rows and columns in your spreadsheet program, or save the data as .csv.",
            corner=corner,
        ),
        source=path.name,
        limit=limit,
    )


def _bloated(path: Path, budget: int) -> TooLarge:
    return TooLarge(
        N_(
            "{source} unpacks to more than {megabytes} MB; save the data alone as .csv, "
            "or raise the row limit if this computer has the memory for it.",
            megabytes=f"{budget // 2**20:,}",
        ),
        source=path.name,
        limit=budget,
    )
