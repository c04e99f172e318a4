"""The "what to do with these people" banner shown above the list when a stage is selected."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from lifecrm.core.lifecycle import Stage
from lifecrm.ui.stage_texts import stage_advice, stage_label
from lifecrm.ui.widgets.stage_badge import stage_color, stage_icon


class AdviceBanner(QFrame):
    """Stage name, how many customers are in it, and the advice, tinted in the stage's colour.

    "Write to these customers…" turns the advice into drafts for the whole stage.
    """

    write_requested = Signal(object)  # the Stage

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adviceBanner")
        self.stage: Stage | None = None

        self.icon = QLabel()
        self.icon.setFixedSize(14, 14)
        self.title = QLabel()
        title_font = QFont(self.title.font())
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.1)
        self.title.setFont(title_font)
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.advice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        heading = QHBoxLayout()
        heading.setSpacing(8)
        heading.addWidget(self.icon)
        heading.addWidget(self.title, 1)
        self.write_button = QPushButton(self.tr("Write to these customers…"))
        self.write_button.setObjectName("writeToStage")
        self.write_button.clicked.connect(
            lambda: self.write_requested.emit(self.stage) if self.stage is not None else None
        )
        heading.addWidget(self.write_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 12)
        layout.setSpacing(4)
        layout.addLayout(heading)
        layout.addWidget(self.advice)
        self.hide()

    def show_stage(self, stage: Stage | None, count: int) -> None:
        """Shows the advice for `stage`; hides the banner for "All customers"."""
        self.stage = stage
        if stage is None:
            self.hide()
            return
        people = QCoreApplication.translate("AdviceBanner", "%Ln customer(s)", "", count)
        self.title.setText(f"{stage_label(stage)} · {people}")
        self.advice.setText(stage_advice(stage))
        self.write_button.setEnabled(count > 0)
        self.icon.setPixmap(stage_icon(stage, 12).pixmap(12, 12))
        color = stage_color(stage)
        tint = QColor(color)
        tint.setAlpha(28)
        self.setStyleSheet(
            "#adviceBanner {"
            f" background: rgba({tint.red()}, {tint.green()}, {tint.blue()}, {tint.alpha()});"
            f" border-left: 4px solid {color.name()}; border-radius: 6px; }}"
        )
        self.show()
