"""The sidebar's segment section: the owner's questions with how many customers answer each.

Counts arrive later than the names (a trend segment takes most of a second at 100k customers),
so a line shows "…" until its count is known. The last line, "+ New segment…", opens the editor
and is never selected. The right-click menu offers Edit for every segment, and Rename and Delete
for the owner's own ones (a built-in suggestion has nothing to rename or delete).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from lifecrm.core.segments.builtin import builtin
from lifecrm.core.segments.catalog import SegmentEntry
from lifecrm.ui.segments.texts import builtin_text

_ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
_COUNT_ROLE = Qt.ItemDataRole.UserRole + 2
_NEW_ROLE = Qt.ItemDataRole.UserRole + 3
_ROW_HEIGHT = 30
_PAD = 12
UNKNOWN = "…"
_COUNT_MIN = 16  # a count's room even while it shows "…", so a name does not wrap back and forth


def _count_text(index: QModelIndex | QPersistentModelIndex) -> str:
    if index.data(_NEW_ROLE):
        return ""
    count = index.data(_COUNT_ROLE)
    return UNKNOWN if count is None else QLocale().toString(int(count))


def display_name(entry: SegmentEntry) -> str:
    """A built-in in the owner's language; the owner's own name as they wrote it."""
    name = entry.name if entry.saved else builtin_text(entry.name)
    return name.replace(" %", "\u00a0%")  # "top 2 %" never breaks before its sign


class _SegmentDelegate(QStyledItemDelegate):
    """Paints "Name ........ 123" like the stages above, "…" while counting.

    A long name ("3+ orders over a chosen total") wraps onto a second line rather than losing
    the words that tell it apart.
    """

    def _text_width(self, option: QStyleOptionViewItem, count_text: str) -> int:
        widget = option.widget
        width = widget.viewport().width() if isinstance(widget, QListWidget) else 0
        width = width or option.rect.width()
        count = max(option.fontMetrics.horizontalAdvance(count_text), _COUNT_MIN)
        return max(width - 2 * _PAD - count - 6, 40)

    def _lines(self, label: str, option: QStyleOptionViewItem, count_text: str) -> int:
        width = self._text_width(option, count_text)
        return 1 if option.fontMetrics.horizontalAdvance(label) <= width else 2

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        lines = self._lines(str(index.data()), option, _count_text(index))
        extra = (lines - 1) * option.fontMetrics.lineSpacing()
        return QSize(option.rect.width(), _ROW_HEIGHT + extra)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        label, opt.text = opt.text, ""
        widget = opt.widget
        if widget is not None:
            widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = opt.palette
        role = QPalette.ColorRole
        is_new = bool(index.data(_NEW_ROLE))
        if selected:
            text_color = muted = palette.color(role.HighlightedText)
        else:
            text_color = palette.color(role.Link if is_new else role.Text)
            muted = palette.color(role.PlaceholderText)
        row = opt.rect
        count_text = _count_text(index)
        x = row.left() + _PAD
        text_rect = QRect(x, row.top(), self._text_width(opt, count_text), row.height())
        middle = Qt.AlignmentFlag.AlignVCenter
        painter.save()
        painter.setPen(text_color)
        if self._lines(label, opt, count_text) == 1:
            painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignLeft | middle), label)
        else:
            flags = Qt.AlignmentFlag.AlignLeft | middle | Qt.TextFlag.TextWordWrap
            painter.drawText(text_rect, int(flags), label)
        painter.setPen(muted)
        count_rect = QRect(row.left(), row.top(), row.width() - _PAD, row.height())
        painter.drawText(count_rect, int(Qt.AlignmentFlag.AlignRight | middle), count_text)
        painter.restore()


class SegmentList(QListWidget):
    """Saved and built-in segments with counts; selecting one emits `segment_selected`."""

    segment_selected = Signal(object)  # SegmentEntry
    new_requested = Signal()
    edit_requested = Signal(object)  # SegmentEntry
    rename_requested = Signal(object)
    delete_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("segmentList")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setItemDelegate(_SegmentDelegate(self))
        self.setResizeMode(QListWidget.ResizeMode.Adjust)  # long names re-wrap on resize
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Segments"))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._show_context_menu)
        self.context_menu: QMenu | None = None
        self.new_item = QListWidgetItem(self.tr("+ New segment…"))
        self.new_item.setData(_NEW_ROLE, True)
        self.new_item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a button, never the selection
        self.new_item.setToolTip(self.tr("Ask your own question: who bought what, when, how much"))
        self.addItem(self.new_item)
        self.currentRowChanged.connect(self._on_row_changed)
        self.itemClicked.connect(self._on_clicked)
        self.itemActivated.connect(self._on_clicked)

    # -- contents --------------------------------------------------------------------------

    def set_entries(self, entries: list[SegmentEntry]) -> None:
        """Shows `entries`, keeping the selection and the counts of segments that did not change.

        A changed definition shows "…" until its new count arrives.
        """
        current = self.current_entry()
        known = {e.name: (e, self.count_of(e.name)) for e in self.entries()}
        self.blockSignals(True)
        while self.count() > 1:
            self.takeItem(0)
        for row, entry in enumerate(entries):
            item = QListWidgetItem(display_name(entry))
            item.setData(_ENTRY_ROLE, entry)
            old = known.get(entry.name)
            item.setData(_COUNT_ROLE, old[1] if old and old[0] == entry else None)
            if not entry.saved and entry.builtin_key:
                item.setToolTip(builtin_text(builtin(entry.builtin_key).description))
            self.insertItem(row, item)
        if current is not None:
            self._select(current.name)
        self.blockSignals(False)

    def entries(self) -> list[SegmentEntry]:
        return [self.item(r).data(_ENTRY_ROLE) for r in range(self.count() - 1)]

    def entry(self, name: str) -> SegmentEntry | None:
        item = self._item(name)
        return item.data(_ENTRY_ROLE) if item is not None else None

    def set_count(self, name: str, count: int | None) -> None:
        item = self._item(name)
        if item is not None:
            item.setData(_COUNT_ROLE, count)
            self.scheduleDelayedItemsLayout()  # a wider count may wrap the name

    def count_of(self, name: str) -> int | None:
        item = self._item(name)
        value = item.data(_COUNT_ROLE) if item is not None else None
        return None if value is None else int(value)

    def count_text(self, name: str) -> str:
        """What the line shows as its count: a number, or "…" while counting."""
        count = self.count_of(name)
        return UNKNOWN if count is None else QLocale().toString(count)

    def set_tooltip(self, name: str, text: str) -> None:
        item = self._item(name)
        if item is not None:
            item.setToolTip(text)

    # -- selection -------------------------------------------------------------------------

    def current_entry(self) -> SegmentEntry | None:
        item = self.currentItem()
        return item.data(_ENTRY_ROLE) if item is not None and item.isSelected() else None

    def select_segment(self, name: str) -> bool:
        """Selects the segment called `name` and emits `segment_selected` (even when it already
        was: after an edit, the list must show the new members); False if there is none."""
        if not self._select(name):
            return False
        self.segment_selected.emit(self.current_entry())
        return True

    def clear_current(self) -> None:
        """No segment selected: a stage is (the list shows one or the other)."""
        self.blockSignals(True)
        self.clearSelection()
        self.setCurrentRow(-1)
        self.blockSignals(False)

    def _select(self, name: str) -> bool:
        item = self._item(name)
        if item is None:
            return False
        blocked = self.blockSignals(True)
        self.setCurrentItem(item)
        item.setSelected(True)
        self.blockSignals(blocked)
        return True

    def _item(self, name: str) -> QListWidgetItem | None:
        for row in range(self.count() - 1):
            item = self.item(row)
            if item.data(_ENTRY_ROLE).name == name:
                return item
        return None

    def _on_row_changed(self, row: int) -> None:
        item = self.item(row) if row >= 0 else None
        if item is not None and not item.data(_NEW_ROLE):
            self.segment_selected.emit(item.data(_ENTRY_ROLE))

    def _on_clicked(self, item: QListWidgetItem) -> None:
        if item is self.new_item:
            self.new_requested.emit()
        elif item.data(_ENTRY_ROLE) is not None and not item.isSelected():
            # Clicked again after a stage was chosen: the row did not change, show it anyway.
            self.select_segment(item.data(_ENTRY_ROLE).name)

    # -- right-click -----------------------------------------------------------------------

    def _show_context_menu(self, point: QPoint) -> None:
        menu = self.build_context_menu(point)
        if menu is not None:
            menu.popup(self.viewport().mapToGlobal(point))

    def build_context_menu(self, point: QPoint) -> QMenu | None:
        """Edit, Rename, Delete for the segment at `point` (in the viewport); None elsewhere."""
        item = self.itemAt(point)
        entry: SegmentEntry | None = item.data(_ENTRY_ROLE) if item is not None else None
        if entry is None:
            return None
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        edit = menu.addAction(self.tr("Edit…") if entry.saved else self.tr("Edit a copy…"))
        edit.setObjectName("editSegment")
        edit.triggered.connect(lambda: self.edit_requested.emit(entry))
        if entry.saved:
            rename = menu.addAction(self.tr("Rename…"))
            rename.setObjectName("renameSegment")
            rename.triggered.connect(lambda: self.rename_requested.emit(entry))
            menu.addSeparator()
            delete = menu.addAction(self.tr("Delete…"))
            delete.setObjectName("deleteSegment")
            delete.triggered.connect(lambda: self.delete_requested.emit(entry))
        self.context_menu = menu
        return menu
