"""Condition rows: field → operator → value, and a framed group of rows combined any/all.

The rows build the definition's JSON exactly as written, item by item in order, so core's
message "Condition 2 of the segment › condition 1 …" points at the second row's first line.
Which operators a field takes and what value each needs come from core's `FIELDS`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QStyleOptionComboBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lifecrm.core.segments import FIELDS, Kind
from lifecrm.ui.segments.texts import FIELD_LABELS, field_label, op_label, tr
from lifecrm.ui.segments.values import BetweenEditor, Choices, ValueEditor, make_editor

NEW_CONDITION: dict[str, Any] = {"field": "orders", "op": ">="}


def _remove_button(tooltip: str) -> QToolButton:
    button = QToolButton()
    button.setText("✕")
    button.setToolTip(tooltip)
    button.setAutoRaise(True)
    return button


def fit_choice(combo: QComboBox) -> None:
    """Wide enough for the chosen item whole ("egyik sem ezek közül:"), however short the rest."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    metrics = combo.fontMetrics()
    text = QSize(metrics.horizontalAdvance(combo.currentText()), metrics.height())
    size = combo.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, text, combo)
    combo.setMinimumWidth(size.width())


def mode_combo() -> QComboBox:
    combo = QComboBox()
    combo.addItem(tr("all"), "all")
    combo.addItem(tr("any"), "any")
    combo.setToolTip(tr("All: every condition must hold. Any: at least one must."))
    return combo


class ConditionRow(QWidget):
    """One condition; the value control changes with the field and the operator."""

    changed = Signal()
    remove_requested = Signal(object)  # self

    def __init__(self, choices: Choices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = choices
        self.field_combo = QComboBox()
        self.field_combo.setObjectName("conditionField")
        for key in FIELD_LABELS:
            self.field_combo.addItem(field_label(key), key)
        self.op_combo = QComboBox()
        self.op_combo.setObjectName("conditionOp")
        # Narrower than their longest item (the popup still shows it): room for the value.
        adjust = QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        for combo, letters in ((self.field_combo, 15), (self.op_combo, 11)):
            combo.setSizeAdjustPolicy(adjust)
            combo.setMinimumContentsLength(letters)
        self.editor: ValueEditor | BetweenEditor | None = None
        self.remove_button = _remove_button(tr("Remove this condition"))
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)
        self._layout.addWidget(self.field_combo)
        self._layout.addWidget(self.op_combo)
        self._layout.addStretch(1)  # replaced by the value control
        self._layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        for combo in (self.field_combo, self.op_combo):
            combo.currentIndexChanged.connect(lambda _i, c=combo: fit_choice(c))
        self.field_combo.currentIndexChanged.connect(lambda _i: self._on_field())
        self.op_combo.currentIndexChanged.connect(lambda _i: self._on_op())
        self.load(NEW_CONDITION)

    @property
    def field(self) -> str:
        return str(self.field_combo.currentData())

    @property
    def op(self) -> str:
        return str(self.op_combo.currentData())

    @property
    def kind(self) -> Kind:
        return FIELDS[self.field][self.op]

    def load(self, doc: dict[str, Any]) -> None:
        """Shows a condition from JSON; a missing value leaves its control empty."""
        index = self.field_combo.findData(doc.get("field"))
        self.field_combo.blockSignals(True)
        self.field_combo.setCurrentIndex(max(index, 0))
        self.field_combo.blockSignals(False)
        fit_choice(self.field_combo)
        self._fill_ops(str(doc.get("op", "")))
        self._new_editor()
        if self.editor is not None and "value" in doc:
            self.editor.set_value(doc["value"])

    def to_json(self) -> dict[str, Any]:
        doc: dict[str, Any] = {"field": self.field, "op": self.op}
        if self.editor is not None and self.kind is not Kind.NONE:
            doc["value"] = self.editor.value()
        return doc

    def _fill_ops(self, wanted: str) -> None:
        self.op_combo.blockSignals(True)
        self.op_combo.clear()
        for op in FIELDS[self.field]:
            self.op_combo.addItem(op_label(op), op)
        self.op_combo.setCurrentIndex(max(self.op_combo.findData(wanted), 0))
        self.op_combo.blockSignals(False)
        fit_choice(self.op_combo)

    def _new_editor(self) -> None:
        """Puts the control the current operator needs where the old one was."""
        old = self.editor
        kept = old.value() if old is not None else None
        same = old is not None and old.kind is self.kind
        same = same and isinstance(old, BetweenEditor) == (self.op == "between")
        self.editor = make_editor(self.kind, self.op, self.choices)
        self.editor.changed.connect(self.changed)
        self._layout.takeAt(2)
        if old is not None:
            old.deleteLater()
        self._layout.insertWidget(2, self.editor, 1)
        if same and kept is not None:
            self.editor.set_value(kept)

    def _on_field(self) -> None:
        self._fill_ops(self.op)
        self._new_editor()
        self.changed.emit()

    def _on_op(self) -> None:
        self._new_editor()
        self.changed.emit()


