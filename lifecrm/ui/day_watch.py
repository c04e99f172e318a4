"""Notices when the calendar day changes while the window is open (midnight, or waking up
from sleep days later), so stages and "n days ago" follow the real today."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, QTimer, Signal

CHECK_EVERY_MS = 60_000  # a minute late at midnight is fine; a timer set for midnight is not
# robust across a laptop's sleep


class DayWatch(QObject):
    new_day = Signal(object)  # the new date

    def __init__(
        self, today: date, parent: QObject | None = None, clock: Callable[[], date] = date.today
    ) -> None:
        super().__init__(parent)
        self.today = today
        self._clock = clock
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        now = self._clock()
        if now != self.today:
            self.today = now
            self.new_day.emit(now)
