"""Runs the Alembic migrations that ship inside the package, so an installed app finds them."""

from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

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
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


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
        copy = backup(path, backup_dir, f"before-{head_revision()}")
        log.info("backed up %s to %s before migrating from %s", path, copy, current)
    upgrade(engine)
