"""Takes the sending screenshots on demo data, sending to a throw-away SMTP server on loopback:
sending-account.png, sending-confirm.png, sending-progress.png and outbox.png.

Nothing leaves this computer: the server is aiosmtpd on 127.0.0.1 with a test certificate (the
test tools must be installed: .venv-test), and the password goes to an in-memory keyring,
never the real password store. A few recipients are refused or asked to wait by the server,
and two are marked "may have been sent" as after a crash, so the outbox shows every state.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv-test/bin/python scripts/screenshot_sending.py
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT))

from screenshot import save, wait  # noqa: E402


class _Never:
    requested = False


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=600)
    parser.add_argument("--as-of", type=date.fromisoformat, default=date(2025, 12, 1))
    parser.add_argument("--stage", default="passive", help="stage to write to")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--language", dest="window_language", default="en",
                        help="the window's language: en, hu, ru, is, sl")  # fmt: skip
    args = parser.parse_args(argv)

    import keyring
    import trustme

    from lifecrm.app import _application

    app = _application(args.window_language)
    from sqlalchemy import update

    from lifecrm.core.drafting.profile import ShopProfile, save_profile
    from lifecrm.core.lifecycle import Stage
    from lifecrm.core.sending.account import Security, SmtpAccount, save_account, store_password
    from lifecrm.core.storage.db import open_database
    from lifecrm.core.storage.models import OutboxMessage, table
    from lifecrm.ui.main_window import MainWindow, fill_demo
    from lifecrm.ui.sending.session import State
    from lifecrm.ui.settings import UiSettings
    from tests.support import smtp_server
    from tests.support.keyrings import MemoryKeyring

    scratch = tempfile.TemporaryDirectory()
    folder = Path(scratch.name)
    keyring.set_keyring(MemoryKeyring())  # the screens say "saved in your password store"
    server = smtp_server.start(trustme.CA())

    db = open_database(folder / "sending.sqlite")
    fill_demo(db, args.as_of, args.customers, progress=lambda d, t: None, cancel=_Never())
    with db.write() as conn:
        save_profile(
            conn,
            ShopProfile(shop_name="Kovács Tea", owner_name="Kovács Anna", language="hu",
                        signature="Kovács Anna\nKovács Tea · Budapest",
                        from_address="anna@kovacstea.hu"),
        )  # fmt: skip
    settings = UiSettings(QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat))
    window = MainWindow(db, as_of=args.as_of, settings=settings)
    window.resize(1440, 900)
    window.show()
    wait(app, 60, until=lambda: not window.jobs.busy)
    window.sending.ssl_context = server.client_context

    # 1. The account dialog: a Gmail address typed, the preset and its hint filled in.
    dialog = window.sending.open_account()
    dialog.from_address.clear()
    dialog.from_address.setText("kovacs.tea@gmail.com")
    dialog.from_address.textEdited.emit("kovacs.tea@gmail.com")
    dialog.password.setText("abcd efgh ijkl mnop")
    wait(app, 0.5)
    save(dialog, args.out / "sending-account.png")
    dialog.reject()

    account = SmtpAccount(
        host="localhost", port=server.port, security=Security.STARTTLS, user=smtp_server.USER,
        from_address="anna@kovacstea.hu", from_name="Kovács Anna", per_minute=90, per_day=500,
    )  # fmt: skip
    with db.write() as conn:
        save_account(conn, account)
    store_password(account, smtp_server.PASSWORD)
    window.sending.account_changed.emit()

    # 2. The confirmation, from the drafting view.
    drafting = window.drafting.write_to_stage(Stage(args.stage))
    assert drafting is not None
    wait(app, 60, until=lambda: drafting.job is None and len(drafting.drafts) > 0)
    ready = [d.email for d in drafting.drafts.ready() if d.email]
    for address in ready[3:5]:
        server.handler.rcpt_replies[address] = "550 5.1.1 No such user here"
    server.handler.rcpt_replies[ready[7]] = "451 4.3.0 Mailbox busy, try again later"
    confirm = drafting.send()
    wait(app, 0.5)
    assert confirm is not None
    save(confirm, args.out / "sending-confirm.png")
    confirm.accept()

    # 3. The progress panel, mid-send.
    wait(app, 30, until=lambda: window.sending.session is not None)
    session = window.sending.session
    assert session is not None
    wait(app, 6)
    panel = window.sending.show_panel()
    assert panel is not None
    save(panel, args.out / "sending-progress.png")
    save(window, args.out / "sending-window.png")  # the status bar: done of total, time left
    session.set_account(replace(account, per_minute=60_000), None)
    session.pause()
    wait(app, 10, until=lambda: session.job is None)
    session.resume()
    wait(app, 120, until=lambda: session.job is None and session.state != State.SENDING)

    # 4. The outbox: sent, refused, waiting to retry, and two that may have been sent.
    messages = table(OutboxMessage)
    with db.write() as conn:
        conn.execute(
            update(messages)
            .where(messages.c.email.in_(ready[10:12]))
            .values(state="uncertain", sent_at=None)
        )
    view = window.sending.open_outbox()
    wait(app, 0.3)
    uncertain = [e.id for e in view.entries.rows if e.state == "uncertain"]
    view.select_entries(uncertain[:1])
    view.entry_view.scrollToTop()
    wait(app, 0.5)
    save(view, args.out / "outbox.png")

    session.cancel()
    wait(app, 10, until=lambda: session.job is None)
    view.hide()
    if window.sending.panel is not None:
        window.sending.panel.hide()
    window.shutdown()
    db.close()
    server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
