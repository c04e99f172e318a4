"""Does every text fit? A walk over a shown window's widgets, and the window in other languages.

`unfit(widget)` lists each visible label, button, check box, radio button, group box title and
combo box whose text needs more room than it got: wider than the widget when the text does not
wrap, taller when it does (a wrapped label squeezed below its height for its width is cut or
overlaps its neighbour). `speaking(qapp, code)` shows the window in one of our languages, or in
a pseudo-language ("pseudo") whose every text is 40 % longer, the way translations grow.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QLocale, QSize, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)

from lifecrm.app import install_translators

LANGUAGES = ("en", "hu", "ru", "is", "sl", "pseudo")
SLACK = 1  # pixels of rounding


class PseudoLanguage(QTranslator):
    """Every text 40 % longer (placeholders and markup kept), with English plural endings."""

    GROWTH = 0.4

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if not source or source.startswith("&") and len(source) < 3:
            return None
        text = source.replace("(s)", "" if n == 1 else "s") if n >= 0 else source
        visible = len(text) - sum(len(part) for part in _tags(text))
        return text + "·" + "ä" * max(1, math.ceil(visible * self.GROWTH) - 1)

    def isEmpty(self) -> bool:
        return False


def _tags(text: str) -> list[str]:
    found, start = [], text.find("<")
    while start >= 0:
        end = text.find(">", start)
        if end < 0:
            break
        found.append(text[start : end + 1])
        start = text.find("<", end)
    return found


@contextmanager
def speaking(qapp: QApplication, code: str) -> Iterator[None]:
    """The window's texts in `code` while inside (English plurals stay installed by conftest)."""
    before = QLocale()
    installed: list[QTranslator] = []
    if code == "pseudo":
        installed.append(PseudoLanguage(qapp))
        qapp.installTranslator(installed[0])
    elif code != "en":
        installed = install_translators(qapp, code)
    try:
        yield
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(before)


def _shown(widget: QWidget, top: QWidget) -> bool:
    return widget.isVisibleTo(top) and widget.width() > 0 and widget.height() > 0


def _combo_room(combo: QComboBox) -> tuple[int, int]:
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    needed = combo.fontMetrics().horizontalAdvance(combo.currentText())
    if not combo.itemIcon(combo.currentIndex()).isNull():
        needed += combo.iconSize().width() + 4
    return needed, field.width()


def problem(widget: QWidget) -> str | None:
    """Why this one widget's text does not fit, or None."""
    if isinstance(widget, QLabel):
        if not widget.text().strip() or widget.pixmap() is not None and not widget.text():
            return None
        if widget.wordWrap():
            needed = widget.heightForWidth(widget.width())
            if needed > widget.height() + SLACK:
                return f"{needed - widget.height()} px too short"
            return None
        return _too_narrow(widget.sizeHint(), widget)
    if isinstance(widget, QPushButton | QCheckBox | QRadioButton):
        assert isinstance(widget, QAbstractButton)
        if not widget.text().strip():
            return None
        return _too_narrow(widget.sizeHint(), widget)
    if isinstance(widget, QGroupBox) and widget.title():
        needed = widget.fontMetrics().horizontalAdvance(widget.title()) + 16
        if widget.isCheckable():
            needed += 20
        return f"title {needed - widget.width()} px too wide" if needed > widget.width() else None
    if isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Horizontal:
        return _cut_headers(widget)
    if isinstance(widget, QComboBox) and not widget.isEditable() and widget.currentText():
        needed, room = _combo_room(widget)
        return f"{needed - room} px too narrow" if needed > room + SLACK else None
    return None


def _cut_headers(header: QHeaderView) -> str | None:
    """Column titles too long for their column ("Utolsó rendel…")."""
    model = header.model()
    if model is None:
        return None
    cut = []
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
    for section in range(header.count()):
        if header.isSectionHidden(section) or header.sectionSize(section) == 0:
            continue
        title = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        needed = header.fontMetrics().horizontalAdvance(title) + 2 * margin
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == section:
            needed += header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize) + margin
        if title and needed > header.sectionSize(section) + SLACK:
            cut.append(f"{title!r} ({needed - header.sectionSize(section)} px)")
    return "column titles cut: " + ", ".join(cut) if cut else None


def _too_narrow(hint: QSize, widget: QWidget) -> str | None:
    if hint.width() > widget.width() + SLACK:
        return f"{hint.width() - widget.width()} px too narrow"
    return _cut_at_the_side(widget)


def _cut_at_the_side(widget: QWidget) -> str | None:
    """Partly hidden sideways by a parent (a scroll area too narrow for its contents)."""
    shown = widget.visibleRegion().boundingRect()
    if shown.isEmpty() or shown.height() < widget.height():
        return None  # scrolled away up or down, or behind another widget: not this test's business
    hidden = widget.width() - shown.width()
    return f"{hidden} px cut off at the side" if hidden > SLACK else None


def unfit(top: QWidget) -> list[str]:
    """ "QLabel 'Today you can…': 12 px too short" for every text that does not fit in `top`."""
    found = []
    for widget in [top, *top.findChildren(QWidget)]:
        if widget is not top and not _shown(widget, top):
            continue
        why = problem(widget)
        if why:
            text = _text(widget).replace("\n", " ")
            name = widget.objectName() or type(widget).__name__
            found.append(f"{name} {text[:50]!r}: {why}")
    return found


def _text(widget: QWidget) -> str:
    if isinstance(widget, QLabel | QAbstractButton):
        return widget.text()
    if isinstance(widget, QGroupBox):
        return widget.title()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    return widget.objectName()
