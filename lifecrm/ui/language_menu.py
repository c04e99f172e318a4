"""Help > Language: the window's language, chosen once and used from the next start.

Qt builds menus and labels once, so switching in place would leave half the window in the old
language; the choice is stored and LifeCRM says when it takes effect.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from lifecrm.ui.settings import UiSettings

# Each language's own name for itself: the owner finds theirs whatever the window speaks now.
LANGUAGE_NAMES = {
    "en": "English",
    "hu": "Magyar",
    "ru": "Русский",
    "is": "Íslenska",
    "sl": "Slovenščina",
}


class LanguageMenu(QMenu):
    def __init__(self, settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("&Language"), parent)
        self.settings = settings
        group = QActionGroup(self)
        chosen = settings.language()
        choices = [("", self.tr("As on this computer")), *LANGUAGE_NAMES.items()]
        self.choices: dict[str, QAction] = {}
        for code, name in choices:
            action = QAction(name, self, checkable=True)
            action.setChecked(code == chosen)
            action.triggered.connect(lambda _checked=False, c=code: self.choose(c))
            group.addAction(action)
            self.addAction(action)
            self.choices[code] = action

    def choose(self, code: str) -> QMessageBox:
        self.settings.set_language(code)
        self.settings.sync()
        name = LANGUAGE_NAMES.get(code) or self.tr("the language of this computer")
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Language"),
            self.tr("LifeCRM will speak %1 the next time it starts.").replace("%1", name),
            QMessageBox.StandardButton.Ok,
            self.parentWidget(),
        )
        box.open()
        return box
