"""The rows an import could not use, as a workbook the owner can fix the source file from.

Values come from the owner's file and are written back as text cells, never as formulas: a
value such as "=HYPERLINK(...)" or "+36 30 ..." stays exactly what the file said (CWE-1236).
The workbook is written beside the target and moved into place when complete.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from lifecrm.core.errors import UserError
from lifecrm.core.importing.rows import RowProblem
from lifecrm.core.workbooks import header_cells, save_atomically, text_cell

HEADERS = ("Row", "Column", "Value", "Reason")
WIDTHS = (8, 24, 32, 48)


class ReportFailed(UserError):
    code = "report_failed"


def _write(problems: Sequence[RowProblem], target: Path, headers: Sequence[str]) -> None:
    book = Workbook(write_only=True)
    sheet: WriteOnlyWorksheet = book.create_sheet("Problems")
    for letter, width in zip("ABCD", WIDTHS, strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"
    sheet.append(header_cells(sheet, headers))
    for problem in problems:
        row: list[Any] = [
            problem.row,
            text_cell(sheet, problem.column),
            text_cell(sheet, problem.value),
            text_cell(sheet, problem.reason),
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
    if len(headers) != len(HEADERS):
        raise ValueError(f"expected {len(HEADERS)} headers, got {len(headers)}")
    save_atomically(Path(path), lambda target: _write(problems, target, headers), ReportFailed)
