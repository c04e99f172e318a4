"""The recipients list: who gets a message, in which language, with which subject.

A row's checkbox is the owner's "send this one": unticking leaves a customer out. Customers
core skipped (no e-mail, opted out) stay listed, unticked and greyed, with the reason where
the subject would be, so nobody disappears without a word.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from lifecrm.ui.drafting.draft_set import DraftSet
from lifecrm.ui.drafting.texts import language_name, skip_reason, tr

Index = QModelIndex | QPersistentModelIndex
NAME, EMAIL, LANGUAGE, SUBJECT = range(4)
EDITED_MARK = "✎"


class RecipientsModel(QAbstractTableModel):
    """A view of a `DraftSet`; `reset()` after the set changes wholesale."""

    inclusion_changed = Signal()

    def __init__(self, drafts: DraftSet, parent: Any = None) -> None:
        super().__init__(parent)
        self.drafts = drafts
        self._headers = [tr("Name"), tr("E-mail"), tr("Language"), tr("Subject")]
        self._strike: QFont | None = None

    def reset(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._headers) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.drafts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == NAME and not self.drafts.draft(index.row()).skipped:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.drafts):
            return None
        row, column = index.row(), index.column()
        draft = self.drafts.draft(row)
        sent = not draft.skipped and self.drafts.included(row)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME:
                return draft.name or draft.email or ""
            if column == EMAIL:
                return draft.email or ""
            if column == LANGUAGE:
                return language_name(draft.language)
            if draft.skipped:
                return skip_reason(draft.skipped)
            return f"{EDITED_MARK} {draft.subject}" if draft.edited else draft.subject
        if role == Qt.ItemDataRole.CheckStateRole and column == NAME:
            return Qt.CheckState.Checked if sent else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and not sent:
            return QApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        if role == Qt.ItemDataRole.FontRole and column == SUBJECT and not sent:
            if draft.skipped:
                return None
            return self._strike_font()
        if role == Qt.ItemDataRole.ToolTipRole:
            if draft.skipped:
                return skip_reason(draft.skipped)
            if not sent:
                return tr("Left out: tick the box to write to this customer after all.")
            if draft.edited:
                return tr("You edited this message; template changes leave it alone.")
            return draft.subject if column == SUBJECT else None
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != NAME:
            return False
        if self.drafts.draft(index.row()).skipped:
            return False
        checked = value == Qt.CheckState.Checked or value == Qt.CheckState.Checked.value
        self.drafts.set_included(index.row(), bool(checked))
        self.row_changed(index.row())
        self.inclusion_changed.emit()
        return True

    def _strike_font(self) -> QFont:
        if self._strike is None:
            self._strike = QFont(QApplication.font())
            self._strike.setStrikeOut(True)
        return self._strike
