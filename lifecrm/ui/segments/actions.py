"""The window's segments: the sidebar section, the list filtered to a segment, and the editor.

Kept out of `main_window.py`, like the drafting actions. Segments are evaluated on a reader
thread of their own (a `JobRunner` beside the window's writer): a trend segment takes most of a
second at 100k customers, and counting must neither freeze the window nor wait behind an
import. Each evaluation carries a generation number, so a result that arrives after the data
or the selection changed is dropped rather than shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QObject, Qt
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox

from lifecrm.core.customers import CustomerFilter, customer_ids
from lifecrm.core.jobs import Cancel, Progress, check
from lifecrm.core.segments import (
    Definition,
    count_segment,
    delete_segment,
    member_ids,
    rename_segment,
    shop_currency,
    to_json,
)
from lifecrm.core.segments.builtin import builtin
from lifecrm.core.segments.ui_support import SegmentEntry, listed_ids, sidebar_entries
from lifecrm.ui.common.opener import OneAtATime
from lifecrm.ui.jobs import Job, JobRunner
from lifecrm.ui.segments.editor import SegmentEditor
from lifecrm.ui.segments.sidebar import SegmentList, display_name
from lifecrm.ui.segments.texts import builtin_text, describe
from lifecrm.ui.segments.values import Choices

if TYPE_CHECKING:
    from lifecrm.ui.drafting.drafting_dialog import DraftingDialog
    from lifecrm.ui.main_window import MainWindow


class SegmentActions(QObject):
    """Counts, selection, the banner's buttons, the right-click menu and the editor."""

    def __init__(self, window: MainWindow, segment_list: SegmentList) -> None:
        super().__init__(window)
        self.window = window
        self.list = segment_list
        self.reader = JobRunner(self)  # reads only: counts and previews, never waiting on writes
        self.selected: SegmentEntry | None = None
        self.members: list[int] | None = None  # the selected segment's, once evaluated
        self.currency: str | None = None
        self.editors: OneAtATime[SegmentEditor] = OneAtATime()
        self.rename_dialog: QInputDialog | None = None
        self.confirm: QMessageBox | None = None
        self._count_jobs: list[Job] = []
        self._counts_generation = 0
        self._members_generation = 0

        banner = window.customers.segment_banner
        banner.write_requested.connect(lambda: self.write_to_segment())
        banner.edit_requested.connect(lambda: self.edit(self.selected))
        segment_list.segment_selected.connect(self.show_segment)
        segment_list.new_requested.connect(lambda: self.open_editor())
        segment_list.edit_requested.connect(self.edit)
        segment_list.rename_requested.connect(self.ask_rename)
        segment_list.delete_requested.connect(self.ask_delete)
        window.sidebar.stage_selected.connect(self._on_stage_selected)
        window.data_reloaded.connect(self.refresh)

    # -- the sidebar -----------------------------------------------------------------------

    def refresh(self) -> None:
        """Lists the segments again and recounts each on the reader thread ("…" until known)."""
        with self.window.db.read() as conn:
            entries = sidebar_entries(conn)
            self.currency = shop_currency(conn)
        self.list.set_entries(entries)
        for entry in entries:
            if entry.saved:
                self.list.set_tooltip(entry.name, describe(entry.definition, self.currency))
        current = self.list.current_entry()
        if current is None and self.selected is not None:
            self.window.sidebar.select_stage(None)  # the shown segment is gone
        elif current is not None:
            self.selected = current  # perhaps changed by an edit
            self._show_banner(current)
            self._evaluate_members(current)  # the list keeps its rows until the new ones come
        self._count(entries)

    def _count(self, entries: list[SegmentEntry]) -> None:
        for job in self._count_jobs:
            job.cancel()  # still queued: it stops before reading
        self._counts_generation += 1
        generation = self._counts_generation
        self._count_jobs = [
            self._read(
                "segment-count",
                entry.definition,
                count_segment,
                lambda n, name=entry.name: self._on_counted(generation, name, n),
            )
            for entry in entries
            if entry != self.selected  # its members are being evaluated: that gives the count
        ]

    def _on_counted(self, generation: int, name: str, count: int) -> None:
        if generation == self._counts_generation:
            self.list.set_count(name, count)

    def _read(self, name: str, definition: Definition, fn: Any, done: Any) -> Job:
        """Runs `fn(conn, definition, as_of)` on the reader thread; `done(result)` on the GUI's."""
        db, as_of = self.window.db, self.window.as_of

        def work(*, progress: Progress, cancel: Cancel) -> Any:
            check(cancel)
            with db.read() as conn:
                return fn(conn, definition, as_of)

        job = self.reader.submit(name, work)
        job.finished.connect(done)
        return job

    # -- selecting a segment ---------------------------------------------------------------

    def show_segment(self, entry: SegmentEntry) -> None:
        """Shows the segment's banner at once; its members fill the list when evaluated."""
        self.window.sidebar.clear_current()
        self.selected, self.members = entry, None
        self._show_banner(entry)
        self.window.customers.set_segment_members(listed_ids([]), None)
        self._evaluate_members(entry)

    def _show_banner(self, entry: SegmentEntry) -> None:
        hint = ""
        if not entry.saved and entry.builtin_key:
            hint = builtin_text(builtin(entry.builtin_key).description)
        rule = describe(entry.definition, self.currency)
        self.window.customers.show_segment(display_name(entry), rule, hint)
        if self.members is not None:
            self.window.customers.segment_banner.set_count(len(self.members))

    def _evaluate_members(self, entry: SegmentEntry) -> Job:
        self._members_generation += 1
        generation = self._members_generation
        return self._read(
            "segment-members",
            entry.definition,
            member_ids,
            lambda ids: self._on_members(generation, entry, ids),
        )

    def _on_members(self, generation: int, entry: SegmentEntry, ids: list[int]) -> None:
        if generation != self._members_generation or entry != self.selected:
            return
        self.members = ids
        self.window.customers.set_segment_members(listed_ids(ids), len(ids))
        self.list.set_count(entry.name, len(ids))

    def _on_stage_selected(self, _stage: object) -> None:
        self.list.clear_current()
        self.selected, self.members = None, None
        self._members_generation += 1

    def write_to_segment(self) -> DraftingDialog | None:
        """Drafts for every member (not only those the search shows), in the list's order."""
        if self.members is None:
            return None
        with self.window.db.read() as conn:
            ids = customer_ids(conn, CustomerFilter(segment=listed_ids(self.members)))
        return self.window.drafting.write_to(ids)

    # -- editing ---------------------------------------------------------------------------

    def edit(self, entry: SegmentEntry | None) -> SegmentEditor | None:
        """A saved segment is changed in place; a built-in is saved as the owner's own copy."""
        if entry is None:
            return None
        return self.open_editor(
            name=display_name(entry),
            definition=to_json(entry.definition),
            original=entry.name if entry.saved else None,
        )

    def open_editor(
        self,
        *,
        name: str = "",
        definition: dict[str, Any] | None = None,
        original: str | None = None,
    ) -> SegmentEditor:
        if (shown := self.editors.front()) is not None:
            return shown
        window = self.window
        choices = Choices(window.as_of, self.currency, QLocale().decimalPoint())
        editor = SegmentEditor(
            window.db,
            self.reader,
            window.jobs,
            choices,
            name=name,
            definition=definition,
            original=original,
            parent=window,
        )
        choices.setParent(editor)
        editor.saved.connect(lambda segment: self._after_write(segment.name))
        return self.editors.open(editor)

    @property
    def editor(self) -> SegmentEditor | None:
        return self.editors.dialog

    def _after_write(self, select: str | None) -> None:
        self.refresh()
        if select is not None:
            self.list.select_segment(select)

    # -- rename and delete (saved segments only) -------------------------------------------

    def ask_rename(self, entry: SegmentEntry) -> QInputDialog:
        dialog = QInputDialog(self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowTitle(self.tr("Rename segment"))
        dialog.setLabelText(self.tr("New name for “%1”:").replace("%1", entry.name))
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        dialog.setTextValue(entry.name)
        dialog.accepted.connect(lambda: self.rename(entry.name, dialog.textValue()))
        self.rename_dialog = dialog
        dialog.open()
        return dialog

    def rename(self, name: str, new_name: str) -> Job:
        def work(*, progress: Progress, cancel: Cancel) -> str:
            with self.window.db.write() as conn:
                return rename_segment(conn, name, new_name).name

        return self._write("segment-rename", work, reselect=True)

    def ask_delete(self, entry: SegmentEntry) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete segment"),
            self.tr("Delete the segment “%1”?").replace("%1", entry.name),
            QMessageBox.StandardButton.Cancel,
            self.window,
        )
        box.setInformativeText(
            self.tr("Your customers stay as they are; only this saved question is deleted.")
        )
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(
            lambda _r: self.delete(entry.name) if box.clickedButton() is delete else None
        )
        self.confirm = box
        box.open()
        return box

    def delete(self, name: str) -> Job:
        def work(*, progress: Progress, cancel: Cancel) -> None:
            with self.window.db.write() as conn:
                delete_segment(conn, name)

        return self._write("segment-delete", work, reselect=False)

    def _write(self, name: str, work: Any, *, reselect: bool) -> Job:
        """On the writer thread; a refusal (a name in use) is shown as the window shows any."""
        job = self.window.run_job(name, self.tr("Saving segments…"), work)
        job.finished.connect(lambda result: self._after_write(result if reselect else None))
        return job

    # -- closing ---------------------------------------------------------------------------

    def shutdown(self) -> bool:
        return self.reader.shutdown()
