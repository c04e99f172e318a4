"""The drafting view on a real shop: entry points, skipped recipients, languages, hand edits,
left-out recipients, .eml files, and drafting many recipients on the writer thread."""

from __future__ import annotations

from collections.abc import Iterator
from email import policy
from email.parser import BytesParser
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from lifecrm.core.drafting.profile import load_profile
from lifecrm.core.lifecycle import Stage
from lifecrm.core.storage.db import Database
from lifecrm.ui.drafting.drafting_dialog import DraftingDialog
from lifecrm.ui.drafting.recipients_model import EMAIL, LANGUAGE, NAME, SUBJECT
from lifecrm.ui.main_window import MainWindow
from tests.factories import add_customer
from tests.ui.drafting_support import cell, open_passive, open_window, prepare, wait_drafted
from tests.ui.layout_support import speaking


@pytest.fixture
def ids(shop: Database) -> dict[str, int]:
    return prepare(shop)


@pytest.fixture
def window(
    qtbot: QtBot, shop: Database, ids: dict[str, int], tmp_path: Path
) -> Iterator[MainWindow]:
    with open_window(qtbot, shop, tmp_path) as win:
        yield win


def row_of(dialog: DraftingDialog, customer_id: int) -> int:
    row = dialog.drafts.row_of(customer_id)
    assert row is not None
    return row


def test_writing_to_a_stage_suggests_its_template_and_lists_skipped_customers_with_the_reason(
    qtbot: QtBot, qtmodeltester, window: MainWindow, ids: dict[str, int]
) -> None:
    dialog = open_passive(qtbot, window)
    assert dialog.template_key() == "passive-bestseller"
    assert dialog.language() is None  # each customer's own
    assert dialog.model.rowCount() == 5
    anna, luka = row_of(dialog, ids["Anna Kovács"]), row_of(dialog, ids["Luka Kranjc"])
    assert cell(dialog, anna, SUBJECT) == "Does not want e-mails"
    assert cell(dialog, luka, SUBJECT) == "No e-mail address"
    for row in (anna, luka):
        index = dialog.model.index(row, NAME)
        assert not dialog.model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
        assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert dialog.counts.text() == "3 messages ready, 2 skipped"
    dialog.select_customer(ids["Luka Kranjc"])
    assert "No e-mail address" in dialog.pane.preview.note.text()
    assert not dialog.pane.edit_button.isEnabled()
    qtmodeltester.check(dialog.model)


def test_a_hungarian_customer_gets_hungarian_greeted_by_first_name(
    qtbot: QtBot, window: MainWindow, ids: dict[str, int]
) -> None:
    dialog = open_passive(qtbot, window)
    bence = row_of(dialog, ids["Bence Nagy"])
    assert cell(dialog, bence, LANGUAGE) == "Hungarian"
    assert cell(dialog, bence, EMAIL) == "bence@example.hu"
    dialog.select_customer(ids["Bence Nagy"])
    preview = dialog.pane.preview
    assert preview.plain_text().startswith("Kedves Bence!")
    assert "Kedves Bence!" in preview.html_text()
    assert preview.subject.text() == cell(dialog, bence, SUBJECT)
    assert "bence@example.hu" in preview.to.text()
    maja = row_of(dialog, ids["Maja Novak"])
    assert cell(dialog, maja, LANGUAGE) == "Slovenian"
    assert dialog.drafts.draft(maja).text.startswith("Pozdravljeni, Maja!")


def test_choosing_one_language_drafts_everyone_in_it(
    qtbot: QtBot, window: MainWindow, ids: dict[str, int]
) -> None:
    dialog = open_passive(qtbot, window)
    dialog.languages.setCurrentIndex(dialog.languages.findData("en"))
    qtbot.waitUntil(lambda: dialog.job is None and cell(dialog, 0, LANGUAGE) == "English")
    assert dialog.drafts.draft(row_of(dialog, ids["Bence Nagy"])).text.startswith("Dear Bence,")


def test_a_hand_edited_draft_survives_a_template_save_and_undo_restores_the_template(
    qtbot: QtBot, window: MainWindow, ids: dict[str, int]
) -> None:
    dialog = open_passive(qtbot, window)
    dialog.languages.setCurrentIndex(dialog.languages.findData("hu"))
    qtbot.waitUntil(lambda: dialog.job is None and cell(dialog, 0, LANGUAGE) == "Hungarian")
    dialog.select_customer(ids["Bence Nagy"])
    pane = dialog.pane
    pane.edit_button.click()
    assert pane.editing
    pane.subject.setText("Csak neked, Bence")
    pane.text.setPlainText("Kedves Bence!\n\nEzt a levelet kézzel írtam.\n")
    pane.keep_button.click()
    bence = row_of(dialog, ids["Bence Nagy"])
    assert cell(dialog, bence, SUBJECT) == "✎ Csak neked, Bence"
    assert pane.undo_button.isVisibleTo(dialog) and not pane.editing
    assert "kézzel írtam" in pane.preview.html_text()

    editor = dialog.open_editor()
    assert editor.language == "hu"
    editor.subject.setText("Új hír a boltból")
    with qtbot.waitSignal(editor.saved, timeout=30_000):
        editor.save()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=30_000)
    wait_drafted(qtbot, dialog)
    maja = row_of(dialog, ids["Maja Novak"])
    qtbot.waitUntil(lambda: cell(dialog, maja, SUBJECT) == "Új hír a boltból")
    assert cell(dialog, bence, SUBJECT) == "✎ Csak neked, Bence"
    assert "kézzel írtam" in dialog.drafts.draft(bence).text

    dialog.select_customer(ids["Bence Nagy"])
    pane.undo_button.click()
    assert cell(dialog, bence, SUBJECT) == "Új hír a boltból"
    assert not pane.undo_button.isVisibleTo(dialog)


