"""The import wizard's widgets: a heading, one page per step, a message line, the buttons."""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING

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

from lifecrm.ui.dialogs.import_wizard.file_page import FilePage
from lifecrm.ui.dialogs.import_wizard.preview_page import PreviewPage
from lifecrm.ui.dialogs.import_wizard.result_pages import ResultPage, WorkingPage
from lifecrm.ui.dialogs.import_wizard.texts import tr

if TYPE_CHECKING:
    from lifecrm.ui.dialogs.import_wizard.wizard import ImportWizard

_MESSAGE_STYLE = "QLabel { background: #fdf3dc; border-radius: 6px; padding: 8px 12px; }"


class Step(IntEnum):
    FILE = 0
    READING = 1
    PREVIEW = 2
    CHECKING = 3
    CHECKED = 4
    IMPORTING = 5
    DONE = 6


def build_wizard_layout(d: ImportWizard) -> None:
    """Creates the wizard's widgets on `d` and connects them to its handlers."""
    d.title = QLabel()
    font = QFont(d.title.font())
    font.setPointSizeF(font.pointSizeF() * 1.2)
    font.setBold(True)
    d.title.setFont(font)
    d.step_label = QLabel()
    d.step_label.setEnabled(False)
    heading = QHBoxLayout()
    heading.addWidget(d.title, 1)
    heading.addWidget(d.step_label)

    d.file_page = FilePage()
    d.file_page.choose_requested.connect(d.choose_file)
    d.working = WorkingPage()
    d.preview = PreviewPage()
    d.preview.sheet_chosen.connect(lambda s: d._reread(sheet=s))
    d.preview.encoding_chosen.connect(lambda e: d._reread(encoding=e))
    d.preview.delimiter_chosen.connect(lambda d: d._reread(delimiter=d))
    d.preview.field_chosen.connect(d.set_field)
    d.preview.date_answered.connect(d.answer_dates)
    d.preview.currency_chosen.connect(d.set_currency)
    d.check_page = ResultPage(final=False)
    d.done_page = ResultPage(final=True)
    d.pages = QStackedWidget()
    d._page_of: dict[Step, QWidget] = {
        Step.FILE: d.file_page,
        Step.READING: d.working,
        Step.PREVIEW: d.preview,
        Step.CHECKING: d.working,
        Step.CHECKED: d.check_page,
        Step.IMPORTING: d.working,
        Step.DONE: d.done_page,
    }
    for page in dict.fromkeys(d._page_of.values()):
        d.pages.addWidget(page)

    d.message = QLabel()
    d.message.setObjectName("wizardMessage")
    d.message.setWordWrap(True)
    d.message.setStyleSheet(_MESSAGE_STYLE)
    d.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    d.message.hide()

    d.back_button = QPushButton(tr("Back"))
    d.back_button.clicked.connect(d.back)
    d.cancel_button = QPushButton(tr("Cancel"))
    d.cancel_button.clicked.connect(d.reject)
    d.next_button = QPushButton()
    d.next_button.setDefault(True)
    d.next_button.clicked.connect(d.next)
    for button in (d.back_button, d.cancel_button, d.next_button):
        button.setMinimumHeight(32)
        button.setMinimumWidth(110)
    buttons = QHBoxLayout()
    buttons.addWidget(d.back_button)
    buttons.addStretch(1)
    buttons.addWidget(d.cancel_button)
    buttons.addWidget(d.next_button)

    layout = QVBoxLayout(d)
    layout.setContentsMargins(20, 16, 20, 16)
    layout.setSpacing(12)
    layout.addLayout(heading)
    layout.addWidget(d.pages, 1)
    layout.addWidget(d.message)
    layout.addLayout(buttons)
    d.resize(1100, 720)
    d.setMinimumSize(760, 520)
