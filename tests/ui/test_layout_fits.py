"""Every text fits its widget, on every screen, in every language and in one 40 % longer.

Translations run longer than English (Hungarian and Slovenian by a third and more), so a layout
that only fits English cuts words in half or lets lines overlap. Each screen is opened at its
normal size, in English, Hungarian, Russian, Icelandic, Slovenian and a pseudo-language, and
`layout_support.unfit` lists what does not fit.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from lifecrm.core.customers import CustomerFilter, customer_ids
from lifecrm.core.drafting.drafts import draft_messages
from lifecrm.core.lifecycle import Stage, Thresholds
from lifecrm.core.sending import outbox
from lifecrm.core.sending.account import Security, SmtpAccount, save_account
from lifecrm.core.storage.db import Database
from lifecrm.ui.dialogs.thresholds_dialog import ThresholdsDialog
from lifecrm.ui.drafting.profile_dialog import ProfileDialog
from lifecrm.ui.importing.wizard import ImportWizard
from lifecrm.ui.importing.wizard_widgets import Step
from lifecrm.ui.main_window import MainWindow
from lifecrm.ui.sending.account_dialog import AccountDialog
from lifecrm.ui.sending.confirm_dialog import ConfirmSendDialog, SendFacts
from lifecrm.ui.sending.outbox_view import OutboxDialog
from lifecrm.ui.sending.progress_panel import SendingPanel
from lifecrm.ui.sending.session import SendingSession
from tests.core.importing.helpers import write_csv
from tests.ui.conftest import AS_OF
from tests.ui.drafting_support import open_window, prepare, wait_drafted
from tests.ui.layout_support import LANGUAGES, speaking, unfit

NOW = datetime(2025, 12, 1, 9, 0, tzinfo=UTC)
ACCOUNT = SmtpAccount(
    host="smtp.example.hu", port=587, security=Security.STARTTLS, user="bolt@example.hu",
    from_address="bolt@example.hu", from_name="Kovács Anna", per_minute=20, per_day=200,
)  # fmt: skip
HU_ROWS = [
    ["Vevő neve", "E-mail cím", "Rendelés dátuma", "Végösszeg"],
    ["Tóth Gergő", "gergo@example.hu", "2025.12.01.", "1 590,50 Ft"],
    ["Kovács Anna", "anna@example.hu", "2025.06.15.", "2 990 Ft"],
]


@dataclass
class Scene:
    qtbot: QtBot
    window: MainWindow
    db: Database
    tmp_path: Path

    def show(self, widget: QWidget) -> QWidget:
        if widget.parent() is None:
            self.qtbot.addWidget(widget)
        widget.show()
        self.qtbot.waitExposed(widget)
        return widget

    def idle(self) -> None:
        self.qtbot.waitUntil(lambda: not self.window.jobs.busy, timeout=30_000)


def _main_window(s: Scene) -> QWidget:
    return s.window


def _detail(s: Scene) -> QWidget:
    with s.db.read() as conn:
        first = customer_ids(conn, CustomerFilter())[0]
    s.window.customers.select_customer(first)
    return s.window


def _wizard(step: Step) -> Callable[[Scene], QWidget]:
    def opener(s: Scene) -> QWidget:
        path = None
        if step != Step.FILE:
            path = write_csv(s.tmp_path / "rendelések.csv", HU_ROWS, delimiter=";",
                             encoding="cp1250")  # fmt: skip
        wizard = ImportWizard(s.db, s.window.jobs, as_of=AS_OF, path=path, parent=s.window)
        s.show(wizard)
        if step != Step.FILE:
            s.qtbot.waitUntil(lambda: wizard.step == Step.PREVIEW, timeout=30_000)
        if step == Step.CHECKED:
            wizard.ui.next_button.click()
            s.qtbot.waitUntil(lambda: wizard.step == Step.CHECKED, timeout=30_000)
        return wizard

    return opener


def _thresholds(s: Scene) -> QWidget:
    return s.show(ThresholdsDialog(Thresholds(), s.window))


def _details(s: Scene) -> QWidget:
    with s.db.read() as conn:
        from lifecrm.core.drafting.profile import load_profile

        profile = load_profile(conn)
    return s.show(ProfileDialog(s.db, s.window.jobs, profile, parent=s.window))


def _account(s: Scene) -> QWidget:
    return s.show(AccountDialog(s.db, s.window.jobs, ACCOUNT, from_name="Kovács Anna",
                                from_address=ACCOUNT.from_address, parent=s.window))  # fmt: skip


def _confirm(s: Scene) -> QWidget:
    facts = SendFacts(ACCOUNT, 324, 140, 60, need_password=True, keyring=False)
    return s.show(ConfirmSendDialog(facts, s.window))


def _campaign(s: Scene) -> int:
    with s.db.write() as conn:
        save_account(conn, ACCOUNT)
        ids = customer_ids(conn, CustomerFilter(stage=Stage.PASSIVE))
        drafts = draft_messages(conn, "passive-bestseller", ids, as_of=AS_OF)
        result = outbox.create_campaign(
            conn, drafts, name="Passive → bestseller", template_key="passive-bestseller",
            audience="stage:passive", account=ACCOUNT, now=NOW,
        )  # fmt: skip
    return result.campaign


def _outbox(s: Scene) -> QWidget:
    _campaign(s)
    return s.show(OutboxDialog(s.db, s.window.jobs, clock=lambda: NOW, parent=s.window))


def _progress(s: Scene) -> QWidget:
    campaign = _campaign(s)
    session = SendingSession(s.db, s.window.jobs, ACCOUNT, "pw", campaign, name="Passive",
                             clock=lambda: NOW, parent=s.window)  # fmt: skip
    return s.show(SendingPanel(session, s.window))


def _drafting(s: Scene) -> QWidget:
    dialog = s.window.drafting.write_to_stage(Stage.PASSIVE)
    assert dialog is not None
    wait_drafted(s.qtbot, dialog)
    return dialog


def _template_editor(s: Scene) -> QWidget:
    dialog = _drafting(s)
    return s.show(dialog.open_editor())  # type: ignore[attr-defined]


def _segment_editor(s: Scene) -> QWidget:
    entry = s.window.segments.list.entries()[0]
    editor = s.window.segments.edit(entry)
    assert editor is not None
    return editor


SCREENS: dict[str, Callable[[Scene], QWidget]] = {
    "main window": _main_window,
    "detail panel": _detail,
    "import: file": _wizard(Step.FILE),
    "import: preview": _wizard(Step.PREVIEW),
    "import: checked": _wizard(Step.CHECKED),
    "thresholds": _thresholds,
    "your details": _details,
    "sending account": _account,
    "send confirmation": _confirm,
    "outbox": _outbox,
    "sending progress": _progress,
    "drafting": _drafting,
    "template editor": _template_editor,
    "segment editor": _segment_editor,
}

# Screens of the main window's owner (h-win) that do not fit yet: reported, not changed here.
KNOWN: dict[tuple[str, str], str] = {}


def _cases() -> Iterator[object]:
    for screen in SCREENS:
        for language in LANGUAGES:
            marks = []
            if (screen, language) in KNOWN:
                marks.append(pytest.mark.xfail(reason=KNOWN[(screen, language)], strict=True))
            yield pytest.param(screen, language, marks=marks, id=f"{screen}-{language}")


@pytest.mark.parametrize(("screen", "language"), list(_cases()))
def test_every_text_fits_its_widget(
    qtbot: QtBot, qapp: QApplication, shop: Database, tmp_path: Path, screen: str, language: str
) -> None:
    prepare(shop)
    with speaking(qapp, language), open_window(qtbot, shop, tmp_path) as window:
        scene = Scene(qtbot, window, shop, tmp_path)
        shown = SCREENS[screen](scene)
        qapp.processEvents()
        problems = unfit(shown)
        for widget in qapp.topLevelWidgets():
            if widget.isVisible() and widget is not shown and widget is not window:
                widget.close()
        scene.idle()
    assert problems == [], f"{screen} in {language}:\n" + "\n".join(problems)
