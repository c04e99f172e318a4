"""The control for a condition's value, one per kind of value core says the operator takes.

Each control hands back the JSON value as the owner entered it (an amount as typed, an empty
product list) and leaves the judging to core's `parse`, so a mistake is named in the same
sentence the command line would use.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, QLocale, QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from lifecrm.core.drafting.languages import LANGUAGES
from lifecrm.core.lifecycle import STAGES
from lifecrm.core.segments import Kind, Trend
from lifecrm.core.segments.catalog import Product, amount_text
from lifecrm.ui.segments.pickers import CodesButton, ProductPicker
from lifecrm.ui.segments.texts import TREND_LABELS, country_name, language_name, tr
from lifecrm.ui.stage_texts import stage_label


class Choices(QObject):
    """What the owner can pick from, loaded once per editor (products arrive later)."""

    changed = Signal()

    def __init__(
        self, as_of: date, currency: str | None, decimal_mark: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.as_of = as_of
        self.currency = currency
        self.decimal_mark = decimal_mark
        self.products: list[Product] = []
        self.languages: list[str] = list(LANGUAGES)
        self.countries: list[str] = []

    def set_loaded(
        self, products: list[Product], languages: list[str], countries: list[str]
    ) -> None:
        self.products = products
        self.languages = list(dict.fromkeys([*LANGUAGES, *languages]))
        self.countries = countries
        self.changed.emit()


_START = {Kind.COUNT: 1, Kind.SCORE: 4, Kind.DAYS: 30}  # a new number control's first value
_LIMITS = {Kind.COUNT: (0, 1_000_000), Kind.SCORE: (1, 5), Kind.DAYS: (0, 36_500)}


def _date_format() -> str:
    """The short date with the whole year (2026, not 26); a readable one without a locale."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return "d MMM yyyy"
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


