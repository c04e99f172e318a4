"""The main window driven like a person would: stages, search, sorting, demo data, settings."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from lifecrm import __version__
from lifecrm.core import lifecycle
from lifecrm.core.customers import SortKey, count_customers, customer_ids, customer_rows
from lifecrm.core.jobs import Cancel, Cancelled
from lifecrm.core.lifecycle import STAGES, Stage, Thresholds
from lifecrm.core.storage.db import Database, open_database
from lifecrm.ui.main_window import MainWindow
from lifecrm.ui.models.customer_table import COLUMN_OF
from lifecrm.ui.settings import UiSettings
from lifecrm.ui.stage_texts import stage_advice
from tests.ui.conftest import AS_OF, PEOPLE


def counts_in(db: Database) -> dict[Stage, int]:
    with db.read() as conn:
        return lifecycle.stage_counts(conn)


def test_sidebar_shows_every_stage_with_the_core_counts(make_window, shop: Database) -> None:
    window = make_window(shop)
    counts = counts_in(shop)
    assert window.sidebar.count() == len(STAGES) + 1
    assert window.sidebar.count_for(None) == len(PEOPLE)
    assert {stage: window.sidebar.count_for(stage) for stage in STAGES} == counts
    assert not window.jobs.busy  # the stored figures were already as of today
    assert str(len(PEOPLE)) in window.status.label.text()
    assert "Dec 1, 2025" in window.status.label.text()
    assert window.windowTitle() == f"LifeCRM — {shop.path.name}"


def test_selecting_a_stage_filters_the_list_and_says_what_to_do(
    make_window, shop: Database
) -> None:
    window = make_window(shop)
    counts = counts_in(shop)
    banner = window.customers.banner
    assert banner.isHidden()
    for stage in (Stage.LOST, Stage.LOYAL, Stage.PROSPECT):
        window.sidebar.select_stage(stage)
        assert window.model.rowCount() == counts[stage]
        assert banner.isVisible()
        assert banner.advice.text() == stage_advice(stage)
        assert f"{counts[stage]} customer" in banner.title.text()
    window.sidebar.select_stage(None)
    assert window.model.rowCount() == len(PEOPLE)
    assert banner.isHidden()


def test_typing_in_the_search_box_finds_names_without_accents(
    qtbot: QtBot, make_window, shop: Database
) -> None:
    window = make_window(shop)
    qtbot.keyClicks(window.customers.search, "gergo")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert window.model.customer(0).name == "Gergő Tóth"  # type: ignore[union-attr]
    window.customers.search.clear()
    qtbot.waitUntil(lambda: window.model.rowCount() == len(PEOPLE))


def test_clicking_a_column_header_sorts_and_is_remembered(
    qtbot: QtBot, make_window, shop: Database
) -> None:
    window = make_window(shop)
    header = window.customers.view.horizontalHeader()
    column = COLUMN_OF[SortKey.TOTAL]
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    if header.sortIndicatorOrder() != Qt.SortOrder.DescendingOrder:
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    with shop.read() as conn:
        rows = customer_rows(conn, customer_ids(conn))
    richest = max(rows.values(), key=lambda r: r.total_minor)
    assert window.model.customer_id(0) == richest.id
    assert UiSettings().sort() == (column, Qt.SortOrder.DescendingOrder)


def test_clicking_a_customer_shows_them_in_the_detail_panel(
    qtbot: QtBot, make_window, shop: Database
) -> None:
    window = make_window(shop)
    view = window.customers.view
    rect = view.visualRect(window.model.index(2, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    chosen = window.model.customer_id(2)
    assert window.customers.current_customer_id() == chosen
    assert window.detail.customer_id == chosen


def test_the_selected_customer_stays_selected_while_sorting(make_window, shop: Database) -> None:
    window = make_window(shop)
    chosen = window.model.customer_id(3)
    assert window.customers.select_customer(chosen)
    window.customers.view.sortByColumn(COLUMN_OF[SortKey.ORDERS], Qt.SortOrder.DescendingOrder)
    assert window.customers.current_customer_id() == chosen
    window.sidebar.select_stage(window.model.customer(window.model.row_of(chosen)).stage)
    assert window.customers.current_customer_id() == chosen


def test_a_stale_database_is_brought_up_to_date_in_the_background(
    qtbot: QtBot, tmp_path: Path, shop: Database
) -> None:
    later = date(2026, 3, 1)
    window = MainWindow(shop, as_of=later)
    qtbot.addWidget(window)
    assert not window.jobs.busy  # nothing competes with the first paint
    assert "Dec 1, 2025" in window.status.label.text()  # the cached figures, shown at once
    window.show()
    qtbot.waitUntil(lambda: window.first_paint.done)
    qtbot.waitUntil(lambda: window.jobs.running("recompute") or window.jobs.busy, timeout=5000)
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=30_000)
    with shop.read() as conn:
        assert lifecycle.stats_as_of(conn) == later
    assert {s: window.sidebar.count_for(s) for s in STAGES} == counts_in(shop)
    assert "Mar 1, 2026" in window.status.label.text()
    assert window.status.job_progress.isHidden()
    window.shutdown()


def test_an_empty_database_welcomes_and_demo_data_fills_a_separate_file(
    qtbot: QtBot, make_window, empty_db: Database, tmp_path: Path
) -> None:
    window = make_window(empty_db, demo_customers=120)
    empty = window.empty
    assert window.pages.currentWidget() is empty
    assert "Welcome" in empty.headline.text()
    assert empty.import_button.isEnabled()  # opening it is tested in test_import_wizard.py

    with qtbot.waitSignal(window.data_reloaded, timeout=60_000):
        qtbot.mouseClick(empty.demo_button, Qt.MouseButton.LeftButton)
        assert empty.progress_box.isVisible()
    assert window.pages.currentWidget() is window.splitter
    assert window.model.rowCount() == 120
    assert window.sidebar.count_for(None) == 120
    assert window.db.path == tmp_path / "demo" / "demo.sqlite"
    assert window.windowTitle().endswith("(demo data)")
    with empty_db.read() as conn:
        assert count_customers(conn) == 0  # the owner's own database is untouched


def test_demo_mode_builds_demo_data_on_its_own(qtbot: QtBot, make_window, tmp_path: Path) -> None:
    demo_db = open_database(tmp_path / "demo.sqlite")
    try:
        window = make_window(demo_db, demo=True, demo_customers=80)
        qtbot.waitUntil(lambda: window.model.rowCount() == 80, timeout=60_000)
        assert window.db is demo_db
        assert window.windowTitle() == "LifeCRM — demo.sqlite (demo data)"
        with demo_db.read() as conn:
            assert lifecycle.stats_as_of(conn) == AS_OF
    finally:
        qtbot.waitUntil(lambda: not window.jobs.busy, timeout=30_000)
        demo_db.close()


def test_bad_thresholds_are_refused_with_a_message_and_nothing_changes(
    qtbot: QtBot, make_window, shop: Database
) -> None:
    window = make_window(shop)
    before = counts_in(shop)
    window.start_recompute(Thresholds(promising_min_orders=9))
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=30_000)
    box = window.message_box
    assert box is not None and box.isVisible()
    assert "promising" in box.text()
    assert counts_in(shop) == before
    with shop.read() as conn:
        assert lifecycle.load_thresholds(conn) == Thresholds()
    box.close()


def test_about_names_the_version(make_window, shop: Database) -> None:
    window = make_window(shop)
    box = window.show_about()
    assert box.isVisible() and __version__ in box.text()
    assert box.icon() == QMessageBox.Icon.Information
    box.close()


def test_window_size_and_splitter_come_back_next_time(
    qtbot: QtBot, make_window, shop: Database
) -> None:
    first = make_window(shop)
    first.resize(760, 560)  # inside the offscreen screen (800 x 600)
    first.customers.select_customer(first.model.customer_id(0))
    first.splitter.setSizes([200, 300, 260])
    sizes = first.splitter.sizes()
    first.close()
    second = make_window(shop)
    assert (second.width(), second.height()) == (760, 560)
    second.customers.select_customer(second.model.customer_id(0))
    assert second.splitter.sizes() == sizes


def test_the_list_has_the_room_until_a_customer_is_chosen(
    qtbot: QtBot, make_window, shop: Database
) -> None:
    window = make_window(shop)
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.customers.view.viewport().width() > 900)
    view = window.customers.view
    assert not window.detail.isVisible()
    qtbot.waitUntil(lambda: not view.horizontalScrollBar().isVisible(), timeout=2000)
    column = COLUMN_OF[SortKey.EMAIL]
    widest = max(view.fontMetrics().horizontalAdvance(p[1] or "") for p in PEOPLE)
    assert view.columnWidth(column) >= widest  # no "al…"
    last = COLUMN_OF[SortKey.LAST_ORDER]
    texts = [str(window.model.index(r, last).data()) for r in range(window.model.rowCount())]
    assert view.columnWidth(last) >= max(map(view.fontMetrics().horizontalAdvance, texts))

    window.customers.select_customer(window.model.customer_id(0))
    assert window.detail.isVisible() and window.detail.width() >= 300
    window.customers.select_customer(None)
    assert not window.detail.isVisible()


def test_a_bug_in_a_job_is_logged_and_reported_and_the_window_lives_on(
    qtbot: QtBot, make_window, shop: Database, caplog: pytest.LogCaptureFixture
) -> None:
    window = make_window(shop)

    def broken(*, progress: object, cancel: object) -> None:
        raise RuntimeError("boom")

    job = window.run_job("broken", "Working…", broken)
    with qtbot.waitSignal(job.crashed, timeout=10_000) as crash:
        pass
    assert crash.args == ["RuntimeError: boom"]
    assert any(
        r.name == "lifecrm.ui" and r.exc_info and "boom" in str(r.exc_info[1])
        for r in caplog.records
    )
    assert window.message_box is not None and "a bug" in window.message_box.text()
    window.message_box.close()
    assert window.isVisible()


def test_closing_the_window_cancels_the_running_job(
    qtbot: QtBot, make_window, shop: Database
) -> None:
    window = make_window(shop)
    started = threading.Event()

    def endless(*, progress: object, cancel: Cancel) -> None:
        started.set()
        while not cancel.requested:
            started.wait(0.01)
        raise Cancelled()

    job = window.run_job("endless", "Working…", endless)
    assert started.wait(10)
    window.close()
    assert job.cancel_flag.requested
    assert window.jobs.shutdown(timeout_ms=1)  # the writer thread has already stopped
