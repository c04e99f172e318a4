"""The dialog frame every screen uses, and dialogs that grow to fit their text.

Qt sizes a top-level window from its layout's minimum size, which ignores how tall a wrapped
label gets at the window's width: a dialog of long sentences (or of their Hungarian and
Slovenian translations, a third longer) opens too short, and its lines are cut or overlap.
`fit_to_text` keeps the dialog at least as tall as its text needs at its current width.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHBoxLayout, QLayout, QVBoxLayout, QWidget

MARGINS = (20, 16, 20, 16)
SPACING = 10


def dialog_layout(dialog: QWidget, *, spacing: int = SPACING) -> QVBoxLayout:
    """The dialog's own column, with the margins and spacing every LifeCRM dialog has."""
    layout = QVBoxLayout(dialog)
    layout.setContentsMargins(*MARGINS)
    layout.setSpacing(spacing)
    return layout


def button_row(
    left: Sequence[QWidget] = (), right: Sequence[QWidget] = (), *, spacing: int = -1
) -> QHBoxLayout:
    """Buttons at both ends of a row: actions on the left, Close (or Cancel/OK) on the right."""
    row = QHBoxLayout()
    if spacing >= 0:
        row.setSpacing(spacing)
    for widget in left:
        row.addWidget(widget)
    row.addStretch(1)
    for widget in right:
        row.addWidget(widget)
    return row


class _FitToText(QObject):
    def __init__(self, dialog: QWidget) -> None:
        super().__init__(dialog)
        self.dialog = dialog

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.dialog and event.type() in (
            QEvent.Type.Show, QEvent.Type.Resize, QEvent.Type.LayoutRequest,
        ):  # fmt: skip
            fit_height(self.dialog)
        return False


def fit_height(dialog: QWidget) -> None:
    """At least as tall as the layout needs at the dialog's width (wrapped text included)."""
    layout: QLayout | None = dialog.layout()
    if layout is None or not layout.hasHeightForWidth():
        return
    needed = layout.totalHeightForWidth(dialog.width())
    if dialog.minimumHeight() != needed:
        dialog.setMinimumHeight(needed)
    if dialog.height() < needed:
        dialog.resize(dialog.width(), needed)


def fit_to_text(dialog: QWidget, width: int | None = None) -> None:
    """Opens `dialog` `width` wide (default: as it is) and keeps it tall enough for its text."""
    if width is not None:
        dialog.resize(width, 0)
    dialog.installEventFilter(_FitToText(dialog))
    fit_height(dialog)
