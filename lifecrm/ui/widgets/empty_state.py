"""What a first-time owner sees instead of an empty list: a welcome and a way to try it out.

Two ways in: import the owner's own orders, or try LifeCRM on demo data. While demo data is being
built the buttons give way to a progress bar.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class EmptyState(QWidget):
    """A centred welcome page for a database without customers."""

    demo_requested = Signal()
    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")

        self.headline = QLabel(self.tr("Welcome to LifeCRM"))
        font = QFont(self.headline.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.headline.setFont(font)
        self.headline.setAlignment(Qt.AlignmentFlag.AlignHCenter)

        self.sentence = QLabel(
            self.tr(
                "LifeCRM reads your order history and tells you, every week, who to write to "
                "and what to say: who is new, who is loyal, and who is slipping away."
            )
        )
        self.sentence.setWordWrap(True)
        self.sentence.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        sentence_font = QFont(self.sentence.font())
        sentence_font.setPointSizeF(sentence_font.pointSizeF() * 1.15)
        self.sentence.setFont(sentence_font)
        width = self.sentence.fontMetrics().averageCharWidth() * 64
        self.sentence.setFixedSize(width, self.sentence.heightForWidth(width))

        self.import_button = QPushButton(self.tr("Import your orders"))
        self.import_button.setDefault(True)
        self.import_button.setToolTip(
            self.tr("Reads the orders or customers from your webshop's or invoicing spreadsheet.")
        )
        self.import_button.clicked.connect(self.import_requested)
        self.demo_button = QPushButton(self.tr("Try it with demo data"))
        self.demo_button.setToolTip(
            self.tr("Opens a separate demo database; your own data is never mixed with it.")
        )
        self.demo_button.clicked.connect(self.demo_requested)
        for button in (self.import_button, self.demo_button):
            button.setMinimumHeight(36)
            button.setMinimumWidth(190)

        self.buttons = QWidget()
        row = QHBoxLayout(self.buttons)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        row.addStretch()
        row.addWidget(self.import_button)
        row.addWidget(self.demo_button)
        row.addStretch()

        self.progress_label = QLabel()
        self.progress_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.progress = QProgressBar()
        self.progress.setFixedWidth(360)
        self.progress.setTextVisible(False)
        self.progress_box = QWidget()
        box = QVBoxLayout(self.progress_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.progress_label)
        box.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignHCenter)
        self.progress_box.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.setSpacing(16)
        layout.addStretch(2)
        layout.addWidget(self.headline)
        layout.addWidget(self.sentence, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(12)
        layout.addWidget(self.buttons)
        layout.addWidget(self.progress_box)
        layout.addStretch(3)

    def show_working(self, text: str) -> None:
        """Swaps the buttons for a progress bar (busy until the first progress report)."""
        self.buttons.hide()
        self.progress_label.setText(text)
        self.progress.setRange(0, 0)
        self.progress_box.show()

    def set_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def show_idle(self) -> None:
        self.progress_box.hide()
        self.buttons.show()
