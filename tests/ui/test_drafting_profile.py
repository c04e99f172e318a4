"""Your details: File → Your details… shows the stored profile and saves what is filled in."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from lifecrm.core.drafting.profile import ShopProfile, load_profile, save_profile
from lifecrm.core.storage.db import Database
from lifecrm.ui.main_window import MainWindow
from tests.ui.drafting_support import open_passive, open_window


@pytest.fixture
def window(qtbot: QtBot, shop: Database, tmp_path: Path) -> Iterator[MainWindow]:
    with open_window(qtbot, shop, tmp_path) as win:
        yield win


def test_the_dialog_shows_and_saves_the_owners_details(
    qtbot: QtBot, window: MainWindow, shop: Database
) -> None:
    with shop.write() as conn:
        save_profile(conn, ShopProfile(shop_name="Kovács Tea", extra={"kept": 1}))
    window.drafting.details_action.trigger()
    dialog = window.drafting.profile
    assert dialog is not None and dialog.isVisible()
    assert dialog.shop_name.text() == "Kovács Tea"
    assert not dialog.ask.isVisibleTo(dialog)
    assert set(dialog.address) == {"hu", "ru", "sl"}
    assert dialog.address["hu"].currentText() == "Formally (Ön)"

    dialog.owner_name.setText("Kovács Anna")
    dialog.signature.setPlainText("Kovács Anna\nKovács Tea · Budapest")
    dialog.shop_story.setText("Kézzel keverjük a teáinkat.")
    dialog.shop_url.setText("https://kovacstea.hu")
    dialog.from_address.setText(" anna@kovacstea.hu ")
    dialog.language.setCurrentIndex(dialog.language.findData("hu"))
    dialog.address["hu"].setCurrentIndex(1)
    dialog.discount.setText("10%")
    dialog.gift.setText("ingyenes szállítás")
    dialog.code_pattern.setText("KOSZ-####")
    with qtbot.waitSignal(dialog.saved, timeout=30_000):
        dialog.buttons.accepted.emit()
    with shop.read() as conn:
        saved = load_profile(conn)
    assert saved == ShopProfile(
        shop_name="Kovács Tea",
        owner_name="Kovács Anna",
        signature="Kovács Anna\nKovács Tea · Budapest",
        shop_story="Kézzel keverjük a teáinkat.",
        shop_url="https://kovacstea.hu",
        language="hu",
        informal=("hu",),
        discount="10%",
        gift="ingyenes szállítás",
        code_pattern="KOSZ-####",
        from_address="anna@kovacstea.hu",
        extra={"kept": 1},
    )


def test_a_sender_that_is_not_an_address_is_refused_with_a_reason(
    qtbot: QtBot, window: MainWindow, shop: Database
) -> None:
    dialog = window.drafting.open_profile()
    dialog.from_address.setText("anna at kovacstea")
    assert dialog.save() is None
    assert dialog.error_label.isVisibleTo(dialog)
    assert "does not look like an e-mail address" in dialog.error_label.text()
    with shop.read() as conn:
        assert load_profile(conn) == ShopProfile()


def test_details_saved_from_the_drafting_view_redraft_with_the_signature(
    qtbot: QtBot, window: MainWindow, shop: Database
) -> None:
    drafting = open_passive(qtbot, window)
    assert drafting.profile_hint.isVisibleTo(drafting)  # no name yet: the messages end unsigned
    details = drafting.open_profile()
    details.owner_name.setText("Kovács Anna")
    details.from_address.setText("anna@kovacstea.hu")
    with qtbot.waitSignal(details.saved, timeout=30_000):
        details.save()
    assert not drafting.profile_hint.isVisibleTo(drafting)
    qtbot.waitUntil(lambda: drafting.job is None, timeout=30_000)
    ready = [d for d in drafting.drafts.drafts() if not d.skipped]
    assert ready and all("Kovács Anna" in d.text for d in ready)


def test_without_your_details_the_drafting_view_warns_and_its_button_opens_them(
    qtbot: QtBot, window: MainWindow, shop: Database
) -> None:
    drafting = open_passive(qtbot, window)
    assert drafting.profile_hint.isVisibleTo(drafting)
    assert drafting.profile_text.text() == (
        "Your details are not filled in yet: the messages have no sender address and end "
        "without your name."
    )
    ready = [d for d in drafting.drafts.drafts() if not d.skipped]
    assert ready and not any(d.text.splitlines()[-3].endswith((",", ":")) for d in ready)

    drafting.profile_button.click()
    details = drafting.profile_dialog
    assert details is not None and details.isVisible()
    details.owner_name.setText("Kovács Anna")
    with qtbot.waitSignal(details.saved, timeout=30_000):
        details.save()
    assert drafting.profile_text.text() == (
        "Your e-mail address is not filled in yet: saved messages have no sender."
    )
