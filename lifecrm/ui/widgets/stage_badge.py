"""One colour per lifecycle stage, so the sidebar, the list and the banner agree at a glance.

Active stages are blue/green, quiet ones amber, lost ones red; the darker shade marks the
"loyal" variant. Presentation only: which customer is in which stage is decided in core.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from lifecrm.core.lifecycle import Stage

_COLORS: dict[Stage, str] = {
    Stage.PROSPECT: "#94a3b8",
    Stage.NEW: "#3b82f6",
    Stage.PROMISING: "#14b8a6",
    Stage.LOYAL: "#16a34a",
    Stage.PASSIVE: "#f59e0b",
    Stage.LOST: "#ef4444",
    Stage.PASSIVE_LOYAL: "#c2410c",
    Stage.LOST_LOYAL: "#991b1b",
}

_icons: dict[tuple[Stage, int], QIcon] = {}


def stage_color(stage: Stage) -> QColor:
    return QColor(_COLORS[stage])


def paint_dot(painter: QPainter, stage: Stage, x: float, y: float, size: float) -> None:
    """A filled circle of the stage's colour with its top-left corner at (x, y)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(stage_color(stage))
    painter.drawEllipse(int(x), int(y), int(size), int(size))
    painter.restore()


def stage_icon(stage: Stage, size: int = 10) -> QIcon:
    """A small coloured dot for item views (cached: views ask for it on every paint)."""
    key = (stage, size)
    icon = _icons.get(key)
    if icon is None:
        pixmap = QPixmap(size * 2, size * 2)
        pixmap.setDevicePixelRatio(2.0)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        paint_dot(painter, stage, 0, 0, size)
        painter.end()
        icon = _icons[key] = QIcon(pixmap)
    return icon
