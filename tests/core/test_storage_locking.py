"""While another program holds the write lock: reads go on, a write gives up with a clear
DatabaseBusy (after telling `on_wait`), never sqlite's "database is locked"."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from lifecrm.core import lifecycle
from lifecrm.core.storage.db import Database, DatabaseBusy
from tests.factories import add_history

AS_OF = date(2025, 12, 1)


@pytest.fixture
def other_writer(db: Database) -> Iterator[sqlite3.Connection]:
    with db.write() as conn:
        add_history(conn, "Anna Smith", date(2025, 11, 1), 1, 5)
        lifecycle.recompute_in(conn, AS_OF)
    con = sqlite3.connect(db.path, isolation_level=None)
    con.execute("BEGIN IMMEDIATE")
    con.execute("INSERT INTO setting (key, value) VALUES ('other', '1')")
    yield con
    con.execute("ROLLBACK")
    con.close()


def test_reads_and_current_stats_do_not_wait_for_a_writer(db, other_writer) -> None:
    with db.read() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM customer")).scalar() == 1
    with lifecycle.as_of_view(db, AS_OF, writes=False) as (_conn, result):
        assert result.total == 1


def test_a_write_gives_up_with_a_clear_error_after_telling_it_waits(db, other_writer) -> None:
    told: list[Path] = []
    impatient = replace(db, write_wait=1.0, on_wait=told.append)

    with pytest.raises(DatabaseBusy, match="Another LifeCRM .* is still changing"):
        with impatient.write() as conn:
            conn.execute(text("INSERT INTO setting (key, value) VALUES ('mine', '1')"))

    assert told == [db.path]
    other_writer.execute("ROLLBACK")
    other_writer.execute("BEGIN")
    with db.read() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM setting WHERE key='mine'")).scalar() == 0


def test_stale_stats_wait_for_the_writer_rather_than_fail(db, other_writer) -> None:
    impatient = replace(db, write_wait=0.0)
    with pytest.raises(DatabaseBusy):
        with lifecycle.as_of_view(impatient, date(2025, 12, 2), writes=False):
            pass
