"""The status bar's contents: what the window shows, and what the writer thread is doing."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar

from lifecrm.ui import formatting


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("StatusLine", text, "", n)


class StatusLine:
    """ "N customers · stages as of <date>" on the left, a job's name and progress on the right."""

    def __init__(self, bar: QStatusBar) -> None:
        self.label = QLabel()
        self.job_label = QLabel()
        self.job_progress = QProgressBar()
        self.job_progress.setFixedWidth(140)
        self.job_progress.setTextVisible(False)
        bar.addWidget(self.label, 1)
        bar.addPermanentWidget(self.job_label)
        bar.addPermanentWidget(self.job_progress)
        self.set_busy(False)

    def show_figures(self, customers: int, stats_day: date | None) -> None:
        if customers == 0:
            self.label.setText(_tr("No customers yet"))
            return
        people = _tr("%Ln customer(s)", customers)
        if stats_day is None:
            text = _tr("%1 · stages not worked out yet").replace("%1", people)
        else:
            text = (
                _tr("%1 · stages as of %2")
                .replace("%1", people)
                .replace("%2", formatting.short_date(stats_day))
            )
        self.label.setText(text)

    def set_job(self, text: str) -> None:
        self.job_label.setText(text)

    def set_busy(self, busy: bool) -> None:
        if not busy:
            self.job_label.clear()  # the next job names itself, or shows no stale name
        self.job_label.setVisible(busy)
        self.job_progress.setVisible(busy)
        self.job_progress.setRange(0, 0)  # an endless bar until the first progress report

    def set_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.job_progress.setRange(0, total)
            self.job_progress.setValue(min(done, total))
