"""The thresholds dialog: presets, "Custom", validation that blocks OK, restore defaults."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from lifecrm.core.lifecycle import PRESETS, Thresholds
from lifecrm.ui.dialogs.thresholds_dialog import ThresholdsDialog


@pytest.fixture
def dialog(qtbot) -> ThresholdsDialog:
    widget = ThresholdsDialog(Thresholds(new_days=20, one_order_passive_days=80))
    qtbot.addWidget(widget)
    return widget


def _ok(dialog: ThresholdsDialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_it_shows_the_given_values_as_custom(dialog) -> None:
    assert dialog.spins["new_days"].value() == 20
    assert dialog.spins["one_order_passive_days"].value() == 80
    assert dialog.preset.currentData() == "custom"
    assert dialog.thresholds() == Thresholds(new_days=20, one_order_passive_days=80)


def test_choosing_minicrm_sets_its_values(dialog) -> None:
    dialog.preset.setCurrentIndex(dialog.preset.findData("minicrm"))
    dialog.preset.activated.emit(dialog.preset.currentIndex())
    assert dialog.thresholds() == PRESETS["minicrm"]
    assert dialog.spins["one_order_passive_days"].value() == 60


def test_editing_a_value_away_from_a_preset_shows_custom(dialog) -> None:
    dialog.set_thresholds(PRESETS["default"])
    assert dialog.preset.currentData() == "default"
    dialog.spins["loyal_days"].setValue(120)
    assert dialog.preset.currentData() == "custom"


def test_group_titles_follow_the_order_counts(dialog) -> None:
    dialog.spins["loyal_min_orders"].setValue(6)
    assert dialog.promising_group.title() == "2 to 5 orders"
    assert dialog.loyal_group.title() == "6 or more orders"


@pytest.mark.parametrize(
    ("field", "value"),
    [("loyal_min_orders", 2), ("new_days", 200), ("promising_days", 100), ("loyal_days", 400)],
)
def test_an_impossible_combination_disables_ok_and_says_why(dialog, field, value) -> None:
    dialog.set_thresholds(PRESETS["default"])
    assert _ok(dialog).isEnabled()
    dialog.spins[field].setValue(value)
    assert not _ok(dialog).isEnabled()
    assert dialog.error_label.text().endswith(".")


def test_restore_defaults(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).click()
    assert dialog.thresholds() == PRESETS["default"]
    assert dialog.preset.currentData() == "default"
    assert _ok(dialog).isEnabled()
