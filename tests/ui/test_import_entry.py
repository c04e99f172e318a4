"""The ways into the import wizard: a file dropped on the window, the welcome page, Ctrl+I."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from lifecrm.core.storage.db import Database
from lifecrm.ui.importing.wizard import Step
from lifecrm.ui.main_window import MainWindow
from tests.ui.conftest import AS_OF
from tests.ui.test_import_wizard import at, click, hu_file


@pytest.fixture
def window(qtbot: QtBot, shop: Database, tmp_path: Path) -> Iterator[MainWindow]:
    win = MainWindow(shop, as_of=AS_OF, demo_path=lambda: tmp_path / "demo.sqlite")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    qtbot.waitUntil(lambda: not win.jobs.busy, timeout=30_000)
    win.shutdown()


def drop_event(path: Path, kind: type) -> QDragEnterEvent | QDropEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    action = Qt.DropAction.CopyAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    if kind is QDragEnterEvent:
        event = QDragEnterEvent(QPoint(50, 50), action, mime, buttons, mods)
    else:
        event = QDropEvent(QPointF(50, 50), action, mime, buttons, mods)
    event.mime = mime  # type: ignore[attr-defined]  # keeps the data alive with the event
    return event


def test_dropping_a_spreadsheet_on_the_window_opens_the_wizard_with_it(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = hu_file(tmp_path)
    other = tmp_path / "photo.jpg"
    other.write_bytes(b"\xff\xd8")
    refused = drop_event(other, QDragEnterEvent)
    QApplication.sendEvent(window, refused)
    assert not refused.isAccepted()

    enter = drop_event(path, QDragEnterEvent)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(window, drop_event(path, QDropEvent))
    wizard = window.imports.wizard
    assert wizard is not None and wizard.isVisible()
    at(qtbot, wizard, Step.PREVIEW)
    assert wizard.choices.path == path
    wizard.reject()


def test_the_welcome_page_import_button_opens_the_wizard(
    qtbot: QtBot, empty_db: Database, tmp_path: Path
) -> None:
    window = MainWindow(empty_db, as_of=AS_OF, demo_path=lambda: tmp_path / "demo.sqlite")
    qtbot.addWidget(window)
    window.show()
    assert window.pages.currentWidget() is window.empty
    assert window.empty.import_button.isEnabled()
    assert window.empty.import_button.toolTip()
    click(qtbot, window.empty.import_button)
    wizard = window.imports.wizard
    assert wizard is not None and wizard.step == Step.FILE and wizard.isVisible()
    assert window.imports.import_action.shortcut().toString() == "Ctrl+I"
    dialog = wizard.choose_file()
    assert "*.xlsx" in dialog.nameFilters()[0] and "*.ods" in dialog.nameFilters()[0]
    dialog.reject()
    wizard.reject()
    window.shutdown()
