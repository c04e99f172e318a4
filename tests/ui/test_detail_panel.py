"""The detail panel: the stage explained in words, orders with items, timeline, notes that save."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import text

from lifecrm.core import lifecycle
from lifecrm.core.storage.db import open_database
from lifecrm.ui.widgets.detail_panel import DetailPanel
from tests.factories import add_customer, add_order

AS_OF = date(2025, 12, 1)


@pytest.fixture
def kata(db) -> int:
    """Four orders, the last 120 days ago (passive loyal), one cancelled, and a stage history."""
    with db.write() as conn:
        cid = add_customer(
            conn, "Kovács Kata", email="kata@example.hu", first_name="Kata", phone="+36 30 555 0101"
        )
        for k in range(4):
            add_order(
                conn,
                cid,
                AS_OF - timedelta(days=120 + 20 * k),
                1_299_000,
                number=f"K-{k}",
                items=[("Teapot", 1, 999_000), ("Green tea", 2, 150_000)],
            )
        add_order(
            conn,
            cid,
            AS_OF - timedelta(days=3),
            500_000,
            status="cancelled",
            number="K-X",
            items=[("Mug", 1, 500_000)],
        )
    lifecycle.recompute(db, AS_OF - timedelta(days=100))  # loyal back then
    lifecycle.recompute(db, AS_OF)  # passive loyal now
    return cid


@pytest.fixture
def panel(qtbot, db) -> DetailPanel:
    widget = DetailPanel(db)
    qtbot.addWidget(widget)
    widget.resize(460, 900)
    return widget


def test_nothing_selected_shows_a_placeholder(panel) -> None:
    panel.show_customer(None, AS_OF)
    assert panel.customer_id is None
    assert panel._pages.currentIndex() == 0


def test_the_stage_is_explained_in_words(panel, kata) -> None:
    panel.show_customer(kata, AS_OF)
    assert panel.reason_label.text() == "4 orders, last one 120 days ago → Passive loyal"
    assert panel.name_label.text() == "Kovács Kata"
    assert panel.email_label.text() == "kata@example.hu"
    assert "Recency" in panel.rfm_label.text()


def test_a_prospect_has_no_orders_yet(panel, db) -> None:
    with db.write() as conn:
        cid = add_customer(conn, "Nobody Yet")
    lifecycle.recompute(db, AS_OF)
    panel.show_customer(cid, AS_OF)
    assert panel.reason_label.text() == "No orders yet → Prospects"
    assert panel.rfm_label.text() == "—"
    assert panel.orders_tree.topLevelItemCount() == 0


def test_orders_show_their_items_and_cancelled_ones_are_marked(panel, kata) -> None:
    panel.show_customer(kata, AS_OF)
    tree = panel.orders_tree
    assert tree.topLevelItemCount() == 5
    newest = tree.topLevelItem(0)
    assert newest.text(0) == "K-X"
    assert newest.text(3) == "cancelled"
    assert "does not count" in newest.toolTip(3).lower()
    assert [tree.topLevelItem(1).child(i).text(0) for i in range(2)] == [
        "1 × Teapot",
        "2 × Green tea",
    ]


def _timeline(panel: DetailPanel) -> list[str]:
    tree = panel.timeline_list
    return [tree.topLevelItem(i).text(1) for i in range(tree.topLevelItemCount())]


def test_timeline_tells_what_happened_without_repeating_the_orders(panel, kata) -> None:
    panel.show_customer(kata, AS_OF)
    texts = _timeline(panel)
    assert texts[0] == "Moved from Loyal to Passive loyal"
    assert texts.index("Moved from Loyal to Passive loyal") < texts.index("Became Loyal")
    assert texts[-2:] == ["First order K-3 · HUF\xa012,990", "Added to LifeCRM"]
    assert not [t for t in texts if t.startswith("Order ")]  # the orders list has them


def test_a_first_order_without_number_has_no_double_space(panel, db) -> None:
    with db.write() as conn:
        cid = add_customer(conn, "No Number")
        add_order(conn, cid, AS_OF - timedelta(days=5), 875_000)
    lifecycle.recompute(db, AS_OF)
    panel.show_customer(cid, AS_OF)
    assert "First order · HUF\xa08,750" in _timeline(panel)


def test_language_and_country_are_said_in_words(panel, db) -> None:
    with db.write() as conn:
        cid = add_customer(conn, "Maja Novak")
        conn.execute(
            text("UPDATE customer SET language='sl', country='SI' WHERE id=:c"), {"c": cid}
        )
    lifecycle.recompute(db, AS_OF)
    panel.show_customer(cid, AS_OF)
    assert (panel.language_label.text(), panel.country_label.text()) == ("Slovenian", "Slovenia")
    assert "SL" not in panel.subtitle_label.text()


def test_orders_fit_the_panel_without_a_sideways_scroll_bar(qtbot, panel, kata) -> None:
    panel.resize(420, 900)
    panel.show()
    panel.show_customer(kata, AS_OF)
    tree = panel.orders_tree
    qtbot.waitUntil(lambda: tree.viewport().width() > 0)
    assert not tree.horizontalScrollBar().isVisible()
    widths = sum(tree.columnWidth(c) for c in range(4))
    assert widths <= tree.viewport().width()
    status = tree.topLevelItem(0).text(3)
    assert tree.columnWidth(3) >= tree.fontMetrics().horizontalAdvance(status)


def test_saving_notes_persists_adds_a_timeline_entry_and_signals(qtbot, panel, kata, db_path):
    panel.show_customer(kata, AS_OF)
    assert not panel.save_button.isEnabled()
    panel.notes_edit.setPlainText("Loves celadon.\nCall in December.")
    assert panel.save_button.isEnabled()
    with qtbot.waitSignal(panel.customer_changed) as saved:
        panel.save_button.click()
    assert saved.args == [kata]
    assert not panel.save_button.isEnabled()
    assert panel.notes_status.text() == "Saved"
    texts = [
        panel.timeline_list.topLevelItem(i).text(1)
        for i in range(panel.timeline_list.topLevelItemCount())
    ]
    assert "Note: Loves celadon." in texts
    other = open_database(db_path)  # a second connection sees it: it is on disk
    with other.read() as conn:
        notes = conn.execute(text("SELECT notes FROM customer WHERE id=:c"), {"c": kata}).scalar()
    other.close()
    assert notes == "Loves celadon.\nCall in December."


def test_a_customer_deleted_meanwhile_gives_a_message_not_a_crash(panel, kata, db) -> None:
    panel.show_customer(kata, AS_OF)
    with db.write() as conn:
        conn.execute(text("DELETE FROM customer WHERE id=:c"), {"c": kata})
    panel.notes_edit.setPlainText("too late")
    panel.save_button.click()
    assert "no customer" in panel.notes_status.text()
