"""The import wizard driven like an owner would: real files, a real database, real widgets."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from lifecrm.core.customers import count_customers
from lifecrm.core.importing.fields import Field
from lifecrm.core.importing.importer import import_file
from lifecrm.core.importing.plan import ImportOptions
from lifecrm.core.jobs import Cancel, Progress
from lifecrm.core.storage.db import Database
from lifecrm.ui.importing.preview_model import PreviewModel
from lifecrm.ui.importing.wizard import ImportWizard, Step
from lifecrm.ui.jobs import JobRunner
from lifecrm.ui.main_window import MainWindow
from tests.core.importing.helpers import fetch, snapshot, write_csv
from tests.ui.conftest import AS_OF, PEOPLE

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "import"
HU_ROWS = [
    ["Vevő neve", "E-mail cím", "Rendelés dátuma", "Rendelésszám", "Végösszeg", "Megjegyzés"],
    ["Tóth Gergő", "gergo@example.hu", "2025.12.01.", "R-1", "1 590,50 Ft", "Köszönöm"],
    ["Tóth Gergő", "gergo@example.hu", "2025.10.01.", "R-2", "12 990 Ft", ""],
    ["Kovács Anna", "anna@example.hu", "2025.06.15.", "R-3", "2 990 Ft", ""],
    ["Nagy Éva", "eva@example.hu", "2025.11.20.", "R-4", "4 000 Ft", "ajándék"],
]

MakeWizard = Callable[..., ImportWizard]


def hu_file(tmp_path: Path) -> Path:
    return write_csv(tmp_path / "rendelések.csv", HU_ROWS, delimiter=";", encoding="cp1250")


@pytest.fixture
def make_wizard(qtbot: QtBot) -> Iterator[MakeWizard]:
    """A shown wizard on its own writer thread; at the end waits for that thread to stop."""
    runners: list[JobRunner] = []

    def make(db: Database, path: Path | None = None) -> ImportWizard:
        jobs = JobRunner()
        runners.append(jobs)
        wizard = ImportWizard(db, jobs, as_of=AS_OF, path=path)
        qtbot.addWidget(wizard)
        wizard.show()
        return wizard

    yield make
    for jobs in runners:
        qtbot.waitUntil(lambda j=jobs: not j.busy, timeout=30_000)
        assert jobs.shutdown()


@pytest.fixture
def window(qtbot: QtBot, shop: Database, tmp_path: Path) -> Iterator[MainWindow]:
    win = MainWindow(shop, as_of=AS_OF, demo_path=lambda: tmp_path / "demo.sqlite")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    qtbot.waitUntil(lambda: not win.jobs.busy, timeout=30_000)
    win.shutdown()


def at(qtbot: QtBot, wizard: ImportWizard, step: Step) -> None:
    qtbot.waitUntil(lambda: wizard.step == step, timeout=30_000)


def combo_texts(wizard: ImportWizard) -> list[str]:
    return [c.currentText() for c in wizard.ui.preview.header.combos]


def choose(wizard: ImportWizard, column: int, field: Field) -> None:
    """Picks `field` in the column's dropdown as a click would (activated, not just changed)."""
    combo = wizard.ui.preview.header.combos[column]
    combo.setCurrentIndex(combo.findData(field.value))
    combo.activated.emit(combo.currentIndex())


def click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def test_a_hungarian_csv_is_previewed_with_guessed_columns_in_plain_words(
    qtbot: QtBot, make_wizard: MakeWizard, db: Database, tmp_path: Path
) -> None:
    wizard = make_wizard(db, hu_file(tmp_path))
    at(qtbot, wizard, Step.PREVIEW)
    assert combo_texts(wizard) == [
        "Name",
        "E-mail",
        "Order date",
        "Order number",
        "Total",
        "Note",
    ]
    page = wizard.ui.preview
    assert page.encoding.currentData() == "cp1250"
    assert page.encoding.currentText() == "Windows-1250 (Central European)"
    assert page.delimiter.currentText() == "semicolons"
    assert page.text_row.isVisibleTo(wizard) and not page.sheet_row.isVisibleTo(wizard)
    assert "4 rows" in page.facts.text() and "row 1" in page.facts.text()
    assert page.model.rowCount() == 4
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Vevő neve"
    assert page.model.data(page.model.index(0, 0)) == "Tóth Gergő"  # read as Windows-1250
    assert page.currency.currentText() == "HUF"  # Hungarian headers: forints
    assert wizard.ui.next_button.text() == "Check the file" and wizard.ui.next_button.isEnabled()
    assert wizard.ui.message.isHidden()


