"""What the window offers: sidebar entries, starting points, products, codes, typed amounts."""

from __future__ import annotations

from datetime import timedelta

import pytest

from lifecrm.core import lifecycle
from lifecrm.core.segments import BUILTIN, BadSegment, builtin, parse, save_segment
from lifecrm.core.segments.catalog import (
    amount_text,
    codes_in_use,
    product_choices,
    segment_listing,
    starting_point,
)
from tests.core.segments.helpers import AS_OF, cond, order, person


def test_sidebar_lists_saved_segments_then_ready_builtins_a_saved_name_replacing_one(db) -> None:
    mine = parse(cond("orders", ">=", 10))
    with db.write() as conn:
        save_segment(conn, "Zebra fans", mine)
        save_segment(conn, "Birthday this month", mine)
    with db.read() as conn:
        entries = segment_listing(conn)
    names = [e.name for e in entries]
    ready = [b.name for b in BUILTIN if b.ready and b.name != "Birthday this month"]
    assert names == ["Birthday this month", "Zebra fans", *ready]
    assert "Bought X but not Y" not in names
    first = entries[0]
    assert first.saved and first.builtin_key == "birthday-this-month"
    assert first.definition == mine
    assert (
        not entries[2].saved
        and entries[2].definition == builtin(entries[2].builtin_key or "").definition()
    )


def test_starting_point_fills_defaults_and_leaves_blanks_empty() -> None:
    assert starting_point("three-orders-over-total") == {
        "all": [cond("orders", ">=", 3), cond("total_spent", ">", "50000")]
    }
    blank = starting_point("bought-x-not-y")
    assert blank == {"all": [cond("bought", "any_of"), cond("not_bought", "any_of")]}
    with pytest.raises(BadSegment):
        parse(blank)  # the owner must choose the products first
    assert (
        parse(starting_point("one-order-never-back"))
        == builtin("one-order-never-back").definition()
    )
    assert "param" not in str(starting_point("bought-x-not-y"))  # the template is not changed
    assert "param" in str(builtin("bought-x-not-y").template)


def test_products_are_distinct_names_with_their_skus_best_sellers_first(db) -> None:
    day = AS_OF - timedelta(days=3)
    with db.write() as conn:
        a, b = person(conn, "A"), person(conn, "B")
        order(conn, a, day, products=[("Bicycle, city", "BK-100"), ("Helmet", None)])
        order(conn, b, day, products=[("Bicycle, city", "BK-101"), ('Tyre 28"', "TY-28")])
        order(conn, b, day, products=[("Bicycle, city", "BK-100"), ("  ", None)])
    with db.read() as conn:
        products = product_choices(conn)
    assert [p.name for p in products] == ["Bicycle, city", "Helmet", 'Tyre 28"']
    assert products[0].skus == ("BK-100", "BK-101") and products[0].lines == 3
    assert products[1].skus == ()


def test_codes_in_use_are_normalised_and_distinct(db) -> None:
    with db.write() as conn:
        person(conn, "A", language="HU", country="hu")
        person(conn, "B", language="hu", country="SI")
        person(conn, "C")
    with db.read() as conn:
        assert codes_in_use(conn) == (["hu"], ["HU", "SI"])


@pytest.mark.parametrize(
    ("typed", "mark", "expected"),
    [
        ("50 000", ",", "50000"),
        ("50\u00a0000 Ft", ",", "50000"),
        ("1590,50", ",", "1590.50"),
        ("1,590.50", ".", "1590.50"),
        ("50.000", ",", "50000"),
        (" 12.5 ", ",", "12.5"),
        ("lots", ",", "lots"),
        ("-5", ",", "-5"),
        ("", ",", ""),
    ],
)
def test_amount_text_reads_the_owners_way_of_writing_numbers(
    typed: str, mark: str, expected: str
) -> None:
    assert amount_text(typed, mark) == expected


def test_listed_ids_filters_the_customer_list_to_exactly_those_ids(db) -> None:
    from lifecrm.core.customers import CustomerFilter, customer_ids
    from lifecrm.core.segments.catalog import listed_ids

    with db.write() as conn:
        ids = [person(conn, name) for name in ("Cecil", "Anna", "Bea", "Dora")]
    lifecycle.recompute(db, AS_OF)  # a search reads the stats too
    with db.read() as conn:
        assert customer_ids(conn, CustomerFilter(segment=listed_ids([ids[0], ids[2]]))) == [
            ids[2],
            ids[0],
        ]  # in the list's own (name) order
        assert customer_ids(conn, CustomerFilter(segment=listed_ids([]))) == []
        many = listed_ids(list(range(1, 50_001)))
        assert customer_ids(conn, CustomerFilter(segment=many, search="anna")) == [ids[1]]


def test_first_blank_finds_the_first_condition_still_to_fill_in() -> None:
    from lifecrm.core.segments import Kind
    from lifecrm.core.segments.catalog import Blank, first_blank

    assert first_blank(starting_point("bought-x-not-y")) == Blank((1,), "bought", Kind.PRODUCTS)
    nested = {
        "all": [
            cond("birthday", "this_month"),
            cond("orders", ">=", 3),
            {"any": [cond("notes", "contains", "vip"), cond("total_spent", "between", ["1", " "])]},
        ]
    }
    assert first_blank(nested) == Blank((3, 2), "total_spent", Kind.MONEY)
    assert first_blank({"all": [cond("stage", "in", [])]}) == Blank((1,), "stage", Kind.STAGES)
    assert first_blank(starting_point("three-orders-over-total")) is None
    assert first_blank({"all": [cond("nonsense", "x")]}) is None  # core names that mistake
