"""A small read-only table of ready-made text: problem rows, name conflicts, the import history.

These lists are short (at most a few thousand rows, already in memory), so the model simply
holds the strings; a row can be shown muted (an undone import) and carry a value for the caller.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

Index = QModelIndex | QPersistentModelIndex


class TextTableModel(QAbstractTableModel):
    """Rows of strings under fixed headers; numbers in `right_columns` are right-aligned."""

    KeyRole = Qt.ItemDataRole.UserRole + 1

    def __init__(
        self,
        headers: Sequence[str],
        *,
        right_columns: Sequence[int] = (),
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._right = set(right_columns)
        self._rows: list[list[str]] = []
        self._keys: list[object] = []
        self._muted: set[int] = set()

    def set_rows(
        self,
        rows: Sequence[Sequence[str]],
        *,
        keys: Sequence[object] | None = None,
        muted: Sequence[int] = (),
    ) -> None:
        self.beginResetModel()
        self._rows = [list(r) for r in rows]
        self._keys = list(keys) if keys is not None else [None] * len(self._rows)
        self._muted = set(muted)
        self.endResetModel()

    def key(self, row: int) -> object:
        return self._keys[row] if 0 <= row < len(self._keys) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._rows[row][column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self._right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and row in self._muted:
            return QApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        if role == self.KeyRole:
            return self._keys[row]
        return None

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
