"""Takes the drafting screenshots on demo data: drafts.png, template-editor.png, your-details.png.

Builds a scratch demo database (never the owner's), fills in a Hungarian shop owner's details,
opens "Write to these customers…" for a stage and selects a Hungarian customer, then opens the
template editor and the "Your details" dialog.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python scripts/screenshot_drafts.py
"""

from __future__ import annotations

import argparse
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
    parser.add_argument("--customers", type=int, default=600)
    parser.add_argument("--as-of", type=date.fromisoformat, default=date(2025, 12, 1))
    parser.add_argument("--stage", default="promising", help="stage to write to")
    parser.add_argument("--language", default="hu", help="select a customer with this language")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--window-language", default="en",
                        help="the window's language: en, hu, ru, is, sl")  # fmt: skip
    args = parser.parse_args(argv)

    from lifecrm.app import _application

    app = _application(args.window_language)
    from sqlalchemy import text

    from lifecrm.core.drafting.profile import ShopProfile, save_profile
    from lifecrm.core.lifecycle import Stage
    from lifecrm.core.storage.db import open_database
    from lifecrm.ui.main_window import MainWindow, fill_demo
    from lifecrm.ui.settings import UiSettings

    scratch = tempfile.TemporaryDirectory()
    db = open_database(Path(scratch.name) / "drafts.sqlite")
    fill_demo(db, args.as_of, args.customers, progress=lambda d, t: None, cancel=_Never())
    with db.write() as conn:
        save_profile(
            conn,
            ShopProfile(
                shop_name="Kovács Tea",
                owner_name="Kovács Anna",
                signature="Kovács Anna\nKovács Tea · Budapest",
                shop_story="2015 óta kézzel keverjük a teáinkat egy kis budapesti boltban.",
                shop_url="https://kovacstea.hu",
                language="hu",
                informal=("sl",),
                discount="10%",
                gift="ingyenes szállítás",
                code_pattern="KOSZ-####",
                from_address="anna@kovacstea.hu",
            ),
        )
    settings = UiSettings(QSettings(str(Path(scratch.name) / "ui.ini"), QSettings.Format.IniFormat))
    window = MainWindow(db, as_of=args.as_of, settings=settings)
    window.resize(1440, 900)
    window.show()
    wait(app, 60, until=lambda: not window.jobs.busy)
    window.sidebar.select_stage(Stage(args.stage))
    wait(app, 0.3)
    save(window, args.out / "drafts-entry.png")

    dialog = window.drafting.write_to_stage(Stage(args.stage))
    assert dialog is not None
    wait(app, 60, until=lambda: dialog.job is None and len(dialog.drafts) > 0)
    with db.read() as conn:
        wanted = conn.execute(
            text("SELECT id FROM customer WHERE language = :lang AND first_name IS NOT NULL"),
            {"lang": args.language},
        ).scalars()
        for customer_id in wanted:
            row = dialog.drafts.row_of(customer_id)
            if row is not None and not dialog.drafts.draft(row).skipped:
                dialog.select_customer(customer_id)
                break
    wait(app, 0.5)
    save(dialog, args.out / "drafts.png")

    editor = dialog.open_editor()
    wait(app, 0.8)
    save(editor, args.out / "template-editor.png")
    editor.reject()
    wait(app, 0.3)

    details = window.drafting.open_profile()
    wait(app, 0.5)
    save(details, args.out / "your-details.png")
    details.reject()
    dialog.reject()
    wait(app, 0.3)
    window.shutdown()
    db.close()
    return 0


class _Never:
    requested = False


if __name__ == "__main__":
    sys.exit(main())
