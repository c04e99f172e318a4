"""The outbox: every campaign with its counts, one campaign's messages with what happened to
each, and the owner's decisions: try refused ones again, send the rest, and for the messages
that may have been sent, send again or not.

Reads on the GUI thread (small queries); every change goes through the writer thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lifecrm.core.jobs import Cancel, Progress
from lifecrm.core.sending import outbox
from lifecrm.core.sending.outbox import State
from lifecrm.core.storage.db import Database
from lifecrm.ui.common.frame import dialog_layout
from lifecrm.ui.core_texts import error_text
from lifecrm.ui.jobs import Job, JobRunner
from lifecrm.ui.sending.outbox_models import (
    AUDIENCE,
    DATE,
    E_ATTEMPTS,
    E_EMAIL,
    E_NAME,
    E_STATE,
    MAYBE,
    NAME,
    SENT,
    CampaignsModel,
    EntriesModel,
)
from lifecrm.ui.sending.texts import tr


def _table(name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setStretchLastSection(True)
    return view


class OutboxDialog(QDialog):
    """`send_requested(campaign_id)`: the window's sending starts (or wakes) for that campaign."""

    send_requested = Signal(int)

    def __init__(
        self,
        db: Database,
        jobs: JobRunner,
        *,
        clock: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("outboxDialog")
        self.setWindowTitle(tr("Outbox"))
        self.setModal(False)
        self.db, self.jobs = db, jobs
        self.job: Job | None = None
        self.sending = False  # a batch is going out: "Send the rest" waits for it
        self.campaigns = CampaignsModel(self)
        self.entries = EntriesModel(clock, self)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(700)
        self._reload_timer.timeout.connect(self.reload)

        self.campaign_view = _table("campaigns")
        self.campaign_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.campaign_view.setModel(self.campaigns)
        self.entry_view = _table("entries")
        self.entry_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.entry_view.setModel(self.entries)
        self.empty = QLabel(tr("Nothing has been sent yet. Campaigns appear here once you send."))
        self.empty.setWordWrap(True)
        self.uncertain_note = QLabel(
            tr(
                "<b>Some messages may have been sent.</b> The connection broke just as the mail "
                "server was taking them, so LifeCRM cannot tell whether they went out. Look for "
                "them in your mailbox's Sent folder. If a message is not there, select it and "
                "choose <i>Send again</i>. If it is there, or you are not sure, choose "
                "<i>Don't send</i>: sending again could give the customer the same e-mail twice."
            )
        )
        self.uncertain_note.setObjectName("uncertainNote")
        self.uncertain_note.setWordWrap(True)
        self.uncertain_note.setStyleSheet("QLabel { background: transparent; padding: 8px 12px; }")
        self.retry_button = QPushButton(tr("Retry refused"))
        self.retry_button.setObjectName("retryFailed")
        self.retry_button.setToolTip(
            tr("Tries the messages the server refused once more, for example after a typo fix.")
        )
        self.send_rest_button = QPushButton(tr("Send the rest"))
        self.send_rest_button.setObjectName("sendRest")
        self.again_button = QPushButton(tr("Send again"))
        self.again_button.setObjectName("sendAgain")
        self.drop_button = QPushButton(tr("Don't send"))
        self.drop_button.setObjectName("dontSend")
        self.close_button = QPushButton(tr("Close"))
        self.message = QLabel()
        self.message.setWordWrap(True)

        for button in (self.retry_button, self.send_rest_button, self.again_button,
                       self.drop_button):  # fmt: skip
            button.setAutoDefault(False)
        self.close_button.setDefault(True)
        self.uncertain_box = QFrame()
        self.uncertain_box.setObjectName("uncertainBox")
        self.uncertain_box.setStyleSheet(
            "#uncertainBox { background: #fdf3dc; border-radius: 6px; }"
        )
        choices = QVBoxLayout()
        choices.addWidget(self.again_button)
        choices.addWidget(self.drop_button)
        choices.addStretch(1)
        note_row = QHBoxLayout(self.uncertain_box)
        note_row.setContentsMargins(0, 0, 12, 0)
        note_row.addWidget(self.uncertain_note, 1)
        note_row.addLayout(choices)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.uncertain_box)
        lower_layout.addWidget(self.entry_view, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.campaign_view)
        splitter.addWidget(lower)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([150, 560])
        buttons = QHBoxLayout()
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.send_rest_button)
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.close_button)
        layout = dialog_layout(self)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.resize(1180, 760)

        self.campaign_view.selectionModel().currentRowChanged.connect(
            lambda _c, _p: self._load_entries()
        )
        self.entry_view.selectionModel().selectionChanged.connect(lambda _s, _d: self._update())
        self.retry_button.clicked.connect(lambda: self.retry_failed())
        self.send_rest_button.clicked.connect(self._send_rest)
        self.again_button.clicked.connect(lambda: self.resolve(send_again=True))
        self.drop_button.clicked.connect(lambda: self.resolve(send_again=False))
        self.close_button.clicked.connect(self.hide)
        self._size_columns()
        self.reload()

    # -- reading ---------------------------------------------------------------------------

    def _size_columns(self) -> None:
        """Widths from sample texts; the campaign's name and the subject take what is left."""
        metrics = self.campaign_view.fontMetrics()
        header = self.campaign_view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.campaign_view.setColumnWidth(DATE, metrics.horizontalAdvance("30 Dec 14:02") + 24)
        self.campaign_view.setColumnWidth(
            AUDIENCE, metrics.horizontalAdvance("12 chosen customers") + 24
        )
        for column in range(SENT, MAYBE + 1):
            label = str(self.campaigns.headerData(column, Qt.Orientation.Horizontal, 0))
            self.campaign_view.setColumnWidth(column, metrics.horizontalAdvance(label) + 28)
        metrics = self.entry_view.fontMetrics()
        samples = {
            E_NAME: "Guðrún Sigurðardóttir",
            E_EMAIL: "zsofia.kovacs@example.hu",
            E_STATE: "Will try again at 14:20 PM (the server said: 451 4.3.0)",
            E_ATTEMPTS: tr("Tries"),
        }
        for column, sample in samples.items():
            self.entry_view.setColumnWidth(column, metrics.horizontalAdvance(sample) + 24)

    def set_sending(self, sending: bool) -> None:
        if sending != self.sending:
            self.sending = sending
            self._update()

    def schedule_reload(self) -> None:
        """While sending: at most one reload every 0.7 s, and only when someone looks."""
        if self.isVisible() and not self._reload_timer.isActive():
            self._reload_timer.start()

    def reload(self) -> None:
        keep = self.campaign_id()
        with self.db.read() as conn:
            rows = outbox.list_campaigns(conn)
        self.campaigns.set_rows(rows)
        self.empty.setVisible(not rows)
        row = self.campaigns.row_of(keep) if keep is not None else None
        self.select_campaign(rows[row if row is not None else 0].id if rows else None)

    def select_campaign(self, campaign_id: int | None) -> None:
        row = self.campaigns.row_of(campaign_id) if campaign_id is not None else None
        if row is None:
            self._load_entries()
            return
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.campaign_view.selectionModel().setCurrentIndex(self.campaigns.index(row, 0), flags)
        self._load_entries()

    def campaign_id(self) -> int | None:
        index = self.campaign_view.currentIndex()
        return self.campaigns.rows[index.row()].id if index.isValid() else None

    def _load_entries(self) -> None:
        campaign_id = self.campaign_id()
        keep = set(self.selected_entries())
        rows = []
        if campaign_id is not None:
            with self.db.read() as conn:
                rows = outbox.entries(conn, campaign_id)
        self.entries.set_rows(rows)
        selection = self.entry_view.selectionModel()
        for row, entry in enumerate(rows):
            if entry.id in keep:
                selection.select(
                    self.entries.index(row, 0),
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
        self._update()

    def selected_entries(self) -> list[int]:
        rows = {index.row() for index in self.entry_view.selectionModel().selectedRows()}
        return [self.entries.rows[row].id for row in sorted(rows) if row < len(self.entries.rows)]

    def select_entries(self, entry_ids: list[int]) -> None:
        selection = self.entry_view.selectionModel()
        selection.clearSelection()
        for row, entry in enumerate(self.entries.rows):
            if entry.id in entry_ids:
                selection.select(
                    self.entries.index(row, 0),
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )

    def _selected_uncertain(self) -> list[int]:
        chosen = set(self.selected_entries())
        return [e.id for e in self.entries.rows if e.id in chosen and e.state == State.UNCERTAIN]

    def _update(self) -> None:
        index = self.campaign_view.currentIndex()
        counts: dict[str, int] = self.campaigns.rows[index.row()].counts if index.isValid() else {}
        idle = self.job is None
        uncertain = self._selected_uncertain()
        self.uncertain_box.setVisible(counts.get(State.UNCERTAIN, 0) > 0)
        self.retry_button.setEnabled(idle and counts.get(State.FAILED, 0) > 0)
        self.send_rest_button.setEnabled(
            idle and not self.sending and counts.get(State.QUEUED, 0) > 0
        )
        self.send_rest_button.setToolTip(
            tr("A batch is being sent; wait until it is done.") if self.sending else ""
        )
        self.again_button.setEnabled(idle and bool(uncertain))
        self.drop_button.setEnabled(idle and bool(uncertain))

    # -- the owner's decisions ---------------------------------------------------------------

    def retry_failed(self) -> Job | None:
        campaign_id = self.campaign_id()
        if campaign_id is None:
            return None
        db = self.db

        def work(*, progress: Progress, cancel: Cancel) -> int:
            with db.write() as conn:
                return outbox.retry_failed(conn, campaign_id)

        return self._write(work, campaign_id, send=True)

    def resolve(self, *, send_again: bool) -> Job | None:
        """ "Send again" queues the chosen messages and sends; "Don't send" drops them."""
        campaign_id, ids = self.campaign_id(), self._selected_uncertain()
        if campaign_id is None or not ids:
            return None
        db = self.db

        def work(*, progress: Progress, cancel: Cancel) -> int:
            with db.write() as conn:
                return outbox.resolve_uncertain(conn, ids, send_again=send_again)

        return self._write(work, campaign_id, send=send_again)

    def _send_rest(self) -> None:
        campaign_id = self.campaign_id()
        if campaign_id is not None:
            self.send_requested.emit(campaign_id)

    def _write(self, work: Callable[..., Any], campaign_id: int, *, send: bool) -> Job:
        job = self.jobs.submit("outbox", work)
        self.job = job
        self._update()
        if send:
            job.finished.connect(lambda _n: self.send_requested.emit(campaign_id))
        job.failed.connect(lambda error: self.message.setText(error_text(error)))
        job.done.connect(self._on_written)
        return job

    def _on_written(self) -> None:
        self.job = None
        self.reload()
