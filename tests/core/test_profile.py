"""A customer's full profile and the notes that save."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import text

from lifecrm.core import lifecycle
from lifecrm.core.lifecycle import Stage
from lifecrm.core.profile import CustomerNotFound, customer_profile, save_notes
from tests.factories import add_customer, add_order

AS_OF = date(2025, 12, 1)
NOW = datetime(2025, 12, 1, 9, 30, tzinfo=UTC)


@pytest.fixture
def anna(db) -> int:
    with db.write() as conn:
        cid = add_customer(conn, "Anna Kovács", email="anna@x.hu", first_name="Anna")
        for k in range(4):
            add_order(
                conn,
                cid,
                AS_OF - timedelta(days=120 + 30 * k),
                5000,
                items=[("Teapot", 1, 4000), ("Green tea", 2, 500)],
                number=f"A-{k}",
            )
        add_order(conn, cid, AS_OF - timedelta(days=10), 7000, status="cancelled", number="A-X")
    lifecycle.recompute(db, AS_OF - timedelta(days=100))  # loyal then
    lifecycle.recompute(db, AS_OF)  # passive loyal now
    return cid


def test_profile_has_stage_facts_orders_with_items_and_a_timeline(db, anna) -> None:
    with db.read() as conn:
        profile = customer_profile(conn, anna)
    assert profile.row.stage is Stage.PASSIVE_LOYAL
    assert profile.row.orders == 4
    assert profile.days_since_last_order(AS_OF) == 120
    assert profile.stage_since == AS_OF - timedelta(days=120) + timedelta(days=91)
    assert len(profile.orders) == 5
    assert profile.orders[0].number == "A-X" and not profile.orders[0].counted
    assert [i.product for i in profile.orders[1].items] == ["Teapot", "Green tea"]
    moves = [(e.from_stage, e.to_stage) for e in profile.timeline if e.kind == "stage"]
    assert moves == [(Stage.LOYAL, Stage.PASSIVE_LOYAL), (None, Stage.LOYAL)]
    assert [e.on for e in profile.timeline] == sorted(
        (e.on for e in profile.timeline), reverse=True
    )


def test_saving_notes_persists_and_adds_a_timeline_entry(db, anna) -> None:
    assert save_notes(db, anna, "Prefers green tea.\nCall before Christmas.", NOW) is True
    assert save_notes(db, anna, "Prefers green tea.\nCall before Christmas.", NOW) is False
    with db.read() as conn:
        profile = customer_profile(conn, anna)
        events = conn.execute(text("SELECT COUNT(*) FROM event")).scalar()
    assert profile.notes.startswith("Prefers green tea.")
    assert events == 1
    notes = [e for e in profile.timeline if e.kind == "note"]
    assert [n.summary for n in notes] == ["Prefers green tea."]
    assert notes[0].on == NOW.date()


def test_unknown_customer_is_a_clear_error(db) -> None:
    with db.read() as conn, pytest.raises(CustomerNotFound):
        customer_profile(conn, 999)
    with pytest.raises(CustomerNotFound):
        save_notes(db, 999, "x", NOW)


def test_the_timeline_has_arrival_and_first_order_not_every_order(db, anna) -> None:
    with db.write() as conn:
        conn.execute(
            text(
                "INSERT INTO import_batch (id, file_name, source, imported_at)"
                " VALUES (7, 'shop-export.csv', 'file', '2020-01-01 00:00:00')"
            )
        )
        conn.execute(text("UPDATE customer SET import_id = 7 WHERE id = :c"), {"c": anna})
        profile = customer_profile(conn, anna)
    kinds = [e.kind for e in profile.timeline]
    assert "order" not in kinds
    first = [e for e in profile.timeline if e.kind == "first_order"]
    assert [e.order.number for e in first if e.order] == ["A-3"]
    assert (profile.timeline[-1].kind, profile.timeline[-1].summary) == ("added", "shop-export.csv")
