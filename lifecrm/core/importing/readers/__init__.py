"""One reader per file format, chosen by the file's extension."""

from __future__ import annotations

from pathlib import Path

from lifecrm.core.i18n import N_
from lifecrm.core.importing.readers.excel import WORKBOOKS, read_workbook
from lifecrm.core.importing.readers.excel import list_sheets as _workbook_sheets
from lifecrm.core.importing.readers.limits import DEFAULT_MAX_ROWS, TooLarge
from lifecrm.core.importing.readers.text import read_text
from lifecrm.core.importing.table import RawTable, UnreadableFile

TEXT = {".csv", ".tsv", ".txt"}


def _existing(path: str | Path) -> Path:
    path = Path(path)
    if not path.is_file():
        raise UnreadableFile(N_("There is no file {path}.", path=path), source=str(path))
    return path


def read_file(
    path: str | Path,
    *,
    sheet: str | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
    max_rows: int = DEFAULT_MAX_ROWS,
) -> RawTable:
    """The raw table in `path`; an UnreadableFile says in one sentence what to do instead."""
    path = _existing(path)
    suffix = path.suffix.lower()
    if suffix in WORKBOOKS:
        return read_workbook(path, sheet=sheet, max_rows=max_rows)
    if suffix in TEXT:
        return read_text(path, encoding=encoding, delimiter=delimiter, max_rows=max_rows)
    raise UnreadableFile(
        N_(
            "{source} is not a spreadsheet LifeCRM reads (.xlsx, .xlsm, .xls, .ods, .csv, "
            ".tsv, .txt)."
        ),
        source=path.name,
    )


def list_sheets(path: str | Path) -> list[str]:
    """The sheets of a workbook, in order; a text file has none (an empty list)."""
    path = _existing(path)
    return _workbook_sheets(path) if path.suffix.lower() in WORKBOOKS else []


__all__ = ["DEFAULT_MAX_ROWS", "RawTable", "TooLarge", "UnreadableFile", "list_sheets", "read_file"]
