"""The owner adds a customer by hand and corrects contact details; search keys follow."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from lifecrm.core import lifecycle
from lifecrm.core.contacts import Contact, ContactRefused, add_customer, update_contact
from lifecrm.core.customers import CustomerFilter, customer_ids
from lifecrm.core.lifecycle import Stage
from lifecrm.core.profile import customer_profile
from tests.factories import add_customer as add_test_customer

NOW = datetime(2025, 12, 1, 9, 0, tzinfo=UTC)


def _found(conn, words: str) -> list[int]:
    return customer_ids(conn, CustomerFilter(search=words))


def test_a_customer_added_by_hand_is_a_prospect_found_by_name_email_and_phone(db) -> None:
    with db.write() as conn:
        cid = add_customer(
            conn,
            Contact("  Tóth   Gergő ", " Gergo@Example.hu ", "+36 30 123 4567", date(1990, 5, 1)),
            now=NOW,
        )
    with db.read() as conn:
        profile = customer_profile(conn, cid)
        assert _found(conn, "toth gergo") == [cid]
        assert _found(conn, "gergo@example") == [cid]
        assert _found(conn, "301234567") == [cid]
    assert profile.row.name == "Tóth Gergő"
    assert profile.row.email == "Gergo@Example.hu"
    assert profile.row.stage is Stage.PROSPECT
    assert profile.birthday == date(1990, 5, 1)
    assert [e.kind for e in profile.timeline] == ["added"]


def test_correcting_contact_details_moves_the_search_keys_with_them(db) -> None:
    with db.write() as conn:
        cid = add_test_customer(conn, "Anna Kovács", email="anna@old.hu", first_name="Anna")
    lifecycle.recompute(db, NOW.date())
    with db.write() as conn:
        changed = update_contact(
            conn, cid, Contact("Anna Kovács", "anna@new.hu", "06 1 234 5678"), now=NOW
        )
        same = update_contact(
            conn, cid, Contact("Anna Kovács", "anna@new.hu", "06 1 234 5678"), now=NOW
        )
    assert (changed, same) == (True, False)
    with db.read() as conn:
        assert _found(conn, "anna@old") == []
        assert _found(conn, "anna@new") == [cid]
        assert _found(conn, "12345678") == [cid]
        assert customer_profile(conn, cid).row.phone == "06 1 234 5678"


@pytest.mark.parametrize(
    ("contact", "field"),
    [
        (Contact("Anna", "not an address"), "email"),
        (Contact("Anna", phone="call me"), "phone"),
        (Contact("  ", ""), "name"),
        (Contact("Anna", "TAKEN@x.hu"), "email"),
    ],
)
def test_a_bad_or_taken_detail_is_refused_and_nothing_changes(db, contact, field) -> None:
    with db.write() as conn:
        add_test_customer(conn, "Other", email="taken@x.hu")
        cid = add_test_customer(conn, "Anna", email="anna@x.hu")
    lifecycle.recompute(db, NOW.date())
    with db.write() as conn, pytest.raises(ContactRefused) as refused:
        update_contact(conn, cid, contact, now=NOW)
    assert refused.value.facts["field"] == field
    with db.write() as conn, pytest.raises(ContactRefused):
        add_customer(conn, contact, now=NOW)
    with db.read() as conn:
        assert customer_profile(conn, cid).row.email == "anna@x.hu"
        assert len(customer_ids(conn)) == 2
