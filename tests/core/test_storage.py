"""open_database: pragmas on every connection, migrations after a backup, bad files refused."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from lifecrm.core.errors import DatabaseUnusable
from lifecrm.core.storage import migrate
from lifecrm.core.storage.db import make_engine, open_database
from tests.factories import add_customer, add_order


def test_every_connection_gets_wal_foreign_keys_and_busy_timeout(db) -> None:
    for _ in range(2):
        with db.read() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000


def test_a_new_file_is_created_at_the_newest_schema(tmp_path: Path) -> None:
    db = open_database(tmp_path / "sub" / "new.sqlite")
    assert migrate.current_revision(db.engine) == migrate.head_revision()
    assert not (tmp_path / "sub" / "backups").exists()  # nothing to protect yet


def test_deleting_a_customer_removes_their_orders(db) -> None:
    with db.write() as conn:
        cid = add_customer(conn, "Gone")
        add_order(conn, cid, datetime(2025, 1, 1).date(), items=[("Mug", 1, 1000)])
    with db.write() as conn:
        conn.execute(text("DELETE FROM customer WHERE id=:c"), {"c": cid})
    with db.read() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM orders")).scalar() == 0
        assert conn.execute(text("SELECT COUNT(*) FROM order_item")).scalar() == 0


def test_a_failed_write_leaves_nothing_behind(db) -> None:
    with pytest.raises(RuntimeError), db.write() as conn:
        add_customer(conn, "Half")
        conn.exec_driver_sql("CREATE TABLE scratch (x)")
        raise RuntimeError("crash mid-job")
    with db.read() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM customer")).scalar() == 0
        assert (
            conn.exec_driver_sql("SELECT COUNT(*) FROM sqlite_master WHERE name='scratch'").scalar()
            == 0
        )


def test_an_old_schema_with_data_is_upgraded_after_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    engine = make_engine(path)
    migrate.upgrade(engine, "0001")
    stamp = datetime(2021, 3, 4, tzinfo=UTC).isoformat(sep=" ")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO customer (name, first_name, email, email_key, phone, created_at,"
                " updated_at) VALUES ('Tóth Gergő', 'Gergő', 'G@x.hu', 'g@x.hu', '+36 30 123 4567',"
                " :t, :t)"
            ),
            {"t": stamp},
        )
        conn.execute(
            text(
                "INSERT INTO orders (customer_id, order_date, total_minor, currency)"
                " VALUES (1, '2021-03-04', 159050, 'HUF')"
            )
        )
    engine.dispose()

    db = open_database(path)

    assert migrate.current_revision(db.engine) == migrate.head_revision()
    with db.read() as conn:
        row = conn.execute(text("SELECT name, name_key, search_key FROM customer")).one()
        assert row.name == "Tóth Gergő"
        assert row.name_key == "toth gergo"
        assert "36301234567" in row.search_key
        assert conn.execute(text("SELECT total_minor FROM orders")).scalar() == 159050
    backups = list((tmp_path / "backups").glob("old-*.sqlite"))
    assert len(backups) == 1
    saved = sqlite3.connect(backups[0])
    assert saved.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert saved.execute("SELECT name FROM customer").fetchone() == ("Tóth Gergő",)
    saved.close()


def test_a_file_that_is_not_a_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "orders.xlsx"
    path.write_bytes(b"PK\x03\x04 this is a spreadsheet, not a database" * 20)
    before = path.read_bytes()
    with pytest.raises(DatabaseUnusable) as caught:
        open_database(path)
    assert "not a LifeCRM database" in str(caught.value)
    assert path.read_bytes() == before


def test_another_programs_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    con.commit()
    con.close()
    with pytest.raises(DatabaseUnusable) as caught:
        open_database(path)
    assert "another program" in str(caught.value)


def test_the_migrations_build_exactly_the_schema_the_models_describe(tmp_path: Path) -> None:
    """A column or index added to a model without a migration (or the reverse) fails here."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from lifecrm.core.storage.models import metadata

    database = open_database(tmp_path / "fresh.sqlite")
    with database.read() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    database.close()
    assert diff == []


def test_upgrading_to_stored_trends_makes_the_next_recompute_a_full_one(tmp_path: Path) -> None:
    """Stats from before 0006 have no trend: they must not pass for today's figures."""
    from lifecrm.core import lifecycle

    path = tmp_path / "old.sqlite"
    engine = make_engine(path)
    migrate.upgrade(engine, "0005")
    with engine.begin() as conn:
        conn.execute(
            text("INSERT INTO setting (key, value) VALUES ('stats_as_of', :day)"),
            {"day": '"2025-12-01"'},
        )
    engine.dispose()

    database = open_database(path)
    with database.read() as conn:
        assert lifecycle.stats_as_of(conn) is None
    database.close()
