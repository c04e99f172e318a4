"""The segment editor: the owner's question built from rows, with who answers it, live.

Every change is checked at once by core's `parse` (a mistake shows its one sentence and Save
waits); ~300 ms after the owner stops, the count and the first members are evaluated on the
reader thread, so even a slow trend condition at 100k customers never freezes the dialog. Save
writes through the window's writer thread.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QWidget,
)

from lifecrm.core.jobs import Cancel, Progress, check
from lifecrm.core.segments import (
    BadSegment,
    Definition,
    SavedSegment,
    SegmentPreview,
    parse,
    preview,
    rename_segment,
    save_segment,
    update_segment,
)
from lifecrm.core.segments.catalog import (
    codes_in_use,
    first_blank,
    product_choices,
    starting_point,
)
from lifecrm.core.storage.db import Database
from lifecrm.ui import formatting
from lifecrm.ui.core_texts import error_text
from lifecrm.ui.jobs import Job, JobRunner
from lifecrm.ui.segments.editor_layout import SegmentEditorWidgets
from lifecrm.ui.segments.texts import blank_message, describe, tr
from lifecrm.ui.segments.values import Choices
from lifecrm.ui.stage_texts import stage_label

PREVIEW_DELAY_MS = 300
PREVIEW_ROWS = 20


class SegmentEditor(QDialog, SegmentEditorWidgets):
    """Edits one segment: a new one, a saved one (`original` is its name), or a built-in's copy."""

    saved = Signal(object)  # SavedSegment

    def __init__(
        self,
        db: Database,
        reader: JobRunner,
        writer: JobRunner,
        choices: Choices,
        *,
        name: str = "",
        definition: dict[str, Any] | None = None,
        original: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("segmentEditor")
        self.db, self.reader, self.writer = db, reader, writer
        self.choices = choices
        self.as_of: date = choices.as_of
        self.original = original
        self.definition: Definition | None = None
        self.job: Job | None = None  # the preview being evaluated
        self.save_job: Job | None = None
        self.last_preview: SegmentPreview | None = None
        self._generation = 0
        self._closed = False  # results that arrive after closing are dropped
        shown = original or name  # a built-in opens under its name, saved as the owner's own
        self.setWindowTitle(
            tr("Edit the segment “%1”").replace("%1", shown) if shown else tr("New segment")
        )
        self.build_widgets(self)
        self.name_edit.setText(name)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.evaluate)
        self.load(definition or {"all": []})
        if not self.conditions.rows:
            self.conditions.add_condition()
        self.conditions.changed.connect(self._on_changed)
        self.mode.currentIndexChanged.connect(lambda _i: self._on_changed())
        self.name_edit.textChanged.connect(lambda _t: self._update_save())
        self.start_combo.activated.connect(
            lambda _i: self.start_from(self.start_combo.currentData())
        )
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self._load_choices()
        self._on_changed()

    # -- the definition --------------------------------------------------------------------

    def load(self, doc: dict[str, Any]) -> None:
        """Shows a definition's JSON (top-level any/all and its rows)."""
        mode = "any" if "any" in doc else "all"
        self.mode.blockSignals(True)
        self.mode.setCurrentIndex(max(self.mode.findData(mode), 0))
        self.mode.blockSignals(False)
        items = doc.get(mode)
        self.conditions.load(items if isinstance(items, list) else [])

    def to_json(self) -> dict[str, Any]:
        return {str(self.mode.currentData()): self.conditions.to_json()}

    def start_from(self, key: object) -> None:
        """Replaces the rows with a built-in suggestion; its blanks become empty controls."""
        if not isinstance(key, str):
            return
        offered = {self.start_combo.itemText(i) for i in range(1, self.start_combo.count())}
        self.load(starting_point(key))
        if not self.name_edit.text().strip() or self.name_edit.text() in offered:
            self.name_edit.setText(self.start_combo.currentText())
        self._on_changed()

    def _on_changed(self) -> None:
        """Checks at once (Save follows); evaluates once the owner pauses."""
        try:
            self.definition = parse(self.to_json())
        except BadSegment as exc:
            self.definition = None
            self.error_label.setText(blank_message(first_blank(self.to_json())) or error_text(exc))
            self.words_label.setText("")
            self.error_label.show()
            self._show_unknown()
            self._timer.stop()
        else:
            self.error_label.hide()
            in_words = describe(self.definition, self.choices.currency)
            self.words_label.setText(tr("In plain words: %1").replace("%1", in_words))
            self.count_label.setText(tr("Counting…"))
            self._timer.start()
        self._update_save()

    def _update_save(self) -> None:
        ok = self.definition is not None and bool(self.name_edit.text().strip())
        self.save_button.setEnabled(ok and self.save_job is None)
        self.save_button.setToolTip("" if ok else tr("Give the segment a name and valid rules."))

    # -- the live preview ------------------------------------------------------------------

    def evaluate(self) -> Job | None:
        """Counts the current definition on the reader thread (the timer calls it; tests may)."""
        self._timer.stop()
        definition = self.definition
        if definition is None:
            return None
        self._generation += 1
        generation, db, as_of = self._generation, self.db, self.as_of

        def work(*, progress: Progress, cancel: Cancel) -> SegmentPreview:
            check(cancel)
            with db.read() as conn:
                return preview(conn, definition, as_of, PREVIEW_ROWS)

        if self.job is not None:
            self.job.cancel()  # not started yet: it stops before reading
        job = self.reader.submit("segment-preview", work)
        job.finished.connect(lambda result: self._show_preview(generation, result))
        job.failed.connect(lambda error: self._show_error(generation, error_text(error)))
        job.done.connect(lambda: self._job_done(job))
        self.job = job
        return job

    def _job_done(self, job: Job) -> None:
        if self.job is job:
            self.job = None

    def _show_preview(self, generation: int, result: SegmentPreview) -> None:
        if self._closed or generation != self._generation:
            return  # closed, or the owner changed something since
        self.last_preview = result
        self.count_label.setText(tr("%Ln customer(s) match today", result.count))
        rows = [
            [r.name, stage_label(r.stage), formatting.date_with_age(r.last_order, self.as_of)]
            for r in result.members
        ]
        self.preview_model.set_rows(rows, keys=[r.id for r in result.members])
        rest = result.count - len(result.members)
        self.more_label.setText(tr("… and %Ln more", rest) if rest > 0 else "")

    def _show_error(self, generation: int, message: str) -> None:
        if not self._closed and generation == self._generation:
            self.error_label.setText(message)
            self.error_label.show()

    def _show_unknown(self) -> None:
        self._generation += 1  # a preview still running is for rules that no longer stand
        self.last_preview = None
        self.count_label.setText(tr("Fix the rule to see who matches."))
        self.preview_model.set_rows([])
        self.more_label.setText("")

    def _load_choices(self) -> None:
        db = self.db

        def work(*, progress: Progress, cancel: Cancel) -> tuple[Any, list[str], list[str]]:
            with db.read() as conn:
                products = product_choices(conn)
                languages, countries = codes_in_use(conn)
            return products, languages, countries

        job = self.reader.submit("segment-choices", work)
        job.finished.connect(
            lambda loaded: None if self._closed else self.choices.set_loaded(*loaded)
        )

    def done(self, result: int) -> None:
        """Closing drops what is still being read for it (the widgets are about to go)."""
        self._closed = True
        self._timer.stop()
        if self.job is not None:
            self.job.cancel()
        super().done(result)

    # -- saving ----------------------------------------------------------------------------

    def save(self) -> Job | None:
        """Saves on the writer thread; the dialog closes once it is stored."""
        definition, name = self.definition, " ".join(self.name_edit.text().split())
        if definition is None or not name or self.save_job is not None:
            return None
        db, original = self.db, self.original

        def work(*, progress: Progress, cancel: Cancel) -> SavedSegment:
            with db.write() as conn:
                if original is None:
                    return save_segment(conn, name, definition)
                if name != original:
                    rename_segment(conn, original, name)
                return update_segment(conn, name, definition)

        job = self.writer.submit("segment-save", work)
        job.finished.connect(self._on_saved)
        job.failed.connect(lambda error: self._on_save_failed(error_text(error)))
        job.crashed.connect(
            lambda _m: self._on_save_failed(tr("Saving failed because of a bug in LifeCRM."))
        )
        job.done.connect(self._save_done)
        self.save_job = job
        self._update_save()
        return job

    def _on_saved(self, segment: SavedSegment) -> None:
        self.saved.emit(segment)
        self.accept()

    def _on_save_failed(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def _save_done(self) -> None:
        self.save_job = None
        self._update_save()
