"""Which database the window shows: the owner's own, or the demo beside it.

The demo is built in its own file. In the demo, the steps that put the owner's own things into
a database (importing their file, "Your details", setting up sending) first offer to switch the
window to the owner's own database, then carry on there; the owner's data never lands in the demo.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from lifecrm.core.errors import UserError
from lifecrm.core.jobs import Cancel, Progress
from lifecrm.core.storage.db import Database, open_database
from lifecrm.ui.core_texts import error_text
from lifecrm.ui.jobs import Job

if TYPE_CHECKING:
    from lifecrm.ui.main_window import MainWindow


class Databases(QObject):
    """Opens the demo (building it when empty) and the owner's own database, and closes them.

    Before an owner's step is taken in the demo, `first` asks to switch to their own data.
    """

    def __init__(
        self,
        window: MainWindow,
        *,
        own_path: Callable[[], Path],
        demo_path: Callable[[], Path],
        demo_customers: int,
    ) -> None:
        super().__init__(window)
        self.window = window
        self._own_path = own_path
        self._demo_path = demo_path
        self._demo_customers = demo_customers
        self._own: Database | None = None if window.demo else window.db
        self._demo: Database | None = window.db if window.demo else None
        self._opened: list[Database] = []  # databases opened here (and closed by `close`)
        self.question: QMessageBox | None = None

    def guard(self, action: QAction, then: Callable[[], object]) -> None:
        """`action` runs `then`, in the owner's own database (asking first in the demo)."""
        action.triggered.disconnect()
        action.triggered.connect(lambda: self.first(then))

    def first(self, then: Callable[[], object]) -> QMessageBox | None:
        """Runs `then` now outside the demo; in the demo asks to switch, then runs it there."""
        if not self.window.demo:
            then()
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("LifeCRM"),
            self.tr("You are in the demo. This step is for your own data."),
            QMessageBox.StandardButton.NoButton,
            self.window,
        )
        box.setInformativeText(
            self.tr(
                "Open your own database first, so that your orders and details never mix with "
                "the made-up customers? The demo stays as it is."
            )
        )
        switch = box.addButton(self.tr("Open my own data"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Stay in the demo"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(switch)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _code: self._answered(box.clickedButton() is switch, then))
        self.question = box
        box.open()
        return box

    def _answered(self, switch: bool, then: Callable[[], object]) -> None:
        self.question = None
        if switch and self.switch():
            then()

    def switch(self) -> bool:
        """Reopens the window on the owner's own database; False (with a message) if it fails."""
        window = self.window
        if not window.demo:
            return True
        if self._own is None:
            try:
                self._own = open_database(self._own_path())
            except UserError as exc:
                window.show_message(QMessageBox.Icon.Warning, self.tr("LifeCRM"), error_text(exc))
                return False
            self._opened.append(self._own)
        window.switch_database(self._own, demo=False)
        window.bring_up_to_date()
        return True

    def start_demo(self) -> Job | None:
        """Shows demo data: builds it in the demo database (never the owner's own) if needed."""
        window = self.window
        if window.jobs.running("demo"):
            return None
        as_of, customers = window.as_of, self._demo_customers
        current = self._demo
        path = self._demo_path()

        def work(*, progress: Progress, cancel: Cancel) -> Database:
            from lifecrm.core.demo.fill import fill_demo  # the name lists load slowly

            db = current or open_database(path)
            try:
                fill_demo(db, as_of, customers, progress=progress, cancel=cancel)
            except BaseException:
                if current is None:
                    db.close()
                raise
            return db

        text = self.tr("Building demo data…")
        window.empty.show_working(text)
        job = window.run_job("demo", text, work)
        job.progress.connect(window.empty.set_progress)
        job.finished.connect(self._on_demo_ready)
        job.done.connect(window.empty.show_idle)
        return job

    def _on_demo_ready(self, db: Database) -> None:
        if db is not self._demo:
            self._demo = db
            self._opened.append(db)
        if db is not self.window.db:
            self.window.switch_database(db, demo=True)
        else:
            self.window.reload()

    def close(self) -> None:
        for db in self._opened:
            db.close()
        self._opened.clear()
