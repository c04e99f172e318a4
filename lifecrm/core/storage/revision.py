"""Is the database already at the newest schema? Answered without loading Alembic.

Every command opens the database, and almost always it is current: importing Alembic (and its
dialects) only to learn that took a third of a second. The newest revision is the highest
`NNNN_*.py` in the migrations' versions folder (each file's `revision` is its number; a test
keeps that true); the database's is the one row of `alembic_version`, read with sqlite3.
Anything else (a new file, an old schema, not a database at all) goes the long way, through
`migrate.upgrade_to_head`, which decides and says what is wrong.
"""

from __future__ import annotations

import re
import sqlite3
from functools import cache
from pathlib import Path

VERSIONS = Path(__file__).resolve().parent / "migrations" / "versions"
_NUMBERED = re.compile(r"^(\d{4})_\w+\.py$")


@cache
def newest_revision() -> str:
    numbers = [m.group(1) for p in VERSIONS.iterdir() if (m := _NUMBERED.match(p.name))]
    return max(numbers)


def schema_is_current(path: Path) -> bool:
    """True only when `path` is a database whose recorded revision is the newest one."""
    if not path.is_file():
        return False
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.Error:
        return False
    finally:
        conn.close()
    return rows == [(newest_revision(),)]
