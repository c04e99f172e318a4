"""Takes the README's screenshots of the real window: main.png, detail.png, settings.png, and
welcome.png (the first start on an empty database of one's own) and demo-switch.png (the
question the demo asks before an owner's step), with a `-LANG` suffix for other languages.

Run it under Xvfb (`xvfb-run -s "-screen 0 1600x1000x24" .venv/bin/python scripts/screenshot.py`)
or with QT_QPA_PLATFORM=offscreen. It never touches the user's window settings.

    .venv/bin/python scripts/screenshot.py --db demo.sqlite --stage passive --row 0
    .venv/bin/python scripts/screenshot.py --demo --db /tmp/demo.sqlite   # builds demo data first
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parent.parent


def wait(app: QApplication, seconds: float, until: object = None) -> None:
    """Runs the event loop for `seconds`, or until `until()` is true."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        if until is not None and until():  # type: ignore[operator]
            return
        time.sleep(0.02)


def save(widget: QWidget, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(f"wrote {path}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="database to show (default: the demo database)")
    parser.add_argument("--demo", action="store_true", help="treat it as demo data (fills it)")
    parser.add_argument("--as-of", type=date.fromisoformat, default=date.today())
    parser.add_argument("--stage", help="stage to select, e.g. passive (default: all customers)")
    parser.add_argument("--row", type=int, default=0, help="list row to open in detail.png")
    parser.add_argument("--size", default="1440x900", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--language", default="en", help="the window's language: en, hu, ru...")
    args = parser.parse_args(argv)

    from lifecrm import paths
    from lifecrm.app import _application
    from lifecrm.core.lifecycle import Stage
    from lifecrm.core.storage.db import open_database

    app = _application(args.language)
    from lifecrm.ui.main_window import MainWindow
    from lifecrm.ui.settings import UiSettings

    db_path = args.db or paths.demo_database_path()
    db = open_database(db_path)
    scratch = tempfile.TemporaryDirectory()
    settings = UiSettings(QSettings(str(Path(scratch.name) / "ui.ini"), QSettings.Format.IniFormat))
    demo = args.demo or args.db is None
    own = Path(scratch.name) / "lifecrm.sqlite"  # a first start: the owner's own, still empty
    window = MainWindow(db, as_of=args.as_of, demo=demo, settings=settings, own_path=lambda: own)
    width, height = (int(v) for v in args.size.lower().split("x"))
    suffix = "" if args.language == "en" else f"-{args.language}"

    def shot(widget: QWidget, name: str) -> None:
        save(widget, args.out / f"{name}{suffix}.png")

    window.resize(width, height)
    window.show()
    wait(app, 600, until=lambda: not window.jobs.busy)
    wait(app, 0.5)
    if window.pages.currentWidget() is window.empty:
        shot(window, "welcome")
        return 0
    shot(window, "main")

    if args.stage:
        window.sidebar.select_stage(Stage(args.stage))
    if window.model.rowCount():
        window.customers.select_customer(window.model.customer_id(args.row))
    wait(app, 0.5)
    shot(window, "detail")

    dialog = window.open_settings()
    wait(app, 0.5)
    shot(dialog, "settings")
    dialog.reject()

    if demo:  # the owner's first step in the demo asks first, then opens their own database
        window.imports.import_action.trigger()
        question = window.databases.question
        wait(app, 0.5)
        if question is not None:
            shot(question, "demo-switch")
            window.databases.switch()
            question.reject()
            wait(app, 0.5)
            shot(window, "welcome")
    window.shutdown()
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
