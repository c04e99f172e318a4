"""Exporting customers to .xlsx: real dates and exact money, stage filter, never a formula."""

from __future__ import annotations

import re
import zipfile
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from lifecrm.core import lifecycle
from lifecrm.core.customers import list_customers
from lifecrm.core.exporting import COLUMNS, ExportFailed, export_customers
from lifecrm.core.jobs import CancelFlag, Cancelled
from lifecrm.core.lifecycle import Stage
from tests.factories import add_customer, add_history, add_order

AS_OF = date(2025, 12, 1)
HOSTILE = {
    '=HYPERLINK("http://evil.example","Click")': "name",
    "+36 30 123 4567": "phone",
    "-5": "customer_number",
    "@SUM(A1)": "last_name",
    "\tTab": "first_name",
}


@pytest.fixture
def shop(db):
    with db.write() as conn:
        toth = add_customer(
            conn,
            "Tóth Gergő",
            email="gergo@example.hu",
            phone="+36 30 123 4567",
            first_name="Gergő",
            last_name="Tóth",
        )
        add_order(conn, toth, date(2025, 11, 20), 159_050)
        add_order(conn, toth, date(2024, 3, 4), 1_299_000)
        jon = add_customer(conn, "Jón Þórsson", email="jon@simnet.is")
        add_order(conn, jon, date(2025, 11, 25), 4_990, currency="ISK")
        add_customer(conn, "Anna Prospect")
        add_history(conn, "Zoe Loyal", AS_OF, 5, 3, total_minor=99_000)
        hostile = add_customer(
            conn,
            '=HYPERLINK("http://evil.example","Click")',
            phone="+36 30 123 4567",
            first_name="\tTab",
            last_name="@SUM(A1)",
        )
        conn.exec_driver_sql("UPDATE customer SET customer_number = '-5' WHERE id = ?", (hostile,))
    lifecycle.recompute(db, AS_OF)
    return db


def _read(path: Path) -> dict[str, dict[str, object]]:
    sheet = openpyxl.load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == [header for header, _width in COLUMNS]
    return {str(r[0]): dict(zip(rows[0], r, strict=True)) for r in rows[1:]}


def test_every_customer_is_exported_with_typed_cells(shop, tmp_path) -> None:
    path = tmp_path / "customers.xlsx"
    assert export_customers(shop, path) == 5
    rows = _read(path)
    toth = rows["Tóth Gergő"]
    assert toth["First name"] == "Gergő"
    assert toth["E-mail"] == "gergo@example.hu"
    assert toth["Phone"] == "+36 30 123 4567"
    assert toth["Orders"] == 2
    assert Decimal(repr(toth["Total spent"])) == Decimal("14580.50")  # exact after the double
    assert toth["Currency"] == "HUF"
    assert toth["First order"] == datetime(2024, 3, 4)  # a date cell (openpyxl reads datetimes)
    assert toth["Last order"] == datetime(2025, 11, 20)
    assert toth["Stage"] == "Promising"
    assert re.fullmatch(r"[1-5]{3}", str(toth["RFM"]))
    assert isinstance(toth["RFM"], str)
    assert rows["Jón Þórsson"]["Total spent"] == 4990  # ISK has no minor units
    prospect = rows["Anna Prospect"]
    assert (prospect["Orders"], prospect["Total spent"], prospect["Currency"]) == (0, 0, None)
    assert (prospect["Stage"], prospect["First order"], prospect["RFM"]) == ("Prospect", None, None)
    with shop.read() as conn:
        best = {r.name for r in list_customers(conn) if r.best}
    assert best
    assert {name for name, r in rows.items() if r["Best customer"] == "Yes"} == best
    assert {r["Best customer"] for r in rows.values()} == {"Yes", None}
    assert toth["Opted out"] is None


