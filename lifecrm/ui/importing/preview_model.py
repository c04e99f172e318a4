"""The first rows of the file as the owner's spreadsheet shows them, unused columns greyed out."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from lifecrm.core.importing.table import RawTable
from lifecrm.ui import formatting

PREVIEW_ROWS = 50
Index = QModelIndex | QPersistentModelIndex


def cell_text(value: object) -> str:
    """A cell as plain text: dates in the owner's format, whole numbers without ".0"."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return f"{formatting.short_date(value.date())} {value:%H:%M}"
    if isinstance(value, date):
        return formatting.short_date(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class PreviewModel(QAbstractTableModel):
    """Up to `PREVIEW_ROWS` rows of a `RawTable`; the row headers are the spreadsheet's numbers."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._rows: list[tuple[int, list[str]]] = []
        self._used: set[int] = set()

    def set_table(self, table: RawTable, used: set[int]) -> None:
        self.beginResetModel()
        self._headers = list(table.headers)
        self._rows = [(n, [cell_text(c) for c in cells]) for n, cells in table.rows[:PREVIEW_ROWS]]
        self._used = set(used)
        self.endResetModel()

    def set_used(self, used: set[int]) -> None:
        """Which columns are imported; the others are drawn greyed out."""
        self._used = set(used)
        if self._headers:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)
            if self._rows:
                last = self.index(len(self._rows) - 1, len(self._headers) - 1)
                self.dataChanged.emit(self.index(0, 0), last, [Qt.ItemDataRole.ForegroundRole])

    def is_used(self, column: int) -> bool:
        return column in self._used

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def _muted(self) -> Any:
        return QApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._rows[index.row()][1][index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() not in self._used:
            return self._muted()
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self._headers):
                return None
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return self._headers[section]
            if role == Qt.ItemDataRole.ForegroundRole and section not in self._used:
                return self._muted()
            return None
        if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._rows):
            return str(self._rows[section][0])
        return None
