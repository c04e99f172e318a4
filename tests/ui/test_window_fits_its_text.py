"""The main window's texts fit in every language: no stage name, column title or button cut."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from lifecrm.app import install_translators
from lifecrm.core.storage.db import Database
from tests.ui.conftest import MakeWindow


@pytest.fixture(params=["en", "hu", "ru", "is", "sl"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    before = QLocale()
    installed = install_translators(qapp, request.param)
    yield request.param
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


def _inside(widget: QWidget, container: QWidget) -> bool:
    """The whole of `widget` lies within `container`'s visible rectangle."""
    top_left = widget.mapTo(container, QPoint(0, 0))
    return container.rect().contains(top_left) and container.rect().contains(
        top_left + QPoint(widget.width() - 1, widget.height() - 1)
    )


def test_the_window_fits_its_text(
    qtbot: QtBot, make_window: MakeWindow, shop: Database, language: str
) -> None:
    window = make_window(shop)
    window.resize(1440, 900)
    qtbot.waitUntil(lambda: window.customers.view.viewport().width() > 900)
    sidebar = window.sidebar
    assert sidebar.width() >= sidebar.width_for_labels(), language

    view = window.customers.view
    header = view.horizontalHeader()
    metrics = header.fontMetrics()
    for column in range(window.model.columnCount()):
        title = str(window.model.headerData(column, Qt.Orientation.Horizontal))
        assert header.sectionSize(column) >= metrics.horizontalAdvance(title), (language, title)
    qtbot.waitUntil(lambda: not view.horizontalScrollBar().isVisible(), timeout=2000)

    window.customers.select_customer(window.model.customer_id(0))
    detail = window.detail
    scroll = detail._pages.currentWidget()
    body = scroll.widget()
    qtbot.waitUntil(lambda: body.width() > 0)
    assert body.width() <= scroll.viewport().width(), language  # nothing cut on the right
    for button in (detail.save_button, detail.actions.edit_button, detail.actions.forget_button):
        assert _inside(button, body), (language, button.text())
    tree = detail.orders_tree
    assert sum(tree.columnWidth(c) for c in range(4)) <= tree.viewport().width(), language