def test_the_sheet_is_ready_to_work_with(shop, tmp_path) -> None:
    path = tmp_path / "c.xlsx"
    export_customers(shop, path)
    sheet = openpyxl.load_workbook(path).active
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:O6"
    assert sheet["A1"].font.b
    toth = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == "Tóth Gergő")
    assert toth[10].number_format == toth[11].number_format == "yyyy-mm-dd"
    assert toth[8].number_format == "#,##0.00"
    assert 30 <= sheet.column_dimensions["D"].width < 31  # 30 characters, plus cell padding
    ink = [c.value for c in sheet["I"]][1:]
    assert all(isinstance(v, int | float) for v in ink)
    jon = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == "Jón Þórsson")
    assert jon[8].number_format == "#,##0"  # krona: no decimals


def test_one_stage_only(shop, tmp_path) -> None:
    path = tmp_path / "loyal.xlsx"
    assert export_customers(shop, path, stage=Stage.LOYAL) == 1
    assert list(_read(path)) == ["Zoe Loyal"]
    assert export_customers(shop, tmp_path / "none.xlsx", stage=Stage.LOST_LOYAL) == 0
    assert _read(tmp_path / "none.xlsx") == {}


def test_as_of_another_day(shop, tmp_path) -> None:
    path = tmp_path / "later.xlsx"
    export_customers(shop, path, as_of=date(2027, 1, 1))
    assert _read(path)["Tóth Gergő"]["Stage"] == "Lost"


def test_text_that_looks_like_a_formula_stays_text(shop, tmp_path) -> None:
    path = tmp_path / "c.xlsx"
    export_customers(shop, path)
    sheet = openpyxl.load_workbook(path).active
    header = [c.value for c in sheet[1]]
    row = next(r for r in sheet.iter_rows(min_row=2) if str(r[0].value).startswith("="))
    by_column = {header[i]: cell for i, cell in enumerate(row)}
    fields = {"name": "Name", "phone": "Phone", "customer_number": "Customer number"}
    fields |= {"last_name": "Last name", "first_name": "First name"}
    for value, field in HOSTILE.items():
        cell = by_column[fields[field]]
        assert (cell.value, cell.data_type) == (value, "s")
        assert cell.quotePrefix
    # ...and in the file itself: inline strings, no <f> (formula) element anywhere.
    xml = zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml and "<f " not in xml
    for value in HOSTILE:
        escaped = value.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
        cells = re.findall(r'<c r="[A-Z]+\d+"[^>]*>(?:(?!</c>).)*</c>', xml, re.S)
        holding = [c for c in cells if f">{escaped}<" in c or f">{value}<" in c]
        assert holding, value
        assert all('t="inlineStr"' in c for c in holding), holding


def test_control_characters_are_dropped_not_fatal(db, tmp_path) -> None:
    with db.write() as conn:
        add_customer(conn, "Bad\x00Name\x1b", email="x@y.hu")
    lifecycle.recompute(db, AS_OF)
    export_customers(db, tmp_path / "c.xlsx")
    assert list(_read(tmp_path / "c.xlsx")) == ["BadName"]


def test_a_failed_export_leaves_the_old_file_and_no_temporary_one(shop, tmp_path) -> None:
    path = tmp_path / "c.xlsx"
    path.write_bytes(b"the previous export")
    cancel = CancelFlag()
    cancel.set()
    with pytest.raises(Cancelled):
        export_customers(shop, path, cancel=cancel)
    assert path.read_bytes() == b"the previous export"
    assert [p.name for p in tmp_path.iterdir() if "xlsx" in p.name] == ["c.xlsx"]
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith("tmp")]  # row data


def test_progress_is_reported_to_the_end(shop, tmp_path) -> None:
    seen: list[tuple[int, int]] = []
    export_customers(shop, tmp_path / "c.xlsx", progress=lambda d, t: seen.append((d, t)))
    assert seen[0] == (0, 5) and seen[-1] == (5, 5)


def test_an_unwritable_place_is_one_sentence(shop, tmp_path) -> None:
    with pytest.raises(ExportFailed, match="There is no folder"):
        export_customers(shop, tmp_path / "missing" / "c.xlsx")
    (tmp_path / "taken.xlsx").mkdir()  # a folder where the file should go
    with pytest.raises(ExportFailed, match="cannot write") as caught:
        export_customers(shop, tmp_path / "taken.xlsx")
    assert str(caught.value).endswith(".")
    assert [p.name for p in tmp_path.iterdir() if "xlsx" in p.name] == ["taken.xlsx"]
