"""A window left open over midnight moves to the new day: stages and "n days ago" follow."""

from __future__ import annotations

from datetime import date, timedelta

from pytestqt.qtbot import QtBot

from lifecrm.core import lifecycle
from lifecrm.ui.day_watch import DayWatch
from lifecrm.ui.main_window import MainWindow
from tests.ui.conftest import AS_OF


def test_the_watch_speaks_once_per_new_day(qtbot: QtBot) -> None:
    today = [AS_OF]
    watch = DayWatch(AS_OF, clock=lambda: today[0])
    seen: list[date] = []
    watch.new_day.connect(seen.append)

    watch.check()
    today[0] = AS_OF + timedelta(days=1)
    watch.check()
    watch.check()

    assert seen == [AS_OF + timedelta(days=1)]
    assert watch.timer.isActive()


def test_a_new_day_recomputes_stages_and_ages_in_the_list(shop, qtbot, tmp_path) -> None:
    window = MainWindow(shop, as_of=AS_OF, demo_path=lambda: tmp_path / "demo.sqlite")
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=30_000)
    later = AS_OF + timedelta(days=40)

    window.on_new_day(later)
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=30_000)

    assert window.as_of == window.model.as_of == later
    with shop.read() as conn:
        assert lifecycle.stats_as_of(conn) == later
    window.shutdown()
