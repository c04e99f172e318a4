"""Purchase frequency trend on 2, 3 and many orders, and AND/OR groups nested."""

from __future__ import annotations

from datetime import timedelta

import pytest

from lifecrm.core.segments import count_segment, parse, preview
from tests.core.segments.helpers import AS_OF, cond, members, order, person


def buyer(conn, name: str, gaps: list[int], *, extra_same_day: bool = False, cancelled=()) -> int:
    """Orders separated by `gaps` days (oldest first); the last one 5 days before as_of."""
    cid = person(conn, name)
    day = AS_OF - timedelta(days=5 + sum(gaps))
    days = [day]
    for gap in gaps:
        day += timedelta(days=gap)
        days.append(day)
    for d in days:
        order(conn, cid, d)
    if extra_same_day:
        order(conn, cid, days[-1])
    for d in cancelled:
        order(conn, cid, d, status="cancelled")
    return cid


TRENDS = ("rising", "steady", "falling")


def _trend_of(db, cid) -> list[str]:
    return [t for t in TRENDS if cid in members(db, cond("trend", "is", t))]


@pytest.mark.parametrize(
    ("gaps", "expected"),
    [
        ([30, 30, 30, 10, 10], ["rising"]),
        ([10, 10, 10, 30, 30], ["falling"]),
        ([20, 20, 20, 20, 20, 20], ["steady"]),
        ([30, 10, 10], ["rising"]),  # four orders: one earlier gap is enough
        ([30, 20, 20], ["steady"]),  # recent mean exactly 2/3 of earlier: not yet rising
        ([30, 19, 20], ["rising"]),
        ([20, 30, 30], ["steady"]),  # exactly 3/2: not yet falling
        ([20, 30, 31], ["falling"]),
        ([10, 200], []),  # three orders: not enough history
        ([50], []),  # two orders
        ([], []),  # one order
    ],
)
def test_trend_compares_the_last_two_gaps_with_the_earlier_ones(db, gaps, expected) -> None:
    with db.write() as conn:
        cid = buyer(conn, "Someone", gaps)
    assert _trend_of(db, cid) == expected


def test_orders_on_the_same_day_are_one_purchase(db) -> None:
    with db.write() as conn:
        cid = buyer(conn, "Two baskets", [30, 10], extra_same_day=True)  # 4 orders, 3 days
    assert _trend_of(db, cid) == []


def test_cancelled_orders_do_not_change_the_trend(db) -> None:
    day = AS_OF - timedelta(days=7)
    with db.write() as conn:
        cid = buyer(conn, "Cancels", [20, 20, 20, 20], cancelled=[day, day - timedelta(days=3)])
    assert _trend_of(db, cid) == ["steady"]


def test_prospects_have_no_trend(db) -> None:
    with db.write() as conn:
        cid = person(conn, "Window shopper")
    assert _trend_of(db, cid) == []


@pytest.fixture
def shop(db):
    with db.write() as conn:
        return {
            "hu_bike": _someone(conn, "hu", ["Bicycle"]),
            "hu_tea": _someone(conn, "hu", ["Tea"]),
            "sl_bike": _someone(conn, "sl", ["Bicycle"]),
            "en_none": person(conn, "en none", language="en"),
        }


def _someone(conn, language: str, products: list[str]) -> int:
    cid = person(conn, f"{language} {products}", language=language)
    order(conn, cid, AS_OF - timedelta(days=3), products=products)
    return cid


def test_all_and_any_nest(db, shop) -> None:
    definition = {
        "all": [
            {"any": [cond("language", "in", ["sl"]), cond("bought", "any_of", ["Tea"])]},
            cond("orders", ">=", 1),
        ]
    }
    assert members(db, definition) == {shop["sl_bike"], shop["hu_tea"]}
    nested = {
        "any": [
            cond("language", "in", ["en"]),
            {
                "all": [
                    cond("language", "in", ["hu"]),
                    {"any": [cond("bought", "any_of", ["Bicycle"])]},
                ]
            },
        ]
    }
    assert members(db, nested) == {shop["en_none"], shop["hu_bike"]}


def test_an_empty_all_is_everyone_and_an_empty_any_no_one(db, shop) -> None:
    assert members(db, {"all": []}) == set(shop.values())
    assert members(db, {"any": []}) == set()
    assert members(db, {"all": [{"any": []}]}) == set()


def test_an_empty_segment_counts_zero_and_previews_nobody(db, shop) -> None:
    members(db, {"all": []})  # recompute
    nobody = parse(cond("bought", "any_of", ["Unicorn"]))
    with db.read() as conn:
        assert count_segment(conn, nobody, AS_OF) == 0
        empty = preview(conn, nobody, AS_OF)
    assert (empty.count, empty.members) == (0, [])


def test_preview_counts_all_and_lists_the_first_by_name(db, shop) -> None:
    members(db, {"all": []})
    with db.read() as conn:
        seen = preview(conn, parse(cond("orders", ">=", 1)), AS_OF, limit=2)
    assert seen.count == 3
    assert [m.name for m in seen.members] == sorted(m.name for m in seen.members)
    assert len(seen.members) == 2
