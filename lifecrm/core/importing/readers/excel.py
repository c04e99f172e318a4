"""Workbooks (.xlsx, .xlsm, .xls, .ods) through python-calamine.

calamine reads a 100k-row .xlsx about ten times faster than openpyxl's read-only mode
(benchmarks/bench_readers.py), and also reads the old .xls and LibreOffice's .ods. Cells come as
the file saved them: formula cells give their cached results (a formula never calculated, as
openpyxl writes them, reads as empty), date cells give `date`/`datetime`, numbers give `float`
(12990.0 for an integer: .xlsx stores every number as a double), text that looks like a number
stays text. Empty cells are None, as the old openpyxl reader gave them.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import chain
from pathlib import Path
from typing import Any

from python_calamine import (
    CalamineError,
    CalamineSheet,
    CalamineWorkbook,
    PasswordError,
    SheetVisibleEnum,
)

from lifecrm.core.i18n import N_
from lifecrm.core.importing.readers.limits import (
    DEFAULT_MAX_ROWS,
    TooLarge,
    capped,
    check_workbook,
)
from lifecrm.core.importing.table import RawTable, UnreadableFile, build_table

WORKBOOKS = {".xlsx", ".xlsm", ".xls", ".ods"}

# An OLE (Compound File) container: an old .xls, or an .xlsx/.ods saved with a password, which
# Excel and LibreOffice wrap, encrypted, in this format.
_CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED = "EncryptionInfo".encode("utf-16-le")  # the stream an encrypted OOXML file holds


def _kind(path: Path) -> str:
    return (
        N_("an OpenDocument spreadsheet")
        if path.suffix.lower() == ".ods"
        else N_("an Excel workbook")
    )


def _damaged(path: Path, exc: Exception | None = None) -> UnreadableFile:
    if exc is not None and "cell limit" in str(exc).lower():  # calamine's guard (.ods repeats)
        return TooLarge(
            f"{path.name} repeats its cells more often than LifeCRM can load; delete the empty "
            "rows and columns after the data in your spreadsheet program, or save it as .csv.",
            source=path.name,
        )
    return UnreadableFile(
        N_(
            (
                "{source} is not {kind} LifeCRM can open (it may be damaged or another kind of"
                " file); open it in your spreadsheet program and save it again as .xlsx or "
                ".csv."
            ),
            kind=_kind(path),
        ),
        source=path.name,
    )


def _locked(path: Path) -> UnreadableFile:
    return UnreadableFile(
        N_(
            "{source} is protected with a password; open it in your spreadsheet program, "
            "remove the password and save it again, or save it as .csv."
        ),
        source=path.name,
    )


def _is_encrypted(path: Path) -> bool:
    with path.open("rb") as f:
        if f.read(len(_CFB_MAGIC)) != _CFB_MAGIC:
            return False
        return _ENCRYPTED in f.read()


def _open(path: Path) -> CalamineWorkbook:
    """Opens by extension; a file named wrongly (an .xlsx saved as .xls) is read by its content."""
    try:
        return CalamineWorkbook.from_path(path)
    except PasswordError as exc:
        raise _locked(path) from exc
    except (CalamineError, OSError, ValueError) as exc:
        first = exc
    try:
        if _is_encrypted(path):
            raise _locked(path) from first
        with path.open("rb") as f:
            return CalamineWorkbook.from_filelike(f)
    except PasswordError as exc:
        raise _locked(path) from exc
    except OSError as exc:
        raise UnreadableFile(
            N_(
                (
                    "LifeCRM cannot read {source} ({reason}); check that you may open it, or "
                    "copy it to another folder and choose the copy."
                ),
                reason=exc.strerror or exc,
            ),
            source=path.name,
        ) from exc
    except (CalamineError, ValueError) as exc:
        raise _damaged(path, first) from exc


def list_sheets(path: Path) -> list[str]:
    """Every sheet's name, in workbook order (hidden ones too)."""
    with _open(path) as book:
        return list(book.sheet_names)


def _numbered(sheet: CalamineSheet) -> Iterator[tuple[int, list[Any]]]:
    """Rows numbered as the spreadsheet shows them, empty cells as None.

    calamine drops the empty columns left of the data; whether `iter_rows` also starts at the
    first row with data differs between versions, so the first row it gives tells: above
    `sheet.start` every row is empty, and the start row never is.
    """
    start = sheet.start
    if start is None:
        return
    rows = sheet.iter_rows()
    first = next(rows, None)
    if first is None:
        return
    top = 1 if start[0] > 0 and all(c == "" for c in first) else start[0] + 1
    for n, cells in enumerate(chain([first], rows), start=top):
        yield n, [None if c == "" else c for c in cells]


def _with_data(sheet: CalamineSheet) -> Iterator[tuple[int, list[Any]]] | None:
    """The sheet's rows from its first non-empty one, or None if it has no data at all."""
    rows = _numbered(sheet)
    for n, cells in rows:
        if any(c is not None and str(c).strip() for c in cells):
            return chain([(n, cells)], rows)
    return None


def read_workbook(
    path: Path, *, sheet: str | None = None, max_rows: int = DEFAULT_MAX_ROWS
) -> RawTable:
    """Reads `sheet`, or else the first visible sheet that has data (then the first hidden one).

    `RawTable.sheets` lists every sheet, so the preview can offer the others. A workbook past
    the limits (readers/limits.py) is refused before calamine sees it.
    """
    check_workbook(path, max_rows)
    with _open(path) as book:
        names = list(book.sheet_names)
        if sheet is not None and sheet not in names:
            raise UnreadableFile(
                N_(
                    "{source} has no sheet '{sheet}'; choose one of its sheets: {sheets}.",
                    sheets=", ".join(names),
                ),
                source=path.name,
                sheet=sheet,
            )
        if sheet is not None:
            candidates = [sheet]
        else:
            hidden = {m.name for m in book.sheets_metadata if m.visible != SheetVisibleEnum.Visible}
            candidates = [n for n in names if n not in hidden] + [n for n in names if n in hidden]
        try:
            for name in candidates:
                rows = _with_data(book.get_sheet_by_name(name))
                if rows is not None:
                    rows = capped(rows, path.name, max_rows)
                    return build_table(rows, source=path.name, sheet=name, sheets=names)
        except PasswordError as exc:
            raise _locked(path) from exc
        except (CalamineError, ValueError) as exc:
            raise _damaged(path, exc) from exc
    if sheet is not None:
        raise UnreadableFile(
            N_("The sheet '{sheet}' of {source} is empty; choose another sheet."),
            source=path.name,
            sheet=sheet,
        )
    raise UnreadableFile(
        N_(
            "{source} has no data in any of its sheets; choose the file that holds your "
            "customers or orders."
        ),
        source=path.name,
    )
