"""The segment editor's widgets and where they sit (the dialog itself holds the behaviour).

Name and "Start from" on top; the rows on the left, scrolling when there are many; who matches
on the right, where the owner's eye lands after each change; Cancel / Save at the bottom.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
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

from lifecrm.core.segments.ui_support import suggestions
from lifecrm.ui.common.frame import button_row
from lifecrm.ui.models.text_table import TextTableModel
from lifecrm.ui.segments.rows import ConditionList, mode_combo
from lifecrm.ui.segments.texts import builtin_text, tr
from lifecrm.ui.segments.values import Choices

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


class SegmentEditorWidgets:
    """The widgets `SegmentEditor` works with, built and laid out by `build_widgets`: a holder
    the dialog inherits, so this module never imports the dialog back."""

    name_edit: QLineEdit
    start_combo: QComboBox
    mode: QComboBox
    conditions: ConditionList
    error_label: QLabel
    words_label: QLabel
    count_label: QLabel
    more_label: QLabel
    preview_model: TextTableModel
    preview_view: QTableView
    save_button: QPushButton
    cancel_button: QPushButton

    choices: Choices  # the dialog's, set before the widgets are built

    def build_widgets(self, dialog: QDialog) -> None:
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("segmentName")
        self.name_edit.setPlaceholderText(tr("e.g. Bicycle but no helmet"))
        self.start_combo = QComboBox()
        self.start_combo.setObjectName("startFrom")
        self.start_combo.addItem(tr("Choose a suggestion…"), None)
        for suggestion in suggestions():
            self.start_combo.addItem(builtin_text(suggestion.name), suggestion.key)
            self.start_combo.setItemData(
                self.start_combo.count() - 1,
                builtin_text(suggestion.description),
                Qt.ItemDataRole.ToolTipRole,
            )
        top = QGridLayout()
        top.setHorizontalSpacing(10)
        top.addWidget(QLabel(tr("Segment name")), 0, 0)
        top.addWidget(self.name_edit, 0, 1)
        top.addWidget(QLabel(tr("Start from")), 0, 2)
        top.addWidget(self.start_combo, 0, 3)
        top.setColumnStretch(1, 3)
        top.setColumnStretch(3, 2)

        self.mode = mode_combo()
        self.mode.setObjectName("segmentMode")
        match = QHBoxLayout()
        match.addWidget(QLabel(tr("Customers who match")))
        match.addWidget(self.mode)
        match.addWidget(QLabel(tr("of these:")))
        match.addStretch(1)

        self.words_label = QLabel()
        self.words_label.setObjectName("segmentInWords")
        self.words_label.setWordWrap(True)
        self.words_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # a reading aid
        self.conditions = ConditionList(self.choices)
        self.conditions.setObjectName("conditionList")
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 8, 0)
        holder_layout.addWidget(self.conditions)
        holder_layout.addSpacing(8)
        holder_layout.addWidget(self.words_label)  # read right under the rows it restates
        holder_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        self.error_label = QLabel()
        self.error_label.setObjectName("segmentError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(_ERROR_STYLE)
        self.error_label.hide()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(match)
        left_layout.addWidget(scroll, 1)
        left_layout.addWidget(self.error_label)

        self.count_label = _bold(QLabel(), 1.15)
        self.count_label.setObjectName("segmentCount")
        self.preview_model = TextTableModel(
            [tr("Name"), tr("Stage"), tr("Last order")], parent=dialog
        )
        view = QTableView()
        view.setObjectName("segmentPreview")
        view.setModel(self.preview_model)
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
        self.preview_view = view
        self.more_label = QLabel()
        self.more_label.setEnabled(False)  # muted, like a caption
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addWidget(self.count_label)
        right_layout.addWidget(view, 1)
        right_layout.addWidget(self.more_label)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([720, 520])  # the preview wide enough for names, stage and date
        splitter.setChildrenCollapsible(False)

        self.cancel_button = QPushButton(tr("Cancel"))
        self.save_button = QPushButton(tr("Save"))
        self.save_button.setObjectName("saveSegment")
        self.save_button.setDefault(True)
        buttons = button_row(right=[self.cancel_button, self.save_button])

        layout = QVBoxLayout(dialog)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        dialog.resize(1260, 640)
