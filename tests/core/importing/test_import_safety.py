"""An import is all or nothing: refusals, cancel and dry runs leave the database as it was."""

from __future__ import annotations

from datetime import date

import pytest

from lifecrm.core.importing.history import CannotUndo, list_imports, undo_import
from lifecrm.core.importing.importer import NothingToImport, import_file, preview, run_import
from lifecrm.core.importing.plan import BadMapping, ImportOptions
from lifecrm.core.importing.readers import UnreadableFile
from lifecrm.core.jobs import CancelFlag, Cancelled
from tests.core.importing.helpers import fetch, snapshot, write_csv
from tests.factories import add_customer

OPTIONS = ImportOptions(currency="EUR", as_of=date(2025, 12, 31))
ROWS = [
    ["Name", "E-mail", "Order number", "Order date", "Total"],
    ["Ann Lee", "ann@example.com", "1", "2025-12-01", "10.00"],
    ["Bob Ray", "bob@example.com", "2", "2025-11-01", "20.00"],
]


@pytest.fixture
def known(db):
    """A database with one customer already in it (the file will update her phone)."""
    with db.write() as conn:
        add_customer(conn, "Ann Lee", email="ann@example.com")
    return db


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (b"PK\x03\x04 not really a zip", "orders.xlsx", "not an Excel workbook"),
        (b"", "orders.csv", "no data"),
        (b"\x00\x01\x02binary" * 50, "orders.pdf", "not a spreadsheet"),
    ],
)
def test_an_unusable_file_changes_nothing_and_says_why(known, tmp_path, content, name, message):
    path = tmp_path / name
    path.write_bytes(content)
    before = snapshot(known)

    with pytest.raises(UnreadableFile, match=message):
        import_file(known, path, OPTIONS)

    assert snapshot(known) == before


def test_a_file_that_names_no_customer_is_refused(known, tmp_path) -> None:
    path = write_csv(tmp_path / "x.csv", [["Product", "Price"], ["Mug", "10"]])
    before = snapshot(known)

    with pytest.raises(BadMapping, match="who the customer is"):
        import_file(known, path, OPTIONS)

    assert snapshot(known) == before


def test_a_file_where_every_row_is_bad_imports_nothing(known, tmp_path) -> None:
    rows = [["Name", "E-mail"], ["A", "x@"], ["B", "y@"]]
    before = snapshot(known)

    with pytest.raises(NothingToImport, match="row 2"):
        import_file(known, write_csv(tmp_path / "bad.csv", rows), OPTIONS)

    assert snapshot(known) == before


def test_an_unknown_column_in_the_mapping_is_refused(known, tmp_path) -> None:
    from lifecrm.core.importing.fields import Field

    with pytest.raises(BadMapping, match="no column 'Mail'"):
        import_file(
            known,
            write_csv(tmp_path / "o.csv", ROWS),
            ImportOptions(mapping={"Mail": Field.EMAIL}, currency="EUR"),
        )


def test_cancel_at_any_step_leaves_the_database_as_it_was(known, tmp_path) -> None:
    plan = preview(write_csv(tmp_path / "o.csv", ROWS), OPTIONS, known)
    before = snapshot(known)
    for step in range(1, 6):
        flag = CancelFlag()

        def progress(done: int, total: int, flag=flag, step=step) -> None:
            if done >= step:
                flag.set()

        with pytest.raises(Cancelled):
            run_import(known, plan, OPTIONS, progress=progress, cancel=flag)
        assert snapshot(known) == before, f"cancelled after step {step}"


def test_a_dry_run_reports_exactly_what_the_import_then_does(known, tmp_path) -> None:
    path = write_csv(tmp_path / "o.csv", ROWS)
    before = snapshot(known)

    dry = import_file(known, path, OPTIONS, dry_run=True)
    assert snapshot(known) == before
    real = import_file(known, path, OPTIONS)

    assert dry.dry_run and not real.dry_run
    counts = ("customers_created", "customers_updated", "orders_created", "orders_unchanged")
    assert [getattr(dry, c) for c in counts] == [getattr(real, c) for c in counts] == [1, 0, 2, 0]


def test_undo_puts_back_the_database_as_it_was_before_the_import(known, tmp_path) -> None:
    rows = [list(r) for r in ROWS] + [["Ann Lee", "ann@example.com", "3", "2025-10-01", "5.00"]]
    rows[0] = [*rows[0], "Phone"]
    rows[1] = [*rows[1], "+1 555 0100"]
    first = import_file(known, write_csv(tmp_path / "a.csv", ROWS), OPTIONS)
    before = (
        fetch(known, "SELECT id, phone FROM customer ORDER BY id"),
        fetch(known, "SELECT id, status FROM orders ORDER BY id"),
    )
    rows[2][4] = "25.00"  # an order that changed since
    second = import_file(known, write_csv(tmp_path / "b.csv", rows), OPTIONS)
    assert second.customers_updated == 1 and second.orders_updated == 1

    with pytest.raises(CannotUndo, match="newest"):
        undo_import(known, first.import_id or 0)
    undo_import(known, second.import_id or 0)

    after = (
        fetch(known, "SELECT id, phone FROM customer ORDER BY id"),
        fetch(known, "SELECT id, status FROM orders ORDER BY id"),
    )
    assert after == before
    assert fetch(known, "SELECT total_minor FROM orders WHERE number = '2'") == [(2000,)]
    with known.read() as conn:
        history = list_imports(conn)
    assert [(r.id, r.undone_at is not None) for r in history] == [
        (second.import_id, True),
        (first.import_id, False),
    ]
