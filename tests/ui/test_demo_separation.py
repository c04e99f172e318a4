"""The demo never swallows the owner's data: a band says it is the demo, owner's steps switch."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from lifecrm.core.storage.db import Database, open_database
from lifecrm.ui.main_window import MainWindow
from tests.ui.conftest import MakeWindow, build_shop


@pytest.fixture
def demo_window(make_window: MakeWindow, tmp_path: Path) -> MainWindow:
    demo = open_database(tmp_path / "demo" / "demo.sqlite")
    build_shop(demo)
    window = make_window(demo, demo=True)
    window.destroyed.connect(demo.close)
    return window


def _answer(qtbot: QtBot, window: MainWindow, button_text: str) -> None:
    box = window.databases.question
    assert box is not None and box.isVisible()
    (button,) = [b for b in box.buttons() if b.text() == button_text]
    button.click()
    qtbot.waitUntil(lambda: window.databases.question is None)


def test_the_demo_says_so_in_a_band_and_the_owners_database_does_not(
    make_window: MakeWindow, demo_window: MainWindow, shop: Database
) -> None:
    assert demo_window.demo_band.isVisible()
    assert "made up" in demo_window.demo_band.text.text()
    own = make_window(shop)
    assert not own.demo_band.isVisible()


def test_importing_in_the_demo_first_switches_to_the_owners_database(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path
) -> None:
    demo_path = demo_window.db.path
    demo_window.imports.import_action.trigger()
    assert demo_window.imports.wizard is None  # nothing opens before the owner answers
    _answer(qtbot, demo_window, "Open my own data")
    assert demo_window.db.path == tmp_path / "own" / "lifecrm.sqlite"
    assert not demo_window.demo
    assert not demo_window.demo_band.isVisible()
    assert demo_window.pages.currentWidget() is demo_window.empty  # the owner's, still empty
    wizard = demo_window.imports.wizard
    assert wizard is not None and wizard.isVisible()
    assert wizard.db is demo_window.db and wizard.db.path != demo_path


def test_staying_in_the_demo_opens_nothing(qtbot: QtBot, demo_window: MainWindow) -> None:
    demo_window.drafting.details_action.trigger()
    _answer(qtbot, demo_window, "Stay in the demo")
    assert demo_window.demo and demo_window.drafting.profile is None


@pytest.mark.parametrize("which", ["details", "account"])
def test_your_details_and_sending_set_up_ask_first_in_the_demo(
    qtbot: QtBot, demo_window: MainWindow, which: str
) -> None:
    action = (
        demo_window.drafting.details_action
        if which == "details"
        else demo_window.sending.account_action
    )
    action.trigger()
    assert isinstance(demo_window.databases.question, QMessageBox)
    _answer(qtbot, demo_window, "Open my own data")
    assert not demo_window.demo
    opened = (
        demo_window.drafting.profile if which == "details" else demo_window.sending.account_dialog
    )
    assert opened is not None and opened.isVisible()
    opened.reject()


def test_the_bands_button_opens_the_owners_data_and_the_owner_sees_no_question(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path
) -> None:
    demo_window.demo_band.button.click()
    assert demo_window.db.path == tmp_path / "own" / "lifecrm.sqlite"
    demo_window.drafting.details_action.trigger()
    assert demo_window.databases.question is None
    profile = demo_window.drafting.profile
    assert profile is not None and profile.isVisible()
    profile.reject()
