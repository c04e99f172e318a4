"""The right-hand side of the drafting view: the selected draft, and editing it by hand.

"Edit this message" turns the preview into a subject line and a text box; "Keep my changes"
hands the words to the drafting view, which keeps them for this customer from then on.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from lifecrm.core.drafting.drafts import Draft
from lifecrm.ui.drafting.editor_layout import NOTE_STYLE
from lifecrm.ui.drafting.preview import MessagePreview
from lifecrm.ui.drafting.texts import tr

_PREVIEW, _EDITING = 0, 1


class DraftPane(QWidget):
    edit_kept = Signal(str, str)  # subject, text
    undo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft: Draft | None = None
        self.preview = MessagePreview()
        self.edit_button = QPushButton(tr("Edit this message"))
        self.edit_button.setObjectName("editDraft")
        self.edit_button.setToolTip(
            tr("Change the words for this customer only; template changes leave them alone.")
        )
        self.edit_button.clicked.connect(self.start_editing)
        self.undo_button = QPushButton(tr("Undo my changes"))
        self.undo_button.setObjectName("undoDraft")
        self.undo_button.setToolTip(tr("Use the template's words for this customer again."))
        self.undo_button.clicked.connect(self.undo_requested)
        self.edited_note = QLabel(tr("✎ You edited this message by hand."))
        self.edited_note.setStyleSheet(NOTE_STYLE)
        actions = QHBoxLayout()
        actions.addWidget(self.edited_note)
        actions.addStretch(1)
        actions.addWidget(self.undo_button)
        actions.addWidget(self.edit_button)
        showing = QWidget()
        showing_layout = QVBoxLayout(showing)
        showing_layout.setContentsMargins(0, 0, 0, 0)
        showing_layout.addWidget(self.preview, 1)
        showing_layout.addLayout(actions)

        self.subject = QLineEdit()
        self.subject.setObjectName("draftSubject")
        self.text = QPlainTextEdit()
        self.text.setObjectName("draftText")
        self.keep_button = QPushButton(tr("Keep my changes"))
        self.keep_button.setDefault(True)
        self.keep_button.clicked.connect(self.keep)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.clicked.connect(self.stop_editing)
        edit_buttons = QHBoxLayout()
        edit_buttons.addStretch(1)
        edit_buttons.addWidget(self.cancel_button)
        edit_buttons.addWidget(self.keep_button)
        editing = QWidget()
        editing_layout = QVBoxLayout(editing)
        editing_layout.setContentsMargins(0, 0, 0, 0)
        editing_layout.addWidget(QLabel(tr("Subject")))
        editing_layout.addWidget(self.subject)
        editing_layout.addWidget(QLabel(tr("Message")))
        editing_layout.addWidget(self.text, 1)
        editing_layout.addLayout(edit_buttons)

        self.pages = QStackedWidget()
        self.pages.addWidget(showing)
        self.pages.addWidget(editing)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.show_draft(None)

    @property
    def editing(self) -> bool:
        return self.pages.currentIndex() == _EDITING

    def show_draft(self, draft: Draft | None) -> None:
        """Shows `draft` (None: nothing selected); leaves any unfinished edit."""
        self.draft = draft
        self.pages.setCurrentIndex(_PREVIEW)
        if draft is None:
            self.preview.show_note("", tr("Choose a customer on the left to read their message."))
        else:
            self.preview.show_draft(draft)
        can_edit = draft is not None and not draft.skipped
        self.edit_button.setEnabled(can_edit)
        edited = bool(draft is not None and draft.edited)
        self.undo_button.setVisible(edited)
        self.edited_note.setVisible(edited)

    def start_editing(self) -> None:
        if self.draft is None or self.draft.skipped:
            return
        self.subject.setText(self.draft.subject)
        self.text.setPlainText(self.draft.text)
        self.pages.setCurrentIndex(_EDITING)
        self.text.setFocus()

    def keep(self) -> None:
        self.edit_kept.emit(self.subject.text(), self.text.toPlainText())

    def stop_editing(self) -> None:
        self.show_draft(self.draft)
