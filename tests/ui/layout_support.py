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

from PySide6.QtCore import QLocale, QSize, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
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
    if isinstance(widget, QComboBox) and not widget.isEditable() and widget.currentText():
        needed, room = _combo_room(widget)
        return f"{needed - room} px too narrow" if needed > room + SLACK else None
    return None


def _too_narrow(hint: QSize, widget: QWidget) -> str | None:
    if hint.width() > widget.width() + SLACK:
        return f"{hint.width() - widget.width()} px too narrow"
    return None


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
    return ""
