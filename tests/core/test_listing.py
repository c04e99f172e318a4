"""The list's kept orders and in-memory search answer exactly like the SQL of customer_ids."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest
from sqlalchemy import text

from lifecrm.core import lifecycle
from lifecrm.core.customers import CustomerFilter, SortKey, customer_ids
from lifecrm.core.lifecycle import Stage
from lifecrm.core.listing import Listing
from tests.factories import add_customer, add_order

AS_OF = date(2025, 12, 1)
NAMES = [
    ("Kovács Anna", "anna.kovacs@example.hu", "+36 30 111 2222"),
    ("Kovacs Béla", None, "+36 20 333 4444"),
    ("Tóth Gergő", "gergo@example.hu", None),
    ("Иван Ковалёв", "ivan@example.ru", None),
    ("Jón Kovač", "jon@example.is", "+354 555 1234"),
    ("Nobody", None, None),
    ("KOVA Shop", "info@kova.si", None),
]


@pytest.fixture
def filled(db):
    with db.write() as conn:
        for n, (name, email, phone) in enumerate(NAMES):
            cid = add_customer(conn, name, email=email, phone=phone)
            for k in range(n % 4):
                add_order(conn, cid, AS_OF - timedelta(days=30 * n + 7 * k), 1000 * (n + 1))
    lifecycle.recompute(db, AS_OF)
    return db


SEARCHES = ["", "k", "ko", "kov", "kova", "kovac", "kovacs", "kov a", "30", "example hu", "zz"]


@pytest.mark.parametrize(("sort", "descending"), list(itertools.product(SortKey, (False, True))))
def test_every_sort_and_typed_search_matches_the_sql(filled, sort, descending) -> None:
    listing = Listing()
    with filled.read() as conn:
        for stage in (None, Stage.PROSPECT):
            for search in SEARCHES:  # typed one letter at a time, as the window asks
                flt = CustomerFilter(stage=stage, search=search, sort=sort, descending=descending)
                assert listing.ids(conn, flt) == customer_ids(conn, flt), (stage, search)


def test_forget_reads_changed_data_again(filled) -> None:
    listing = Listing()
    flt = CustomerFilter(search="kov")
    with filled.read() as conn:
        before = listing.ids(conn, flt)
    with filled.write() as conn:
        conn.execute(text("UPDATE customer SET search_key = 'renamed' WHERE name = 'Jón Kovač'"))
    with filled.read() as conn:
        assert listing.ids(conn, flt) == before  # kept until told
        listing.forget()
        assert listing.ids(conn, flt) == customer_ids(conn, flt) != before
