"""The sending progress panel: how far the batch is, and Pause, Resume, Stop.

Non-modal: the owner keeps working in the window while messages go out. It only shows what the
`SendingSession` knows and forwards the buttons to it; closing the panel does not stop sending.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QProgressBar,
    QPushButton,
    QWidget,
)

from lifecrm.ui.common.frame import button_row, dialog_layout, fit_to_text
from lifecrm.ui.sending.failure_box import INFO_STYLE, OK_STYLE, WARN_STYLE, FailureBox
from lifecrm.ui.sending.session import SendingSession, State
from lifecrm.ui.sending.texts import time_left, tr, when_text


class SendingPanel(QDialog):
    """Shows one `SendingSession`; asks the window for the account dialog or the outbox."""

    account_requested = Signal()
    outbox_requested = Signal()

    def __init__(self, session: SendingSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sendingPanel")
        self.setWindowTitle(tr("Sending"))
        self.setModal(False)
        self.session = session

        self.title = QLabel()
        self.title.setObjectName("sendingTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.bar = QProgressBar()
        self.bar.setObjectName("sendingBar")
        self.bar.setTextVisible(False)
        self.headline = QLabel()
        self.headline.setObjectName("sendingHeadline")
        self.figures = QLabel()
        self.figures.setObjectName("sendingFigures")
        self.figures.setWordWrap(True)
        self.status = FailureBox()
        self.status.setObjectName("sendingStatus")

        self.pause_button = QPushButton(tr("Pause"))
        self.pause_button.setObjectName("pauseSending")
        self.stop_button = QPushButton(tr("Stop sending"))
        self.stop_button.setObjectName("stopSending")
        self.stop_button.setToolTip(tr("What is not sent yet stays in the outbox."))
        self.account_button = QPushButton(tr("Sending account…"))
        self.account_button.setObjectName("openAccount")
        self.outbox_button = QPushButton(tr("Outbox…"))
        self.close_button = QPushButton(tr("Close"))
        self.close_button.setToolTip(tr("Sending goes on; File → Outbox… shows how far it is."))
        buttons = button_row(
            [self.pause_button, self.stop_button, self.account_button],
            [self.outbox_button, self.close_button],
        )

        layout = dialog_layout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.headline)
        layout.addWidget(self.bar)
        layout.addWidget(self.figures)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addLayout(buttons)
        fit_to_text(self, 580)

        self.pause_button.clicked.connect(self._pause_or_resume)
        self.stop_button.clicked.connect(lambda: self.session.cancel())
        self.account_button.clicked.connect(self.account_requested)
        self.outbox_button.clicked.connect(self.outbox_requested)
        self.close_button.clicked.connect(self.hide)
        self.set_session(session)

    def set_session(self, session: SendingSession) -> None:
        self.session = session
        session.changed.connect(self.update_view)
        self.update_view()

    def _pause_or_resume(self) -> None:
        if self.session.state in (State.SENDING, State.WAITING) and not self.session.pausing:
            self.session.pause()
        else:
            self.session.resume()

    def update_view(self) -> None:
        session = self.session
        counts, state = session.counts, session.state
        sent, failed = counts.get("sent", 0), counts.get("failed", 0)
        maybe, total = counts.get("uncertain", 0), session.total
        self.title.setText(tr("Sending “%1”").replace("%1", session.name) if session.name else "")
        self.title.setVisible(bool(session.name))
        self.headline.setText(tr("%1 of %n message(s) sent", total).replace("%1", str(sent)))
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(session.done)
        parts = [tr("Still to send: %1").replace("%1", str(session.remaining))]
        if failed:
            parts.append(tr("Refused: %1").replace("%1", str(failed)))
        if maybe:
            parts.append(tr("May have been sent: %1").replace("%1", str(maybe)))
        if state == State.SENDING and session.remaining:
            parts.append(time_left(session.remaining, session.pace()))
        self.figures.setText(" · ".join(parts))
        self._show_status()
        running = state in (State.SENDING, State.WAITING) and not session.pausing
        self.pause_button.setText(tr("Pause") if running else tr("Resume"))
        self.pause_button.setEnabled(
            state not in (State.DONE, State.CANCELLED) and not session.pausing
        )
        self.stop_button.setEnabled(state not in (State.DONE, State.CANCELLED, State.STOPPED))
        self.account_button.setVisible(state == State.STOPPED)

    def _show_status(self) -> None:
        session, state = self.session, self.session.state
        now = session.clock()
        if session.pausing:
            self.status.show_text(tr("Stopping after the message being sent…"), INFO_STYLE)
        elif state == State.SENDING:
            self.status.show_text(
                tr("You can keep working; the e-mails go out in the background."), INFO_STYLE
            )
        elif state == State.PAUSED:
            self.status.show_text(tr("Paused. Resume goes on where it stopped."), INFO_STYLE)
        elif state == State.WAITING and session.resume_at is not None:
            when = when_text(session.resume_at, now)
            if session.daily_limit:
                text = tr(
                    "Today's limit of %1 messages is reached. The rest go out %2, by themselves "
                    "while LifeCRM is open (or from the outbox later)."
                ).replace("%1", str(session.account.per_day))
            else:
                text = tr("The server asked to try some messages again later; LifeCRM does so %2.")
            self.status.show_text(text.replace("%2", when), WARN_STYLE)
        elif state == State.STOPPED:
            self.status.show_failure(
                tr("Sending stopped: %1").replace("%1", session.stop_reason)
                + " "
                + tr("Nothing more was sent; the rest waits in the outbox."),
                session.stop_detail,
            )
        elif state == State.CANCELLED:
            self.status.show_text(
                tr(
                    "Stopped. The %n message(s) not sent yet stay in the outbox: send them from "
                    "File → Outbox… whenever you like.",
                    session.remaining,
                ),
                INFO_STYLE,
            )
        elif state == State.DONE:
            self.status.show_text(self._done_text(), OK_STYLE)

    def _done_text(self) -> str:
        counts = self.session.counts
        text = tr("Done: %n message(s) sent.", counts.get("sent", 0))
        if counts.get("failed", 0) or counts.get("uncertain", 0):
            text += " " + tr("The outbox shows which ones did not go out, and why.")
        return text
