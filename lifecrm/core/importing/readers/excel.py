"""Excel workbooks (.xlsx, .xlsm): any sheet, formula cells by their saved values."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from lifecrm.core.importing.table import RawTable, UnreadableFile, build_table


def _open(path: Path) -> Any:
    try:
        return load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError) as exc:
        raise UnreadableFile(
            f"{path.name} is not an Excel workbook LifeCRM can open (it may be damaged or "
            "password-protected); save it again as .xlsx or .csv.",
            source=path.name,
        ) from exc


def read_excel(path: Path, *, sheet: str | None = None) -> RawTable:
    """Reads `sheet`, or else the first sheet that has data."""
    book = _open(path)
    try:
        names = list(book.sheetnames)
        if sheet is not None and sheet not in names:
            raise UnreadableFile(
                f"{path.name} has no sheet '{sheet}'; its sheets are: {', '.join(names)}.",
                source=path.name,
                sheet=sheet,
            )
        for name in [sheet] if sheet else names:
            rows = [
                (n, list(cells))
                for n, cells in enumerate(book[name].iter_rows(values_only=True), start=1)
            ]
            if any(c is not None and str(c).strip() for _n, cells in rows for c in cells):
                return build_table(rows, source=path.name, sheet=name, sheets=names)
        raise UnreadableFile(f"{path.name} has no data in any sheet.", source=path.name)
    finally:
        book.close()
