"""The rows an import could not use, as a workbook the owner can fix the source file from.

Values come from the owner's file and are written back as text cells, never as formulas: a
value such as "=HYPERLINK(...)" or "+36 30 ..." stays exactly what the file said (CWE-1236).
The workbook is written beside the target and moved into place when complete.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from lifecrm.core.errors import UserError
from lifecrm.core.importing.rows import RowProblem

HEADERS = ("Row", "Column", "Value", "Reason")
WIDTHS = (8, 24, 32, 48)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # what spreadsheet programs may evaluate
_MAX_TEXT = 32_767  # Excel's limit for one cell


class ReportFailed(UserError):
    code = "report_failed"


def _text(sheet: WriteOnlyWorksheet, value: str) -> WriteOnlyCell | None:
    """Always a text cell: openpyxl would turn "=..." into a formula, so the type is forced."""
    if not value:
        return None
    value = ILLEGAL_CHARACTERS_RE.sub("", value)[:_MAX_TEXT]
    cell = WriteOnlyCell(sheet)
    cell.value = value
    cell.data_type = "s"
    if value.startswith(_FORMULA_START):
        cell.quotePrefix = True  # and Excel keeps it text when someone edits the cell
    return cell


def _write(problems: Sequence[RowProblem], target: Path, headers: Sequence[str]) -> None:
    book = Workbook(write_only=True)
    sheet: WriteOnlyWorksheet = book.create_sheet("Problems")
    for letter, width in zip("ABCD", WIDTHS, strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"
    header_cells = []
    for header in headers:
        cell = WriteOnlyCell(sheet, header)
        cell.font = Font(bold=True)
        header_cells.append(cell)
    sheet.append(header_cells)
    for problem in problems:
        row: list[Any] = [
            problem.row,
            _text(sheet, problem.column),
            _text(sheet, problem.value),
            _text(sheet, problem.reason),
        ]
        sheet.append(row)
    book.save(target)


def save_problems(
    problems: Sequence[RowProblem], path: Path, *, headers: Sequence[str] = HEADERS
) -> None:
    """Writes one line per problem (row, column, value, reason) to the .xlsx at `path`.

    `headers` lets a front end write the column names in the owner's language. An existing
    file is replaced only once the new one is complete.
    """
    path = Path(path)
    if len(headers) != len(HEADERS):
        raise ValueError(f"expected {len(HEADERS)} headers, got {len(headers)}")
    if not path.parent.is_dir():
        raise ReportFailed(
            f"There is no folder {path.parent}; choose an existing folder.", path=str(path)
        )
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        _write(problems, temporary, headers)
        os.replace(temporary, path)
    except OSError as exc:
        raise ReportFailed(
            f"LifeCRM cannot write {path} ({exc.strerror or exc}); close it in your spreadsheet "
            "program or choose another name or folder.",
            path=str(path),
        ) from exc
    finally:
        temporary.unlink(missing_ok=True)
