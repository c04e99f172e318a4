"""File → Export the list… writes the workbook off the GUI thread; file dialogs open in the
owner's Downloads (or home), never the program's folder."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from pytestqt.qtbot import QtBot

from lifecrm.core.lifecycle import Stage
from lifecrm.core.storage.db import Database
from lifecrm.ui.file_dialogs import start_folder
from tests.ui.conftest import PEOPLE, MakeWindow


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "home"
    (folder / "Downloads").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(folder))
    monkeypatch.delenv("XDG_DOWNLOAD_DIR", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder / ".config"))
    return folder


def _rows(path: Path) -> int:
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    return sum(1 for row in sheet.iter_rows(values_only=True) if any(row))


def test_exporting_the_list_writes_every_customer_of_the_stage_shown(
    qtbot: QtBot, make_window: MakeWindow, shop: Database, tmp_path: Path
) -> None:
    window = make_window(shop)
    target = tmp_path / "all.xlsx"
    job = window.list_actions.export_to(target)
    with qtbot.waitSignal(job.done, timeout=30_000):
        pass
    box = window.message_box
    assert box is not None and "15 customers saved" in box.text()
    assert _rows(target) == len(PEOPLE) + 1

    window.sidebar.select_stage(Stage.NEW)
    job = window.list_actions.export_to(tmp_path / "new.xlsx")
    with qtbot.waitSignal(job.done, timeout=30_000):
        pass
    assert _rows(tmp_path / "new.xlsx") == window.sidebar.count_for(Stage.NEW) + 1


def test_file_dialogs_open_in_the_owners_downloads(
    home: Path, make_window: MakeWindow, shop: Database
) -> None:
    assert start_folder() == home / "Downloads"
    window = make_window(shop)
    export = window.list_actions.choose_export_file()
    assert Path(export.directory().absolutePath()) == home / "Downloads"
    export.reject()
    wizard = window.imports.open_wizard()
    chooser = wizard.choose_file()
    assert Path(chooser.directory().absolutePath()) == home / "Downloads"
    chooser.reject()
    wizard.reject()


def test_without_downloads_they_open_in_home(home: Path) -> None:
    (home / "Downloads").rmdir()
    assert start_folder() == home
