"""Stage, RFM and order facts (counts, totals, averages, dates) in a shop with known answers."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.core.segments.helpers import AS_OF, cond, members, order, person


def ago(days: int):
    return AS_OF - timedelta(days=days)


@pytest.fixture
def shop(db):
    """Five buyers with 1..5 orders of 10 000.00 each, the last 1..5 days ago, and a prospect."""
    with db.write() as conn:
        ids = {}
        for n in range(1, 6):
            cid = person(conn, f"Buyer {n}")
            for k in range(n):
                order(conn, cid, ago(6 - n + 30 * k), 1_000_000)
            ids[n] = cid
        ids["prospect"] = person(conn, "Only Looking")
    return ids


@pytest.mark.parametrize(
    ("op", "value", "expected"),
    [
        ("=", 3, [3]),
        (">", 3, [4, 5]),
        (">=", 3, [3, 4, 5]),
        ("<", 2, [1, "prospect"]),
        ("<=", 2, [1, 2, "prospect"]),
        ("between", [2, 4], [2, 3, 4]),
        ("=", 0, ["prospect"]),
    ],
)
def test_number_of_orders(db, shop, op, value, expected) -> None:
    assert members(db, cond("orders", op, value)) == {shop[k] for k in expected}


def test_stage_in_and_not_in(db, shop) -> None:
    assert members(db, cond("stage", "in", ["prospect"])) == {shop["prospect"]}
    assert members(db, cond("stage", "in", ["new", "loyal"])) == {shop[1], shop[4], shop[5]}
    assert members(db, cond("stage", "not_in", ["promising", "loyal", "new"])) == {shop["prospect"]}


def test_rfm_scores_and_best_flag(db, shop) -> None:
    # Five distinct buyers: each measure scores them 1..5 (buyer 5 has most orders and money,
    # and ordered most recently); a prospect has no scores and matches no score condition.
    assert members(db, cond("frequency", ">=", 4)) == {shop[4], shop[5]}
    assert members(db, cond("monetary", "=", 5)) == {shop[5]}
    assert members(db, cond("recency", "between", [1, 2])) == {shop[1], shop[2]}
    assert members(db, cond("recency", "<", 1)) == set()
    assert members(db, cond("best", "is", True)) == {shop[5]}
    assert shop["prospect"] in members(db, cond("best", "is", False))


@pytest.mark.parametrize(
    ("op", "value", "expected"),
    [
        (">", "30000", [4, 5]),  # 30 000.00 spent by buyer 3 is not more than 30 000
        (">=", "30000", [3, 4, 5]),
        (">", "29999.99", [3, 4, 5]),
        ("<", "10000", ["prospect"]),  # a prospect spent 0
        ("between", ["20000", "40000.00"], [2, 3, 4]),
        ("=", 50000, [5]),
    ],
)
def test_total_spent_in_the_shops_currency(db, shop, op, value, expected) -> None:
    assert members(db, cond("total_spent", op, value)) == {shop[k] for k in expected}


def test_total_spent_ignores_customers_who_pay_in_another_currency(db, shop) -> None:
    with db.write() as conn:
        euro = person(conn, "Pays in euro")
        order(conn, euro, ago(3), 9_999_999, currency="EUR")
    assert euro not in members(db, cond("total_spent", ">", "1"))


def test_average_order_value(db, shop) -> None:
    with db.write() as conn:
        mixed = person(conn, "Mixed baskets")
        order(conn, mixed, ago(2), 100_000)  # 1 000.00
        order(conn, mixed, ago(40), 159_050)  # 1 590.50: average 1 295.25
    assert members(db, cond("average_order", ">", "1295.24")) == {
        *(shop[k] for k in range(1, 6)),
        mixed,
    }
    assert members(db, cond("average_order", "<", "1295.26")) == {mixed}
    assert members(db, cond("average_order", "=", "1295.25")) == {mixed}
    assert members(db, cond("average_order", "between", ["1000", "1295.25"])) == {mixed}
    assert shop["prospect"] not in members(db, cond("average_order", "<", "1"))


def test_first_and_last_order_before_and_after_exclude_the_day_itself(db, shop) -> None:
    # Buyer 1's only order, and buyer 2's last, are 5 and 4 days before as_of.
    assert members(db, cond("last_order", "before", str(ago(4)))) == {shop[1]}
    assert members(db, cond("last_order", "after", str(ago(2)))) == {shop[5]}
    assert members(db, cond("first_order", "before", str(ago(100)))) == {shop[5]}  # 125 days ago
    assert members(db, cond("first_order", "after", str(ago(35)))) == {shop[1], shop[2]}
    assert members(db, cond("first_order", "after", str(ago(34)))) == {shop[1]}
    assert shop["prospect"] not in members(db, cond("first_order", "before", "2999-01-01"))


def test_within_the_last_n_days_includes_day_n_and_today(db, shop) -> None:
    assert members(db, cond("last_order", "within_last_days", 2)) == {shop[4], shop[5]}
    assert members(db, cond("last_order", "within_last_days", 1)) == {shop[5]}
    assert members(db, cond("first_order", "within_last_days", 34)) == {shop[1], shop[2]}
    assert members(db, cond("first_order", "within_last_days", 33)) == {shop[1]}


@pytest.mark.parametrize(
    ("op", "value", "expected"),
    [
        ("=", 3, [3]),  # buyer n's last order was 6 - n days ago
        (">", 3, [1, 2]),
        (">=", 3, [1, 2, 3]),
        ("<", 2, [5]),
        ("<=", 2, [4, 5]),
        ("between", [2, 4], [2, 3, 4]),
    ],
)
def test_days_since_last_order(db, shop, op, value, expected) -> None:
    assert members(db, cond("days_since_last_order", op, value)) == {shop[k] for k in expected}


def test_an_order_after_as_of_does_not_count_yet(db, shop) -> None:
    with db.write() as conn:
        later = person(conn, "Orders next week")
        order(conn, later, AS_OF + timedelta(days=7))
    assert later in members(db, cond("orders", "=", 0))
