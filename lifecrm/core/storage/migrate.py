"""Runs the Alembic migrations that ship inside the package, so an installed app finds them."""

from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from lifecrm.core.errors import DatabaseUnusable
from lifecrm.core.i18n import N_
from lifecrm.core.storage.backup import backup

log = logging.getLogger("lifecrm.storage")

SCRIPT_LOCATION = str(Path(__file__).resolve().parent / "migrations")


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", SCRIPT_LOCATION)
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _has_tables(engine: Engine) -> bool:
    with engine.connect() as conn:
        n = conn.exec_driver_sql("SELECT count(*) FROM sqlite_master WHERE type='table'").scalar()
    return bool(n)


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Runs the migrations in one transaction with foreign keys off, checked before commit.

    SQLite rebuilds a table to change it (create, copy, drop, rename); with foreign keys on,
    the drop cascades into every table that points at it (0003 rebuilding `orders` wiped
    `order_item`). The pragma is a no-op inside a transaction, so it is set before BEGIN.
    """
    cfg = alembic_config()
    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, revision)
                _refuse_broken_references(conn)
        finally:
            raw.execute("PRAGMA foreign_keys=ON")


def _refuse_broken_references(conn: Connection) -> None:
    """Rolls the upgrade back if any row points at a row that is not there."""
    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
    if broken:
        table, rowid, parent = broken[0][0], broken[0][1], broken[0][2]
        raise DatabaseUnusable(
            N_(
                "Upgrading the database was stopped and nothing was changed: {count} rows "
                "point at missing rows (first: {table} row {row} -> {parent})."
            ),
            table=table,
            row=rowid,
            parent=parent,
            count=len(broken),
        )


def _refuse_newer(current: str, path: Path) -> None:
    """A database a newer LifeCRM upgraded cannot be opened here: downgrades are not supported."""
    known = {
        script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()
    }
    if current not in known:
        raise DatabaseUnusable(
            N_(
                (
                    "{path} was made by a newer LifeCRM (schema {revision}); install that "
                    "version or newer to open it."
                ),
                path=path,
            ),
            path=str(path),
            revision=current,
        )


def upgrade_to_head(engine: Engine, path: Path, backup_dir: Path) -> None:
    current = current_revision(engine)
    if current == head_revision():
        return
    if current is None and _has_tables(engine):
        raise DatabaseUnusable(
            N_("{path} holds another program's data, not LifeCRM's."),
            path=str(path),
        )
    if current is not None:
        _refuse_newer(current, path)
        copy = backup(path, backup_dir, f"before-{head_revision()}")
        log.info("backed up %s to %s before migrating from %s", path, copy, current)
    upgrade(engine)
