"""The drafting view's widgets and their arrangement, kept apart from its behaviour.

Top: which message, in which language. Left: the recipients. Right: the selected message.
Bottom: how many are ready, progress while drafting, "Save as .eml files…" and "Send…".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
)

from lifecrm.ui.drafting.draft_pane import DraftPane
from lifecrm.ui.drafting.texts import tr

if TYPE_CHECKING:
    from lifecrm.ui.drafting.drafting_dialog import DraftingDialog

_HINT_STYLE = "QLabel { background: #fdf3dc; border-radius: 6px; padding: 8px 12px; }"
_MESSAGE_STYLE = "QLabel { background: #e8f1fb; border-radius: 6px; padding: 8px 12px; }"


def size_columns(view: QTableView) -> None:
    """Widths from sample texts (the list may hold 10,000 rows); the subject takes the rest."""
    metrics = view.fontMetrics()
    samples = ("Guðrún Sigurðardóttir", "zsofia.kovacs@example.hu", "Hungarian")
    for column, sample in enumerate(samples):
        extra = 40 if column == 0 else 24  # the checkbox
        view.horizontalHeader().resizeSection(column, metrics.horizontalAdvance(sample) + extra)


def build_drafting_layout(dialog: DraftingDialog) -> None:
    dialog.templates = QComboBox()
    dialog.templates.setObjectName("draftTemplate")
    dialog.templates.setMinimumContentsLength(28)
    dialog.templates.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    dialog.languages = QComboBox()
    dialog.languages.setObjectName("draftLanguage")
    dialog.edit_template_button = QPushButton(tr("Edit template…"))
    dialog.details_button = QPushButton(tr("Your details…"))
    header = QHBoxLayout()
    header.setSpacing(8)
    header.addWidget(QLabel(tr("Message:")))
    header.addWidget(dialog.templates)
    header.addSpacing(12)
    header.addWidget(QLabel(tr("Language:")))
    header.addWidget(dialog.languages)
    header.addStretch(1)
    header.addWidget(dialog.edit_template_button)
    header.addWidget(dialog.details_button)

    dialog.profile_hint = QLabel(
        tr(
            "Your name and your shop's name are not filled in yet, so the messages end without "
            'a signature. <a href="profile">Fill in your details…</a>'
        )
    )
    dialog.profile_hint.setObjectName("profileHint")
    dialog.profile_hint.setWordWrap(True)
    dialog.profile_hint.setStyleSheet(_HINT_STYLE)

    view = dialog.view = QTableView()
    view.setObjectName("recipients")
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setAccessibleName(tr("Recipients"))
    rows = view.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # cheap at 10,000 rows
    rows.setDefaultSectionSize(view.fontMetrics().height() + 12)
    columns = view.horizontalHeader()
    columns.setHighlightSections(False)
    columns.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    columns.setStretchLastSection(True)

    dialog.pane = DraftPane()
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.addWidget(view)
    splitter.addWidget(dialog.pane)
    splitter.setChildrenCollapsible(False)
    splitter.setStretchFactor(0, 5)
    splitter.setStretchFactor(1, 4)
    splitter.setSizes([700, 540])
    dialog.splitter = splitter

    dialog.message = QLabel()
    dialog.message.setObjectName("draftingMessage")
    dialog.message.setWordWrap(True)
    dialog.message.setStyleSheet(_MESSAGE_STYLE)
    dialog.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    dialog.message.hide()
    dialog.counts = QLabel()
    dialog.counts.setObjectName("draftCounts")
    dialog.working = QLabel()
    dialog.working.setEnabled(False)
    dialog.working.hide()
    dialog.progress = QProgressBar()
    dialog.progress.setObjectName("draftProgress")
    dialog.progress.setMaximumWidth(220)
    dialog.progress.setTextVisible(False)
    dialog.progress.hide()
    dialog.eml_button = QPushButton(tr("Save as .eml files…"))
    dialog.eml_button.setObjectName("saveEml")
    dialog.eml_button.setToolTip(
        tr("One file per message; Thunderbird, Outlook and Apple Mail open them ready to send.")
    )
    dialog.send_button = QPushButton(tr("Send…"))
    dialog.send_button.setObjectName("sendDrafts")
    dialog.send_setup = QLabel(f'<a href="setup">{tr("Set up sending…")}</a>')
    dialog.send_setup.setObjectName("sendSetup")
    dialog.send_setup.setToolTip(tr("Tell LifeCRM which mailbox to send from."))
    dialog.send_setup.hide()
    dialog.close_button = QPushButton(tr("Close"))
    footer = QHBoxLayout()
    footer.setSpacing(10)
    footer.addWidget(dialog.counts)
    footer.addSpacing(12)
    footer.addWidget(dialog.working)
    footer.addWidget(dialog.progress)
    footer.addStretch(1)
    footer.addWidget(dialog.eml_button)
    footer.addWidget(dialog.send_setup)
    footer.addWidget(dialog.send_button)
    footer.addWidget(dialog.close_button)

    layout = QVBoxLayout(dialog)
    layout.setContentsMargins(20, 16, 20, 16)
    layout.setSpacing(12)
    layout.addLayout(header)
    layout.addWidget(dialog.profile_hint)
    layout.addWidget(splitter, 1)
    layout.addWidget(dialog.message)
    layout.addLayout(footer)
    dialog.resize(1280, 800)
