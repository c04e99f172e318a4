"""The left-hand list of lifecycle stages with their counts: the owner's weekly to-do list.

"All customers" sits on top, then the eight stages in core's display order. Selecting one emits
`stage_selected` with the `Stage` (or None for everyone). `SidebarPane` puts the owner's segments
underneath, under their own heading.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from lifecrm.core.lifecycle import STAGES, Stage
from lifecrm.ui.stage_texts import stage_advice, stage_label
from lifecrm.ui.widgets.stage_badge import paint_dot

_STAGE_ROLE = Qt.ItemDataRole.UserRole + 1
_COUNT_ROLE = Qt.ItemDataRole.UserRole + 2
_ROW_HEIGHT = 34
_GAP_AFTER_ALL = 12  # "All customers" stands apart from the stages
_PAD = 12
_DOT = 9


class _StageDelegate(QStyledItemDelegate):
    """Paints "● Label ........ 123" with the count right-aligned and muted."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        extra = _GAP_AFTER_ALL if index.row() == 0 else 0
        return QSize(option.rect.width(), _ROW_HEIGHT + extra)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        label = opt.text
        opt.text = ""
        row = QRect(opt.rect)
        if index.row() == 0:
            row.setHeight(_ROW_HEIGHT)
        opt.rect = row
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = opt.palette
        text_color = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        stage = index.data(_STAGE_ROLE)
        count = index.data(_COUNT_ROLE)
        painter.save()
        x = row.left() + _PAD
        if stage is not None:
            paint_dot(painter, Stage(stage), x, row.center().y() - _DOT / 2 + 1, _DOT)
        x += _DOT + 9
        count_text = "" if count is None else QLocale().toString(int(count))
        metrics = painter.fontMetrics()
        count_width = metrics.horizontalAdvance(count_text) + _PAD
        text_rect = QRect(x, row.top(), row.right() - x - count_width - 6, row.height())
        font = QFont(opt.font)
        if stage is None:
            font.setBold(True)
        painter.setFont(font)
        painter.setPen(text_color)
        painter.drawText(
            text_rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            painter.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight, text_rect.width()),
        )
        painter.setFont(opt.font)
        painter.setPen(muted)
        count_rect = QRect(row.left(), row.top(), row.width() - _PAD, row.height())
        painter.drawText(
            count_rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), count_text
        )
        if index.row() == 0:
            painter.setPen(palette.color(QPalette.ColorRole.Mid))
            y = row.bottom() + _GAP_AFTER_ALL // 2
            painter.drawLine(option.rect.left() + _PAD, y, option.rect.right() - _PAD, y)
        painter.restore()


class StageSidebar(QListWidget):
    """Stages with counts; the current entry decides which customers the list shows."""

    stage_selected = Signal(object)  # Stage | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stageSidebar")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setItemDelegate(_StageDelegate(self))
        self.setUniformItemSizes(False)
        self.setAccessibleName(self.tr("Customer stages"))
        self._items: dict[Stage | None, QListWidgetItem] = {}
        everyone = QListWidgetItem(self.tr("All customers"))
        everyone.setData(_STAGE_ROLE, None)
        self.addItem(everyone)
        self._items[None] = everyone
        for stage in STAGES:
            item = QListWidgetItem(stage_label(stage))
            item.setData(_STAGE_ROLE, str(stage))
            item.setToolTip(stage_advice(stage))
            self.addItem(item)
            self._items[stage] = item
        self.setCurrentRow(0)
        self.currentRowChanged.connect(self._on_row_changed)
        self.setMinimumWidth(self.width_for_labels())

    def width_for_labels(self) -> int:
        """Room for the longest label (bold for "All customers") beside a six-digit count, so
        no stage name is cut in any language."""
        bold = QFont(self.font())
        bold.setBold(True)
        widest = max(
            QFontMetrics(bold if stage is None else self.font()).horizontalAdvance(item.text())
            for stage, item in self._items.items()
        )
        count = self.fontMetrics().horizontalAdvance(QLocale().toString(100_000))
        return _PAD + _DOT + 9 + widest + 6 + count + _PAD + 2 * self.frameWidth() + 4

    def set_counts(self, counts: dict[Stage, int], total: int) -> None:
        self._items[None].setData(_COUNT_ROLE, total)
        for stage in STAGES:
            self._items[stage].setData(_COUNT_ROLE, counts.get(stage, 0))

    def count_for(self, stage: Stage | None) -> int:
        return int(self._items[stage].data(_COUNT_ROLE) or 0)

    def current_stage(self) -> Stage | None:
        item = self.currentItem()
        value = item.data(_STAGE_ROLE) if item is not None else None
        return Stage(value) if value else None

    def select_stage(self, stage: Stage | None) -> None:
        self.setCurrentItem(self._items[stage])

    def item_for(self, stage: Stage | None) -> QListWidgetItem:
        return self._items[stage]

    def clear_current(self) -> None:
        """No stage selected: a segment is (the list shows one or the other)."""
        self.blockSignals(True)
        self.clearSelection()
        self.setCurrentRow(-1)
        self.blockSignals(False)

    def content_height(self) -> int:
        """Every row without scrolling: the stages never hide behind the segments."""
        rows = sum(self.sizeHintForRow(r) for r in range(self.count()))
        return rows + 2 * self.frameWidth()

    def _on_row_changed(self, row: int) -> None:
        if row >= 0:
            self.stage_selected.emit(self.current_stage())


class SidebarPane(QWidget):
    """The left column: the stages at their full height, then "Segments" and their list."""

    def __init__(
        self, stages: StageSidebar, segments: QWidget, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sidebarPane")
        self.setBackgroundRole(QPalette.ColorRole.Base)  # one white column, as before
        self.setAutoFillBackground(True)
        stages.setFixedHeight(stages.content_height())
        stages.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.heading = QLabel(self.tr("Segments"))
        self.heading.setObjectName("segmentsHeading")
        font = QFont(self.heading.font())
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setContentsMargins(_PAD, 14, _PAD, 4)
        self.heading.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(stages)
        layout.addWidget(self.heading)
        layout.addWidget(segments, 1)
