"""A translated window says core's errors in its own language: the import wizard's problems, a
template's mistakes and a sending failure, and a failed job hands over the UserError itself."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from lifecrm.app import install_translators
from lifecrm.core.errors import BadSetting
from lifecrm.core.i18n import N_
from lifecrm.core.sending.smtp import SendFailure
from lifecrm.core.storage.db import Database
from lifecrm.ui.core_texts import error_text, window_language
from lifecrm.ui.importing.wizard import ImportWizard
from lifecrm.ui.jobs import JobRunner
from tests.ui.drafting_support import open_passive, open_window, prepare


@pytest.fixture
def hungarian(qapp: QApplication) -> Iterator[None]:
    before = QLocale()
    installed = install_translators(qapp, "hu")
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


def test_a_failed_job_hands_over_the_user_error_itself(qtbot: QtBot) -> None:
    jobs = JobRunner()

    def work(**_: object) -> None:
        raise BadSetting(N_("Stage thresholds cannot be negative."))

    failed: list[object] = []
    jobs.submit("thresholds", work).failed.connect(failed.append)
    qtbot.waitUntil(lambda: not jobs.busy, timeout=10_000)
    [error] = failed
    assert isinstance(error, BadSetting) and error.code == "bad_setting"
    assert jobs.shutdown()


def test_the_import_wizard_says_why_the_file_cannot_be_read_in_hungarian(
    hungarian: None, qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    empty = tmp_path / "üres.csv"
    empty.write_text(";;\n;;\n", encoding="utf-8")
    jobs = JobRunner()
    wizard = ImportWizard(db, jobs, as_of=date(2025, 12, 1), path=empty)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: bool(wizard.ui.message.text()), timeout=30_000)
    assert wizard.ui.message.text() == "A(z) üres.csv fájlban nincs adat: minden sor üres."
    qtbot.waitUntil(lambda: not jobs.busy, timeout=30_000)
    assert jobs.shutdown()


def test_the_template_editor_shows_a_mistake_in_hungarian(
    hungarian: None, qtbot: QtBot, shop: Database, tmp_path: Path
) -> None:
    ids = prepare(shop)
    with open_window(qtbot, shop, tmp_path) as window:
        dialog = open_passive(qtbot, window)
        dialog.select_customer(ids["Bence Nagy"])
        editor = dialog.open_editor()
        editor.body.setPlainText("{{ greeting }}\n\nSzia {{ favourite_colour }}!")
        editor.update_preview()
        shown = editor.error_label.text()
        assert shown.startswith("A szöveg 3. sorában szereplő „favourite_colour” változót")
        editor.subject.setText("Szia {% if %}")
        editor.update_preview()
        assert editor.error_label.text().startswith("A tárgy 1. sorában hiba van")


def test_a_sending_failure_is_said_in_the_window_language(hungarian: None) -> None:
    assert window_language() == "hu"
    refused = SendFailure(N_("The server refused the sender address."), "550 no", stop=True)
    assert error_text(refused) == "A szerver elutasította a feladó címét."
    unreachable = SendFailure(
        N_("The connection to {host} failed; try again in a moment.", host="smtp.example.hu")
    )
    assert str(unreachable) == "The connection to smtp.example.hu failed; try again in a moment."
    assert error_text(unreachable) == (
        "Nem sikerült kapcsolódni ehhez: smtp.example.hu; próbálja újra egy kicsit később."
    )


def test_english_stays_english(qapp: QApplication) -> None:
    assert window_language() == "en"
    failure = SendFailure(N_("The server refused this address."))
    assert error_text(failure) == "The server refused this address."
