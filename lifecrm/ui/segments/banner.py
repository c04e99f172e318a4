"""The banner above the list when a segment is selected: who is in it, in plain words.

It plays the stage banner's part for a segment: the name and how many customers, the rule
as a sentence ("Orders ≥ 3 and total spent > 50 000 Ft"), what a built-in is for, and the two
things to do next: write to them, or change the question.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

_TINT = "rgba(59, 130, 246, 22)"
_EDGE = "#3b82f6"


class SegmentBanner(QFrame):
    """Name · count, the rule, a hint, and "Write to these customers…" / "Edit…"."""

    write_requested = Signal()
    edit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("segmentBanner")
        self.name = ""
        self.count: int | None = None
        self.title = QLabel()
        self.title.setObjectName("segmentTitle")
        title_font = QFont(self.title.font())
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.1)
        self.title.setFont(title_font)
        self.rule = QLabel()
        self.rule.setObjectName("segmentRule")
        self.rule.setWordWrap(True)
        self.rule.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint = QLabel()
        self.hint.setObjectName("segmentHint")
        self.hint.setWordWrap(True)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("editSegmentButton")
        self.edit_button.clicked.connect(self.edit_requested)
        self.write_button = QPushButton(self.tr("Write to these customers…"))
        self.write_button.setObjectName("writeToSegment")
        self.write_button.clicked.connect(self.write_requested)

        heading = QHBoxLayout()
        heading.setSpacing(8)
        heading.addWidget(self.title, 1)
        heading.addWidget(self.edit_button)
        heading.addWidget(self.write_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 12)
        layout.setSpacing(4)
        layout.addLayout(heading)
        layout.addWidget(self.rule)
        layout.addWidget(self.hint)
        self.setStyleSheet(
            f"#segmentBanner {{ background: {_TINT}; border-left: 4px solid {_EDGE};"
            " border-radius: 6px; }"
        )
        self.hide()

    def show_segment(self, name: str, rule: str, hint: str, count: int | None) -> None:
        self.name = name
        self.rule.setText(rule)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self.set_count(count)
        self.show()

    def set_count(self, count: int | None) -> None:
        """The number of members; None while they are being counted (writing waits for it)."""
        self.count = count
        if count is None:
            people = QCoreApplication.translate("SegmentBanner", "counting…")
        else:
            people = QCoreApplication.translate("SegmentBanner", "%Ln customer(s)", "", count)
        self.title.setText(f"{self.name} · {people}")
        self.write_button.setEnabled(bool(count))
        self.write_button.setToolTip(
            ""
            if count is None or count
            else QCoreApplication.translate("SegmentBanner", "Nobody is in this segment today.")
        )
