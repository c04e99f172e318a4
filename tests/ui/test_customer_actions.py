"""From the window: add a customer by hand, correct their details, opt them out, forget them."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from lifecrm.core.customers import CustomerFilter, count_customers, customer_ids
from lifecrm.core.storage.db import Database
from lifecrm.ui.main_window import MainWindow
from tests.ui.conftest import PEOPLE, MakeWindow


def _chosen(window: MainWindow, email: str) -> int:
    with window.db.read() as conn:
        (cid,) = customer_ids(conn, CustomerFilter(search=email))
    assert window.customers.select_customer(cid)
    return cid


def test_editing_the_details_saves_them_and_the_list_finds_the_new_address(
    qtbot: QtBot, make_window: MakeWindow, shop: Database
) -> None:
    window = make_window(shop)
    cid = _chosen(window, "anna@example.hu")
    dialog = window.detail.actions.edit()
    assert dialog is not None and dialog.email_edit.text() == "anna@example.hu"
    dialog.email_edit.setText("anna.kovacs@example.hu")
    dialog.phone_edit.setText("+36 1 555 0000")
    dialog.accept()
    assert not dialog.isVisible()
    assert window.detail.email_label.text() == "anna.kovacs@example.hu"
    assert window.detail.phone_label.text() == "+36 1 555 0000"
    window.customers.search.setText("anna.kovacs")
    window.customers.apply_search()
    assert [window.model.customer_id(r) for r in range(window.model.rowCount())] == [cid]


def test_a_taken_address_is_refused_in_the_dialog_which_stays_open(
    make_window: MakeWindow, shop: Database
) -> None:
    window = make_window(shop)
    _chosen(window, "anna@example.hu")
    dialog = window.detail.actions.edit()
    assert dialog is not None
    dialog.email_edit.setText("JON@example.is")
    dialog.accept()
    assert dialog.isVisible() and "already has" in dialog.problem.text()
    assert window.detail.email_label.text() == "anna@example.hu"
    dialog.reject()


def test_opting_out_marks_them_and_hides_the_button(make_window: MakeWindow, shop) -> None:
    window = make_window(shop)
    _chosen(window, "bence@example.hu")
    actions = window.detail.actions
    assert actions.optout_button.isVisibleTo(window.detail)
    actions.optout_button.click()
    assert window.detail.opted_out_label.isVisibleTo(window.detail)
    assert not actions.optout_button.isVisibleTo(window.detail)
    assert "Asked not to be contacted" in window.detail.timeline_list.topLevelItem(0).text(1)


def test_forgetting_asks_first_then_erases_them_from_the_list(
    qtbot: QtBot, make_window: MakeWindow, shop: Database
) -> None:
    window = make_window(shop)
    _chosen(window, "olga@example.ru")
    actions = window.detail.actions
    box = actions.ask_to_forget()
    assert box is not None and "Ольга Смирнова" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    with shop.read() as conn:
        assert count_customers(conn) == len(PEOPLE)
    box = actions.ask_to_forget()
    assert box is not None
    (forget,) = [b for b in box.buttons() if b.text() == "Forget for good"]
    forget.click()
    qtbot.waitUntil(lambda: window.model.rowCount() == len(PEOPLE) - 1)
    with shop.read() as conn:
        assert customer_ids(conn, CustomerFilter(search="olga")) == []
    assert not window.detail.isVisible()


def test_a_customer_added_by_hand_appears_selected_in_the_list(
    make_window: MakeWindow, shop: Database
) -> None:
    window = make_window(shop)
    window.list_actions.add_action.trigger()
    dialog = window.list_actions.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.name_edit.setText("Kata Kiss")
    dialog.email_edit.setText("kata.kiss@example.hu")
    dialog.accept()
    assert window.model.rowCount() == len(PEOPLE) + 1
    assert window.detail.name_label.text() == "Kata Kiss"
    assert window.detail.isVisible()
