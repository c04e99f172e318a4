"""The window at realistic size: first paint, sorting, typing a search, opening a customer.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.bench_ui [--customers 100000]

Each figure is the time until the event loop has painted the result, not only the model call.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from benchmarks.common import AS_OF, demo_database, parser, peak_rss_mb, row  # noqa: E402
from lifecrm.core import lifecycle  # noqa: E402
from lifecrm.ui.main_window import MainWindow  # noqa: E402
from lifecrm.ui.models.customer_table import COLUMNS  # noqa: E402

REPEAT = 3  # each figure is the median of this many runs


class PaintWatch(QObject):
    """Notes when a widget paints, so a figure ends when the owner sees the result."""

    def __init__(self) -> None:
        super().__init__()
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def until_painted(app: QApplication, watch: PaintWatch, start: float) -> float:
    watch.painted = False
    deadline = time.perf_counter() + 30
    while not watch.painted and time.perf_counter() < deadline:
        app.processEvents()
    return (time.perf_counter() - start) * 1000


def main() -> None:
    args = parser(__doc__ or "").parse_args()
    db, _ = demo_database(args.customers, args.rebuild)
    with db.read() as conn:
        fresh = lifecycle.stats_as_of(conn) == AS_OF
    if not fresh:
        lifecycle.recompute(db, AS_OF)  # so the window starts without a background recompute

    settings_dir = tempfile.mkdtemp(prefix="lifecrm-bench-")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
    app = QApplication([])
    app.setOrganizationName("LifeCRM-bench")
    app.setApplicationName("LifeCRM-bench")
    print(
        f"LifeCRM window benchmark: {args.customers} customers "
        f"({os.environ['QT_QPA_PLATFORM']} platform)"
    )

    watch = PaintWatch()
    start = time.perf_counter()
    window = MainWindow(db, as_of=AS_OF)
    view = window.customers.view
    view.viewport().installEventFilter(watch)
    window.show()
    row("first paint of the main window", until_painted(app, watch, start), target="<= 1000 ms")

    header = view.horizontalHeader()
    orders = (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder)
    for column, (key, _title) in enumerate(COLUMNS):
        for order in orders:
            runs = []
            for _ in range(REPEAT):
                other = orders[1] if order == orders[0] else orders[0]
                view.sortByColumn(column, other)  # from the other order, so each run changes
                until_painted(app, watch, time.perf_counter())
                start = time.perf_counter()
                view.sortByColumn(column, order)
                runs.append(until_painted(app, watch, start))
            name = "desc" if order == Qt.SortOrder.DescendingOrder else "asc"
            row(f"sort by {key} {name}", statistics.median(runs), target="<= 100 ms")
    del header

    search = window.customers
    search.search.setText("k")  # warm-up: the first search reads the table from disk
    search.apply_search()
    typed = ""
    for ch in "kovacs":
        typed += ch
        runs = []
        for _ in range(REPEAT):
            search.search.setText("")
            search.apply_search()
            until_painted(app, watch, time.perf_counter())
            start = time.perf_counter()
            search.search.setText(typed)
            search.apply_search()  # what the 150 ms typing pause then does
            runs.append(until_painted(app, watch, start))
        rows = window.model.rowCount()
        row(f"search '{typed}' ({rows} rows)", statistics.median(runs), target="<= 100 ms")
    search.search.setText("")
    search.apply_search()

    panel_watch = PaintWatch()
    window.detail.installEventFilter(panel_watch)
    first_id = window.model.customer_id(0)
    start = time.perf_counter()
    window.customers.select_customer(first_id)
    row("open a customer in the detail panel", until_painted(app, panel_watch, start))

    start = time.perf_counter()
    view.scrollToBottom()
    row("jump to the end of the list", until_painted(app, watch, start))
    row("peak memory of the running window", peak_rss_mb(), "MB", "< 400 MB")
    window.close()
    db.close()


if __name__ == "__main__":
    main()
