"""Column headers with a dropdown above each name: what LifeCRM does with that column.

The dropdowns live inside the table's own header, so they stay aligned with their columns
while the owner scrolls sideways or widens a column.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import QComboBox, QHeaderView, QWidget

from lifecrm.core.importing.fields import Field
from lifecrm.ui.importing.texts import FIELD_LABELS, field_label

_GAP = 4
MIN_COLUMN, MAX_COLUMN = 170, 280


class MappingHeader(QHeaderView):
    """A horizontal header whose sections hold a field dropdown on top of the column's name."""

    field_chosen = Signal(int, object)  # column, Field

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.combos: list[QComboBox] = []
        self.setSectionsClickable(False)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        self.setMinimumSectionSize(MIN_COLUMN)
        self.sectionResized.connect(self._place)
        self.geometriesChanged.connect(self._place)

    # -- dropdowns ---------------------------------------------------------------------

    def set_mapping(self, count: int, mapping: dict[int, Field]) -> None:
        """One dropdown per column, showing `mapping` (a missing column is "not imported")."""
        while len(self.combos) > count:
            self.combos.pop().deleteLater()
        while len(self.combos) < count:
            self.combos.append(self._new_combo(len(self.combos)))
        for column, combo in enumerate(self.combos):
            chosen = mapping.get(column, Field.IGNORE)
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(chosen.value))
            combo.blockSignals(False)
            font = QFont(combo.font())
            font.setItalic(chosen == Field.IGNORE)
            combo.setFont(font)
        self.updateGeometry()
        self._place()

    def _new_combo(self, column: int) -> QComboBox:
        combo = QComboBox(self.viewport())
        combo.setObjectName(f"mapping{column}")
        combo.setAccessibleName(self.tr("What column %1 holds").replace("%1", str(column + 1)))
        for field in FIELD_LABELS:
            combo.addItem(field_label(field), field.value)
        combo.insertSeparator(1)
        combo.activated.connect(lambda _i, c=column: self._chosen(c))
        combo.show()
        return combo

    def _chosen(self, column: int) -> None:
        self.field_chosen.emit(column, Field(self.combos[column].currentData()))

    def combo_width(self) -> int:
        return max((c.sizeHint().width() for c in self.combos), default=MIN_COLUMN)

    # -- geometry ----------------------------------------------------------------------

    def _combo_height(self) -> int:
        return self.combos[0].sizeHint().height() if self.combos else 0

    def sizeHint(self):  # type: ignore[no-untyped-def]
        hint = super().sizeHint()
        text = self.fontMetrics().height() + 12
        hint.setHeight(max(hint.height(), text) + self._combo_height() + 2 * _GAP)
        return hint

    def _place(self, *_args: object) -> None:
        height = self._combo_height()
        for column, combo in enumerate(self.combos):
            x = self.sectionViewportPosition(column)
            width = self.sectionSize(column)
            combo.setGeometry(QRect(x + _GAP, _GAP, max(width - 2 * _GAP, 0), height))
            combo.setVisible(not self.isSectionHidden(column) and width > 0)

    def paintSection(self, painter: QPainter, rect: QRect, logical_index: int) -> None:
        """The section's name under its dropdown (the dropdown is a widget on top)."""
        painter.save()
        painter.fillRect(rect, self.palette().window())
        painter.restore()
        top = self._combo_height() + _GAP
        super().paintSection(painter, rect.adjusted(0, top, 0, 0), logical_index)

    def scrolled(self) -> None:
        """Called after the table scrolls sideways: the dropdowns follow their columns."""
        self._place()
