"""The strip across the top of a window showing demo data: whose data this is, and the way out."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class DemoBand(QFrame):
    """Says plainly that these are made-up customers; the button opens the owner's own data."""

    own_data_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demoBand")
        self.setStyleSheet(
            "#demoBand { background: #fef3c7; border-bottom: 1px solid #f59e0b; }"
            " #demoBand QLabel { color: #78350f; }"
        )
        self.text = QLabel(
            self.tr(
                "Demo data: these customers are made up. Your own orders, your details and "
                "sending belong in your own database."
            )
        )
        self.text.setWordWrap(True)
        font = QFont(self.text.font())
        font.setBold(True)
        self.text.setFont(font)
        self.button = QPushButton(self.tr("Open my own data"))
        self.button.setObjectName("openOwnData")
        self.button.clicked.connect(self.own_data_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 8, 16, 8)
        row.setSpacing(12)
        row.addWidget(self.text, 1)
        row.addWidget(self.button)
        self.hide()
