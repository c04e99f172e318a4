"""The fast "schema is current" check agrees with Alembic, and never claims an old file is."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import create_engine

from lifecrm.core.storage import migrate
from lifecrm.core.storage.revision import VERSIONS, newest_revision, schema_is_current


def test_the_newest_file_number_is_alembics_head_and_each_file_its_own_revision() -> None:
    assert newest_revision() == migrate.head_revision()
    for path in VERSIONS.glob("[0-9][0-9][0-9][0-9]_*.py"):
        assert f'revision = "{path.name[:4]}"' in path.read_text(encoding="utf-8")


def test_only_a_database_at_head_is_current(db_path: Path, tmp_path: Path) -> None:
    assert schema_is_current(db_path)
    old = tmp_path / "old.sqlite"
    migrate.upgrade(create_engine(f"sqlite:///{old}"), "0001")
    assert not schema_is_current(old)
    assert not schema_is_current(tmp_path / "missing.sqlite")
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database " * 100)
    assert not schema_is_current(notes)
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    assert not schema_is_current(other)
