"""The segment editor driven through its widgets: rows, live count from the reader thread,
inline mistakes, built-in starting points with blanks, the product picker, groups, saving."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QSpinBox
from pytestqt.qtbot import QtBot

from lifecrm.core.segments import BadSegment, get_segment, parse, save_segment
from lifecrm.core.storage.db import Database
from lifecrm.ui.main_window import MainWindow
from lifecrm.ui.segments.editor import SegmentEditor
from lifecrm.ui.segments.pickers import ProductPicker
from lifecrm.ui.segments.rows import ConditionRow, GroupRow
from lifecrm.ui.segments.values import ValueEditor
from tests.ui.layout_support import problem, speaking
from tests.ui.segments_support import (
    BIKE,
    TYRE,
    add_facts,
    core_count,
    core_members,
    idle,
    segments_window,
    shown_ids,
)


@pytest.fixture
def ids(shop: Database) -> dict[str, int]:
    return add_facts(shop)


@pytest.fixture
def window(
    qtbot: QtBot, shop: Database, ids: dict[str, int], tmp_path: Path
) -> Iterator[MainWindow]:
    with segments_window(qtbot, shop, tmp_path) as win:
        qtbot.waitUntil(lambda: idle(win), timeout=30_000)
        yield win


def open_new(qtbot: QtBot, window: MainWindow) -> SegmentEditor:
    """Clicks "+ New segment…" at the end of the sidebar's segments."""
    segments = window.segment_list
    rect = segments.visualItemRect(segments.new_item)
    qtbot.mouseClick(segments.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor = window.segments.editor
    assert editor is not None and editor.isVisible()
    return editor


def choose(row: ConditionRow, field: str, op: str) -> ValueEditor:
    row.field_combo.setCurrentIndex(row.field_combo.findData(field))
    row.op_combo.setCurrentIndex(row.op_combo.findData(op))
    assert isinstance(row.editor, ValueEditor)
    return row.editor


def settled(qtbot: QtBot, window: MainWindow, editor: SegmentEditor) -> None:
    """Waits for the debounced preview to run on the reader thread and come back."""
    qtbot.waitUntil(lambda: editor.last_preview is not None and idle(window), timeout=30_000)


def test_two_conditions_built_with_the_widgets_count_as_core_does(
    qtbot: QtBot, window: MainWindow, shop: Database
) -> None:
    editor = open_new(qtbot, window)
    assert len(editor.conditions.rows) == 1
    first = editor.conditions.rows[0]
    assert isinstance(first, ConditionRow)
    spin = choose(first, "orders", ">=").control
    assert isinstance(spin, QSpinBox)
    spin.setValue(2)
    editor.conditions.add_condition_button.click()
    second = editor.conditions.rows[1]
    assert isinstance(second, ConditionRow)
    money = choose(second, "total_spent", ">").control
    assert isinstance(money, QLineEdit)
    qtbot.keyClicks(money, "20 000")

    wanted = parse(
        {
            "all": [
                {"field": "orders", "op": ">=", "value": 2},
                {"field": "total_spent", "op": ">", "value": "20000"},
            ]
        }
    )
    assert editor.definition == wanted
    assert editor.count_label.text() == "Counting…"
    settled(qtbot, window, editor)
    expected = core_count(shop, wanted)
    assert 0 < expected < 15
    assert editor.count_label.text() == f"{expected} customers match today"
    assert editor.preview_model.rowCount() == expected
    keys = {editor.preview_model.key(r) for r in range(expected)}
    assert keys == core_members(shop, wanted)
    assert editor.words_label.text() == (
        "In plain words: Orders ≥ 2 and total spent > HUF\u00a020,000"
    )
    editor.reject()


def test_the_preview_is_a_job_on_the_reader_thread(qtbot: QtBot, window: MainWindow) -> None:
    editor = open_new(qtbot, window)
    job = editor.evaluate()
    assert job is not None and job.running
    assert window.segments.reader.running("segment-preview")
    assert not window.jobs.busy  # the writer is not involved
    assert editor.last_preview is None  # nothing waited for it
    with qtbot.waitSignal(job.finished, timeout=30_000):
        pass
    assert editor.last_preview is not None
    editor.reject()


def test_an_invalid_value_shows_the_sentence_and_disables_save(
    qtbot: QtBot, window: MainWindow
) -> None:
    editor = open_new(qtbot, window)
    qtbot.keyClicks(editor.name_edit, "Big spenders")
    money = choose(editor.conditions.rows[0], "total_spent", ">").control  # type: ignore[arg-type]
    assert isinstance(money, QLineEdit)
    assert editor.error_label.text() == "Condition 1: type an amount."
    qtbot.keyClicks(money, "lots")
    with pytest.raises(BadSegment) as core_says:
        parse({"all": [{"field": "total_spent", "op": ">", "value": "lots"}]})
    assert editor.error_label.isVisible()
    assert editor.error_label.text() == str(core_says.value)
    assert not editor.save_button.isEnabled()
    assert editor.count_label.text() == "Fix the rule to see who matches."
    money.setText("1590,50")  # the owner's way of writing it
    assert editor.error_label.isHidden()
    assert editor.save_button.isEnabled()
    editor.name_edit.clear()
    assert not editor.save_button.isEnabled()  # a segment needs a name too
    editor.reject()


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")  # offscreen popups
def test_a_suggestion_with_blanks_is_filled_in_with_the_product_picker(
    qtbot: QtBot, window: MainWindow, shop: Database, ids: dict[str, int]
) -> None:
    editor = open_new(qtbot, window)
    editor.start_combo.setCurrentIndex(editor.start_combo.findData("bought-x-not-y"))
    editor.start_from("bought-x-not-y")
    assert editor.name_edit.text() == "Bought X but not Y"
    assert editor.error_label.text() == "Condition 1: choose at least one product."
    bought, not_bought = editor.conditions.rows
    pickers = [r.editor.control for r in (bought, not_bought)]  # type: ignore[union-attr]
    assert all(isinstance(p, ProductPicker) for p in pickers)
    x, y = pickers
    assert isinstance(x, ProductPicker) and isinstance(y, ProductPicker)
    qtbot.waitUntil(lambda: len(x.products) == 3)  # the shop's products, read off the GUI thread

    x.open_popup()
    assert x.popup.isVisible()
    qtbot.keyClicks(x.search, "bk-1")  # by SKU
    assert x.list.count() == 2  # "use as typed" and the bicycle
    bike = x.list.item(1)
    assert bike.text().startswith(BIKE)
    bike.setCheckState(Qt.CheckState.Checked)
    x.popup.hide()
    assert x.value() == [BIKE]
    assert editor.error_label.text() == "Condition 2: choose at least one product."
    y.set_value([TYRE])
    y.changed.emit()
    assert editor.error_label.isHidden()
    settled(qtbot, window, editor)
    assert editor.last_preview is not None
    assert {m.id for m in editor.last_preview.members} == {ids["Jón Jónsson"]}
    editor.reject()


def test_a_group_nests_any_of_inside_all(qtbot: QtBot, window: MainWindow, shop: Database) -> None:
    editor = open_new(qtbot, window)
    choose(editor.conditions.rows[0], "has_email", "is")
    assert editor.conditions.add_group_button is not None
    editor.conditions.add_group_button.click()
    group = editor.conditions.rows[1]
    assert isinstance(group, GroupRow)
    assert group.list.add_group_button is None  # one level of groups in the editor
    birthday = group.list.rows[0]
    assert isinstance(birthday, ConditionRow)
    choose(birthday, "birthday", "this_month")
    group.list.add_condition_button.click()
    trend = group.list.rows[1]
    assert isinstance(trend, ConditionRow)
    choose(trend, "best", "is")
    doc = editor.to_json()
    assert doc == {
        "all": [
            {"field": "has_email", "op": "is", "value": True},
            {
                "any": [
                    {"field": "birthday", "op": "this_month"},
                    {"field": "best", "op": "is", "value": True},
                ]
            },
        ]
    }
    settled(qtbot, window, editor)
    assert editor.last_preview is not None
    assert editor.last_preview.count == core_count(shop, parse(doc))
    editor.reject()


def test_saving_adds_the_segment_to_the_sidebar_and_selects_it(
    qtbot: QtBot, window: MainWindow, shop: Database
) -> None:
    editor = open_new(qtbot, window)
    qtbot.keyClicks(editor.name_edit, "Loyal ones")
    row = editor.conditions.rows[0]
    assert isinstance(row, ConditionRow)
    choose(row, "stage", "in")
    assert row.editor is not None and not editor.save_button.isEnabled()  # no stage ticked
    row.editor.stage_boxes["loyal"].setChecked(True)  # type: ignore[union-attr]
    row.editor.stage_boxes["passive_loyal"].setChecked(True)  # type: ignore[union-attr]
    assert editor.save_button.isEnabled()
    editor.save_button.click()
    assert window.jobs.running("segment-save")  # written on the writer thread
    qtbot.waitUntil(lambda: window.segments.editor is None, timeout=30_000)
    wanted = parse({"field": "stage", "op": "in", "value": ["loyal", "passive_loyal"]})
    with shop.read() as conn:
        saved = get_segment(conn, "Loyal ones")
    assert saved is not None and saved.definition == wanted
    current = window.segment_list.current_entry()
    assert current is not None and current.name == "Loyal ones" and current.saved
    qtbot.waitUntil(lambda: idle(window))
    assert set(shown_ids(window)) == core_members(shop, wanted)
    assert window.segment_list.count_of("Loyal ones") == core_count(shop, wanted)


def test_a_name_in_use_is_refused_in_the_editor_which_stays_open(
    qtbot: QtBot, window: MainWindow, shop: Database
) -> None:
    with shop.write() as conn:
        save_segment(conn, "Taken", parse({"field": "orders", "op": ">=", "value": 1}))
    editor = open_new(qtbot, window)
    qtbot.keyClicks(editor.name_edit, "Taken")
    editor.save_button.click()
    qtbot.waitUntil(lambda: editor.save_job is None, timeout=30_000)
    assert editor.isVisible()
    assert "already exists" in editor.error_label.text()
    editor.reject()


def test_edit_from_the_banner_changes_the_saved_segment_in_place(
    qtbot: QtBot, window: MainWindow, shop: Database
) -> None:
    with shop.write() as conn:
        save_segment(conn, "Regulars", parse({"field": "orders", "op": ">=", "value": 2}))
    window.segments.refresh()
    window.segment_list.select_segment("Regulars")
    qtbot.waitUntil(lambda: idle(window))
    window.customers.segment_banner.edit_button.click()
    editor = window.segments.editor
    assert editor is not None and editor.original == "Regulars"
    assert editor.name_edit.text() == "Regulars"
    spin = editor.conditions.rows[0].editor.control  # type: ignore[union-attr]
    assert isinstance(spin, QSpinBox) and spin.value() == 2
    spin.setValue(5)
    editor.save_button.click()
    qtbot.waitUntil(lambda: window.segments.editor is None, timeout=30_000)
    wanted = parse({"field": "orders", "op": ">=", "value": 5})
    with shop.read() as conn:
        saved = get_segment(conn, "Regulars")
    assert saved is not None and saved.definition == wanted
    qtbot.waitUntil(lambda: idle(window))
    assert set(shown_ids(window)) == core_members(shop, wanted)
    assert window.customers.segment_banner.rule.text() == "Orders ≥ 5"


def test_rows_removed_before_the_products_arrive_are_left_alone(
    qtbot: QtBot, window: MainWindow
) -> None:
    editor = open_new(qtbot, window)
    assert window.segments.reader.running("segment-choices")
    editor.start_from("bought-x-not-y")
    first = editor.conditions.rows[0]
    assert isinstance(first, ConditionRow)
    first.remove_button.click()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the row is gone
    qtbot.waitUntil(lambda: idle(window), timeout=30_000)  # products delivered: no error
    remaining = editor.conditions.rows[0].editor.control  # type: ignore[union-attr]
    assert isinstance(remaining, ProductPicker) and len(remaining.products) == 3
    assert len(editor.conditions.rows) == 1
    editor.reject()


def test_editing_a_built_in_segment_is_titled_with_its_name_not_new_segment(
    qtbot: QtBot, window: MainWindow
) -> None:
    entry = next(e for e in window.segment_list.entries() if not e.saved)
    window.segments.show_segment(entry)
    qtbot.waitUntil(lambda: idle(window))
    window.customers.segment_banner.edit_button.click()
    editor = window.segments.editor
    assert editor is not None
    name = editor.name_edit.text()
    assert name and editor.windowTitle() == f"Edit the segment “{name}”"


def test_the_chosen_operator_shows_whole_in_hungarian(
    qtbot: QtBot, qapp: QApplication, window: MainWindow
) -> None:
    with speaking(qapp, "hu"):
        editor = open_new(qtbot, window)
        row = editor.conditions.rows[0]
        assert isinstance(row, ConditionRow)
        choose(row, "stage", "not_in")
        qapp.processEvents()
        assert row.op_combo.currentText() == "egyik sem ezek közül:"
        assert problem(row.op_combo) is None
        editor.reject()
