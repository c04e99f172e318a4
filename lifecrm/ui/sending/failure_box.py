"""A failure the owner can act on: the plain sentence first, the server's reply under "Details".

Mail servers answer in codes ("535 5.7.8 Username and Password not accepted"); the owner needs
the sentence, a helper on the phone needs the code. Both are here, the code folded away.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QToolButton, QVBoxLayout, QWidget

from lifecrm.ui.sending.texts import tr

ERROR_STYLE = "QLabel { background: #fbe9e7; border-radius: 6px; padding: 8px 12px; }"
OK_STYLE = "QLabel { background: #e6f4ea; border-radius: 6px; padding: 8px 12px; }"
INFO_STYLE = "QLabel { background: #e8f1fb; border-radius: 6px; padding: 8px 12px; }"
WARN_STYLE = "QLabel { background: #fdf3dc; border-radius: 6px; padding: 8px 12px; }"


class FailureBox(QWidget):
    """Shows nothing, a success, or a failure with its details folded under a toggle."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.toggle = QToolButton()
        self.toggle.setText(tr("Details"))
        self.toggle.setCheckable(True)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setAutoRaise(True)
        self.toggle.toggled.connect(self._show_details)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setMaximumHeight(self.details.fontMetrics().lineSpacing() * 4 + 16)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.message)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.details)
        self.clear()

    def clear(self) -> None:
        self.message.clear()
        self.details.clear()
        self.toggle.setChecked(False)
        self.hide()

    def show_text(self, text: str, style: str = INFO_STYLE) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(style)
        self.details.clear()
        self.toggle.setChecked(False)
        self.toggle.hide()
        self.details.hide()
        self.show()

    def show_failure(self, message: str, detail: str = "") -> None:
        self.show_text(message, ERROR_STYLE)
        self.details.setPlainText(detail)
        self.toggle.setVisible(bool(detail))

    def _show_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