def test_a_left_out_recipient_gets_no_eml_file_and_the_files_parse(
    qtbot: QtBot, window: MainWindow, ids: dict[str, int], shop: Database, tmp_path: Path
) -> None:
    dialog = open_passive(qtbot, window)
    maja = dialog.model.index(row_of(dialog, ids["Maja Novak"]), NAME)
    assert dialog.model.setData(maja, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert dialog.counts.text() == "2 messages ready, 2 skipped, 1 left out by you"

    details = dialog.export_eml()  # no sender address yet: ask for it first
    assert details is dialog.profile_dialog and details.ask.isVisibleTo(details)
    details.from_address.setText("anna@kovacstea.hu")
    details.owner_name.setText("Kovács Anna")
    with qtbot.waitSignal(details.saved, timeout=30_000):
        details.buttons.accepted.emit()
    assert dialog.folder_dialog is not None and dialog.folder_dialog.isVisible()
    dialog.folder_dialog.reject()
    with shop.read() as conn:
        assert load_profile(conn).from_address == "anna@kovacstea.hu"
    qtbot.waitUntil(lambda: dialog.job is None, timeout=30_000)

    folder = tmp_path / "eml"
    job = dialog.write_eml(folder)
    with qtbot.waitSignal(job.done, timeout=30_000):
        pass
    files = sorted(folder.glob("*.eml"))
    assert len(files) == 2 == len(dialog.written)
    parsed = [BytesParser(policy=policy.default).parsebytes(f.read_bytes()) for f in files]
    recipients = {str(m["To"]) for m in parsed}
    assert not any("maja" in r for r in recipients)
    bence = next(m for m in parsed if "bence@example.hu" in str(m["To"]))
    assert "anna@kovacstea.hu" in str(bence["From"])
    assert bence.get_body(("plain",)).get_content().startswith("Kedves Bence!")
    assert "Kedves Bence!" in bence.get_body(("html",)).get_content()
    assert "2 e-mails" in dialog.message.text()


def test_the_list_selection_and_its_context_menu_open_the_drafting_view(
    qtbot: QtBot, window: MainWindow, ids: dict[str, int]
) -> None:
    customers = window.customers
    view = customers.view
    view.selectRow(window.model.row_of(ids["Emma Brown"]))
    flags = view.selectionModel().SelectionFlag.Select | view.selectionModel().SelectionFlag.Rows
    view.selectionModel().select(
        window.model.index(window.model.row_of(ids["Jón Jónsson"]), 0), flags
    )
    assert customers.selected_customer_ids() == sorted(
        [ids["Emma Brown"], ids["Jón Jónsson"]], key=window.model.row_of
    )
    assert customers.write_button.isVisible()
    assert customers.write_button.text() == "Write to 2 selected…"
    rect = view.visualRect(window.model.index(window.model.row_of(ids["Emma Brown"]), 0))
    menu = customers.build_context_menu(rect.center())
    assert menu is not None
    action = menu.actions()[0]
    assert action.text() == "Write to these 2 customers…"
    action.trigger()
    menu.deleteLater()
    dialog = window.drafting.dialog
    assert dialog is not None
    wait_drafted(qtbot, dialog)
    assert dialog.template_key() == "loyalty-invite"  # both are loyal
    assert {dialog.drafts.draft(r).customer_id for r in range(2)} == {
        ids["Emma Brown"],
        ids["Jón Jónsson"],
    }
    assert customers.build_context_menu(QPoint(-5, -5)) is None


def test_the_customers_menu_writes_to_everyone_the_list_shows(
    qtbot: QtBot, window: MainWindow, ids: dict[str, int]
) -> None:
    window.sidebar.select_stage(Stage.NEW)
    window.drafting.write_action.trigger()
    dialog = window.drafting.dialog
    assert dialog is not None
    wait_drafted(qtbot, dialog)
    assert dialog.template_key() == "thank-you-new"
    assert [d.customer_id for d in dialog.drafts.drafts()] == [ids["Gergő Tóth"]]
    assert dialog.windowTitle() == "Write to 1 customer"


def test_drafting_two_thousand_recipients_runs_on_the_writer_thread_with_progress(
    qtbot: QtBot, window: MainWindow, shop: Database
) -> None:
    with shop.write() as conn:
        many = [
            add_customer(conn, f"Vevő {n}", email=f"vevo{n}@example.hu", first_name=f"Vevő{n}")
            for n in range(2000)
        ]
    dialog = window.drafting.write_to(many)
    assert dialog is not None
    assert window.jobs.running("draft") and dialog.job is not None
    assert dialog.progress.isVisible() and dialog.working.text() == "Writing 2000 messages…"
    seen: list[tuple[int, int]] = []
    dialog.job.progress.connect(lambda done, total: seen.append((done, total)))
    assert not dialog.eml_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=60_000)
    assert seen and seen[-1] == (2000, 2000)
    assert not dialog.progress.isVisible()
    assert dialog.model.rowCount() == 2000
    assert dialog.counts.text() == "2000 messages ready"
    assert dialog.eml_button.isEnabled()
    assert dialog.model.index(1999, SUBJECT).data()
    assert dialog.view.currentIndex() != QModelIndex()


def test_built_in_template_names_follow_the_windows_language(
    qtbot: QtBot, qapp: QApplication, window: MainWindow
) -> None:
    with speaking(qapp, "hu"):
        dialog = open_passive(qtbot, window)  # the owner's profile language is still English
        names = [dialog.templates.itemText(i) for i in range(dialog.templates.count())]
        assert dialog.templates.currentText() == "Legkedveltebb termékünk és egy egyszeri kód"
        assert "Birthday greeting" not in names and "Születésnapi köszöntő" in names
        dialog.reject()
