"""Writing .xlsx files that are safe to open and never half-written.

Text that came from customers or files is always a text cell: spreadsheet programs evaluate a
cell starting with =, +, -, @ (CWE-1236), and openpyxl itself would store "=..." as a formula.
A workbook is written beside its target and moved into place only when complete.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from lifecrm.core.errors import UserError
from lifecrm.core.i18n import N_

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # what spreadsheet programs may evaluate
MAX_TEXT = 32_767  # Excel's limit for one cell


def clean_text(value: str | None) -> str | None:
    """The value as an .xlsx cell can hold it: without the control characters XML forbids,
    cut to Excel's length limit."""
    if not value:
        return None
    if ILLEGAL_CHARACTERS_RE.search(value):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
    return value[:MAX_TEXT]


def text_cell(sheet: WriteOnlyWorksheet, value: str | None) -> Any:
    """The value as text (openpyxl): plain when harmless, else a cell forced to the string type."""
    value = clean_text(value)
    if not value:
        return None
    if not value.startswith(FORMULA_START):
        return value
    cell = WriteOnlyCell(sheet)
    cell.value = value  # openpyxl would make "=..." a formula: the type is set after
    cell.data_type = "s"
    cell.quotePrefix = True  # and Excel keeps it text when someone edits the cell
    return cell


def header_cells(sheet: WriteOnlyWorksheet, headers: Sequence[str]) -> list[WriteOnlyCell]:
    cells = []
    for header in headers:
        cell = WriteOnlyCell(sheet, header)
        cell.font = Font(bold=True)
        cells.append(cell)
    return cells


def save_atomically(path: Path, write: Callable[[Path], Any], failure: type[UserError]) -> Any:
    """Calls `write(temporary)` beside `path`, then replaces `path`; returns what write did.

    An existing file is replaced only once the new one is complete, so a crash or a cancel
    leaves the old file (or none). A folder that is missing or a file that is open elsewhere
    is a `failure` with one sentence.
    """
    path = Path(path)
    if not path.parent.is_dir():
        raise failure(
            N_("There is no folder {folder}; choose an existing folder.", folder=path.parent),
            path=str(path),
        )
    # Same disk, so the rename is atomic; created with the usual permissions, unlike mkstemp's.
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        result = write(temporary)
        os.replace(temporary, path)
    except OSError as exc:
        raise failure(
            N_(
                "LifeCRM cannot write {path} ({reason}); close it in your spreadsheet "
                "program or choose another name or folder.",
                reason=exc.strerror or exc,
            ),
            path=str(path),
        ) from exc
    finally:
        temporary.unlink(missing_ok=True)
    return result
