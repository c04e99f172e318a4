"""A shop for the drafting tests: the conftest's customers with the facts drafting needs.

The passive stage then holds five people whose right answer is known: Bence (Hungarian, first
name known), Maja and Nina (Slovenian by their e-mail), Anna (opted out) and Luka (no e-mail).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import update

from lifecrm.core.lifecycle import Stage
from lifecrm.core.storage.db import Database
from lifecrm.core.storage.models import Customer, table
from lifecrm.ui.drafting.drafting_dialog import DraftingDialog
from lifecrm.ui.main_window import MainWindow
from tests.ui.conftest import AS_OF

_CHANGES = {
    "Bence Nagy": {"first_name": "Bence", "last_name": "Nagy", "language": "hu"},
    "Maja Novak": {"first_name": "Maja", "last_name": "Novak"},
    "Anna Kovács": {"first_name": "Anna", "opted_out": True},
    "Luka Kranjc": {"email": None, "email_key": None},
    "Emma Brown": {"first_name": "Emma", "language": "en"},
}


def prepare(db: Database) -> dict[str, int]:
    """Names, languages, an opt-out and a missing address; returns name -> id."""
    customers = table(Customer)
    with db.write() as conn:
        for name, values in _CHANGES.items():
            conn.execute(update(customers).where(customers.c.name == name).values(**values))
        rows = conn.execute(customers.select().with_only_columns(customers.c.name, customers.c.id))
        return {name: cid for name, cid in rows}


@contextmanager
def open_window(qtbot: QtBot, db: Database, tmp_path: Path) -> Iterator[MainWindow]:
    """The real window on `db`, stages up to date; jobs finished before it closes."""
    win = MainWindow(db, as_of=AS_OF, demo_path=lambda: tmp_path / "demo.sqlite")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: not win.jobs.busy, timeout=30_000)
    try:
        yield win
    finally:
        qtbot.waitUntil(lambda: not win.jobs.busy, timeout=30_000)
        win.shutdown()


def wait_drafted(qtbot: QtBot, dialog: DraftingDialog) -> None:
    qtbot.waitUntil(lambda: dialog.job is None and len(dialog.drafts) > 0, timeout=30_000)


def open_passive(qtbot: QtBot, window: MainWindow) -> DraftingDialog:
    """Selects the passive stage and presses the banner's "Write to these customers…"."""
    window.sidebar.select_stage(Stage.PASSIVE)
    banner = window.customers.banner
    assert banner.write_button.isVisible() and banner.write_button.isEnabled()
    banner.write_button.click()
    dialog = window.drafting.dialog
    assert dialog is not None and dialog.isVisible()
    wait_drafted(qtbot, dialog)
    return dialog


def cell(dialog: DraftingDialog, row: int, column: int) -> str:
    return str(dialog.model.index(row, column).data())
