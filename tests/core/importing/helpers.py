"""Writing small order files for import tests, and reading back what the database holds."""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path
from typing import Any

import openpyxl
from sqlalchemy import text

from lifecrm.core.storage.db import Database


def write_csv(
    path: Path, rows: list[list[Any]], *, delimiter: str = ",", encoding: str = "utf-8"
) -> Path:
    with path.open("w", encoding=encoding, newline="") as f:
        csv.writer(f, delimiter=delimiter).writerows(rows)
    return path


def write_xlsx(path: Path, rows: list[list[Any]], *, title: str | None = None) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    if title:
        sheet.append([title])
        sheet.append([])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def fetch(db: Database, sql: str, **params: Any) -> list[tuple[Any, ...]]:
    with db.read() as conn:
        return [tuple(r) for r in conn.execute(text(sql), params)]


def snapshot(db: Database) -> str:
    """A digest of every row of every table, to prove a failed import changed nothing."""
    digest = hashlib.sha256()
    with db.read() as conn:
        tables = conn.execute(
            text("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
        ).scalars()
        for name in list(tables):
            for row in conn.execute(text(f'SELECT * FROM "{name}" ORDER BY 1')):
                digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()
