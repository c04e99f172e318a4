"""Step 1: which file holds the orders, said in the owner's terms rather than file formats."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class FilePage(QWidget):
    """A short explanation and one button; the wizard opens the file dialog."""

    choose_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        headline = QLabel(self.tr("Which file holds your orders?"))
        font = QFont(headline.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        headline.setFont(font)
        headline.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        sentence = QLabel(
            self.tr(
                "Export your orders (or your customers) from your webshop, invoicing program or "
                "bookkeeping as a spreadsheet, then choose that file here. LifeCRM shows you "
                "what it found before anything is saved."
            )
        )
        sentence.setWordWrap(True)
        sentence.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        width = sentence.fontMetrics().averageCharWidth() * 70
        sentence.setFixedSize(width, sentence.heightForWidth(width))
        self.button = QPushButton(self.tr("Choose a file…"))
        self.button.setObjectName("chooseFile")
        self.button.setMinimumSize(200, 36)
        self.button.clicked.connect(self.choose_requested)
        formats = QLabel(
            self.tr(
                "Excel (.xlsx, .xls), LibreOffice (.ods) and CSV files. You can also drop a "
                "file onto the LifeCRM window."
            )
        )
        formats.setWordWrap(True)
        formats.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        formats.setEnabled(False)  # muted, like a caption

        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        layout.addStretch(2)
        layout.addWidget(headline)
        layout.addWidget(sentence, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(8)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(formats)
        layout.addStretch(3)
