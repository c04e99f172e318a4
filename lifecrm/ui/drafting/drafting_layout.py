"""The drafting view's widgets and their arrangement, kept apart from its behaviour.

Top: which message, in which language. Left: the recipients. Right: the selected message.
Bottom: how many are ready, progress while drafting, "Save as .eml files…" and "Send…".
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
)

from lifecrm.ui.common.frame import dialog_layout
from lifecrm.ui.drafting.draft_pane import DraftPane
from lifecrm.ui.drafting.texts import tr

_HINT_STYLE = "#profileHint { background: #fdf3dc; border-radius: 6px; }"
_MESSAGE_STYLE = "QLabel { background: #e8f1fb; border-radius: 6px; padding: 8px 12px; }"


def size_columns(view: QTableView) -> None:
    """Widths from sample texts or the column's title, whichever is wider (the list may hold
    10,000 rows: no measuring every row); the subject takes the rest."""
    metrics, header = view.fontMetrics(), view.horizontalHeader()
    model = view.model()
    samples = ("Guðrún Sigurðardóttir", "zsofia.kovacs@example.hu", "Hungarian")
    for column, sample in enumerate(samples):
        extra = 40 if column == 0 else 24  # the checkbox
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "") if model else ""
        wide = max(metrics.horizontalAdvance(sample), header.fontMetrics().horizontalAdvance(title))
        header.resizeSection(column, wide + extra)


class DraftingWidgets:
    """The drafting view's widgets, laid out by `build_widgets`; `DraftingDialog` adds the
    behaviour (a holder the dialog inherits, so neither module imports the other)."""

    templates: QComboBox
    languages: QComboBox
    edit_template_button: QPushButton
    details_button: QPushButton
    profile_hint: QFrame
    profile_text: QLabel
    profile_button: QPushButton
    view: QTableView
    pane: DraftPane
    message: QLabel
    counts: QLabel
    working: QLabel
    progress: QProgressBar
    eml_button: QPushButton
    send_button: QPushButton
    send_setup: QLabel
    close_button: QPushButton
    splitter: QSplitter

    def build_widgets(self, dialog: QDialog) -> None:
        self.templates = QComboBox()
        self.templates.setObjectName("draftTemplate")
        self.templates.setMinimumContentsLength(28)
        self.templates.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.languages = QComboBox()
        self.languages.setObjectName("draftLanguage")
        self.edit_template_button = QPushButton(tr("Edit template…"))
        self.details_button = QPushButton(tr("Your details…"))
        header = QHBoxLayout()
        header.setSpacing(8)
        header.addWidget(QLabel(tr("Message:")))
        header.addWidget(self.templates)
        header.addSpacing(12)
        header.addWidget(QLabel(tr("Language:")))
        header.addWidget(self.languages)
        header.addStretch(1)
        header.addWidget(self.edit_template_button)
        header.addWidget(self.details_button)

        self.profile_text = QLabel()
        self.profile_text.setObjectName("profileText")
        self.profile_text.setWordWrap(True)
        self.profile_button = QPushButton(tr("Fill in your details…"))
        self.profile_button.setObjectName("fillInDetails")
        self.profile_hint = QFrame()
        self.profile_hint.setObjectName("profileHint")
        self.profile_hint.setStyleSheet(_HINT_STYLE)
        hint_row = QHBoxLayout(self.profile_hint)
        hint_row.setContentsMargins(12, 8, 12, 8)
        hint_row.addWidget(self.profile_text, 1)
        hint_row.addWidget(self.profile_button, 0, Qt.AlignmentFlag.AlignVCenter)

        view = self.view = QTableView()
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

        self.pane = DraftPane()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(view)
        splitter.addWidget(self.pane)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([700, 540])
        self.splitter = splitter

        self.message = QLabel()
        self.message.setObjectName("draftingMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(_MESSAGE_STYLE)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.counts = QLabel()
        self.counts.setObjectName("draftCounts")
        self.working = QLabel()
        self.working.setEnabled(False)
        self.working.hide()
        self.progress = QProgressBar()
        self.progress.setObjectName("draftProgress")
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.eml_button = QPushButton(tr("Save as .eml files…"))
        self.eml_button.setObjectName("saveEml")
        self.eml_button.setToolTip(
            tr("One file per message; Thunderbird, Outlook and Apple Mail open them ready to send.")
        )
        self.send_button = QPushButton(tr("Send…"))
        self.send_button.setObjectName("sendDrafts")
        self.send_setup = QLabel(f'<a href="setup">{tr("Set up sending…")}</a>')
        self.send_setup.setObjectName("sendSetup")
        self.send_setup.setToolTip(tr("Tell LifeCRM which mailbox to send from."))
        self.send_setup.hide()
        self.close_button = QPushButton(tr("Close"))
        footer = QHBoxLayout()
        footer.setSpacing(10)
        footer.addWidget(self.counts)
        footer.addSpacing(12)
        footer.addWidget(self.working)
        footer.addWidget(self.progress)
        footer.addStretch(1)
        footer.addWidget(self.eml_button)
        footer.addWidget(self.send_setup)
        footer.addWidget(self.send_button)
        footer.addWidget(self.close_button)

        layout = dialog_layout(dialog, spacing=12)
        layout.addLayout(header)
        layout.addWidget(self.profile_hint)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        layout.addLayout(footer)
        dialog.resize(1280, 800)
