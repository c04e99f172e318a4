"""The template editor: live preview, mistakes shown inline and refused, saves that re-draft,
variables inserted by double-click, and going back to LifeCRM's original."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from lifecrm.core.drafting.context import stored_codes
from lifecrm.core.storage.db import Database
from lifecrm.ui.drafting.recipients_model import SUBJECT
from lifecrm.ui.drafting.template_editor import TemplateEditor
from lifecrm.ui.main_window import MainWindow
from tests.ui.drafting_support import cell, open_passive, open_window, prepare, wait_drafted


@pytest.fixture
def ids(shop: Database) -> dict[str, int]:
    return prepare(shop)


@pytest.fixture
def window(
    qtbot: QtBot, shop: Database, ids: dict[str, int], tmp_path: Path
) -> Iterator[MainWindow]:
    with open_window(qtbot, shop, tmp_path) as win:
        yield win


@pytest.fixture
def editor(qtbot: QtBot, window: MainWindow, ids: dict[str, int]) -> TemplateEditor:
    dialog = open_passive(qtbot, window)
    dialog.select_customer(ids["Bence Nagy"])
    return dialog.open_editor()


def stored_templates(db: Database) -> list[tuple[str, str]]:
    with db.read() as conn:
        return [tuple(r) for r in conn.execute(text("SELECT key, language FROM template"))]


def test_it_opens_on_the_selected_customer_in_their_language(editor: TemplateEditor) -> None:
    assert editor.isVisible()
    assert editor.language == "hu" and editor.languages.currentData() == "hu"
    assert editor.customers.currentText() == "Bence Nagy — bence@example.hu"
    assert editor.preview.plain_text().startswith("Kedves Bence!")
    assert "formally (Ön)" in editor.address_note.text()
    assert not editor.reset_button.isVisibleTo(editor)  # nothing of the owner's to undo yet


def test_typing_updates_the_preview_after_a_pause(qtbot: QtBot, editor: TemplateEditor) -> None:
    editor.body.setPlainText("{{ greeting }}\n\nKöszönjük, {{ first_name }}!")
    assert editor._timer.isActive()
    qtbot.waitUntil(lambda: "Köszönjük, Bence!" in editor.preview.plain_text())
    assert "Köszönjük, Bence!" in editor.preview.html_text()


def test_an_unknown_variable_shows_inline_with_its_line_and_save_is_refused(
    qtbot: QtBot, editor: TemplateEditor, shop: Database
) -> None:
    before = editor.preview.plain_text()
    editor.body.setPlainText("{{ greeting }}\n\nSzia {{ favourite_colour }}!")
    editor.update_preview()
    assert editor.error_label.isVisibleTo(editor)
    assert "favourite_colour" in editor.error_label.text()
    assert "line 3" in editor.error_label.text()
    [marked] = editor.body.extraSelections()
    assert marked.cursor.blockNumber() == 2
    assert not editor.save_button.isEnabled()
    assert editor.preview.plain_text() == before  # the last good preview stays
    assert editor.save() is None
    assert editor.isVisible() and stored_templates(shop) == []

    editor.body.setPlainText("{{ greeting }}\n\nSzia!")
    editor.update_preview()
    assert not editor.error_label.isVisibleTo(editor) and editor.save_button.isEnabled()
    assert editor.body.extraSelections() == []


def test_a_mistake_in_the_subject_marks_the_subject(editor: TemplateEditor) -> None:
    editor.subject.setText("Szia {% if %}")
    editor.update_preview()
    assert "subject" in editor.error_label.text()
    assert "dc2626" in editor.subject.styleSheet()
    assert not editor.save_button.isEnabled()


def test_double_clicking_a_variable_inserts_it_where_the_owner_types(
    qtbot: QtBot, editor: TemplateEditor
) -> None:
    editor.body.setPlainText("Hello ")
    cursor = editor.body.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    editor.body.setTextCursor(cursor)
    [item] = editor.variables.findItems("shop_name", Qt.MatchFlag.MatchExactly)
    editor.variables.setCurrentItem(item)
    assert editor.variable_help.text() == "the shop's name"
    editor.variables.itemDoubleClicked.emit(item)
    assert editor.body.toPlainText() == "Hello {{ shop_name }}"

    editor._on_focus_changed(editor.body, editor.subject)  # the owner clicked into the subject
    editor.subject.setText("Hi ")
    editor.variables.itemDoubleClicked.emit(item)
    assert editor.subject.text() == "Hi {{ shop_name }}"


def test_a_saved_edit_redrafts_the_drafts_and_can_go_back_to_the_original(
    qtbot: QtBot, window: MainWindow, editor: TemplateEditor, shop: Database, ids: dict[str, int]
) -> None:
    dialog = window.drafting.dialog
    assert dialog is not None
    editor.subject.setText("{{ first_name }}, van egy ajánlatunk")
    with qtbot.waitSignal(editor.saved, timeout=30_000):
        editor.save()
    assert stored_templates(shop) == [("passive-bestseller", "hu")]
    bence = dialog.drafts.row_of(ids["Bence Nagy"])
    assert bence is not None
    qtbot.waitUntil(lambda: cell(dialog, bence, SUBJECT) == "Bence, van egy ajánlatunk")
    qtbot.waitUntil(lambda: dialog.job is None)

    again = dialog.open_editor()
    assert again.reset_button.isVisibleTo(again)
    box = again.confirm_reset()
    assert again.reset_confirm is not None
    with qtbot.waitSignal(again.saved, timeout=30_000):
        again.reset_confirm.click()
    assert box is not None
    assert stored_templates(shop) == []
    assert again.subject.text() != "{{ first_name }}, van egy ajánlatunk"
    qtbot.waitUntil(lambda: cell(dialog, bence, SUBJECT) != "Bence, van egy ajánlatunk")


def test_changes_in_two_languages_are_saved_together(
    qtbot: QtBot, editor: TemplateEditor, shop: Database
) -> None:
    editor.subject.setText("Magyar tárgy")
    editor.languages.setCurrentIndex(editor.languages.findData("sl"))
    assert editor.language == "sl" and "Vi" in editor.address_note.text()
    editor.subject.setText("Slovenska zadeva")
    editor.languages.setCurrentIndex(editor.languages.findData("hu"))
    assert editor.subject.text() == "Magyar tárgy"  # kept while switching
    assert sorted(editor.changed_languages()) == ["hu", "sl"]
    with qtbot.waitSignal(editor.saved, timeout=30_000):
        editor.save()
    assert sorted(stored_templates(shop)) == [
        ("passive-bestseller", "hu"),
        ("passive-bestseller", "sl"),
    ]


def discount_code(db: Database, customer_id: int, key: str) -> str | None:
    with db.read() as conn:
        return stored_codes(conn, [customer_id], key).get(customer_id)


def test_the_preview_shows_the_discount_code_the_draft_carries(
    qtbot: QtBot, window: MainWindow, ids: dict[str, int]
) -> None:
    dialog = open_passive(qtbot, window)
    assert dialog.template_key() == "passive-bestseller"  # a template with a code
    dialog.select_customer(ids["Bence Nagy"])
    code = discount_code(window.db, ids["Bence Nagy"], "passive-bestseller")
    assert code and code in dialog.pane.preview.plain_text()
    editor = dialog.open_editor()
    assert code in editor.preview.plain_text()


def test_a_code_added_in_the_editor_is_reserved_and_is_the_one_the_draft_gets(
    qtbot: QtBot, window: MainWindow, ids: dict[str, int]
) -> None:
    dialog = open_passive(qtbot, window)
    dialog.templates.setCurrentIndex(dialog.templates.findData("personal-note"))
    wait_drafted(qtbot, dialog)
    bence = ids["Bence Nagy"]
    dialog.select_customer(bence)
    editor = dialog.open_editor()
    assert discount_code(window.db, bence, "personal-note") is None
    editor.body.setPlainText("{{ greeting }}\n\nA kódja: {{ discount_code }}.\n")
    qtbot.waitUntil(lambda: discount_code(window.db, bence, "personal-note") is not None)
    code = discount_code(window.db, bence, "personal-note")
    qtbot.waitUntil(lambda: f"A kódja: {code}." in editor.preview.plain_text())

    editor.save_button.click()
    qtbot.waitUntil(lambda: dialog.editor is None and dialog.job is None, timeout=30_000)
    wait_drafted(qtbot, dialog)
    dialog.select_customer(bence)
    assert f"A kódja: {code}." in dialog.pane.preview.plain_text()
