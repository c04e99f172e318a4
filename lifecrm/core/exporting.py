"""The customer list as an .xlsx workbook the owner can sort, filter and sum in Excel.

Written with openpyxl's write-only mode (rows stream to disk, memory stays flat) from the
database in pages, into a temporary file that replaces the target only when complete. Money and
dates are real number and date cells; text from customer data is always a text cell, so a name
like "=HYPERLINK(...)" or a phone "+36 30 ..." can never become a formula (CWE-1236).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from sqlalchemy import Connection

from lifecrm.core import lifecycle
from lifecrm.core.customers import CustomerFilter, CustomerRow, customer_ids, customer_rows
from lifecrm.core.errors import UserError
from lifecrm.core.jobs import NEVER_CANCEL, Cancel, Progress, check, no_progress
from lifecrm.core.lifecycle import Stage
from lifecrm.core.money import precision, to_decimal
from lifecrm.core.storage.db import Database
from lifecrm.core.workbooks import header_cells, save_atomically, text_cell

# (header, width in characters)
COLUMNS: tuple[tuple[str, int], ...] = (
    ("Name", 28),
    ("First name", 14),
    ("Last name", 16),
    ("E-mail", 30),
    ("Phone", 17),
    ("Customer number", 16),
    ("Stage", 13),
    ("Orders", 8),
    ("Total spent", 14),
    ("Currency", 9),
    ("First order", 12),
    ("Last order", 12),
    ("RFM", 6),
    ("Best customer", 13),
    ("Opted out", 10),
)
STAGE_NAMES = {
    Stage.PROSPECT: "Prospect",
    Stage.NEW: "New",
    Stage.PROMISING: "Promising",
    Stage.LOYAL: "Loyal",
    Stage.PASSIVE: "Passive",
    Stage.LOST: "Lost",
    Stage.PASSIVE_LOYAL: "Passive loyal",
    Stage.LOST_LOYAL: "Lost loyal",
}
DATE_FORMAT = "yyyy-mm-dd"  # unambiguous in every locale, and still a date Excel sorts
PAGE = 2000  # customers fetched and written at a time


class ExportFailed(UserError):
    code = "export_failed"


def _money_format(currency: str | None) -> str:
    digits = precision(currency) if currency else 2
    return "#,##0." + "0" * digits if digits else "#,##0"


class _Cells:
    """Makes the few cells that need more than a plain value, reusing their styles."""

    def __init__(self, sheet: WriteOnlyWorksheet) -> None:
        self.sheet = sheet
        self._formats: dict[str | None, str] = {}

    def text(self, value: str | None) -> Any:
        """Customer text as a text cell; one that looks like a formula is forced to stay text."""
        return text_cell(self.sheet, value)

    def money(self, minor: int, currency: str | None) -> WriteOnlyCell:
        cell = WriteOnlyCell(self.sheet, to_decimal(minor, currency) if currency else 0)
        if currency not in self._formats:
            self._formats[currency] = _money_format(currency)
        cell.number_format = self._formats[currency]
        return cell

    def day(self, value: date | None) -> WriteOnlyCell | None:
        if value is None:
            return None
        cell = WriteOnlyCell(self.sheet, value)
        cell.number_format = DATE_FORMAT
        return cell


def _values(cells: _Cells, r: CustomerRow) -> list[Any]:
    return [
        cells.text(r.name),
        cells.text(r.first_name),
        cells.text(r.last_name),
        cells.text(r.email),
        cells.text(r.phone),
        cells.text(r.customer_number),
        STAGE_NAMES[r.stage],
        r.orders,
        cells.money(r.total_minor, r.currency),
        r.currency,
        cells.day(r.first_order),
        cells.day(r.last_order),
        r.rfm,
        "Yes" if r.best else None,
        "Yes" if r.opted_out else None,
    ]


def _abandon(sheet: WriteOnlyWorksheet) -> None:
    """Closes a half-written sheet and removes openpyxl's temporary file for it; left alone, its
    row writer would fail later, when garbage-collected, writing to a closed file."""
    with contextlib.suppress(Exception):
        sheet.close()
    writer = sheet._writer
    if writer is not None:
        with contextlib.suppress(OSError, ValueError):
            writer.cleanup()


def _write(
    conn: Connection,
    target: Path,
    flt: CustomerFilter,
    progress: Progress,
    cancel: Cancel,
) -> int:
    ids = customer_ids(conn, flt)
    book = Workbook(write_only=True)
    sheet: WriteOnlyWorksheet = book.create_sheet("Customers")
    for i, (_header, width) in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width
    sheet.freeze_panes = "A2"
    cells = _Cells(sheet)
    sheet.append(header_cells(sheet, [header for header, _width in COLUMNS]))
    progress(0, len(ids))
    try:
        for start in range(0, len(ids), PAGE):
            check(cancel)
            page = ids[start : start + PAGE]
            rows = customer_rows(conn, page)
            for cid in page:
                sheet.append(_values(cells, rows[cid]))
            progress(start + len(page), len(ids))
    except BaseException:
        _abandon(sheet)
        raise
    # The tail (filter range) is written when the sheet closes, so it can know the last row.
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{len(ids) + 1}"
    book.save(target)
    return len(ids)


@contextlib.contextmanager
def _connection(db: Database, as_of: date | None) -> Iterator[Connection]:
    if as_of is None:
        with db.read() as conn:
            yield conn
    else:
        with lifecycle.as_of_view(db, as_of, writes=False) as (conn, _result):
            yield conn


def export_customers(
    db: Database,
    path: Path,
    *,
    stage: Stage | None = None,
    as_of: date | None = None,
    progress: Progress = no_progress,
    cancel: Cancel = NEVER_CANCEL,
) -> int:
    """Writes the customer list (of one stage, if given) to `path`; returns the rows written.

    Stages and figures are as of the last recompute, or as of `as_of` when given (computed as
    `lifecrm customers --as-of` does). An existing file is replaced only once the new one is
    complete, so a crash or a cancel leaves the old file (or none), never half a workbook.
    """

    def write(target: Path) -> int:
        with _connection(db, as_of) as conn:
            return _write(conn, target, CustomerFilter(stage=stage), progress, cancel)

    written: int = save_atomically(Path(path), write, ExportFailed)
    return written
