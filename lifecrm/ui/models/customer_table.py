"""The customer list as a Qt model that stays smooth at 100,000 customers.

Sorting and filtering happen in SQL (`customers.customer_ids`, kept and searched in memory by
`core.listing.Listing` so each click and keystroke is quick); the model keeps only the ids in
display order and fetches whole rows lazily, a page at a time, into a bounded LRU cache when the
view asks for them. A `QSortFilterProxyModel` would need every row in memory and takes tens of
seconds per keystroke at that size (CONVENTIONS.md).
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication
from sqlalchemy import Select

from lifecrm.core.customers import (
    CustomerFilter,
    CustomerRow,
    SortKey,
    customer_rows,
)
from lifecrm.core.lifecycle import BEST_PERCENT, Stage
from lifecrm.core.listing import Listing
from lifecrm.core.storage.db import Database
from lifecrm.ui import formatting
from lifecrm.ui.stage_texts import stage_label
from lifecrm.ui.widgets.stage_badge import stage_icon

_CONTEXT = "CustomerTable"
Index = QModelIndex | QPersistentModelIndex

# Column order on screen; each column sorts by its own key in SQL.
COLUMNS: tuple[tuple[SortKey, str], ...] = (
    (SortKey.NAME, QT_TRANSLATE_NOOP("CustomerTable", "Name")),
    (SortKey.EMAIL, QT_TRANSLATE_NOOP("CustomerTable", "E-mail")),
    (SortKey.STAGE, QT_TRANSLATE_NOOP("CustomerTable", "Stage")),
    (SortKey.ORDERS, QT_TRANSLATE_NOOP("CustomerTable", "Orders")),
    (SortKey.TOTAL, QT_TRANSLATE_NOOP("CustomerTable", "Total spent")),
    (SortKey.LAST_ORDER, QT_TRANSLATE_NOOP("CustomerTable", "Last order")),
    (SortKey.RFM, QT_TRANSLATE_NOOP("CustomerTable", "RFM")),
)
COLUMN_OF: dict[SortKey, int] = {key: i for i, (key, _title) in enumerate(COLUMNS)}
_RIGHT = {SortKey.ORDERS, SortKey.TOTAL, SortKey.RFM}
_BEST_MARK = "★"


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(_CONTEXT, text, "", n)


class CustomerTableModel(QAbstractTableModel):
    """Customers matching a `CustomerFilter`, in SQL's order, with rows fetched on demand."""

    CustomerIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(
        self,
        db: Database,
        as_of: date,
        parent: Any = None,
        *,
        page_size: int = 200,
        cache_size: int = 4000,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._as_of = as_of
        self._page_size = page_size
        self._cache_size = max(cache_size, page_size)
        self._filter = CustomerFilter()
        self._ids: list[int] = []
        self._loaded = False  # until the first refresh(), sort() only records the order
        self._cache: OrderedDict[int, CustomerRow] = OrderedDict()
        self._bold: QFont | None = None
        self._listing = Listing()

    # -- what is shown ---------------------------------------------------------------------

    @property
    def filter(self) -> CustomerFilter:
        return self._filter

    @property
    def cached_rows(self) -> int:
        return len(self._cache)

    @property
    def as_of(self) -> date:
        return self._as_of

    def set_database(self, db: Database) -> None:
        self._db = db
        self.refresh()

    def set_as_of(self, as_of: date) -> None:
        """Ages ("n days ago") are counted to this day."""
        self._as_of = as_of
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1)
            )

    def set_stage(self, stage: Stage | None) -> None:
        """Everyone in `stage`; the sidebar shows a stage or a segment, so any segment goes."""
        self._apply(replace(self._filter, stage=stage, segment=None))

    def set_segment(self, members: Select[Any] | None) -> None:
        """Only these members (a SELECT of ids, e.g. `ui_support.listed_ids`), in any stage."""
        self._apply(replace(self._filter, stage=None, segment=members))

    def set_search(self, search: str) -> None:
        self._apply(replace(self._filter, search=search))

    def _apply(self, flt: CustomerFilter) -> None:
        if flt != self._filter:
            self._filter = flt
            self._requery()

    def refresh(self) -> None:
        """The data changed (a recompute, an import): forgets what was kept and reads anew."""
        self._listing.forget()
        self._requery()

    def _requery(self) -> None:
        """The ids for the current filter; cached rows are dropped."""
        with self._db.read() as conn:
            ids = self._listing.ids(conn, self._filter)
        self.beginResetModel()
        self._ids = ids
        self._cache.clear()
        self._loaded = True
        self.endResetModel()

    def refresh_customer(self, customer_id: int) -> None:
        """Drops one cached row so the next paint reads it fresh (e.g. after its notes changed)."""
        self._cache.pop(customer_id, None)
        self._listing.forget()  # a new name or address sorts and searches differently
        row = self.row_of(customer_id)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def customer_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, customer_id: int) -> int | None:
        try:
            return self._ids.index(customer_id)
        except ValueError:
            return None

    def customer(self, row: int) -> CustomerRow | None:
        """The full row behind a list line, fetched (with its page) if not cached."""
        cid = self.customer_id(row)
        if cid is None:
            return None
        cached = self._cache.get(cid)
        if cached is not None:
            self._cache.move_to_end(cid)
            return cached
        self._fetch_page(row)
        return self._cache.get(cid)

    def _fetch_page(self, row: int) -> None:
        start = row - row % self._page_size
        wanted = [i for i in self._ids[start : start + self._page_size] if i not in self._cache]
        with self._db.read() as conn:
            fetched = customer_rows(conn, wanted)
        for cid in wanted:
            if cid in fetched:
                self._cache[cid] = fetched[cid]
        while len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)

    # -- sorting ---------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Re-sorts in SQL; the selected line keeps pointing at the same customer."""
        if not 0 <= column < len(COLUMNS):
            return
        flt = replace(
            self._filter,
            sort=COLUMNS[column][0],
            descending=order == Qt.SortOrder.DescendingOrder,
        )
        if flt == self._filter and self._loaded:
            return
        self._filter = flt
        if not self._loaded:
            return  # the view restoring its sort indicator; refresh() will load in this order
        with self._db.read() as conn:
            ids = self._listing.ids(conn, flt)
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_ids = [self.customer_id(p.row()) for p in old]
        self._ids = ids
        if old:
            # Usually the selection's few rows: a search each beats a 100k-entry dict.
            position = _positions(ids, {cid for cid in old_ids if cid is not None})
            new = [
                self.index(position[cid], p.column())
                if cid is not None and cid in position
                else QModelIndex()
                for p, cid in zip(old, old_ids, strict=True)
            ]
            self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def sort_column(self) -> int:
        return COLUMN_OF[self._filter.sort]

    # -- QAbstractTableModel ---------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        key, title = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr(title)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(key)
        if role == Qt.ItemDataRole.ToolTipRole and key is SortKey.RFM:
            return _tr(
                "Recency, frequency and money spent, each scored 1 to 5 (5 is best). "
                "★ marks the best customers."
            )
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called thousands of times per paint: the cheapest refusals first. An invalid index
        # has row -1, and a table's items have no children.
        if role not in _ANSWERED:
            return None
        number, column = index.row(), index.column()
        if not (0 <= number < len(self._ids) and 0 <= column < len(COLUMNS)):
            return None
        if role == self.CustomerIdRole:
            return self._ids[number]
        key = COLUMNS[column][0]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(key)
        row = self.customer(number)
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, key)
        if role == Qt.ItemDataRole.DecorationRole and key is SortKey.STAGE:
            return stage_icon(row.stage)
        if role == Qt.ItemDataRole.FontRole and key is SortKey.RFM and row.best:
            return self._bold_font()
        if role == Qt.ItemDataRole.ForegroundRole and row.opted_out and key is SortKey.NAME:
            return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.ForegroundRole and key is SortKey.RFM and row.best:
            return QColor("#b7791f")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, key)
        return None

    def _display(self, row: CustomerRow, key: SortKey) -> str:
        if key is SortKey.NAME:
            return row.name
        if key is SortKey.EMAIL:
            return row.email or ""
        if key is SortKey.STAGE:
            return stage_label(row.stage)
        if key is SortKey.ORDERS:
            return str(row.orders)
        if key is SortKey.TOTAL:
            return formatting.money(row.total_minor, row.currency) if row.orders else ""
        if key is SortKey.LAST_ORDER:
            return formatting.date_with_age(row.last_order, self._as_of)
        if row.rfm is None:
            return ""
        return f"{_BEST_MARK} {row.rfm}" if row.best else row.rfm

    def _tooltip(self, row: CustomerRow, key: SortKey) -> str | None:
        if key is SortKey.RFM and row.best:
            return _tr("One of the best customers: the top %1 % by money spent.").replace(
                "%1", str(BEST_PERCENT)
            )
        if key is SortKey.NAME and row.opted_out:
            return _tr("%1 does not want e-mails.").replace("%1", row.name)
        if key in (SortKey.NAME, SortKey.EMAIL):
            return self._display(row, key) or None
        return None

    def _bold_font(self) -> QFont:
        if self._bold is None:
            self._bold = QFont(QApplication.font())
            self._bold.setBold(True)
        return self._bold


_ROW_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.ToolTipRole,
    }
)


_ANSWERED = _ROW_ROLES | {
    Qt.ItemDataRole.TextAlignmentRole,
    CustomerTableModel.CustomerIdRole,
}


def _positions(ids: list[int], wanted: set[int]) -> dict[int, int]:
    """Where each wanted id now is: usually the selection's few rows, so one search each
    (in C) beats building a 100k-entry dict."""
    if len(wanted) > 16:
        return {cid: row for row, cid in enumerate(ids) if cid in wanted}
    found: dict[int, int] = {}
    for cid in wanted:
        try:
            found[cid] = ids.index(cid)
        except ValueError:
            pass
    return found


def _alignment(key: SortKey) -> Qt.AlignmentFlag:
    return _ALIGNMENT[key]


_ALIGNMENT = {  # worked out once: enum arithmetic is slow in a paint's thousands of calls
    key: (Qt.AlignmentFlag.AlignRight if key in _RIGHT else Qt.AlignmentFlag.AlignLeft)
    | Qt.AlignmentFlag.AlignVCenter
    for key in SortKey
}
