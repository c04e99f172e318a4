"""The middle of the window: search box, the stage's advice (or the segment's), and the table.

Typing re-queries SQL after a short pause (the query is fast; the pause only saves work while
someone is still typing). The selected customer survives sorting, filtering and refreshes when
they are still in the list.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Select

from lifecrm.core.customers import SortKey
from lifecrm.core.lifecycle import STAGES, Stage
from lifecrm.ui import formatting
from lifecrm.ui.models.customer_table import COLUMN_OF, CustomerTableModel
from lifecrm.ui.segments.banner import SegmentBanner
from lifecrm.ui.settings import UiSettings
from lifecrm.ui.stage_texts import stage_label
from lifecrm.ui.widgets.advice_banner import AdviceBanner

SEARCH_DELAY_MS = 150
_ICON = 10  # the stage's dot
_PAD = 6  # inside each cell, left and right


class CustomerList(QWidget):
    """Search + advice banner + table over a `CustomerTableModel`."""

    customer_selected = Signal(object)  # int | None
    write_requested = Signal(list)  # customer ids, in list order

    def __init__(
        self, model: CustomerTableModel, settings: UiSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.model = model
        self._settings = settings
        self._keep_id: int | None = None
        self._widths: dict[int, int] = {}  # each column's width for its sample text

        self.search = QLineEdit()
        self.search.setObjectName("customerSearch")
        self.search.setPlaceholderText(self.tr("Search by name, e-mail or phone"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumHeight(30)
        self.shown_label = QLabel()
        self.shown_label.setObjectName("shownCount")
        self.shown_label.setEnabled(False)  # muted, like a caption
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self.apply_search)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.search.setFocus)

        self.banner = AdviceBanner()
        self.segment_banner = SegmentBanner()
        self.write_button = QPushButton()
        self.write_button.setObjectName("writeToSelected")
        self.write_button.clicked.connect(self._write_to_selected)
        self.write_button.hide()
        self.context_menu: QMenu | None = None
        self.view = QTableView()
        self.view.setObjectName("customerTable")
        self._setup_view()

        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self.search, 1)
        top.addWidget(self.shown_label)
        top.addWidget(self.write_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 0)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.segment_banner)
        layout.addWidget(self.view, 1)

        model.modelAboutToBeReset.connect(self._remember_selection)
        model.modelReset.connect(self._after_reset)

    def _setup_view(self) -> None:
        view = self.view
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._show_context_menu)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setShowGrid(False)
        view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.setAccessibleName(self.tr("Customers"))
        view.setIconSize(QSize(_ICON, _ICON))
        view.setStyleSheet(
            f"QTableView::item {{ padding-left: {_PAD}px; padding-right: {_PAD}px; }}"
            f" QHeaderView::section {{ padding-left: {_PAD}px; padding-right: {_PAD}px; }}"
        )
        rows = view.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # cheap at 100k rows
        rows.setDefaultSectionSize(view.fontMetrics().height() + 14)
        header = view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSortIndicatorShown(True)
        header.setStretchLastSection(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setMinimumSectionSize(48)
        self.size_columns()
        view.viewport().installEventFilter(self)
        column, order = self._settings.sort()
        if not 0 <= column < self.model.columnCount():
            column = 0
        header.setSortIndicator(column, order)
        view.setSortingEnabled(True)  # sorts once, in SQL, with the restored indicator
        header.sortIndicatorChanged.connect(self._settings.set_sort)
        view.selectionModel().currentRowChanged.connect(self._on_current_row)
        view.selectionModel().selectionChanged.connect(lambda *_: self._update_write_button())

    def size_columns(self) -> None:
        """Widths from sample texts, so no column has to read thousands of rows to size itself.

        The e-mail column also takes whatever room is left (`eventFilter`), so the list needs a
        horizontal scroll bar only when the window is too narrow for the samples.
        """
        metrics = self.view.fontMetrics()
        samples: dict[SortKey, str] = {
            SortKey.NAME: "Alexandra Kovács-Szabó",
            SortKey.EMAIL: "alexandra.kovacs@example.com",
            SortKey.STAGE: max((stage_label(s) for s in STAGES), key=metrics.horizontalAdvance),
            SortKey.ORDERS: "000",
            SortKey.TOTAL: formatting.money(123_456_700, "HUF"),
            SortKey.LAST_ORDER: formatting.date_with_age(date(2022, 9, 28), date(2027, 10, 22)),
            SortKey.RFM: "★ 555",
        }
        header = self.view.horizontalHeader()
        for key, text in samples.items():
            column = COLUMN_OF[key]
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            extra = _ICON + 6 if key is SortKey.STAGE else 0
            width = max(
                metrics.horizontalAdvance(text) + extra + 2 * _PAD + 8,
                metrics.horizontalAdvance(title) + 2 * _PAD + 22,  # room for the sort arrow
            )
            header.resizeSection(column, width)
            self._widths[column] = width
        self._fit_email()

    def _fit_email(self) -> None:
        email = COLUMN_OF[SortKey.EMAIL]
        others = sum(
            w for c, w in self._widths.items() if c != email and not self.view.isColumnHidden(c)
        )
        room = self.view.viewport().width() - others
        self.view.horizontalHeader().resizeSection(email, max(self._widths.get(email, 0), room))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_email()
        return False

    # -- filtering -------------------------------------------------------------------------

    def apply_search(self) -> None:
        """Runs the pending search now (the timer calls it; tests may too)."""
        self._search_timer.stop()
        self.model.set_search(self.search.text())
        self._update_shown()

    def show_stage(self, stage: Stage | None, count: int) -> None:
        self.segment_banner.hide()
        self.banner.show_stage(stage, count)
        # Every line would say the same stage; the banner already does.
        self.view.setColumnHidden(COLUMN_OF[SortKey.STAGE], stage is not None)
        self._fit_email()
        self.model.set_stage(stage)
        self._update_shown()

    def show_segment(self, name: str, rule: str, hint: str) -> None:
        """A segment's banner instead of a stage's; `set_segment_members` fills the list."""
        self.banner.show_stage(None, 0)
        self.segment_banner.show_segment(name, rule, hint, None)
        self.view.setColumnHidden(COLUMN_OF[SortKey.STAGE], False)
        self._fit_email()

    def set_segment_members(self, members: Select[Any] | None, count: int | None) -> None:
        """Only the segment's members (with the search on top); None count while counting."""
        self.segment_banner.set_count(count)
        self.model.set_segment(members)
        self._update_shown()

    def update_banner_count(self, count: int) -> None:
        self.banner.show_stage(self.banner.stage, count)

    def _update_shown(self) -> None:
        n = self.model.rowCount()
        self.shown_label.setText(self.tr("%Ln shown", "", n))

    # -- selection -------------------------------------------------------------------------

    def current_customer_id(self) -> int | None:
        index = self.view.currentIndex()
        return self.model.customer_id(index.row()) if index.isValid() else None

    def select_customer(self, customer_id: int | None) -> bool:
        row = self.model.row_of(customer_id) if customer_id is not None else None
        if row is None:
            self.view.clearSelection()
            self.view.setCurrentIndex(QModelIndex())
            return False
        index = self.model.index(row, 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.selectionModel().setCurrentIndex(index, flags)
        self.view.scrollTo(index)
        return True

    def selected_customer_ids(self) -> list[int]:
        """The selected customers in list order (several with Ctrl or Shift)."""
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        return [cid for row in rows if (cid := self.model.customer_id(row)) is not None]

    def _update_write_button(self) -> None:
        n = len(self.view.selectionModel().selectedRows())
        self.write_button.setText(self.tr("Write to %n selected…", "", n))
        self.write_button.setVisible(n > 1)

    def _write_to_selected(self) -> None:
        ids = self.selected_customer_ids()
        if ids:
            self.write_requested.emit(ids)

    def _show_context_menu(self, point: QPoint) -> None:
        menu = self.build_context_menu(point)
        if menu is not None:
            menu.popup(self.view.viewport().mapToGlobal(point))

    def build_context_menu(self, point: QPoint) -> QMenu | None:
        """The menu for a right-click at `point` (in the view's viewport); None off the rows."""
        index = self.view.indexAt(point)
        if not index.isValid():
            return None
        if not self.view.selectionModel().isRowSelected(index.row(), QModelIndex()):
            self.select_customer(self.model.customer_id(index.row()))
        n = len(self.selected_customer_ids())
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        action = menu.addAction(
            self.tr("Write to this customer…")
            if n == 1
            else self.tr("Write to these %n customers…", "", n)
        )
        action.setObjectName("writeFromMenu")
        action.triggered.connect(self._write_to_selected)
        self.context_menu = menu
        return menu

    def _remember_selection(self) -> None:
        self._keep_id = self.current_customer_id()

    def _after_reset(self) -> None:
        kept, self._keep_id = self._keep_id, None
        self._update_shown()
        if kept is None or not self.select_customer(kept):
            self.customer_selected.emit(None)

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.customer_selected.emit(
            self.model.customer_id(current.row()) if current.isValid() else None
        )