class ConditionList(QWidget):
    """Rows (and, at the top, framed groups) with "+ Add a condition" / "+ Add a group"."""

    changed = Signal()

    def __init__(self, choices: Choices, depth: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = choices
        self.depth = depth
        self.rows: list[ConditionRow | GroupRow] = []
        self._rows = QVBoxLayout()
        self._rows.setContentsMargins(0, 0, 0, 0)
        self._rows.setSpacing(6)
        self.add_condition_button = QPushButton(tr("+ Add a condition"))
        self.add_condition_button.setObjectName("addCondition")
        self.add_condition_button.setFlat(True)
        self.add_condition_button.clicked.connect(lambda: self.add_condition())
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_condition_button)
        self.add_group_button: QPushButton | None = None
        if depth == 0:  # one level of groups is all the editor offers
            self.add_group_button = QPushButton(tr("+ Add a group"))
            self.add_group_button.setObjectName("addGroup")
            self.add_group_button.setFlat(True)
            self.add_group_button.setToolTip(
                tr("A framed list of conditions with its own any/all, e.g. bought A or B")
            )
            self.add_group_button.clicked.connect(lambda: self.add_group())
            buttons.addWidget(self.add_group_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(self._rows)
        layout.addLayout(buttons)

    def add_condition(self, doc: dict[str, Any] | None = None) -> ConditionRow:
        row = ConditionRow(self.choices)
        if doc is not None:
            row.load(doc)
        self._append(row)
        return row

    def add_group(self, doc: dict[str, Any] | None = None) -> GroupRow:
        group = GroupRow(self.choices, self.depth + 1)
        group.load(doc or {"any": [dict(NEW_CONDITION)]})
        self._append(group)
        return group

    def load(self, items: list[Any]) -> None:
        for row in list(self.rows):
            self._remove(row, notify=False)
        for item in items:
            if isinstance(item, dict) and "field" in item:
                self.add_condition(item)
            elif isinstance(item, dict):
                self.add_group(item)
        self.changed.emit()

    def to_json(self) -> list[dict[str, Any]]:
        return [row.to_json() for row in self.rows]

    def _append(self, row: ConditionRow | GroupRow) -> None:
        row.changed.connect(self.changed)
        row.remove_requested.connect(lambda r: self._remove(r))
        self.rows.append(row)
        self._rows.addWidget(row)
        self.changed.emit()

    def _remove(self, row: ConditionRow | GroupRow, *, notify: bool = True) -> None:
        if row in self.rows:
            self.rows.remove(row)
            self._rows.removeWidget(row)
            row.hide()
            row.deleteLater()
            if notify:
                self.changed.emit()


class GroupRow(QFrame):
    """A framed sub-list: "[any ▾] of these:" and its own rows."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, choices: Choices, depth: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conditionGroup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#conditionGroup { border: 1px solid palette(mid); border-radius: 6px;"
            " background: palette(alternate-base); }"
        )
        self.mode = mode_combo()
        self.mode.setObjectName("groupMode")
        self.list = ConditionList(choices, depth)
        remove = _remove_button(tr("Remove this group and its conditions"))
        remove.clicked.connect(lambda: self.remove_requested.emit(self))
        heading = QHBoxLayout()
        heading.addWidget(QLabel(tr("Match")))
        heading.addWidget(self.mode)
        heading.addWidget(QLabel(tr("of these:")))
        heading.addStretch(1)
        heading.addWidget(remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addLayout(heading)
        layout.addWidget(self.list)
        self.mode.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.list.changed.connect(self.changed)

    def load(self, doc: dict[str, Any]) -> None:
        mode = "any" if "any" in doc else "all"
        self.mode.blockSignals(True)
        self.mode.setCurrentIndex(max(self.mode.findData(mode), 0))
        self.mode.blockSignals(False)
        items = doc.get(mode)
        self.list.load(items if isinstance(items, list) else [])

    def to_json(self) -> dict[str, Any]:
        return {str(self.mode.currentData()): self.list.to_json()}
