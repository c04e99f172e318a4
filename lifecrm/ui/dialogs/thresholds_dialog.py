"""Stage thresholds in the owner's words: "new for up to 30 days, then passive up to 90"."""

from __future__ import annotations

from dataclasses import asdict, fields

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lifecrm.core.errors import BadSetting
from lifecrm.core.lifecycle import PRESETS, Thresholds
from lifecrm.ui.core_texts import error_text

_CUSTOM = "custom"


class ThresholdsDialog(QDialog):
    """Edits a `Thresholds`; the caller saves `thresholds()` when the dialog is accepted."""

    def __init__(self, thresholds: Thresholds, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lifecycle stages"))
        self.spins: dict[str, QSpinBox] = {}

        intro = QLabel(
            self.tr(
                "Customers move between stages by how many orders they have placed and how "
                "long ago the last one was. Cancelled and refunded orders do not count."
            )
        )
        intro.setWordWrap(True)

        self.preset = QComboBox()
        self.preset.addItem(self.tr("Default"), "default")
        self.preset.addItem(self.tr("MiniCRM (one-order customers lost after 60 days)"), "minicrm")
        self.preset.addItem(self.tr("Custom"), _CUSTOM)
        self.preset.activated.connect(self._preset_chosen)
        preset_row = QFormLayout()
        preset_row.addRow(self.tr("Preset"), self.preset)

        self.one_group = QGroupBox(self.tr("One order"))
        self._sentence(
            self.one_group,
            [
                self.tr("New for up to"),
                ("new_days", self.tr(" days")),
                self.tr(", then passive up to"),
                ("one_order_passive_days", self.tr(" days")),
                self.tr(", then lost."),
            ],
        )
        self.promising_group = QGroupBox()
        promising = QVBoxLayout(self.promising_group)
        promising.addLayout(
            self._row(
                [
                    self.tr("From"),
                    ("promising_min_orders", self.tr(" orders")),
                    self.tr("a customer is promising."),
                ]
            )
        )
        promising.addLayout(
            self._row(
                [
                    self.tr("Promising for up to"),
                    ("promising_days", self.tr(" days")),
                    self.tr(", then passive up to"),
                    ("promising_passive_days", self.tr(" days")),
                    self.tr(", then lost."),
                ]
            )
        )
        self.loyal_group = QGroupBox()
        loyal = QVBoxLayout(self.loyal_group)
        loyal.addLayout(
            self._row(
                [
                    self.tr("From"),
                    ("loyal_min_orders", self.tr(" orders")),
                    self.tr("a customer is loyal."),
                ]
            )
        )
        loyal.addLayout(
            self._row(
                [
                    self.tr("Loyal for up to"),
                    ("loyal_days", self.tr(" days")),
                    self.tr(", then passive loyal up to"),
                    ("passive_loyal_days", self.tr(" days")),
                    self.tr(", then lost loyal."),
                ]
            )
        )
        for name in ("promising_min_orders", "loyal_min_orders"):
            self.spins[name].setRange(2, 99)

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("QLabel { color: #b91c1c; }")

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        restore = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        restore.clicked.connect(lambda: self.set_thresholds(PRESETS["default"]))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(preset_row)
        for group in (self.one_group, self.promising_group, self.loyal_group):
            layout.addWidget(group)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        for spin in self.spins.values():
            spin.valueChanged.connect(self._values_changed)
        self.set_thresholds(thresholds)

    # -- layout helpers ------------------------------------------------------------------

    def _row(self, parts: list[str | tuple[str, str]]) -> QHBoxLayout:
        row = QHBoxLayout()
        for part in parts:
            if isinstance(part, str):
                row.addWidget(QLabel(part))
                continue
            name, suffix = part
            spin = QSpinBox()
            spin.setRange(0, 3650)
            spin.setSuffix(suffix)
            spin.setObjectName(name)
            self.spins[name] = spin
            row.addWidget(spin)
        row.addStretch(1)
        return row

    def _sentence(self, group: QGroupBox, parts: list[str | tuple[str, str]]) -> None:
        QVBoxLayout(group).addLayout(self._row(parts))

    # -- values --------------------------------------------------------------------------

    def set_thresholds(self, thresholds: Thresholds) -> None:
        for name, value in asdict(thresholds).items():
            spin = self.spins[name]
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
        self._values_changed()

    def thresholds(self) -> Thresholds:
        """The values as shown (not validated: OK is disabled while they do not fit)."""
        return Thresholds(**{f.name: self.spins[f.name].value() for f in fields(Thresholds)})

    def _preset_chosen(self) -> None:
        key = self.preset.currentData()
        if key in PRESETS:
            self.set_thresholds(PRESETS[key])

    def _values_changed(self) -> None:
        current = self.thresholds()
        key = next((k for k, preset in PRESETS.items() if preset == current), _CUSTOM)
        self.preset.setCurrentIndex(self.preset.findData(key))
        self.promising_group.setTitle(
            self.tr("%1 to %2 orders")
            .replace("%1", str(current.promising_min_orders))
            .replace("%2", str(max(current.promising_min_orders, current.loyal_min_orders - 1)))
        )
        self.loyal_group.setTitle(
            self.tr("%1 or more orders").replace("%1", str(current.loyal_min_orders))
        )
        try:
            current.validate()
        except BadSetting as problem:
            self.error_label.setText(error_text(problem))
            self.error_label.show()
            ok = False
        else:
            self.error_label.clear()
            self.error_label.hide()
            ok = True
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
