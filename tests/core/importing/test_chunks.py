"""A file parsed and grouped a few rows at a time imports exactly as it does in one piece."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from lifecrm.core.importing.importer import ImportResult, preview, run_import
from lifecrm.core.importing.plan import ImportOptions
from lifecrm.core.storage.db import open_database
from tests.core.importing.helpers import fetch, snapshot, write_csv

OPTIONS = ImportOptions(currency="EUR", as_of=date(2025, 12, 31))
NOW = datetime(2025, 12, 31, 12, 0, tzinfo=UTC)
CHUNK = 2  # rows 2-3 are chunk 1, rows 4-5 chunk 2, ... rows 18-19 chunk 9

HEADER = ["Order number", "Date", "E-mail", "Name", "Phone", "Product", "Total"]
NUMBERED = [
    HEADER,
    ["W-1", "2025-01-05", "anna@example.com", "Anna Kovács", "", "Mug", "30.00"],  # row 2
    ["W-2", "2025-02-01", "bela@example.com", "Béla Nagy", "", "Tea", "10.00"],  # row 3
    ["W-2", "", "", "", "", "Candle", ""],  # row 4: W-2's second item, in chunk 2
    ["W-3", "2025-13-45", "cili@example.com", "Cili Tóth", "", "Soap", "5.00"],  # row 5: bad date
    ["W-4", "2025-03-01", "not an address", "Dóra Kiss", "", "Soap", "5.00"],  # row 6: bad e-mail
    ["W-5", "2025-03-02", "eva@example.com", "Éva Szabó", "", "Mug", "12.00"],
    ["W-6", "2025-04-01", "bela@example.com", "Béla Nagy", "", "Mug", "12.00"],
    ["W-7", "2025-04-02", "feri@example.com", "Feri Varga", "", "Tea", "8.00"],
    ["W-8", "2025-04-03", "gabi@example.com", "Gabi Balogh", "", "Tea", "8.00"],
    ["W-9", "2025-05-01", "eva@example.com", "Éva Szabó", "", "Mug", "12.00"],
    ["W-10", "2025-05-02", "hanna@example.com", "Hanna Molnár", "", "Tea", "8.00"],
    ["W-11", "2025-05-03", "ivan@example.com", "Iván Farkas", "", "Tea", "8.00"],
    ["W-12", "2025-06-01", "jozsi@example.com", "Józsi Papp", "", "Tea", "8.00"],
    ["W-13", "2025-06-02", "kati@example.com", "Kati Lakatos", "", "Tea", "8.00"],
    ["W-14", "2025-06-03", "laci@example.com", "Laci Mészáros", "", "Tea", "8.00"],
    ["W-15", "2025-07-01", "mari@example.com", "Mari Oláh", "", "Tea", "8.00"],
    # Row 18, chunk 9: Anna of row 2 again, newer, with a phone and her married name.
    ["W-16", "2025-11-01", "ANNA@example.com ", "Anna Simon", "+36 30 123 4567", "Tea", "9.00"],
    ["W-2", "", "", "", "", "Soap", ""],  # row 19: W-2 once more, seven chunks on
]
NUMBERLESS = [
    ["Date", "E-mail", "Name", "Product", "Total"],
    ["2025-01-05", "anna@example.com", "Anna Kovács", "Mug", "30.00"],  # row 2, chunk 1
    ["2025-02-01", "bela@example.com", "Béla Nagy", "Tea", "10.00"],
    ["2025-02-02", "cili@example.com", "Cili Tóth", "Tea", "10.00"],
    ["2025-02-03", "dora@example.com", "Dóra Kiss", "Tea", "10.00"],
    ["2025-02-04", "eva@example.com", "Éva Szabó", "Tea", "10.00"],
    ["2025-02-05", "feri@example.com", "Feri Varga", "Tea", "10.00"],
    ["2025-01-05", "anna@example.com", "Anna Kovács", "Mug", "30.00"],  # row 8: row 2's twin
]


def _import(path: Path, file: Path, chunk_rows: int) -> tuple[ImportResult, str]:
    db = open_database(path)
    result = run_import(db, preview(file, OPTIONS, db), OPTIONS, now=NOW, chunk_rows=chunk_rows)
    digest = snapshot(db)
    db.close()
    return result, digest


@pytest.mark.parametrize("rows", [NUMBERED, NUMBERLESS], ids=["numbered", "numberless"])
def test_small_chunks_import_exactly_what_one_chunk_imports(tmp_path, rows) -> None:
    file = write_csv(tmp_path / "orders.csv", rows)
    whole, whole_db = _import(tmp_path / "whole.sqlite", file, 10_000)
    chunked, chunked_db = _import(tmp_path / "chunked.sqlite", file, CHUNK)

    assert chunked == whole
    assert chunked_db == whole_db


def test_orders_and_customers_across_chunk_boundaries(tmp_path) -> None:
    file = write_csv(tmp_path / "orders.csv", NUMBERED)
    result, _digest = _import(tmp_path / "chunked.sqlite", file, CHUNK)

    # The two bad rows stand either side of the boundary between chunks 2 and 3.
    assert [(p.row, p.column, p.skipped) for p in result.problems] == [
        (5, "Date", True),
        (6, "E-mail", True),
    ]
    db = open_database(tmp_path / "chunked.sqlite")
    items = fetch(
        db,
        "SELECT i.product FROM order_item i JOIN orders o ON o.id = i.order_id"
        " WHERE o.number = 'W-2' ORDER BY i.id",
    )
    assert items == [("Tea",), ("Candle",), ("Soap",)]  # rows 3, 4 and 19: one order
    anna = fetch(
        db,
        "SELECT c.name, c.phone, COUNT(o.id) FROM customer c JOIN orders o"
        " ON o.customer_id = c.id WHERE c.email_key = 'anna@example.com' GROUP BY c.id",
    )
    assert anna == [("Anna Simon", "+36 30 123 4567", 2)]  # chunk 1 and chunk 9: one person
    assert (result.orders_created, result.customers_created) == (14, 11)
    db.close()


def test_twin_rows_in_distant_chunks_stay_two_orders(tmp_path) -> None:
    file = write_csv(tmp_path / "jobs.csv", NUMBERLESS)
    result, _digest = _import(tmp_path / "chunked.sqlite", file, CHUNK)

    assert (result.orders_created, result.customers_created) == (7, 6)
    again, _digest = _import(tmp_path / "chunked.sqlite", file, CHUNK)
    assert (again.orders_created, again.orders_unchanged) == (0, 7)
