"""Bought / did not buy: by name or SKU, words in names, SKU prefixes; only orders that count."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.core.segments.helpers import AS_OF, cond, members, order, person

ODD_NAMES = ['Mug "Forest"', "50% off box", "Tea_Set", "O'Brien's jam", "Back\\slash"]


@pytest.fixture
def shop(db):
    day = AS_OF - timedelta(days=10)
    with db.write() as conn:
        ids = {name: person(conn, name) for name in ("bike", "both", "helmet", "none")}
        order(conn, ids["bike"], day, products=[("Bicycle, city", "BK-100")])
        order(conn, ids["both"], day, products=[("Bicycle, city", "BK-100"), ('Tyre 28"', "TY-28")])
        order(conn, ids["helmet"], day, products=[("Helmet", "HL-1")])
        for n, name in enumerate(ODD_NAMES):
            ids[name] = person(conn, f"odd {n}")
            order(conn, ids[name], day, products=[name])
        ids["cancelled"] = person(conn, "Changed their mind")
        order(conn, ids["cancelled"], day, products=["Bicycle, city"], status="cancelled")
        order(conn, ids["cancelled"], day, products=["Helmet"], status="refunded")
        ids["future"] = person(conn, "Orders next week")
        order(conn, ids["future"], AS_OF + timedelta(days=1), products=["Bicycle, city"])
    return ids


def test_bought_any_of_by_name_or_sku(db, shop) -> None:
    by_name = members(db, cond("bought", "any_of", ["Bicycle, city"]))
    by_sku = members(db, cond("bought", "any_of", ["BK-100"]))
    assert by_name == by_sku == {shop["bike"], shop["both"]}
    assert members(db, cond("bought", "any_of", ["TY-28", "Helmet"])) == {
        shop["both"],
        shop["helmet"],
    }


def test_cancelled_refunded_and_future_orders_are_not_bought(db, shop) -> None:
    bought = members(db, cond("bought", "any_of", ["Bicycle, city", "Helmet"]))
    assert shop["cancelled"] not in bought
    assert shop["future"] not in bought
    assert shop["cancelled"] in members(db, cond("not_bought", "any_of", ["Helmet"]))


def test_bought_x_but_not_y(db, shop) -> None:
    definition = {
        "all": [
            cond("bought", "any_of", ["BK-100"]),
            cond("not_bought", "any_of", ["TY-28", "Inner tube"]),
        ]
    }
    assert members(db, definition) == {shop["bike"]}


def test_not_bought_includes_people_with_no_orders(db, shop) -> None:
    assert shop["none"] in members(db, cond("not_bought", "any_of", ["Helmet"]))


@pytest.mark.parametrize("name", ODD_NAMES)
def test_quotes_percent_and_underscore_in_product_names_match_literally(db, shop, name) -> None:
    assert members(db, cond("bought", "any_of", [name])) == {shop[name]}
    assert members(db, cond("bought", "name_contains", name)) == {shop[name]}


def test_percent_and_underscore_are_not_wildcards_in_a_word(db, shop) -> None:
    assert members(db, cond("bought", "name_contains", "%")) == {shop["50% off box"]}
    assert members(db, cond("bought", "name_contains", "_")) == {shop["Tea_Set"]}
    assert members(db, cond("bought", "name_contains", "Tea Set")) == set()


def test_name_contains_a_word_ignoring_ascii_case(db, shop) -> None:
    assert members(db, cond("bought", "name_contains", "bicycle")) == {shop["bike"], shop["both"]}
    assert shop["both"] not in members(db, cond("not_bought", "name_contains", "TYRE"))


def test_sku_prefix_finds_a_category(db, shop) -> None:
    assert members(db, cond("bought", "sku_starts_with", "TY-")) == {shop["both"]}
    assert members(db, cond("bought", "sku_starts_with", "Y-")) == set()


PRODUCT_TESTS = [
    ("any_of", ["Bicycle, city", "HL-1"]),
    ("name_contains", "bicycle"),
    ("name_contains", "%"),
    ("sku_starts_with", "BK"),
    ("sku_starts_with", "ZZ"),
]


@pytest.mark.parametrize(("op", "value"), PRODUCT_TESTS)
@pytest.mark.parametrize("field", ["bought", "not_bought"])
def test_a_product_condition_means_the_same_alone_and_beside_another(
    db, shop, field: str, op: str, value: object
) -> None:
    """Alone it is an IN over the product indexes; beside another condition of an "all" group
    an EXISTS per customer (sql.py): both shapes must find the same people."""
    alone = members(db, {"all": [cond(field, op, value)]})
    everyone = members(db, {"all": []})
    beside = members(db, {"all": [cond(field, op, value), cond("opted_out", "is", False)]})
    nested = members(
        db, {"all": [cond("opted_out", "is", False), {"any": [cond(field, op, value)]}]}
    )
    assert alone == beside == nested
    assert alone != everyone or field == "not_bought"


def test_several_pattern_conditions_share_one_list_of_products(db, shop) -> None:
    both = {"all": [cond("bought", "name_contains", "bicycle"),
                    cond("bought", "name_contains", "tyre"),
                    cond("not_bought", "sku_starts_with", "HL"),
                    cond("bought", "sku_starts_with", "TY")]}  # fmt: skip
    assert members(db, both) == {shop["both"]}
