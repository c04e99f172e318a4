"""The problem rows saved as a workbook: every value comes back as the text the file held."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from lifecrm.core.importing.report import ReportFailed, save_problems
from lifecrm.core.importing.rows import RowProblem

PROBLEMS = [
    RowProblem(3, "Order date", "31/02/2025", "not a real date"),
    RowProblem(4, "Quantity", "-2", "negative quantity"),
    RowProblem(5, "Email", '=HYPERLINK("http://evil","x")', "not an e-mail address"),
    RowProblem(6, "Phone", "+36 30 123 4567", "not a phone number", skipped=False),
    RowProblem(7, "Név", "@SUM(A1)", "üres — ő"),
    RowProblem(8, "", "", "no total and no item prices"),
]


def read_back(path: Path) -> list[tuple[object, ...]]:
    book = openpyxl.load_workbook(path)
    sheet = book.active
    assert sheet is not None
    return [tuple(c.value for c in row) for row in sheet.iter_rows()]


def test_problem_rows_are_saved_with_row_column_value_and_reason(tmp_path: Path) -> None:
    target = tmp_path / "problems.xlsx"
    save_problems(PROBLEMS, target)
    rows = read_back(target)
    assert rows[0] == ("Row", "Column", "Value", "Reason")
    assert rows[1] == (3, "Order date", "31/02/2025", "not a real date")
    assert rows[5] == (7, "Név", "@SUM(A1)", "üres — ő")
    assert len(rows) == len(PROBLEMS) + 1


def test_values_that_look_like_formulas_stay_text(tmp_path: Path) -> None:
    target = tmp_path / "problems.xlsx"
    save_problems(PROBLEMS, target)
    sheet = openpyxl.load_workbook(target).active
    assert sheet is not None
    for row in sheet.iter_rows(min_row=2):
        for cell in row[1:]:
            assert cell.data_type in ("s", "n"), cell.coordinate  # "n": an empty cell
            assert cell.data_type != "f"
    assert sheet["C4"].value == '=HYPERLINK("http://evil","x")'
    assert sheet["C3"].value == "-2"


def test_headers_can_be_given_in_the_owners_language(tmp_path: Path) -> None:
    target = tmp_path / "hibák.xlsx"
    save_problems(PROBLEMS[:1], target, headers=("Sor", "Oszlop", "Érték", "Ok"))
    assert read_back(target)[0] == ("Sor", "Oszlop", "Érték", "Ok")


def test_a_missing_folder_is_a_user_error_and_leaves_nothing_behind(tmp_path: Path) -> None:
    with pytest.raises(ReportFailed, match="no folder"):
        save_problems(PROBLEMS, tmp_path / "nowhere" / "problems.xlsx")
    assert list(tmp_path.iterdir()) == []


def test_an_existing_file_is_replaced(tmp_path: Path) -> None:
    target = tmp_path / "problems.xlsx"
    save_problems(PROBLEMS, target)
    save_problems(PROBLEMS[:2], target)
    assert len(read_back(target)) == 3
    assert [p.name for p in tmp_path.iterdir()] == ["problems.xlsx"]
