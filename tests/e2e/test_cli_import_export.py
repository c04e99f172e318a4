"""`lifecrm import`, `export`, `imports` and `undo-import` as a script sees them."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl

from tests.core.importing.helpers import write_csv
from tests.e2e.test_cli import lifecrm

ROWS = [
    ["Vevő neve", "E-mail cím", "Rendelés dátuma", "Végösszeg"],
    ["Tóth Gergő", "gergo@example.hu", "2025.12.01.", "1 590,50 Ft"],
    ["Kiss Anna", "x@", "2025.11.01.", "2 000 Ft"],
    ["Kiss Anna", "anna@example.hu", "2025.11.02.", "=1+1"],
]


def test_import_json_summary_follows_the_contract(db_path: Path, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "rendelesek.csv", ROWS, delimiter=";", encoding="cp1250")

    done = lifecrm("import", str(path), "--db", str(db_path), "--as-of", "2025-12-31", "--json")

    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    assert doc["file"] == "rendelesek.csv"
    assert (doc["rows"], doc["customers_created"], doc["orders_created"]) == (3, 1, 1)
    assert doc["dry_run"] is False
    assert doc["mapping"]["E-mail cím"] == "email"
    assert doc["mapping"]["Rendelés dátuma"] == "order_date"
    problems = {(p["row"], p["column"]): p for p in doc["problems"]}
    assert problems[(3, "E-mail cím")]["value"] == "x@"
    assert problems[(4, "Végösszeg")]["value"] == "=1+1"

    again = lifecrm("import", str(path), "--db", str(db_path), "--json")
    assert json.loads(again.stdout)["orders_created"] == 0


def test_an_unreadable_file_exits_2_with_one_sentence_and_no_traceback(
    db_path: Path, tmp_path: Path
) -> None:
    path = tmp_path / "orders.xlsx"
    path.write_text("this is not a workbook")

    done = lifecrm("import", str(path), "--db", str(db_path), "--json")

    assert done.returncode == 2
    assert done.stdout == ""
    assert "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1 and "orders.xlsx" in done.stderr


def test_a_map_onto_an_unknown_field_or_column_exits_2(db_path: Path, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "o.csv", ROWS, delimiter=";")
    bad_field = lifecrm("import", str(path), "--db", str(db_path), "--map", "Vevő neve=nickname")
    bad_column = lifecrm("import", str(path), "--db", str(db_path), "--map", "Nope=email")

    assert bad_field.returncode == 2 and "nickname" in bad_field.stderr
    assert bad_column.returncode == 2 and "no column 'Nope'" in bad_column.stderr


def test_history_lists_imports_and_undo_removes_the_newest(db_path: Path, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "o.csv", ROWS, delimiter=";", encoding="cp1250")
    lifecrm("import", str(path), "--db", str(db_path))

    listed = json.loads(lifecrm("imports", "--db", str(db_path), "--json").stdout)
    undone = lifecrm("undo-import", "--db", str(db_path), "--json")
    stages = json.loads(lifecrm("stages", "--db", str(db_path), "--json").stdout)

    assert [(i["file"], i["orders_created"]) for i in listed] == [("o.csv", 1)]
    assert undone.returncode == 0, undone.stderr
    assert json.loads(undone.stdout)["undone"] is True
    assert stages["total"] == 0


def test_export_writes_a_workbook_where_customer_text_is_never_a_formula(
    db_path: Path, tmp_path: Path
) -> None:
    rows = [["Name", "E-mail", "Phone"], ['=HYPERLINK("http://x")', "a@example.com", "+36 1 234"]]
    lifecrm("import", str(write_csv(tmp_path / "p.csv", rows)), "--db", str(db_path))
    target = tmp_path / "customers.xlsx"

    done = lifecrm("export", str(target), "--db", str(db_path), "--json")

    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["customers"] == 1
    sheet = openpyxl.load_workbook(target).active
    assert sheet is not None
    values = [c.value for c in sheet[2]]
    assert '=HYPERLINK("http://x")' in values and "+36 1 234" in values
    assert all(c.data_type != "f" for c in sheet[2])
