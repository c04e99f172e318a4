"""Opening the database: pragmas on every connection, migrations to head after a backup.

`open_database(path)` is the only way in. The returned `Database` is passed to every core call
(no globals); it owns one SQLAlchemy engine.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DatabaseError, OperationalError

from lifecrm.core.errors import DatabaseUnusable, UserError
from lifecrm.core.i18n import N_
from lifecrm.core.storage.revision import schema_is_current

log = logging.getLogger("lifecrm.storage")

BUSY_TIMEOUT_MS = 5000  # one attempt at the write lock; `write` tries again until WRITE_WAIT
FIRST_TRY_MS = 200  # a writer's first attempt, so the wait is announced at once
WRITE_WAIT = 600.0  # seconds a writer waits for another one (a big import) before giving up


class DatabaseBusy(UserError):
    code = "database_busy"


@dataclass(frozen=True)
class _Waiting:
    path: Path
    seconds: float
    on_wait: Callable[[Path], None] | None


@dataclass(frozen=True)
class Database:
    path: Path
    engine: Engine
    write_wait: float = WRITE_WAIT
    # Told once when a write has to wait for another program's (the CLI prints a line).
    on_wait: Callable[[Path], None] | None = None

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """One write transaction (BEGIN IMMEDIATE) that commits on success, else rolls back.

        Taking the write lock up front means a second writer waits instead of failing halfway
        when its read lock cannot be upgraded; it waits up to `write_wait` (telling `on_wait`),
        then gives up with DatabaseBusy, never with sqlite's "database is locked".
        """
        waiting = _Waiting(self.path, self.write_wait, self.on_wait)
        options = {"lifecrm_immediate": True, "lifecrm_waiting": waiting}
        with self.engine.connect().execution_options(**options) as conn:
            with conn.begin():
                yield conn

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A read transaction: in WAL mode it never waits for a writer, and sees the last
        commit from before it began."""
        with self.engine.connect() as conn:
            yield conn

    def close(self) -> None:
        self.engine.dispose()


def _set_pragmas(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA synchronous=NORMAL")  # durable across app crashes; WAL keeps it consistent
    cur.close()


def _begin(conn: Connection) -> None:
    options = conn.get_execution_options()
    if options.get("lifecrm_immediate"):
        _begin_immediate(conn, options.get("lifecrm_waiting"))
    else:
        conn.exec_driver_sql("BEGIN")


def _begin_immediate(conn: Connection, waiting: _Waiting | None) -> None:
    """BEGIN IMMEDIATE, tried again while another writer holds the lock, until
    `waiting.seconds` have passed. The first try is short so `on_wait` is told at once."""
    raw = conn.connection.driver_connection
    assert raw is not None
    raw.execute(f"PRAGMA busy_timeout={FIRST_TRY_MS}")
    started = time.monotonic()
    told = False
    try:
        while True:
            try:
                conn.exec_driver_sql("BEGIN IMMEDIATE")
                return
            except OperationalError as exc:
                if "locked" not in str(exc.orig) and "busy" not in str(exc.orig):
                    raise
            if not told:
                told = True
                raw.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
                log.info("waiting for another writer to %s", waiting.path if waiting else "")
                if waiting is not None and waiting.on_wait is not None:
                    waiting.on_wait(waiting.path)
            if waiting is None or time.monotonic() - started >= waiting.seconds:
                path = waiting.path if waiting else "the database"
                raise DatabaseBusy(
                    N_(
                        (
                            "Another LifeCRM (an import, or the window) is still changing "
                            "{path}; try again when it has finished."
                        ),
                        path=path,
                    ),
                    path=str(path),
                )
    finally:
        raw.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")


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


def open_database(
    path: str | Path,
    *,
    backup_dir: Path | None = None,
    on_wait: Callable[[Path], None] | None = None,
) -> Database:
    """Opens (creating if needed) the database at `path`, migrated to the newest schema.

    Before migrating a file that has data, a copy is taken with SQLite's online backup API into
    `backup_dir` (default: a `backups` folder beside the database). `on_wait` is told when a
    write waits for another program's (see `Database.write`).
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
        if not schema_is_current(path):
            from lifecrm.core.storage import migrate  # Alembic only when there is work to do

            migrate.upgrade_to_head(engine, path, backup_dir or path.parent / "backups")
    except DatabaseError as exc:
        engine.dispose()
        raise DatabaseUnusable(
            N_("{path} is not a LifeCRM database or is damaged."),
            path=str(path),
        ) from exc
    return Database(path=path, engine=engine, on_wait=on_wait)
