"""Safety copies with SQLite's online backup API: consistent even while the file is in use."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path


def backup(source: Path, folder: Path, label: str) -> Path:
    """Copies the database at `source` into `folder` and returns the copy's path."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{source.stem}-{stamp}-{label}.sqlite"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{source.stem}-{stamp}-{label}-{n}.sqlite"
    src = sqlite3.connect(source)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target