class ValueEditor(QWidget):
    """One value of one kind; `changed` whenever the owner touches it."""

    changed = Signal()

    def __init__(self, kind: Kind, choices: Choices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.choices = choices
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.control = self._build(layout)

    def _build(self, layout: QHBoxLayout) -> QWidget | None:
        kind, emit = self.kind, self.changed.emit
        if kind in _LIMITS:
            spin = QSpinBox()
            spin.setRange(*_LIMITS[kind])
            spin.setValue(_START[kind])
            spin.setGroupSeparatorShown(True)
            if kind is Kind.DAYS:
                spin.setSuffix(tr(" days"))
            spin.valueChanged.connect(lambda _v: emit())
            layout.addWidget(spin)
            layout.addStretch(1)
            return spin
        if kind is Kind.MONEY:
            edit = QLineEdit()
            edit.setPlaceholderText(tr("amount, e.g. 50 000"))
            edit.textChanged.connect(lambda _t: emit())
            layout.addWidget(edit, 1)
            layout.addWidget(QLabel(self.choices.currency or ""))
            return edit
        if kind is Kind.DATE:
            picker = QDateEdit()
            picker.setCalendarPopup(True)
            picker.setDisplayFormat(_date_format())
            start = self.choices.as_of - timedelta(days=365)
            picker.setDate(QDate(start.year, start.month, start.day))
            picker.dateChanged.connect(lambda _d: emit())
            layout.addWidget(picker)
            layout.addStretch(1)
            return picker
        if kind is Kind.STAGES:
            grid = QGridLayout()
            grid.setHorizontalSpacing(10)
            grid.setVerticalSpacing(2)
            self.stage_boxes = {}
            for n, stage in enumerate(STAGES):
                box = QCheckBox(stage_label(stage))
                box.toggled.connect(lambda _on: emit())
                grid.addWidget(box, n // 3, n % 3)  # three across fit beside the combos
                self.stage_boxes[str(stage)] = box
            layout.addLayout(grid, 1)
            return None
        if kind is Kind.PRODUCTS:
            picker = ProductPicker()
            picker.set_products(self.choices.products)
            self.choices.changed.connect(self._on_choices)
            picker.changed.connect(emit)
            layout.addWidget(picker, 1)
            return picker
        if kind in (Kind.LANGUAGES, Kind.COUNTRIES):
            name = language_name if kind is Kind.LANGUAGES else country_name
            codes = CodesButton(name)
            self._fill_codes(codes)
            self.choices.changed.connect(self._on_choices)
            codes.changed.connect(emit)
            layout.addWidget(codes, 1)
            return codes
        if kind in (Kind.BOOL, Kind.TREND):
            combo = QComboBox()
            if kind is Kind.BOOL:
                combo.addItem(tr("yes"), True)
                combo.addItem(tr("no"), False)
            else:
                for trend in Trend:
                    combo.addItem(tr(TREND_LABELS[trend]), str(trend))
            combo.currentIndexChanged.connect(lambda _i: emit())
            layout.addWidget(combo)
            layout.addStretch(1)
            return combo
        if kind is Kind.TEXT:
            edit = QLineEdit()
            edit.setPlaceholderText(tr("a word or phrase"))
            edit.textChanged.connect(lambda _t: emit())
            layout.addWidget(edit, 1)
            return edit
        layout.addStretch(1)  # Kind.NONE: "birthday is this month" needs nothing more
        return None

    def _on_choices(self) -> None:
        """Products and codes arrive after the rows exist (a bound slot: a removed row is
        disconnected with it)."""
        if isinstance(self.control, ProductPicker):
            self.control.set_products(self.choices.products)
        elif isinstance(self.control, CodesButton):
            self._fill_codes(self.control)

    def _fill_codes(self, codes: CodesButton) -> None:
        options = self.choices.languages if self.kind is Kind.LANGUAGES else self.choices.countries
        codes.set_options(options)

    # -- the value -------------------------------------------------------------------------

    def value(self) -> Any:
        """The JSON value as entered (possibly not valid: core says what is wrong)."""
        c = self.control
        if isinstance(c, QSpinBox):
            return c.value()
        if isinstance(c, QDateEdit):
            return c.date().toPython().isoformat()
        if isinstance(c, QLineEdit):
            text = c.text()
            return amount_text(text, self.choices.decimal_mark) if self.kind is Kind.MONEY else text
        if isinstance(c, ProductPicker | CodesButton):
            return c.value()
        if isinstance(c, QComboBox):
            return c.currentData()
        if self.kind is Kind.STAGES:
            return [s for s, box in self.stage_boxes.items() if box.isChecked()]
        return None

    def set_value(self, value: Any) -> None:
        """Shows a value from a definition; anything it cannot show leaves the control as is."""
        c = self.control
        if value is None:
            return
        if isinstance(c, QSpinBox) and isinstance(value, int | float):
            c.setValue(int(value))
        elif isinstance(c, QDateEdit) and isinstance(value, str):
            try:
                day = date.fromisoformat(value)
            except ValueError:
                return
            c.setDate(QDate(day.year, day.month, day.day))
        elif isinstance(c, QLineEdit):
            c.setText(str(value))
        elif isinstance(c, ProductPicker | CodesButton):
            c.set_value([str(v) for v in (value if isinstance(value, list) else [value])])
        elif isinstance(c, QComboBox):
            index = c.findData(value)
            if index >= 0:
                c.setCurrentIndex(index)
        elif self.kind is Kind.STAGES:
            chosen = {str(v) for v in (value if isinstance(value, list) else [value])}
            for stage, box in self.stage_boxes.items():
                box.setChecked(stage in chosen)


class BetweenEditor(QWidget):
    """Two values of one kind, "between low and high" (both included)."""

    changed = Signal()

    def __init__(self, kind: Kind, choices: Choices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.low = ValueEditor(kind, choices)
        self.high = ValueEditor(kind, choices)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.low, 1)
        layout.addWidget(QLabel(tr("and")))
        layout.addWidget(self.high, 1)
        for part in (self.low, self.high):
            part.changed.connect(self.changed)

    def value(self) -> list[Any]:
        return [self.low.value(), self.high.value()]

    def set_value(self, value: Any) -> None:
        if isinstance(value, list) and len(value) == 2:
            self.low.set_value(value[0])
            self.high.set_value(value[1])


def make_editor(kind: Kind, op: str, choices: Choices) -> ValueEditor | BetweenEditor:
    return BetweenEditor(kind, choices) if op == "between" else ValueEditor(kind, choices)
