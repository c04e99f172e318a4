"""One reader per file format, chosen by the file's extension."""

from __future__ import annotations

from pathlib import Path

from lifecrm.core.importing.readers.excel import read_excel
from lifecrm.core.importing.readers.text import read_text
from lifecrm.core.importing.table import RawTable, UnreadableFile

TEXT = {".csv", ".tsv", ".txt"}
EXCEL = {".xlsx", ".xlsm"}
LATER = {".xls", ".ods"}  # need a reader we have not chosen yet


def read_file(
    path: str | Path,
    *,
    sheet: str | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
) -> RawTable:
    """The raw table in `path`; an UnreadableFile says in one sentence what to do instead."""
    path = Path(path)
    if not path.is_file():
        raise UnreadableFile(f"There is no file {path}.", source=str(path))
    suffix = path.suffix.lower()
    if suffix in EXCEL:
        return read_excel(path, sheet=sheet)
    if suffix in TEXT:
        return read_text(path, encoding=encoding, delimiter=delimiter)
    if suffix in LATER:
        raise UnreadableFile(
            f"LifeCRM cannot read {suffix} files yet; save {path.name} as .xlsx or .csv.",
            source=path.name,
        )
    raise UnreadableFile(
        f"{path.name} is not a spreadsheet LifeCRM reads (.xlsx, .xlsm, .csv, .tsv, .txt).",
        source=path.name,
    )


__all__ = ["RawTable", "UnreadableFile", "read_file"]
