"""The segments in the sidebar on a hand-built shop: counts from core, counted on the reader
thread, the list filtered to a segment, writing to its members, renaming and deleting."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from lifecrm.core.lifecycle import Stage
from lifecrm.core.segments import BUILTIN, builtin, get_segment, parse, save_segment
from lifecrm.core.segments.catalog import segment_listing
from lifecrm.core.storage.db import Database
from lifecrm.ui.main_window import MainWindow
from lifecrm.ui.segments.sidebar import UNKNOWN
from tests.ui.drafting_support import wait_drafted
from tests.ui.segments_support import (
    add_facts,
    core_count,
    core_members,
    idle,
    segments_window,
    shown_ids,
)

THREE_OVER = builtin("three-orders-over-total")
BIG_SPENDERS = parse({"field": "total_spent", "op": ">", "value": "10000"})


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


def test_sidebar_lists_the_ready_builtins_with_the_counts_core_gives(
    window: MainWindow, shop: Database
) -> None:
    segments = window.segment_list
    ready = [b for b in BUILTIN if b.ready]
    assert [e.name for e in segments.entries()] == [b.name for b in ready]
    counts = {b.name: core_count(shop, b.definition()) for b in ready}
    assert {name: segments.count_of(name) for name in counts} == counts
    assert counts["Birthday this month"] == 2  # Gergő and Anna, born in December
    assert counts["One order, never came back"] == 1  # Zsófia, 200 days ago
    assert counts[THREE_OVER.name] > 0
    assert segments.item(segments.count() - 1).text() == "+ New segment…"


def test_counts_show_dots_until_the_reader_jobs_report_and_leave_the_writer_free(
    qtbot: QtBot, shop: Database, ids: dict[str, int], tmp_path: Path
) -> None:
    with shop.write() as conn:
        save_segment(conn, "Big spenders", BIG_SPENDERS)
    with segments_window(qtbot, shop, tmp_path) as window:
        # Nothing has been delivered yet: the counts are jobs on the segments' reader thread.
        reader = window.segments.reader
        assert reader.busy and reader.running("segment-count")
        assert not window.jobs.busy  # the writer (imports, recompute) is not held up
        names = [e.name for e in window.segment_list.entries()]
        assert names[0] == "Big spenders"
        assert all(window.segment_list.count_text(name) == UNKNOWN for name in names)
        qtbot.waitUntil(lambda: not reader.busy, timeout=30_000)
        assert window.segment_list.count_of("Big spenders") == core_count(shop, BIG_SPENDERS)
        assert UNKNOWN not in [window.segment_list.count_text(name) for name in names]


def test_selecting_a_segment_filters_the_list_with_the_search_and_says_who_is_in_it(
    qtbot: QtBot, window: MainWindow, shop: Database, ids: dict[str, int]
) -> None:
    members = core_members(shop, THREE_OVER.definition())
    assert members == {ids["Guðrún Sigurðardóttir"], ids["Emma Brown"]}
    window.segment_list.select_segment(THREE_OVER.name)
    banner = window.customers.segment_banner
    assert banner.isVisible() and window.customers.banner.isHidden()
    assert banner.rule.text() == "Orders ≥ 3 and total spent > HUF\u00a050,000"
    assert "thank them" in banner.hint.text()
    assert window.sidebar.currentRow() == -1  # a segment or a stage, never both
    qtbot.waitUntil(lambda: idle(window))
    assert set(shown_ids(window)) == members
    assert banner.title.text() == f"{THREE_OVER.name} · {len(members)} customers"
    assert banner.write_button.isEnabled()

    window.customers.search.setText("emma")  # Guðrún and Emma are in it
    window.customers.apply_search()
    assert shown_ids(window) == [ids["Emma Brown"]]
    window.customers.search.clear()
    window.customers.apply_search()

    window.sidebar.select_stage(Stage.LOST)
    assert banner.isHidden() and window.customers.banner.isVisible()
    assert window.segment_list.current_entry() is None
    assert window.model.rowCount() == window.sidebar.count_for(Stage.LOST)


def test_write_to_these_customers_drafts_for_exactly_the_members(
    qtbot: QtBot, window: MainWindow, shop: Database
) -> None:
    members = core_members(shop, THREE_OVER.definition())
    window.segment_list.select_segment(THREE_OVER.name)
    qtbot.waitUntil(lambda: idle(window))
    window.customers.search.setText("emma")  # the banner writes to the whole segment anyway
    window.customers.apply_search()
    window.customers.segment_banner.write_button.click()
    dialog = window.drafting.dialog
    assert dialog is not None and dialog.isVisible()
    wait_drafted(qtbot, dialog)
    assert set(dialog.customer_ids) == members and len(dialog.customer_ids) == len(members)
    recipients = {dialog.drafts.draft(row).customer_id for row in range(dialog.model.rowCount())}
    assert recipients == members
    dialog.reject()


def test_a_built_in_offers_only_edit_a_copy(window: MainWindow) -> None:
    segments = window.segment_list
    rect = segments.visualItemRect(segments.item(0))
    menu = segments.build_context_menu(rect.center())
    assert menu is not None
    assert [a.objectName() for a in menu.actions()] == ["editSegment"]
    assert menu.actions()[0].text() == "Edit a copy…"
    menu.close()


def test_delete_asks_first_then_removes_the_saved_segment(
    qtbot: QtBot, shop: Database, ids: dict[str, int], tmp_path: Path
) -> None:
    with shop.write() as conn:
        save_segment(conn, "Big spenders", BIG_SPENDERS)
    with segments_window(qtbot, shop, tmp_path) as window:
        qtbot.waitUntil(lambda: idle(window))
        segments = window.segment_list
        segments.select_segment("Big spenders")
        rect = segments.visualItemRect(segments.item(0))
        menu = segments.build_context_menu(rect.center())
        assert menu is not None
        names = [a.objectName() for a in menu.actions() if a.objectName()]
        assert names == ["editSegment", "renameSegment", "deleteSegment"]
        delete = menu.actions()[-1]

        delete.trigger()
        box = window.segments.confirm
        assert box is not None and box.isVisible()
        assert "Big spenders" in box.text()
        box.button(QMessageBox.StandardButton.Cancel).click()
        qtbot.waitUntil(lambda: idle(window))
        assert segments.entry("Big spenders") is not None

        delete.trigger()
        box = window.segments.confirm
        assert box is not None
        confirm = next(b for b in box.buttons() if b.text() == "Delete")
        confirm.click()
        qtbot.waitUntil(lambda: segments.entry("Big spenders") is None, timeout=30_000)
        with shop.read() as conn:
            assert get_segment(conn, "Big spenders") is None
            assert [e.name for e in segments.entries()] == [e.name for e in segment_listing(conn)]
        assert window.sidebar.current_stage() is None and window.sidebar.currentRow() == 0
        assert window.customers.segment_banner.isHidden()
        menu.close()


def test_rename_keeps_the_segment_selected_under_its_new_name(
    qtbot: QtBot, shop: Database, ids: dict[str, int], tmp_path: Path
) -> None:
    with shop.write() as conn:
        save_segment(conn, "Big spenders", BIG_SPENDERS)
    with segments_window(qtbot, shop, tmp_path) as window:
        qtbot.waitUntil(lambda: idle(window))
        entry = window.segment_list.entry("Big spenders")
        assert entry is not None
        dialog = window.segments.ask_rename(entry)
        assert dialog.isVisible() and dialog.textValue() == "Big spenders"
        dialog.setTextValue("  Our   big spenders ")
        dialog.accept()
        qtbot.waitUntil(lambda: window.segment_list.entry("Our big spenders") is not None)
        current = window.segment_list.current_entry()
        assert current is not None and current.name == "Our big spenders"
        qtbot.waitUntil(lambda: idle(window))
        assert set(shown_ids(window)) == core_members(shop, BIG_SPENDERS)
