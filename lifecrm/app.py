"""The window's composition root: Qt application, translations, the database, the main window.

`run_window` is what `lifecrm` (no command) and `lifecrm --smoke-test` call. "Today" is decided
here once and passed down; core never asks the clock.
"""

from __future__ import annotations

import os
import sys
import time
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from lifecrm import __version__, paths
from lifecrm.core.errors import UserError
from lifecrm.core.storage.db import open_database
from lifecrm.ui.settings import UiSettings

SMOKE_TEST_TIMEOUT_MS = 20_000
FIRST_PAINT_ENV = "LIFECRM_FIRST_PAINT_FILE"  # benchmarks: the smoke test writes the paint's time


class EnglishPlurals(QTranslator):
    """Turns "%n customer(s)" into "1 customer" / "5 customers" when no translation does.

    Source strings carry Qt's "(s)" plural convention so translators get proper plural forms;
    English needs no `.qm` file for that. Installed first, so every real translation wins.
    """

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if n < 0 or "(s)" not in source:
            return None  # a null string: "not translated here", so Qt asks on or keeps the source
        return source.replace("(s)", "" if n == 1 else "s")

    def isEmpty(self) -> bool:
        return False


def install_translators(app: QCoreApplication, language: str = "") -> list[QTranslator]:
    """English plurals, then Qt's own dialogs (OK/Cancel) and ours for `language` (a code
    such as "hu"; empty: the computer's). Dates and numbers follow the same locale."""
    installed: list[QTranslator] = [EnglishPlurals(app)]
    app.installTranslator(installed[0])
    locale = QLocale(language) if language else QLocale.system()
    QLocale.setDefault(locale)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ours = paths.resources_dir() / "translations"
    for name, folder in (("qtbase", qt_dir), ("lifecrm", str(ours))):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def _report_first_paint(app: QApplication) -> None:
    """The smoke test's end; with `FIRST_PAINT_ENV` set, the paint's wall-clock time is written
    there first, so a benchmark can measure from before the launch."""
    report = os.environ.get(FIRST_PAINT_ENV)
    if report:
        with open(report, "w", encoding="utf-8") as out:
            out.write(f"{time.time():.6f}\n")
    app.exit(0)


def _application(language: str | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QApplication.setApplicationName(paths.APP_NAME)
    QApplication.setOrganizationName(paths.APP_AUTHOR)
    QApplication.setApplicationVersion(__version__)
    QApplication.setDesktopFileName("lifecrm")
    app = QApplication(sys.argv[:1])
    install_translators(app, UiSettings().language() if language is None else language)
    return app


def run_window(
    db_path: Path,
    *,
    demo: bool = False,
    smoke_test: bool = False,
    as_of: date | None = None,
    language: str | None = None,
) -> int:
    """Opens the window on `db_path` and runs until it closes; 0 ok, 2 unusable database.

    With `smoke_test`, returns 0 right after the first paint (1 if none came within 20 s).
    """
    app = _application(language)
    as_of = as_of or date.today()
    try:
        db = open_database(db_path)
    except UserError as exc:
        if smoke_test:
            print(f"lifecrm: {exc}", file=sys.stderr)
        else:
            QMessageBox.critical(None, app.translate("App", "LifeCRM"), str(exc))
        return 2

    from lifecrm.ui.main_window import MainWindow  # after QApplication: widgets need it

    window = MainWindow(db, as_of=as_of, demo=demo)
    safety = None
    if smoke_test:
        window.first_paint.painted.connect(lambda: _report_first_paint(app))
        safety = QTimer(window)
        safety.setSingleShot(True)
        safety.timeout.connect(lambda: app.exit(1))
        safety.start(SMOKE_TEST_TIMEOUT_MS)
    try:
        window.show()
        code = app.exec()
    finally:
        if safety is not None:
            safety.stop()
        window.shutdown()
        window.deleteLater()
        db.close()
    return int(code)
