"""Window state kept between runs (QSettings), behind one small typed wrapper.

Only how the window looks lives here; business settings (thresholds, sender) are in the
database. Keys are private so a rename happens in one place.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt

_GEOMETRY = "window/geometry"
_STATE = "window/state"
_SPLITTER = "window/splitter"
_SORT_COLUMN = "customers/sort_column"
_SORT_DESCENDING = "customers/sort_descending"
_LANGUAGE = "ui/language"


class UiSettings:
    """Typed access to the window's QSettings (application and organisation name pick the file)."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings()

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._store.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def geometry(self) -> QByteArray | None:
        return self._bytes(_GEOMETRY)

    def set_geometry(self, value: QByteArray) -> None:
        self._store.setValue(_GEOMETRY, value)

    def window_state(self) -> QByteArray | None:
        return self._bytes(_STATE)

    def set_window_state(self, value: QByteArray) -> None:
        self._store.setValue(_STATE, value)

    def splitter_state(self) -> QByteArray | None:
        return self._bytes(_SPLITTER)

    def set_splitter_state(self, value: QByteArray) -> None:
        self._store.setValue(_SPLITTER, value)

    def sort(self) -> tuple[int, Qt.SortOrder]:
        """The last sorted column and order; name, ascending when never set."""
        try:
            column = int(self._store.value(_SORT_COLUMN, 0))
        except (TypeError, ValueError):
            column = 0
        descending = str(self._store.value(_SORT_DESCENDING, "false")).lower() == "true"
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        return column, order

    def set_sort(self, column: int, order: Qt.SortOrder) -> None:
        self._store.setValue(_SORT_COLUMN, column)
        self._store.setValue(_SORT_DESCENDING, order == Qt.SortOrder.DescendingOrder)

    def language(self) -> str:
        """The window's language code (hu, ru, ...); "" follows the computer's."""
        return str(self._store.value(_LANGUAGE, "") or "")

    def set_language(self, code: str) -> None:
        self._store.setValue(_LANGUAGE, code)

    def sync(self) -> None:
        self._store.sync()
