"""The window's ways into writing: the stage banner's button, the list's selection, the menus.

Kept out of `main_window.py` so that file stays about the window's layout. Who gets written to
is the list's business (the stage, or the customers the owner selected); which template fits
them is core's (`suggest`); the dialogs do the rest.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QMessageBox

from lifecrm.core.customers import CustomerFilter, customer_ids
from lifecrm.core.drafting.profile import load_profile
from lifecrm.core.lifecycle import Stage
from lifecrm.ui.common.opener import OneAtATime

if TYPE_CHECKING:  # the dialogs (and the template engine) load when first opened
    from lifecrm.ui.drafting.drafting_dialog import DraftingDialog
    from lifecrm.ui.drafting.profile_dialog import ProfileDialog
    from lifecrm.ui.main_window import MainWindow


class DraftingActions(QObject):
    """Owns "Write to these customers…" and "Your details…" and the dialogs they open."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialogs: OneAtATime[DraftingDialog] = OneAtATime()
        self.profiles: OneAtATime[ProfileDialog] = OneAtATime()
        self.write_action = QAction(self.tr("&Write to these customers…"), window)
        self.write_action.setShortcut(QKeySequence("Ctrl+Shift+M"))
        self.write_action.setStatusTip(
            self.tr("Draft a personal e-mail to the selected customers, or to everyone listed.")
        )
        self.write_action.triggered.connect(lambda: self.write_to_list())
        self.details_action = QAction(self.tr("Your &details…"), window)
        self.details_action.triggered.connect(lambda: self.open_profile())
        window.customers.write_requested.connect(self.write_to)
        window.customers.banner.write_requested.connect(self.write_to_stage)

    def add_menu(self, bar: QMenuBar) -> QMenu:
        menu = bar.addMenu(self.tr("&Customers"))
        menu.addAction(self.write_action)
        return menu

    # -- who to write to -------------------------------------------------------------------

    def write_to_list(self) -> DraftingDialog | None:
        """The selected customers when several are selected, else everyone the list shows."""
        customers = self.window.customers
        selected = customers.selected_customer_ids()
        if len(selected) > 1:
            return self.write_to(selected)
        flt = self.window.model.filter
        with self.window.db.read() as conn:
            ids = customer_ids(conn, flt)
        if flt.stage is not None and not flt.search:
            return self._open(ids, stage=flt.stage)
        return self.write_to(ids)

    def write_to_stage(self, stage: Stage) -> DraftingDialog | None:
        with self.window.db.read() as conn:
            ids = customer_ids(conn, CustomerFilter(stage=stage))
        return self._open(ids, stage=stage)

    def write_to(self, ids: list[int]) -> DraftingDialog | None:
        return self._open(ids, stage=None)

    def _open(self, ids: list[int], *, stage: Stage | None) -> DraftingDialog | None:
        window = self.window
        if not ids:
            window.show_message(
                QMessageBox.Icon.Information,
                self.tr("LifeCRM"),
                self.tr("There is nobody here to write to yet."),
            )
            return None
        if (shown := self.dialogs.front()) is not None:
            return shown
        from lifecrm.core.drafting.suggest import suggested_for, suggested_template
        from lifecrm.ui.drafting.drafting_dialog import DraftingDialog

        with window.db.read() as conn:
            key = suggested_template(conn, stage) if stage else suggested_for(conn, ids)
        dialog = DraftingDialog(
            window.db, window.jobs, ids, template=key, as_of=window.as_of, parent=window
        )
        return self.dialogs.open(dialog)

    # -- the owner's details ---------------------------------------------------------------

    def open_profile(self) -> ProfileDialog:
        if (shown := self.profiles.front()) is not None:
            return shown
        from lifecrm.ui.drafting.profile_dialog import ProfileDialog

        window = self.window
        with window.db.read() as conn:
            profile = load_profile(conn)
        return self.profiles.open(ProfileDialog(window.db, window.jobs, profile, parent=window))

    @property
    def dialog(self) -> DraftingDialog | None:
        return self.dialogs.dialog

    @property
    def profile(self) -> ProfileDialog | None:
        return self.profiles.dialog
