"""The import wizard's widgets: a heading, one page per step, a message line, the buttons.

`WizardWidgets.build(dialog)` creates them in `dialog`'s layout and hands them back; the wizard
connects them to its handlers, so this module never needs the wizard.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from lifecrm.ui.importing.file_page import FilePage
from lifecrm.ui.importing.preview_page import PreviewPage
from lifecrm.ui.importing.result_pages import ResultPage, WorkingPage
from lifecrm.ui.importing.texts import tr

_MESSAGE_STYLE = "QLabel { background: #fdf3dc; border-radius: 6px; padding: 8px 12px; }"


class Step(IntEnum):
    FILE = 0
    READING = 1
    PREVIEW = 2
    CHECKING = 3
    CHECKED = 4
    IMPORTING = 5
    DONE = 6


@dataclass(frozen=True)
class WizardWidgets:
    title: QLabel
    step_label: QLabel
    file_page: FilePage
    working: WorkingPage
    preview: PreviewPage
    check_page: ResultPage
    done_page: ResultPage
    pages: QStackedWidget
    message: QLabel
    back_button: QPushButton
    cancel_button: QPushButton
    next_button: QPushButton

    def page_of(self, step: Step) -> QWidget:
        working = (Step.READING, Step.CHECKING, Step.IMPORTING)
        pages: dict[Step, QWidget] = {
            Step.FILE: self.file_page,
            Step.PREVIEW: self.preview,
            Step.CHECKED: self.check_page,
            Step.DONE: self.done_page,
        }
        return self.working if step in working else pages[step]

    @classmethod
    def build(cls, dialog: QWidget) -> WizardWidgets:
        title = QLabel()
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        title.setFont(font)
        step_label = QLabel()
        step_label.setEnabled(False)
        heading = QHBoxLayout()
        heading.addWidget(title, 1)
        heading.addWidget(step_label)

        ui = cls(
            title=title,
            step_label=step_label,
            file_page=FilePage(),
            working=WorkingPage(),
            preview=PreviewPage(),
            check_page=ResultPage(final=False),
            done_page=ResultPage(final=True),
            pages=QStackedWidget(),
            message=QLabel(),
            back_button=QPushButton(tr("Back")),
            cancel_button=QPushButton(tr("Cancel")),
            next_button=QPushButton(),
        )
        for page in (ui.file_page, ui.working, ui.preview, ui.check_page, ui.done_page):
            ui.pages.addWidget(page)
        ui.message.setObjectName("wizardMessage")
        ui.message.setWordWrap(True)
        ui.message.setStyleSheet(_MESSAGE_STYLE)
        ui.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        ui.message.hide()
        ui.next_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(ui.back_button)
        buttons.addStretch(1)
        for button in (ui.back_button, ui.cancel_button, ui.next_button):
            button.setMinimumHeight(32)
            button.setMinimumWidth(110)
        buttons.addWidget(ui.cancel_button)
        buttons.addWidget(ui.next_button)

        layout = QVBoxLayout(dialog)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        layout.addLayout(heading)
        layout.addWidget(ui.pages, 1)
        layout.addWidget(ui.message)
        layout.addLayout(buttons)
        return ui
