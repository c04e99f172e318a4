"""The segment editor's widgets and where they sit (the dialog itself holds the behaviour).

Name and "Start from" on top; the rows on the left, scrolling when there are many; who matches
on the right, where the owner's eye lands after each change; Cancel / Save at the bottom.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lifecrm.core.segments.catalog import suggestions
from lifecrm.ui.models.text_table import TextTableModel
from lifecrm.ui.segments.rows import ConditionList, mode_combo
from lifecrm.ui.segments.texts import builtin_text, tr

if TYPE_CHECKING:
    from lifecrm.ui.segments.editor import SegmentEditor

_ERROR_STYLE = (
    "color: #991b1b; background: #fef2f2; border: 1px solid #fecaca; border-radius: 4px;"
    " padding: 6px 8px;"
)


def _bold(label: QLabel, scale: float = 1.0) -> QLabel:
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


def build_editor_layout(d: SegmentEditor) -> None:
    d.name_edit = QLineEdit()
    d.name_edit.setObjectName("segmentName")
    d.name_edit.setPlaceholderText(tr("e.g. Bicycle but no helmet"))
    d.start_combo = QComboBox()
    d.start_combo.setObjectName("startFrom")
    d.start_combo.addItem(tr("Choose a suggestion…"), None)
    for suggestion in suggestions():
        d.start_combo.addItem(builtin_text(suggestion.name), suggestion.key)
        d.start_combo.setItemData(
            d.start_combo.count() - 1,
            builtin_text(suggestion.description),
            Qt.ItemDataRole.ToolTipRole,
        )
    top = QGridLayout()
    top.setHorizontalSpacing(10)
    top.addWidget(QLabel(tr("Segment name")), 0, 0)
    top.addWidget(d.name_edit, 0, 1)
    top.addWidget(QLabel(tr("Start from")), 0, 2)
    top.addWidget(d.start_combo, 0, 3)
    top.setColumnStretch(1, 3)
    top.setColumnStretch(3, 2)

    d.mode = mode_combo()
    d.mode.setObjectName("segmentMode")
    match = QHBoxLayout()
    match.addWidget(QLabel(tr("Customers who match")))
    match.addWidget(d.mode)
    match.addWidget(QLabel(tr("of these:")))
    match.addStretch(1)

    d.words_label = QLabel()
    d.words_label.setObjectName("segmentInWords")
    d.words_label.setWordWrap(True)
    d.words_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # a reading aid
    d.conditions = ConditionList(d.choices)
    d.conditions.setObjectName("conditionList")
    holder = QWidget()
    holder_layout = QVBoxLayout(holder)
    holder_layout.setContentsMargins(0, 0, 8, 0)
    holder_layout.addWidget(d.conditions)
    holder_layout.addSpacing(8)
    holder_layout.addWidget(d.words_label)  # read right under the rows it restates
    holder_layout.addStretch(1)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(holder)
    d.error_label = QLabel()
    d.error_label.setObjectName("segmentError")
    d.error_label.setWordWrap(True)
    d.error_label.setStyleSheet(_ERROR_STYLE)
    d.error_label.hide()
    left = QWidget()
    left_layout = QVBoxLayout(left)
    left_layout.setContentsMargins(0, 0, 0, 0)
    left_layout.addLayout(match)
    left_layout.addWidget(scroll, 1)
    left_layout.addWidget(d.error_label)

    d.count_label = _bold(QLabel(), 1.15)
    d.count_label.setObjectName("segmentCount")
    d.preview_model = TextTableModel([tr("Name"), tr("Stage"), tr("Last order")], parent=d)
    view = QTableView()
    view.setObjectName("segmentPreview")
    view.setModel(d.preview_model)
    view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setShowGrid(False)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
    d.preview_view = view
    d.more_label = QLabel()
    d.more_label.setEnabled(False)  # muted, like a caption
    right = QWidget()
    right_layout = QVBoxLayout(right)
    right_layout.setContentsMargins(8, 0, 0, 0)
    right_layout.addWidget(d.count_label)
    right_layout.addWidget(view, 1)
    right_layout.addWidget(d.more_label)

    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.addWidget(left)
    splitter.addWidget(right)
    splitter.setStretchFactor(0, 3)
    splitter.setStretchFactor(1, 2)
    splitter.setChildrenCollapsible(False)

    d.cancel_button = QPushButton(tr("Cancel"))
    d.save_button = QPushButton(tr("Save"))
    d.save_button.setObjectName("saveSegment")
    d.save_button.setDefault(True)
    buttons = QHBoxLayout()
    buttons.addStretch(1)
    buttons.addWidget(d.cancel_button)
    buttons.addWidget(d.save_button)

    layout = QVBoxLayout(d)
    layout.setContentsMargins(16, 14, 16, 12)
    layout.setSpacing(10)
    layout.addLayout(top)
    layout.addWidget(splitter, 1)
    layout.addLayout(buttons)
    d.resize(1120, 640)