def test_changing_a_column_replans_checks_then_imports_and_the_window_reloads(
    qtbot: QtBot, window: MainWindow, shop: Database, tmp_path: Path
) -> None:
    before = window.sidebar.count_for(None)
    window.imports.import_action.trigger()
    wizard = window.imports.wizard
    assert wizard is not None and wizard.step == Step.FILE
    wizard.load_file(hu_file(tmp_path))
    at(qtbot, wizard, Step.PREVIEW)

    choose(wizard, 5, Field.IGNORE)  # the note column is not wanted
    assert wizard.choices.plan is not None
    assert wizard.choices.plan.mapping[5] == Field.IGNORE
    assert not wizard.ui.preview.model.is_used(5)
    assert wizard.ui.preview.header.combos[5].currentText() == "— not imported —"
    choose(wizard, 3, Field.CUSTOMER_NUMBER)  # and back: a column can be re-mapped
    choose(wizard, 3, Field.ORDER_NUMBER)
    assert wizard.choices.plan.column(Field.ORDER_NUMBER) == 3

    unchanged = snapshot(shop)
    click(qtbot, wizard.ui.next_button)
    at(qtbot, wizard, Step.CHECKED)
    check = wizard.ui.check_page
    # anna@example.hu is a customer already, as "Anna Kovács" (tests/ui/conftest.py)
    assert check.headline.text() == "This will add 4 orders and 2 customers."
    assert "Customers who appear with different names: 1." in check.details.text()
    assert check.conflicts_view.isVisibleTo(wizard)
    assert check.conflicts.index(0, 1).data() == "anna@example.hu"
    assert snapshot(shop) == unchanged  # the check is a dry run

    with qtbot.waitSignal(window.data_reloaded, timeout=30_000):
        click(qtbot, wizard.ui.next_button)
    at(qtbot, wizard, Step.DONE)
    assert wizard.ui.done_page.headline.text() == "Added 4 orders and 2 customers."
    assert window.sidebar.count_for(None) == before + 2 == len(PEOPLE) + 2
    rows = fetch(shop, "SELECT notes FROM customer WHERE email = 'eva@example.hu'")
    assert rows == [("",)]  # the ignored column was not imported
    assert fetch(shop, "SELECT count(*) FROM orders WHERE import_id IS NOT NULL") == [(4,)]
    click(qtbot, wizard.ui.next_button)  # Close
    qtbot.waitUntil(lambda: window.imports.wizard is None)


def test_stopping_the_import_leaves_the_database_as_it_was(
    qtbot: QtBot, make_wizard: MakeWizard, shop: Database, tmp_path: Path
) -> None:
    wizard = make_wizard(shop, hu_file(tmp_path))
    at(qtbot, wizard, Step.PREVIEW)
    click(qtbot, wizard.ui.next_button)
    at(qtbot, wizard, Step.CHECKED)
    unchanged = snapshot(shop)

    gate = threading.Event()

    def hold(*, progress: Progress, cancel: Cancel) -> None:
        gate.wait(10)  # keeps the writer thread busy until the owner has pressed Stop

    wizard.jobs.submit("hold", hold)
    click(qtbot, wizard.ui.next_button)
    assert wizard.step == Step.IMPORTING
    assert wizard.ui.cancel_button.text() == "Stop the import"
    click(qtbot, wizard.ui.cancel_button)
    assert wizard.isVisible()  # stopping does not close the wizard
    gate.set()
    at(qtbot, wizard, Step.DONE)
    assert wizard.ui.done_page.headline.text() == "Nothing was imported; your data is as it was."
    assert snapshot(shop) == unchanged
    assert wizard.ui.back_button.isVisible()  # the owner can try again
    with shop.read() as conn:
        assert count_customers(conn) == len(PEOPLE)


