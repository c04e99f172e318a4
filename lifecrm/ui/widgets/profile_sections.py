"""The read-only parts of a customer's detail panel: how each fact from core is phrased."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QApplication, QHeaderView, QTreeWidget, QTreeWidgetItem

from lifecrm.core.lifecycle import Stage
from lifecrm.core.profile import CustomerProfile, OrderView, TimelineEntry
from lifecrm.ui import formatting
from lifecrm.ui.stage_texts import stage_label

_CONTEXT = "DetailPanel"

_STATUS = {
    "completed": "completed",
    "pending": "pending",
    "cancelled": "cancelled",
    "refunded": "refunded",
    "failed": "failed",
}


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(_CONTEXT, text, "", n)


def stage_reason(profile: CustomerProfile, as_of: date) -> str:
    """ "4 orders, last one 120 days ago → Passive loyal" """
    label = stage_label(profile.row.stage)
    days = profile.days_since_last_order(as_of)
    if profile.row.orders == 0 or days is None:
        return _tr("No orders yet → %1").replace("%1", label)
    orders = _tr("%n order(s)", profile.row.orders)
    last = formatting.days_ago(days)
    return (
        _tr("%1, last one %2 → %3").replace("%1", orders).replace("%2", last).replace("%3", label)
    )


def stage_since(profile: CustomerProfile) -> str:
    if profile.stage_since is None:
        return ""
    return _tr("since %1").replace("%1", formatting.long_date(profile.stage_since))


def status_text(status: str) -> str:
    return _tr(_STATUS.get(status, status))


def orders_tree() -> QTreeWidget:
    """Order, date, total, status: the last three as wide as their text, the first elides a
    long product name, so the panel never scrolls sideways."""
    tree = QTreeWidget()
    tree.setHeaderLabels([_tr("Order"), _tr("Date"), _tr("Total"), _tr("Status")])
    tree.setRootIsDecorated(True)
    tree.setUniformRowHeights(True)
    tree.setMinimumHeight(160)
    tree.setTextElideMode(Qt.TextElideMode.ElideRight)
    tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    header = tree.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in (1, 2, 3):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    tree.setMinimumWidth(_orders_width(tree))
    return tree


def _orders_width(tree: QTreeWidget) -> int:
    """Wide enough for a long order number, the longest date of the year, a big total and the
    longest status in the window's language, so the panel makes room rather than cutting."""
    metrics = tree.fontMetrics()
    dates = [formatting.short_date(date(2026, month, 28)) for month in range(1, 13)]
    samples = [
        "D-2026-0018791",
        max(dates, key=metrics.horizontalAdvance),
        formatting.money(123_456_700, "HUF"),
        max((status_text(s) for s in _STATUS), key=metrics.horizontalAdvance),
    ]
    pad = 2 * tree.style().pixelMetric(tree.style().PixelMetric.PM_HeaderMargin) + 12
    indent = tree.indentation()
    bar = tree.style().pixelMetric(tree.style().PixelMetric.PM_ScrollBarExtent)
    return sum(metrics.horizontalAdvance(t) + pad for t in samples) + indent + bar + 4


def fill_orders(tree: QTreeWidget, orders: list[OrderView]) -> None:
    """Orders as parents (number, date, total, status), their items as children."""
    tree.clear()
    muted = QBrush(QApplication.palette().color(QPalette.ColorRole.PlaceholderText))
    for order in orders:
        parent = QTreeWidgetItem(
            [
                order.number or _tr("(no number)"),
                formatting.short_date(order.order_date),
                formatting.money(order.total_minor, order.currency),
                "" if order.status == "completed" else status_text(order.status),
            ]
        )
        parent.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if not order.counted:
            parent.setToolTip(3, _tr("Does not count toward stages and totals."))
            for column in range(4):
                parent.setForeground(column, muted)
        for line in order.items:
            price = (
                formatting.money(line.unit_price_minor, order.currency)
                if line.unit_price_minor is not None
                else ""
            )
            child = QTreeWidgetItem([f"{line.quantity} × {line.product}", "", price, ""])
            child.setToolTip(0, line.sku or line.product)
            child.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            parent.addChild(child)
        tree.addTopLevelItem(parent)


def _order_text(template: str, order: OrderView) -> str:
    amount = formatting.money(order.total_minor, order.currency)
    words = template.replace("%1", order.number or "").replace("%2", amount)
    return words.replace("  ", " ").strip()  # no number: no double space


def timeline_text(entry: TimelineEntry) -> str:
    if entry.kind == "added":
        if entry.summary:
            return _tr("Imported from %1").replace("%1", entry.summary)
        return _tr("Added to LifeCRM")
    if entry.kind == "first_order" and entry.order is not None:
        return _order_text(_tr("First order %1 · %2"), entry.order)
    if entry.kind == "order" and entry.order is not None:
        text = _order_text(_tr("Order %1 · %2"), entry.order)
        return text if entry.order.counted else f"{text} ({status_text(entry.order.status)})"
    if entry.kind == "stage" and entry.to_stage is not None:
        return _stage_move(entry.from_stage, entry.to_stage)
    if entry.kind == "email":
        sent = _tr("E-mail sent: %1").replace("%1", entry.summary)
        return f"{sent} · {entry.detail}" if entry.detail else sent
    if entry.kind == "note":
        return (
            _tr("Note: %1").replace("%1", entry.summary) if entry.summary else _tr("Notes cleared")
        )
    if entry.kind == "optout":
        return _tr("Asked not to be contacted")
    return entry.summary


def _stage_move(before: Stage | None, after: Stage) -> str:
    if before is None:
        return _tr("Became %1").replace("%1", stage_label(after))
    return (
        _tr("Moved from %1 to %2")
        .replace("%1", stage_label(before))
        .replace("%2", stage_label(after))
    )
