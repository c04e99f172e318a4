"""Upgrading keeps every row: a populated database at each earlier revision reaches head intact.

Each old database is made the way an old LifeCRM made it (Alembic up to that revision on an
empty file), filled with plain SQL, then opened by today's code. The rows of every table, in
every column the old schema had, must come out exactly as they went in.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from lifecrm.core.errors import DatabaseUnusable
from lifecrm.core.storage import migrate
from lifecrm.core.storage.db import make_engine, open_database

T = "2024-05-06 07:08:09.000000"
# Realistic rows for every table LifeCRM has had; a revision gets the columns it knows.
# fmt: off
ROWS: dict[str, list[dict[str, Any]]] = {
    "customer": [
        {"id": 1, "name": "Tóth Gergő", "first_name": "Gergő", "last_name": "Tóth",
         "email": "G.Toth@Example.hu", "email_key": "g.toth@example.hu", "phone": "+36 30 123 4567",
         "customer_number": "C-1", "birthday": "1980-02-29", "language": "hu", "country": "HU",
         "notes": "Prefers mornings", "opted_out": 0, "created_at": T, "updated_at": T,
         "import_id": 1, "accepts_marketing": 1},
        {"id": 2, "name": "Иван Петрович Сидоров", "first_name": "Иван", "last_name": "Сидоров",
         "middle_name": "Петрович", "email": "ivan@example.ru", "email_key": "ivan@example.ru",
         "language": "ru", "country": "RU", "notes": "", "opted_out": 1,
         "created_at": T, "updated_at": T, "import_id": 1, "accepts_marketing": 0},
        {"id": 3, "name": "Guðrún Jónsdóttir", "phone": "+354 555 1234", "notes": "",
         "opted_out": 0, "created_at": T, "updated_at": T},
    ],
    "orders": [
        {"id": 1, "customer_id": 1, "number": "1001", "source": "shop.csv",
         "order_date": "2024-01-15", "total_minor": 159050, "currency": "HUF",
         "status": "completed", "source_key": "1001", "import_id": 1},
        {"id": 2, "customer_id": 1, "number": "1002", "source": "shop.csv",
         "order_date": "2024-03-01", "total_minor": 990000, "currency": "HUF",
         "status": "refunded", "source_key": "1002", "import_id": 1},
        {"id": 3, "customer_id": 2, "number": "A-7", "source": "manual",
         "order_date": "2023-11-30", "total_minor": 450000, "currency": "RUB",
         "status": "completed"},
        {"id": 4, "customer_id": 3, "order_date": "2022-06-17", "total_minor": 12900,
         "currency": "ISK", "status": "completed"},
    ],
    "order_item": [
        {"id": 1, "order_id": 1, "product": "Bögre", "sku": "MUG-1", "quantity": 2,
         "unit_price_minor": 49500},
        {"id": 2, "order_id": 1, "product": "Tea", "sku": "TEA-9", "quantity": 1,
         "unit_price_minor": 60050},
        {"id": 3, "order_id": 2, "product": "Kanna", "quantity": 1, "unit_price_minor": 990000},
        {"id": 4, "order_id": 3, "product": "Самовар", "sku": "S-1", "quantity": 1,
         "unit_price_minor": 450000},
        {"id": 5, "order_id": 4, "product": "Lopapeysa", "quantity": 3},
    ],
    "event": [
        {"id": 1, "customer_id": 1, "occurred_at": T, "kind": "note", "summary": "Called",
         "detail": "Wants the blue one"},
        {"id": 2, "customer_id": 2, "occurred_at": T, "kind": "import", "summary": "Imported",
         "detail": ""},
    ],
    "setting": [
        {"key": "thresholds", "value": '{"preset": "minicrm"}'},
        {"key": "shop_name", "value": '"Teaház"'},
    ],
    "stage_change": [
        {"id": 1, "customer_id": 1, "from_stage": None, "to_stage": "new",
         "changed_on": "2024-01-15"},
        {"id": 2, "customer_id": 1, "from_stage": "new", "to_stage": "promising",
         "changed_on": "2024-03-01"},
    ],
    "customer_stats": [
        {"customer_id": 1, "orders": 1, "total_minor": 159050, "currency": "HUF",
         "first_order": "2024-01-15", "last_order": "2024-01-15", "stage": "new",
         "stage_since": "2024-01-15", "recency": 5, "frequency": 1, "monetary": 3, "rfm": 513,
         "best": 1, "trend": "steady"},
        {"customer_id": 3, "orders": 1, "total_minor": 12900, "currency": "ISK",
         "first_order": "2022-06-17", "last_order": "2022-06-17", "stage": "lost",
         "stage_since": "2023-06-17", "best": 0},
    ],
    "import_batch": [
        {"id": 1, "file_name": "shop.csv", "source": "shop.csv", "imported_at": T, "rows": 3,
         "customers_created": 2, "customers_updated": 0, "orders_created": 2,
         "orders_updated": 0, "orders_unchanged": 0, "problems": 1, "undone_at": None},
    ],
    "import_undo": [
        {"id": 1, "import_id": 1, "kind": "customer", "row_id": 1, "before": '{"name": "Toth"}'},
    ],
    "segment": [
        {"id": 1, "name": "Big spenders", "definition": '{"all": [{"field": "total"}]}',
         "created_at": T, "updated_at": T},
    ],
    "template": [
        {"id": 1, "key": "thank-you-new", "language": "hu", "name": "Köszönet", "stage": "new",
         "subject": "Köszönjük, {{ first_name }}!", "body": "{{ greeting }}\n\nKöszönjük.",
         "html": None, "updated_at": T},
    ],
    "discount_code": [
        {"id": 1, "customer_id": 1, "code": "GERGO-10", "template_key": "thank-you-new",
         "created_at": T, "used_at": None},
    ],
    "campaign": [
        {"id": 1, "name": "Spring", "template_key": "thank-you-new", "audience": "segment:1",
         "created_at": T},
    ],
    "outbox": [
        {"id": 1, "campaign_id": 1, "customer_id": 1, "email": "G.Toth@Example.hu",
         "name": "Tóth Gergő", "language": "hu", "subject": "Köszönjük", "text": "Szia",
         "html": "<p>Szia</p>", "raw": "Subject: x\r\n\r\nSzia", "raw_sender": "shop@example.hu",
         "message_id": "<1.lifecrm@example.hu>", "state": "sent", "attempts": 1,
         "next_attempt_at": None, "last_error": "", "queued_at": T, "sending_at": T,
         "sent_at": T},
        {"id": 2, "campaign_id": 1, "customer_id": 2, "email": "ivan@example.ru",
         "name": "Иван", "language": "ru", "subject": "Спасибо", "text": "Привет",
         "html": "<p>Привет</p>", "message_id": "<2.lifecrm@example.hu>", "state": "failed",
         "attempts": 3, "next_attempt_at": T, "last_error": "550 no such user",
         "queued_at": T},
    ],
}
# fmt: on
EARLIER = ["0001", "0002", "0003", "0004", "0005", "0006"]


def _tables(con: sqlite3.Connection) -> list[str]:
    names = con.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        " AND name != 'alembic_version' ORDER BY name"
    )
    return [name for (name,) in names]


def _columns(con: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in con.execute(f'PRAGMA table_info("{table}")')]


def _rows(con: sqlite3.Connection, table: str, columns: list[str]) -> list[tuple[Any, ...]]:
    listed = ", ".join(f'"{c}"' for c in columns)
    return con.execute(f'SELECT {listed} FROM "{table}" ORDER BY 1').fetchall()


def _old_database(path: Path, revision: str) -> None:
    engine = make_engine(path)
    migrate.upgrade(engine, revision)
    engine.dispose()
    con = sqlite3.connect(path)
    with con:
        con.execute("PRAGMA foreign_keys=ON")
        tables = _tables(con)
        assert set(tables) <= ROWS.keys(), "a table without test rows: add some to ROWS"
        for table in (t for t in ROWS if t in tables):  # parents before children
            known = set(_columns(con, table))
            for row in ROWS[table]:
                row = {k: v for k, v in row.items() if k in known}
                names = ", ".join(f'"{k}"' for k in row)
                marks = ", ".join("?" for _ in row)
                con.execute(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', list(row.values()))
    con.close()


@pytest.mark.parametrize("revision", EARLIER)
def test_upgrading_a_filled_database_keeps_every_row_of_every_table(
    tmp_path: Path, revision: str
) -> None:
    path = tmp_path / f"at-{revision}.sqlite"
    _old_database(path, revision)
    con = sqlite3.connect(path)
    before = {t: (_columns(con, t), _rows(con, t, _columns(con, t))) for t in _tables(con)}
    con.close()
    assert all(rows for _, rows in before.values())

    open_database(path).close()

    con = sqlite3.connect(path)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (
        migrate.head_revision(),
    )
    for table, (columns, rows) in before.items():
        assert _rows(con, table, columns) == rows, table
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    con.close()


def test_the_search_keys_added_by_0002_are_filled_in(tmp_path: Path) -> None:
    path = tmp_path / "at-0001.sqlite"
    _old_database(path, "0001")
    open_database(path).close()
    con = sqlite3.connect(path)
    keys = con.execute("SELECT name_key, search_key FROM customer WHERE id=1").fetchone()
    assert keys == ("toth gergo", "toth gergo gergo toth g.toth@example.hu 36301234567")
    con.close()


def test_the_migrations_import_nothing_from_the_live_code() -> None:
    """A migration must give the same result forever, whatever lifecrm's modules become."""
    import ast

    folder = Path(migrate.SCRIPT_LOCATION) / "versions"
    for script in folder.glob("*.py"):
        tree = ast.parse(script.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                assert not (node.module or "").startswith("lifecrm"), script.name
            if isinstance(node, ast.Import):
                assert not any(a.name.startswith("lifecrm") for a in node.names), script.name


def test_rows_pointing_at_missing_rows_stop_the_upgrade_and_change_nothing(
    tmp_path: Path,
) -> None:
    path = tmp_path / "broken.sqlite"
    _old_database(path, "0005")
    con = sqlite3.connect(path)  # foreign keys are off on a plain connection
    with con:
        con.execute("INSERT INTO order_item (order_id, product) VALUES (999, 'Orphan')")
    con.close()

    with pytest.raises(DatabaseUnusable) as caught:
        open_database(path)
    assert "nothing was changed" in str(caught.value)
    assert "order_item" in str(caught.value)
    con = sqlite3.connect(path)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("0005",)
    assert "trend" not in _columns(con, "customer_stats")
    con.close()


def test_a_database_from_a_newer_lifecrm_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite"
    open_database(path).close()
    con = sqlite3.connect(path)
    with con:
        con.execute("UPDATE alembic_version SET version_num='9999'")
    con.close()
    before = path.read_bytes()

    with pytest.raises(DatabaseUnusable) as caught:
        open_database(path)
    assert "made by a newer LifeCRM" in str(caught.value)
    assert path.read_bytes() == before
    assert not (tmp_path / "backups").exists()
