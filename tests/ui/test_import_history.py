"""The import history dialog: the list, and undoing only the newest import still in place."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from lifecrm.core.customers import count_customers
from lifecrm.core.importing.importer import import_file
from lifecrm.core.importing.plan import ImportOptions
from lifecrm.core.storage.db import Database
from lifecrm.ui.importing.history import ImportHistoryDialog
from lifecrm.ui.main_window import MainWindow
from tests.core.importing.helpers import fetch
from tests.ui.conftest import AS_OF, PEOPLE

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "import"


@pytest.fixture
def window(qtbot: QtBot, shop: Database, tmp_path: Path) -> Iterator[MainWindow]:
    """The shop with two imports on top: Slovenian orders, then Icelandic ones (the newest)."""
    for name in ("sl_narocila.csv", "is_pantanir.csv"):
        import_file(shop, FIXTURES / name, ImportOptions(as_of=AS_OF))
    win = MainWindow(shop, as_of=AS_OF, demo_path=lambda: tmp_path / "demo.sqlite")
    qtbot.addWidget(win)
    win.show()
    yield win
    qtbot.waitUntil(lambda: not win.jobs.busy, timeout=30_000)
    win.shutdown()


def cell(dialog: ImportHistoryDialog, row: int, column: int) -> str:
    return str(dialog.model.index(row, column).data())


def test_the_history_lists_imports_newest_first_and_only_the_newest_is_undoable(
    qtbot: QtBot, qtmodeltester, window: MainWindow
) -> None:
    window.imports.history_action.trigger()
    dialog = window.imports.history
    assert dialog is not None and dialog.isVisible()
    assert dialog.model.rowCount() == 2
    assert [cell(dialog, r, 1) for r in (0, 1)] == ["is_pantanir.csv", "sl_narocila.csv"]
    assert [cell(dialog, 0, c) for c in (2, 3, 5)] == ["4", "4", "In place"]
    assert dialog.undo_button.isEnabled()  # the newest is selected
    dialog.select_import(dialog.records[1].id)
    assert not dialog.undo_button.isEnabled()
    assert "Only the newest" in dialog.undo_button.toolTip()
    assert dialog.confirm_undo() is None
    qtmodeltester.check(dialog.model)


def test_undoing_the_newest_import_asks_first_then_removes_it_and_the_window_reloads(
    qtbot: QtBot, window: MainWindow, shop: Database
) -> None:
    assert window.sidebar.count_for(None) == len(PEOPLE) + 8
    dialog = window.imports.open_history()
    box = dialog.confirm_undo()
    assert box is not None
    assert box.text() == "Remove the 4 orders and 4 customers this import added?"
    cancel = box.button(QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert fetch(shop, "SELECT count(*) FROM import_batch WHERE undone_at IS NULL") == [(2,)]

    box = dialog.confirm_undo()
    assert box is not None and dialog.undo_confirm is not None
    with qtbot.waitSignal(window.data_reloaded, timeout=30_000):
        qtbot.mouseClick(dialog.undo_confirm, Qt.MouseButton.LeftButton)
    assert window.sidebar.count_for(None) == len(PEOPLE) + 4
    with shop.read() as conn:
        assert count_customers(conn) == len(PEOPLE) + 4
    assert cell(dialog, 0, 5).startswith("Undone on")
    assert "removed 4 orders that is_pantanir.csv had added" in dialog.message.text()
    assert not dialog.undo_button.isEnabled()  # the undone one is still selected

    dialog.select_import(dialog.records[1].id)  # now the Slovenian import is the newest
    assert dialog.undo_button.isEnabled()
    dialog.confirm_undo()
    assert dialog.undo_confirm is not None
    with qtbot.waitSignal(window.data_reloaded, timeout=30_000):
        qtbot.mouseClick(dialog.undo_confirm, Qt.MouseButton.LeftButton)
    assert window.sidebar.count_for(None) == len(PEOPLE)
    assert dialog.undoable_id() is None


def test_an_empty_history_says_so(qtbot: QtBot, shop: Database, tmp_path: Path) -> None:
    window = MainWindow(shop, as_of=AS_OF, demo_path=lambda: tmp_path / "demo.sqlite")
    qtbot.addWidget(window)
    dialog = window.imports.open_history()
    assert dialog.model.rowCount() == 0
    assert dialog.empty.isVisibleTo(dialog) and not dialog.view.isVisibleTo(dialog)
    assert not dialog.undo_button.isEnabled()
    window.shutdown()
