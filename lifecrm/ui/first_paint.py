"""A signal for the moment a window first shows its content.

The window shows what the database already knows first and starts background work (bringing
the stages up to date) only after that paint, so the work does not compete with it. The
smoke test ends on the same signal.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget


class FirstPaint(QObject):
    """Emits `painted` once, just after the first paint of any widget in `window`."""

    painted = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.done = False
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            not self.done
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self._window
        ):
            self.done = True
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            QTimer.singleShot(0, self.painted.emit)  # let this paint finish first
        return False
