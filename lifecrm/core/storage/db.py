"""Opening the database: pragmas on every connection, migrations to head after a backup.

`open_database(path)` is the only way in. The returned `Database` is passed to every core call
(no globals); it owns one SQLAlchemy engine.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DatabaseError

from lifecrm.core.errors import DatabaseUnusable
from lifecrm.core.i18n import N_
from lifecrm.core.storage import migrate

log = logging.getLogger("lifecrm.storage")


@dataclass(frozen=True)
class Database:
    path: Path
    engine: Engine

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """One write transaction (BEGIN IMMEDIATE) that commits on success, else rolls back.

        Taking the write lock up front means a second writer waits for `busy_timeout` instead of
        failing halfway when its read lock cannot be upgraded.
        """
        with self.engine.connect().execution_options(lifecrm_immediate=True) as conn:
            with conn.begin():
                yield conn

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            yield conn

    def close(self) -> None:
        self.engine.dispose()


def _set_pragmas(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.execute("PRAGMA synchronous=NORMAL")  # durable across app crashes; WAL keeps it consistent
    cur.close()


def _begin(conn: Connection) -> None:
    immediate = conn.get_execution_options().get("lifecrm_immediate")
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(path: Path) -> Engine:
    """An engine whose transactions are real SQLite transactions, DDL included.

    pysqlite's own transaction handling skips BEGIN before DDL and SELECT, so a failed job could
    leave half its work behind; SQLAlchemy's documented recipe is to switch it off and emit BEGIN.
    """
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"check_same_thread": False, "isolation_level": None},
    )
    event.listen(engine, "connect", _set_pragmas)
    event.listen(engine, "begin", _begin)
    return engine


def open_database(path: str | Path, *, backup_dir: Path | None = None) -> Database:
    """Opens (creating if needed) the database at `path`, migrated to the newest schema.

    Before migrating a file that has data, a copy is taken with SQLite's online backup API into
    `backup_dir` (default: a `backups` folder beside the database).
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseUnusable(
            N_("Cannot create the folder for the database {path}: {reason}.", reason=exc.strerror),
            path=str(path),
        ) from exc
    engine = make_engine(path)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
        migrate.upgrade_to_head(engine, path, backup_dir or path.parent / "backups")
    except DatabaseError as exc:
        engine.dispose()
        raise DatabaseUnusable(
            N_("{path} is not a LifeCRM database or is damaged."),
            path=str(path),
        ) from exc
    return Database(path=path, engine=engine)