def test_slashed_dates_ask_day_or_month_first_and_the_answer_is_used(
    qtbot: QtBot, make_wizard: MakeWizard, db: Database, tmp_path: Path
) -> None:
    rows = [
        ["Name", "Email", "Date", "Total"],
        ["Emily Clarke", "emily@example.com", "03/04/2025", "24.90 EUR"],
        ["Harry Wood", "harry@example.com", "05/06/2025", "12.00 EUR"],
    ]
    wizard = make_wizard(db, write_csv(tmp_path / "orders.csv", rows))
    at(qtbot, wizard, Step.PREVIEW)
    question = wizard.ui.preview.date_questions[2]
    assert question.isVisibleTo(wizard)
    assert "“Date”" in question.title()
    assert question.day_first.text() == "Day first: 03/04/2025 is April 3, 2025"
    assert question.month_first.text() == "Month first: 03/04/2025 is March 4, 2025"

    click(qtbot, wizard.ui.next_button)  # unanswered: core refuses to guess
    at(qtbot, wizard, Step.PREVIEW)
    qtbot.waitUntil(lambda: wizard.ui.message.isVisible())
    assert "dates" in wizard.ui.message.text()

    click(qtbot, question.month_first)
    assert wizard.choices.plan is not None and wizard.choices.plan.ambiguous_dates == []
    assert wizard.ui.preview.date_questions[2] is question  # still there, showing the answer
    assert question.month_first.isChecked()
    click(qtbot, wizard.ui.next_button)
    at(qtbot, wizard, Step.CHECKED)
    click(qtbot, wizard.ui.next_button)
    at(qtbot, wizard, Step.DONE)
    dates = fetch(db, "SELECT order_date FROM orders ORDER BY order_date")
    assert [str(d) for (d,) in dates] == ["2025-03-04", "2025-05-06"]


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("notes.pdf", b"%PDF-1.4", "is not a spreadsheet"),
        ("broken.xlsx", b"this is not a workbook", "broken.xlsx"),
        ("empty.csv", b"\n\n", "has no data"),
    ],
)
def test_an_unreadable_file_is_explained_calmly_on_the_first_step(
    qtbot: QtBot,
    make_wizard: MakeWizard,
    db: Database,
    tmp_path: Path,
    name: str,
    content: bytes,
    words: str,
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    wizard = make_wizard(db, path)
    qtbot.waitUntil(lambda: wizard.ui.message.isVisible(), timeout=30_000)
    assert wizard.step == Step.FILE
    assert words in wizard.ui.message.text()
    assert "Traceback" not in wizard.ui.message.text()
    assert wizard.ui.file_page.button.isVisible()  # choose another file


def test_a_file_naming_no_customer_is_shown_so_the_owner_can_map_a_column(
    qtbot: QtBot, make_wizard: MakeWizard, db: Database, tmp_path: Path
) -> None:
    rows = [["Kontakt", "Betrag"], ["ana@example.si", "12,00 EUR"], ["bor@example.si", "7 EUR"]]
    wizard = make_wizard(db, write_csv(tmp_path / "liste.csv", rows))
    at(qtbot, wizard, Step.PREVIEW)
    assert wizard.choices.plan is None
    assert "No column says who the customer is" in wizard.ui.message.text()
    assert not wizard.ui.next_button.isEnabled()
    assert wizard.ui.preview.model.rowCount() == 2

    choose(wizard, 0, Field.EMAIL)
    assert wizard.choices.plan is not None
    assert wizard.ui.message.isHidden()
    assert wizard.ui.next_button.isEnabled()
    choose(wizard, 0, Field.IGNORE)  # no customer again: said again, Check disabled again
    assert wizard.choices.plan is None and not wizard.ui.next_button.isEnabled()
    assert wizard.ui.preview.header.combos[0].currentText() == "— not imported —"


def test_missing_currency_is_asked_and_problem_rows_are_listed_and_saved(
    qtbot: QtBot, make_wizard: MakeWizard, db: Database, tmp_path: Path
) -> None:
    wizard = make_wizard(db, FIXTURES / "bad_rows.csv")
    at(qtbot, wizard, Step.PREVIEW)
    page = wizard.ui.preview
    assert page.currency_row.isVisibleTo(wizard)
    assert page.currency.currentText() == "Choose…"
    click(qtbot, wizard.ui.next_button)
    at(qtbot, wizard, Step.PREVIEW)
    qtbot.waitUntil(lambda: wizard.ui.message.isVisible())
    assert "currency" in wizard.ui.message.text()
    assert "--currency" not in wizard.ui.message.text()

    page.currency.setCurrentIndex(page.currency.findData("GBP"))
    page.currency.activated.emit(page.currency.currentIndex())
    click(qtbot, wizard.ui.next_button)
    at(qtbot, wizard, Step.CHECKED)
    check = wizard.ui.check_page
    core = import_file(db, FIXTURES / "bad_rows.csv", ImportOptions(currency="GBP"), dry_run=True)
    added = f"{core.orders_created} orders and {core.customers_created} customers"
    assert check.headline.text() == f"This will add {added}."
    assert f"Rows skipped because of a problem: {core.skipped_rows}." in check.details.text()
    assert check.problems_view.isVisibleTo(wizard)
    assert check.problems.rowCount() == len(core.problems) >= 3
    first = [check.problems.index(0, c).data() for c in range(5)]
    assert first == ["3", "Order date", "31/02/2025", "not a real date", "Row skipped"]

    click(qtbot, wizard.ui.next_button)
    at(qtbot, wizard, Step.DONE)
    done = wizard.ui.done_page
    assert done.actions.isVisibleTo(wizard) and not done.problems_view.isVisibleTo(wizard)
    click(qtbot, done.show_button)
    assert done.problems_view.isVisibleTo(wizard)
    target = tmp_path / "problems.xlsx"
    done.save_problems_to(target)
    assert str(target) in done.saved.text()
    sheet = openpyxl.load_workbook(target).active
    assert sheet is not None
    assert [c.value for c in sheet[1]] == ["Row", "Column", "Value", "Problem"]
    assert sheet.max_row == len(core.problems) + 1
    assert fetch(db, "SELECT DISTINCT currency FROM orders") == [("GBP",)]


def test_a_workbook_with_several_sheets_offers_the_sheet_and_no_text_options(
    qtbot: QtBot, make_wizard: MakeWizard, db: Database
) -> None:
    wizard = make_wizard(db, FIXTURES / "customers_only.xlsx")
    at(qtbot, wizard, Step.PREVIEW)
    page = wizard.ui.preview
    assert page.sheet_row.isVisibleTo(wizard) and not page.text_row.isVisibleTo(wizard)
    assert page.sheet.currentText() == "Customers"
    assert [page.sheet.itemText(i) for i in range(page.sheet.count())] == ["Info", "Customers"]
    assert not page.currency_row.isVisibleTo(wizard)  # no amounts, no currency question

    page.sheet.setCurrentIndex(0)
    page.sheet.activated.emit(0)  # the empty sheet: said inline, the table stays
    qtbot.waitUntil(lambda: wizard.ui.message.isVisible(), timeout=30_000)
    assert wizard.step == Step.PREVIEW
    assert page.sheet.currentText() == "Customers"
    assert wizard.choices.sheet == "Customers"


def test_a_shopify_export_is_recognised_and_a_second_import_remembers_the_columns(
    qtbot: QtBot, make_wizard: MakeWizard, db: Database, tmp_path: Path
) -> None:
    rows = [["Kto", "Kontakt", "Wann", "Betrag"], ["Ana Novak", "ana@x.si", "2025-12-01", "12 EUR"]]
    path = write_csv(tmp_path / "clients.csv", rows)
    wizard = make_wizard(db, path)
    at(qtbot, wizard, Step.PREVIEW)
    assert wizard.choices.plan is None
    choose(wizard, 1, Field.EMAIL)
    choose(wizard, 0, Field.NAME)
    choose(wizard, 2, Field.ORDER_DATE)
    choose(wizard, 3, Field.TOTAL)
    click(qtbot, wizard.ui.next_button)
    at(qtbot, wizard, Step.CHECKED)
    click(qtbot, wizard.ui.next_button)
    at(qtbot, wizard, Step.DONE)

    again = make_wizard(db, path)
    at(qtbot, again, Step.PREVIEW)
    assert combo_texts(again) == ["Name", "E-mail", "Order date", "Total"]
    assert "the columns you chose last time" in again.ui.preview.note.text()

    shopify = make_wizard(db, FIXTURES / "shopify_orders.csv")
    at(qtbot, shopify, Step.PREVIEW)
    assert "Recognised as a Shopify orders export." in shopify.ui.preview.note.text()


def test_the_preview_model_is_a_well_behaved_qt_model(
    qtbot: QtBot, qtmodeltester, make_wizard: MakeWizard, db: Database, tmp_path: Path
) -> None:
    wizard = make_wizard(db, hu_file(tmp_path))
    at(qtbot, wizard, Step.PREVIEW)
    model: PreviewModel = wizard.ui.preview.model
    qtmodeltester.check(model)
    assert model.headerData(0, Qt.Orientation.Vertical) == "2"  # the spreadsheet's row number


def test_the_dropdowns_stay_above_their_columns_when_the_table_scrolls_sideways(
    qtbot: QtBot, make_wizard: MakeWizard, db: Database
) -> None:
    wizard = make_wizard(db, FIXTURES / "shopify_orders.csv")  # many columns
    at(qtbot, wizard, Step.PREVIEW)
    wizard.resize(800, 600)
    table, header = wizard.ui.preview.table, wizard.ui.preview.header
    scroll = table.horizontalScrollBar()
    qtbot.waitUntil(lambda: scroll.maximum() > 0)
    scroll.setValue(scroll.maximum() // 2)
    for column in (0, 5, 10):
        combo = header.combos[column]
        assert combo.x() == header.sectionViewportPosition(column) + 4
        assert combo.width() == header.sectionSize(column) - 8


def test_choosing_another_separator_reads_the_file_again_with_it(
    qtbot: QtBot, make_wizard: MakeWizard, db: Database, tmp_path: Path
) -> None:
    wizard = make_wizard(db, hu_file(tmp_path))
    at(qtbot, wizard, Step.PREVIEW)
    page = wizard.ui.preview
    page.delimiter.setCurrentIndex(page.delimiter.findData(","))
    page.delimiter.activated.emit(page.delimiter.currentIndex())
    qtbot.waitUntil(lambda: wizard.step == Step.PREVIEW and page.model.columnCount() != 6)
    assert wizard.choices.delimiter == ","
    assert page.delimiter.currentData() == ","
