"""The main window: stages on the left, the customers in the middle, one customer on the right.

It shows what the database already knows at once (the cached stage figures) and brings them up
to date on the writer thread; every write (recompute, thresholds, demo data) goes through
`JobRunner`, so the window never freezes. No business rule lives here: core decides, we show.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from lifecrm import __version__, paths
from lifecrm.core import lifecycle
from lifecrm.core.customers import count_customers
from lifecrm.core.errors import UserError
from lifecrm.core.jobs import Cancel, Progress
from lifecrm.core.lifecycle import Stage, Thresholds
from lifecrm.core.storage.db import Database
from lifecrm.ui.core_texts import error_text
from lifecrm.ui.databases import Databases
from lifecrm.ui.day_watch import DayWatch
from lifecrm.ui.dialogs.thresholds_dialog import ThresholdsDialog
from lifecrm.ui.drafting.actions import DraftingActions
from lifecrm.ui.first_paint import FirstPaint
from lifecrm.ui.importing.actions import ImportActions, dropped_spreadsheet
from lifecrm.ui.jobs import Job, JobRunner
from lifecrm.ui.language_menu import LanguageMenu
from lifecrm.ui.list_actions import ListActions
from lifecrm.ui.models.customer_table import CustomerTableModel
from lifecrm.ui.segments.actions import SegmentActions
from lifecrm.ui.segments.sidebar import SegmentList
from lifecrm.ui.sending.actions import SendingActions
from lifecrm.ui.settings import UiSettings
from lifecrm.ui.widgets.customer_list import CustomerList
from lifecrm.ui.widgets.demo_band import DemoBand
from lifecrm.ui.widgets.detail_panel import DetailPanel
from lifecrm.ui.widgets.empty_state import EmptyState
from lifecrm.ui.widgets.stage_sidebar import SidebarPane, StageSidebar
from lifecrm.ui.widgets.status_line import StatusLine

log = logging.getLogger("lifecrm.ui")

DEMO_CUSTOMERS = 2000
_DEFAULT_SIZE = (1440, 900)  # shrunk to fit smaller screens
_SIDEBAR_WIDTH, _DETAIL_WIDTH = 210, 400
_MAIN_PAGE, _EMPTY_PAGE = 0, 1


class MainWindow(QMainWindow):
    """Composition of sidebar, list, detail panel and the empty page over one `Database`."""

    data_reloaded = Signal()  # counts, list and status bar show the database's current figures

    def __init__(
        self,
        db: Database,
        *,
        as_of: date,
        demo: bool = False,
        settings: UiSettings | None = None,
        demo_path: Callable[[], Path] = paths.demo_database_path,
        own_path: Callable[[], Path] = paths.database_path,
        demo_customers: int = DEMO_CUSTOMERS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.as_of = as_of
        if as_of == date.today():  # a window opened on another day (tests, --as-of) stays there
            DayWatch(as_of, self).new_day.connect(self.on_new_day)
        self.demo = demo
        self.settings = settings or UiSettings()
        self._closed = False
        self.message_box: QMessageBox | None = None
        self.settings_dialog: ThresholdsDialog | None = None
        self.customer_total = 0
        self._detail_width = _DETAIL_WIDTH

        self.jobs = JobRunner(self)
        self.model = CustomerTableModel(db, as_of, self)
        self.sidebar = StageSidebar()
        self.segment_list = SegmentList()
        self.customers = CustomerList(self.model, self.settings)
        self.detail = DetailPanel(db)
        self.empty = EmptyState()

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        for widget in (SidebarPane(self.sidebar, self.segment_list), self.customers, self.detail):
            self.splitter.addWidget(widget)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(0, False)
        self.splitter.setCollapsible(1, False)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.splitter)
        self.pages.addWidget(self.empty)
        self.demo_band = DemoBand()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.demo_band)
        column.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.databases = Databases(
            self, own_path=own_path, demo_path=demo_path, demo_customers=demo_customers
        )
        self.imports = ImportActions(self)
        self.list_actions = ListActions(self)
        self.drafting = DraftingActions(self)
        self.segments = SegmentActions(self, self.segment_list)
        self.sending = SendingActions(self)
        self.setAcceptDrops(True)
        self._build_menus()
        self.status = StatusLine(self.statusBar())

        self.sidebar.stage_selected.connect(self._on_stage_selected)
        self.customers.customer_selected.connect(self._on_customer_selected)
        self.detail.customer_changed.connect(self.model.refresh_customer)
        self.detail.actions.forgotten.connect(lambda _id: self.reload())
        self.empty.demo_requested.connect(self.databases.start_demo)
        self.empty.import_requested.connect(self.import_orders)
        self.demo_band.own_data_requested.connect(self.databases.switch)
        first = self.databases.guard
        first(self.imports.import_action, self.import_orders)
        first(self.drafting.details_action, self.drafting.open_profile)
        first(self.sending.account_action, self.sending.open_account)
        self.jobs.busy_changed.connect(self.status.set_busy)

        self._restore_layout()
        self._update_title()
        self.reload()
        self.first_paint = FirstPaint(self)  # the cached figures first, then fresh ones
        self.first_paint.painted.connect(self.bring_up_to_date)

    # -- building --------------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.imports.add_to(file_menu)
        file_menu.addAction(self.list_actions.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.drafting.details_action)
        self.sending.add_to(file_menu)
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.open_settings)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        customers_menu = self.drafting.add_menu(self.menuBar())
        customers_menu.addAction(self.list_actions.add_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addMenu(LanguageMenu(self.settings, self))
        about_action = QAction(self.tr("&About LifeCRM"), self)
        about_action.setMenuRole(QAction.MenuRole.AboutRole)
        about_action.triggered.connect(self.show_about)
        help_menu.addAction(about_action)

    def _restore_layout(self) -> None:
        geometry = self.settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self._default_size()
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)
        split = self.settings.splitter_state()
        if split is None or not self.splitter.restoreState(split):
            middle = max(self.width() - _SIDEBAR_WIDTH - _DETAIL_WIDTH, 400)
            self.splitter.setSizes([_SIDEBAR_WIDTH, middle, _DETAIL_WIDTH])

    def _default_size(self) -> None:
        width, height = _DEFAULT_SIZE
        screen = self.screen()
        if screen is not None:
            room = screen.availableGeometry()
            width = min(width, int(room.width() * 0.94))
            height = min(height, int(room.height() * 0.94))
        self.resize(width, height)

    def _update_title(self) -> None:
        title = self.tr("LifeCRM — %1").replace("%1", self.db.path.name)
        if self.demo:
            title = self.tr("%1 (demo data)").replace("%1", title)
        self.setWindowTitle(title)
        self.demo_band.setVisible(self.demo)

    # -- showing the figures ---------------------------------------------------------------

    def reload(self) -> None:
        """Reads counts and ids again (cheap queries) and shows them; rows load lazily."""
        with self.db.read() as conn:
            counts = lifecycle.stage_counts(conn)
            self.customer_total = count_customers(conn)
            stats_day = lifecycle.stats_as_of(conn)
        self.sidebar.set_counts(counts, sum(counts.values()))
        self.model.refresh()
        stage = self.sidebar.current_stage()
        if stage is not None:
            self.customers.update_banner_count(counts[stage])
        self.pages.setCurrentIndex(_EMPTY_PAGE if self.customer_total == 0 else _MAIN_PAGE)
        self.status.show_figures(self.customer_total, stats_day)
        self.data_reloaded.emit()

    def _on_stage_selected(self, stage: Stage | None) -> None:
        self.customers.show_stage(stage, self.sidebar.count_for(stage))

    def _on_customer_selected(self, customer_id: int | None) -> None:
        """The list has the room until a customer is chosen; then their panel opens beside it."""
        self.detail.show_customer(customer_id, self.as_of)
        self._show_detail(customer_id is not None)

    def _show_detail(self, shown: bool) -> None:
        """Hides or shows the detail pane; the sidebar keeps its width, the list takes the rest."""
        if shown == self.detail.isVisibleTo(self):
            return
        sidebar, middle, detail = self.splitter.sizes()
        if shown:
            self.detail.show()
            width = self._detail_width
            self.splitter.setSizes([sidebar, max(middle - width, 300), width])
        else:
            self._detail_width = detail or self._detail_width
            self.detail.hide()
            self.splitter.setSizes([sidebar, middle + detail, 0])

    def on_new_day(self, today: date) -> None:
        """Midnight passed with the window open: today's stages and ages, like a fresh start."""
        self.as_of = today
        self.model.set_as_of(today)
        self.bring_up_to_date()

    def bring_up_to_date(self) -> None:
        """After the first paint: demo data if asked for, else fresh stages."""
        if self.customer_total == 0:
            if self.demo:
                self.databases.start_demo()
            return
        with self.db.read() as conn:
            stale = lifecycle.stats_as_of(conn) != self.as_of
        if stale:
            self.start_recompute()

    # -- jobs ------------------------------------------------------------------------------

    def run_job(self, name: str, text: str, fn: Callable[..., Any]) -> Job:
        """Runs `fn(progress=..., cancel=...)` on the writer thread; progress in the status bar."""
        job = self.jobs.submit(name, fn)
        self.status.set_job(text)
        job.progress.connect(self.status.set_progress)
        job.failed.connect(self._on_job_failed)
        job.crashed.connect(self._on_job_crashed)
        return job

    def start_recompute(self, thresholds: Thresholds | None = None) -> Job:
        """Stages as of `as_of`; with `thresholds`, saves them first in the same transaction."""
        db, as_of = self.db, self.as_of

        def work(*, progress: Progress, cancel: Cancel) -> lifecycle.RecomputeResult:
            with db.write() as conn:
                if thresholds is not None:
                    lifecycle.save_thresholds(conn, thresholds)
                return lifecycle.recompute_in(
                    conn, as_of, thresholds, progress=progress, cancel=cancel
                )

        job = self.run_job("recompute", self.tr("Updating stages…"), work)
        job.finished.connect(self._on_recomputed)
        return job

    def _on_recomputed(self, result: lifecycle.RecomputeResult) -> None:
        log.info("stages as of %s: %s moved", result.as_of, result.moved)
        self.reload()

    def import_orders(self, path: Path | None = None) -> None:
        """The import wizard (on a dropped `path`), in the owner's own database."""
        self.databases.first(lambda: self.imports.open_wizard(path))

    def switch_database(self, db: Database, *, demo: bool) -> None:
        """Shows `db` in this window (the owner's own or the demo); its owner closes it."""
        self.db, self.demo = db, demo
        self.model.set_database(db)
        self.detail.set_database(db)
        self._update_title()
        self.reload()

    def _on_job_failed(self, error: UserError) -> None:
        self.show_message(QMessageBox.Icon.Warning, self.tr("LifeCRM"), error_text(error))

    def _on_job_crashed(self, message: str) -> None:
        where = paths.log_file()
        self.show_message(
            QMessageBox.Icon.Critical,
            self.tr("LifeCRM"),
            self.tr("Something went wrong inside LifeCRM (a bug). The details are in %1.").replace(
                "%1", str(where)
            ),
        )

    # -- dialogs ---------------------------------------------------------------------------

    def show_message(self, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message_box = box
        box.open()
        return box

    def show_about(self) -> QMessageBox:
        box = self.show_message(
            QMessageBox.Icon.Information,
            self.tr("About LifeCRM"),
            self.tr("<b>LifeCRM</b> %1").replace("%1", __version__),
        )
        box.setInformativeText(
            self.tr("Who should I write to now, and what should I say? A CRM for small shops.")
        )
        return box

    def open_settings(self) -> ThresholdsDialog:
        with self.db.read() as conn:
            current = lifecycle.load_thresholds(conn)
        dialog = ThresholdsDialog(current, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._apply_thresholds(dialog))
        self.settings_dialog = dialog
        dialog.open()
        return dialog

    def _apply_thresholds(self, dialog: ThresholdsDialog) -> None:
        try:
            chosen = dialog.thresholds()
        except UserError as exc:
            self.show_message(QMessageBox.Icon.Warning, self.tr("LifeCRM"), error_text(exc))
            return
        self.start_recompute(chosen)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_spreadsheet(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        """A spreadsheet dropped anywhere on the window opens the import wizard with it."""
        path = dropped_spreadsheet(event.mimeData())
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.import_orders(path)

    # -- closing ---------------------------------------------------------------------------

    def shutdown(self) -> None:
        """Cancels running jobs (their transactions roll back) and closes our own databases."""
        if self._closed:
            return
        self._closed = True
        self.segments.shutdown()  # the reader thread: counts and previews
        if not self.jobs.shutdown():
            log.warning("a background job did not stop in time")
        self.databases.close()

    def save_layout(self) -> None:
        self._show_detail(True)  # so its width is kept for next time
        self.settings.set_geometry(self.saveGeometry())
        self.settings.set_window_state(self.saveState())
        self.settings.set_splitter_state(self.splitter.saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.sending.hold_close():  # asks, then stops between two messages and closes
            event.ignore()
            return
        self.save_layout()
        self.shutdown()
        super().closeEvent(event)
