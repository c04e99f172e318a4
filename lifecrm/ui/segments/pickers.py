"""Choosing several things in a condition row: products (with search) and language/country codes.

A product condition matches names or SKUs exactly, so the owner picks from what they have
actually sold (`catalog.product_choices`), searching by a word of the name or the SKU; a
name typed that matches nothing can still be used as typed (a product not sold yet).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lifecrm.core.segments.catalog import Product
from lifecrm.core.text import fold
from lifecrm.ui.segments.texts import tr

_SHOWN = 300  # matches listed at once; typing narrows the rest
_TYPED_ROLE = Qt.ItemDataRole.UserRole + 1


def _summary(chosen: Sequence[str], empty: str, name: Callable[[str], str] = str) -> str:
    if not chosen:
        return empty
    names = [name(c) for c in chosen]
    return (
        ", ".join(names)
        if len(names) <= 2
        else tr("%1 and %n more", len(names) - 2).replace("%1", ", ".join(names[:2]))
    )


class ProductPicker(QWidget):
    """A button naming the chosen products; it opens a searchable, tickable list of products."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.products: list[Product] = []
        self.chosen: list[str] = []
        self.button = QPushButton()
        self.button.setObjectName("productButton")
        self.button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.button.setMinimumWidth(140)
        self.button.setStyleSheet("text-align: left; padding: 4px 8px;")
        self.button.clicked.connect(self.open_popup)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)

        self.popup = QFrame(self, Qt.WindowType.Popup)
        self.popup.setObjectName("productPopup")
        self.popup.setFrameShape(QFrame.Shape.StyledPanel)
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search your products by name or SKU"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setObjectName("productList")
        box = QVBoxLayout(self.popup)
        box.setContentsMargins(6, 6, 6, 6)
        box.addWidget(self.search)
        box.addWidget(self.list)
        self.popup.resize(380, 320)
        self.search.textChanged.connect(lambda _t: self._fill())
        self.list.itemChanged.connect(self._on_item_changed)
        self._update_button()

    def set_products(self, products: list[Product]) -> None:
        self.products = products
        self._fill()

    def set_value(self, names: Sequence[str]) -> None:
        self.chosen = list(dict.fromkeys(names))
        self._update_button()
        self._fill()

    def value(self) -> list[str]:
        return list(self.chosen)

    def open_popup(self) -> None:
        self._fill()
        self.popup.move(self.button.mapToGlobal(self.button.rect().bottomLeft()))
        self.popup.resize(max(self.button.width(), 380), 320)
        self.popup.show()
        self.search.setFocus()

    def toggle(self, name: str, on: bool) -> None:
        """Adds or removes a product (what ticking it in the list does)."""
        if on and name not in self.chosen:
            self.chosen.append(name)
        elif not on and name in self.chosen:
            self.chosen.remove(name)
        else:
            return
        self._update_button()
        self.changed.emit()

    def _fill(self) -> None:
        words = fold(self.search.text()).split()
        typed = self.search.text().strip()
        self.list.blockSignals(True)
        self.list.clear()
        known = {p.name for p in self.products}
        shown = 0
        if typed and typed not in known and typed not in self.chosen:
            item = QListWidgetItem(tr("Use “%1” as typed").replace("%1", typed))
            item.setData(_TYPED_ROLE, typed)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        extra = [c for c in self.chosen if c not in known]
        for name, skus in [(c, ()) for c in extra] + [(p.name, p.skus) for p in self.products]:
            haystack = fold(" ".join((name, *skus)))
            if words and not all(w in haystack for w in words):
                continue
            if shown >= _SHOWN and name not in self.chosen:
                continue
            label = f"{name}  ·  {', '.join(skus[:3])}" if skus else name
            item = QListWidgetItem(label)
            item.setData(_TYPED_ROLE, name)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            checked = name in self.chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
            shown += 1
        self.list.blockSignals(False)

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        name = str(item.data(_TYPED_ROLE))
        self.toggle(name, item.checkState() == Qt.CheckState.Checked)

    def _update_button(self) -> None:
        """The chosen names, elided to the button (long product names must not widen the row)."""
        text = _summary(self.chosen, tr("Choose products…"))
        room = max(self.button.width() - 20, 60)
        self.button.setText(
            self.button.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, room)
        )
        self.button.setToolTip("\n".join(self.chosen))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_button()


class _StayOpenMenu(QMenu):
    """Ticking a code keeps the menu open, so several can be ticked in one go."""

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        action = self.activeAction()
        if action is not None and action.isCheckable():
            action.trigger()
            event.accept()
            return
        super().mouseReleaseEvent(event)


class CodesButton(QToolButton):
    """Languages or countries: a button naming the ticked ones, with a menu of all of them."""

    changed = Signal()

    def __init__(self, name: Callable[[str], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self._actions: dict[str, QAction] = {}
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.menu_ = _StayOpenMenu(self)
        self.setMenu(self.menu_)
        self._update_text()

    def set_options(self, codes: Sequence[str]) -> None:
        chosen = self.value()
        wanted = list(dict.fromkeys([*codes, *chosen]))
        wanted.sort(key=lambda c: self._name(c).casefold())
        self.menu_.clear()
        self._actions = {}
        for code in wanted:
            action = QAction(f"{self._name(code)} ({code})", self.menu_)
            action.setCheckable(True)
            action.setChecked(code in chosen)
            action.toggled.connect(lambda _on: self._on_toggled())
            self.menu_.addAction(action)
            self._actions[code] = action
        self._update_text()

    def set_value(self, codes: Sequence[str]) -> None:
        missing = [c for c in codes if c not in self._actions]
        if missing:
            self.set_options([*self._actions, *missing])
        for code, action in self._actions.items():
            action.blockSignals(True)
            action.setChecked(code in codes)
            action.blockSignals(False)
        self._update_text()

    def value(self) -> list[str]:
        return [code for code, action in self._actions.items() if action.isChecked()]

    def action_for(self, code: str) -> QAction | None:
        return self._actions.get(code)

    def _on_toggled(self) -> None:
        self._update_text()
        self.changed.emit()

    def _update_text(self) -> None:
        self.setText(_summary(self.value(), tr("Choose…"), self._name))
