"""Takes the import wizard's and the import history's screenshots, with real imports.

Imports two fixtures into a scratch database (never the owner's): the Hungarian order list
(shown on the preview step) and an English list with problem rows (shown on the check and
summary steps), then opens the import history. Writes import-preview.png, import-summary.png
and import-history.png; with --all also the file, currency, check and undo steps.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python scripts/screenshot_import.py
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "import"
sys.path.insert(0, str(ROOT / "scripts"))

from screenshot import save, wait  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--preview-file", type=Path, default=FIXTURES / "hu_rendelesek.csv")
    parser.add_argument("--problem-file", type=Path, default=FIXTURES / "bad_rows.csv")
    parser.add_argument("--currency", default="GBP", help="for the problem file's amounts")
    parser.add_argument("--as-of", type=date.fromisoformat, default=date(2025, 12, 31))
    parser.add_argument("--size", default="1100x720", help="wizard size, WIDTHxHEIGHT")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--all", action="store_true", help="every step, not only the README's")
    args = parser.parse_args(argv)
    readme = {"import-preview.png", "import-summary.png", "import-history.png"}

    def shoot(widget: QWidget, name: str) -> None:
        if args.all or name in readme:
            save(widget, args.out / name)

    from lifecrm.app import _application

    app = _application()
    from lifecrm.core.storage.db import open_database
    from lifecrm.ui.importing.wizard import ImportWizard, Step
    from lifecrm.ui.main_window import MainWindow
    from lifecrm.ui.settings import UiSettings

    scratch = tempfile.TemporaryDirectory()
    db = open_database(Path(scratch.name) / "import.sqlite")
    settings = UiSettings(QSettings(str(Path(scratch.name) / "ui.ini"), QSettings.Format.IniFormat))
    window = MainWindow(db, as_of=args.as_of, settings=settings)
    window.show()
    width, height = (int(v) for v in args.size.lower().split("x"))

    def open_on(path: Path) -> ImportWizard:
        wizard = window.imports.open_wizard(path)
        wizard.resize(width, height)
        wait(app, 60, until=lambda: wizard.step == Step.PREVIEW)
        wait(app, 0.5)
        return wizard

    def run(wizard: ImportWizard, step: Step) -> None:
        wizard.next()
        wait(app, 120, until=lambda: wizard.step == step or wizard.ui.message.isVisible())
        wait(app, 0.5)

    wizard = window.imports.open_wizard()
    wizard.resize(width, height)
    wait(app, 0.5)
    shoot(wizard, "import-file.png")
    wizard.load_file(args.preview_file)
    wait(app, 60, until=lambda: wizard.step == Step.PREVIEW)
    wait(app, 0.5)
    shoot(wizard, "import-preview.png")
    run(wizard, Step.CHECKED)
    run(wizard, Step.DONE)
    wizard.accept()
    wait(app, 0.3)

    wizard = open_on(args.problem_file)
    shoot(wizard, "import-currency.png")
    combo = wizard.ui.preview.currency
    combo.setCurrentIndex(combo.findData(args.currency))
    combo.activated.emit(combo.currentIndex())
    run(wizard, Step.CHECKED)
    shoot(wizard, "import-check.png")
    run(wizard, Step.DONE)
    wizard.ui.done_page.show_button.setChecked(True)
    wait(app, 0.5)
    shoot(wizard, "import-summary.png")
    wizard.accept()
    wait(app, 0.3)

    history = window.imports.open_history()
    wait(app, 0.5)
    shoot(history, "import-history.png")
    box = history.confirm_undo()
    wait(app, 0.5)
    if box is not None:
        shoot(box, "import-undo.png")
        box.reject()
    history.accept()
    shoot(window, "import-window.png")
    window.shutdown()
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
