"""Takes the segment screenshots: segments.png (sidebar, a segment selected) and
segment-editor.png (the editor with three conditions and its live preview).

Works on a copy of the given demo database (never the owner's), so saving nothing changes it:

    .venv/bin/python -m lifecrm demo --db /tmp/s.sqlite --customers 2000
    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python scripts/screenshot_segments.py \\
        --db /tmp/s.sqlite
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from screenshot import save, wait  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True, help="a demo database (copied first)")
    parser.add_argument("--as-of", type=date.fromisoformat, default=date.today())
    parser.add_argument("--segment", default="3+ orders over a chosen total")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--language", dest="window_language", default="en",
                        help="the window's language: en, hu, ru, is, sl")  # fmt: skip
    args = parser.parse_args(argv)

    from lifecrm.app import _application

    app = _application(args.window_language)
    from lifecrm.core.segments.ui_support import product_choices
    from lifecrm.core.storage.db import open_database
    from lifecrm.ui.main_window import MainWindow
    from lifecrm.ui.settings import UiSettings

    scratch = tempfile.TemporaryDirectory()
    copy = Path(scratch.name) / "segments.sqlite"
    with sqlite3.connect(args.db) as src, sqlite3.connect(copy) as dst:
        src.backup(dst)
    db = open_database(copy)
    settings = UiSettings(QSettings(str(Path(scratch.name) / "ui.ini"), QSettings.Format.IniFormat))
    window = MainWindow(db, as_of=args.as_of, demo=True, settings=settings)
    window.resize(1440, 900)
    window.show()

    def idle() -> bool:
        return not window.jobs.busy and not window.segments.reader.busy

    wait(app, 120, until=idle)
    if not window.segment_list.select_segment(args.segment):
        raise SystemExit(f"no segment called {args.segment!r}")
    wait(app, 30, until=idle)
    if window.model.rowCount():
        window.customers.select_customer(window.model.customer_id(0))
    wait(app, 0.5)
    save(window, args.out / "segments.png")

    with db.read() as conn:
        products = [p.name for p in product_choices(conn)]
    teas = [p for p in products if "tea" in p.lower() and "towel" not in p.lower()][:2]
    mugs = [p for p in products if "mug" in p.lower()][:2]
    editor = window.segments.open_editor(
        name="Tea lovers without a mug",
        definition={
            "all": [
                {"field": "bought", "op": "any_of", "value": teas},
                {"field": "not_bought", "op": "any_of", "value": mugs},
                {"field": "orders", "op": ">=", "value": 3},
            ]
        },
    )
    wait(app, 30, until=lambda: idle() and editor.last_preview is not None)
    wait(app, 0.5)
    save(editor, args.out / "segment-editor.png")
    editor.reject()
    wait(app, 0.3)
    window.shutdown()
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
