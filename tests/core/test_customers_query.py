"""Customer lists: search beyond ASCII, literal wildcards, sort and stage filter in SQL."""

from __future__ import annotations

from datetime import date

import pytest

from lifecrm.core import lifecycle
from lifecrm.core.customers import CustomerFilter, SortKey, customer_ids, list_customers
from lifecrm.core.lifecycle import Stage
from tests.factories import add_customer, add_history

AS_OF = date(2025, 12, 1)


@pytest.fixture
def people(db):
    with db.write() as conn:
        ids = {
            "toth": add_customer(
                conn,
                "Tóth Gergő",
                email="Gergo.Toth@Freemail.hu",
                phone="+36 30 123 4567",
                first_name="Gergő",
                last_name="Tóth",
            ),
            "ivan": add_customer(conn, "Иванов Иван Сергеевич", email="ivan@mail.ru"),
            "jon": add_customer(conn, "Jón Þórsson", email="jon@simnet.is"),
            "pct": add_customer(conn, "100% Wool_Shop", email="wool@shop.si"),
            "plain": add_customer(conn, "Anna Smith", email=None),
        }
        ids["loyal"] = add_history(conn, "Zoe Loyal", AS_OF, 5, 3, total_minor=99_000)
        ids["lost"] = add_history(conn, "Ábel Lost", AS_OF, 2, 400, total_minor=1_000)
    lifecycle.recompute(db, AS_OF)
    return ids


def _search(db, text: str) -> list[int]:
    with db.read() as conn:
        return customer_ids(conn, CustomerFilter(search=text))


@pytest.mark.parametrize(
    ("query", "who"),
    [
        ("gergo", "toth"),
        ("GERGŐ", "toth"),
        ("tóth gergő", "toth"),
        ("freemail", "toth"),
        ("30 123", "toth"),
        ("3630123", "toth"),
        ("иван", "ivan"),
        ("ИВАНОВ", "ivan"),
        ("þórs", "jon"),
        ("100%", "pct"),
        ("wool_", "pct"),
    ],
)
def test_search_finds_names_emails_and_phones_whatever_the_case_or_accents(
    db, people, query: str, who: str
) -> None:
    assert _search(db, query) == [people[who]]


def test_percent_and_underscore_are_literal_not_wildcards(db, people) -> None:
    assert _search(db, "%") == [people["pct"]]
    assert _search(db, "_") == [people["pct"]]


def test_empty_search_lists_everyone(db, people) -> None:
    assert sorted(_search(db, "   ")) == sorted(people.values())


def test_sort_by_name_ignores_accents_and_case(db, people) -> None:
    with db.read() as conn:
        rows = list_customers(conn, CustomerFilter(sort=SortKey.NAME))
    names = [r.name for r in rows]
    assert names.index("Ábel Lost") < names.index("Anna Smith") < names.index("Tóth Gergő")


def test_sort_by_total_descending_puts_the_biggest_spender_first(db, people) -> None:
    with db.read() as conn:
        ids = customer_ids(conn, CustomerFilter(sort=SortKey.TOTAL, descending=True))
    assert ids[0] == people["loyal"]


@pytest.mark.parametrize("key", list(SortKey))
@pytest.mark.parametrize("descending", [False, True])
def test_every_sort_returns_everyone_exactly_once(db, people, key, descending) -> None:
    with db.read() as conn:
        ids = customer_ids(conn, CustomerFilter(sort=key, descending=descending))
    assert sorted(ids) == sorted(people.values())


def test_missing_emails_and_last_orders_sort_last(db, people) -> None:
    with db.read() as conn:
        by_email = customer_ids(conn, CustomerFilter(sort=SortKey.EMAIL))
        by_last = customer_ids(conn, CustomerFilter(sort=SortKey.LAST_ORDER, descending=True))
    no_email = {people["plain"], people["loyal"], people["lost"]}
    assert set(by_email[-3:]) == no_email
    assert by_last[:2] == [people["loyal"], people["lost"]]


def test_stage_filter_and_search_combine(db, people) -> None:
    with db.read() as conn:
        assert customer_ids(conn, CustomerFilter(stage=Stage.LOYAL)) == [people["loyal"]]
        assert customer_ids(conn, CustomerFilter(stage=Stage.LOYAL, search="abel")) == []
        prospects = customer_ids(conn, CustomerFilter(stage=Stage.PROSPECT))
    assert len(prospects) == 5


def test_rows_carry_stage_money_and_rfm(db, people) -> None:
    with db.read() as conn:
        (row,) = list_customers(conn, CustomerFilter(search="zoe"))
    assert row.stage is Stage.LOYAL
    assert row.orders == 5
    assert row.total_minor == 5 * 99_000
    assert row.currency == "HUF"
    assert row.rfm is not None and len(row.rfm) == 3


def _reference_order(rows, key: SortKey, descending: bool) -> list[int]:
    """The documented display order, computed in Python from the rows themselves."""
    from lifecrm.core.lifecycle import STAGES
    from lifecrm.core.text import email_key, fold

    def split(value_of):
        present = sorted(
            (r for r in rows if value_of(r) is not None),
            key=lambda r: (value_of(r), r.id),
            reverse=descending,
        )
        missing = sorted(
            (r for r in rows if value_of(r) is None), key=lambda r: r.id, reverse=descending
        )
        return [r.id for r in present + missing]

    if key is SortKey.STAGE:
        stages = list(reversed(STAGES)) if descending else list(STAGES)
        return [
            r.id
            for st in stages
            for r in sorted(
                (r for r in rows if r.stage is st), key=lambda r: (-r.total_minor, -r.id)
            )
        ]
    value_of = {
        SortKey.NAME: lambda r: fold(r.name),
        SortKey.EMAIL: lambda r: email_key(r.email),
        SortKey.ORDERS: lambda r: r.orders,
        SortKey.TOTAL: lambda r: r.total_minor,
        SortKey.LAST_ORDER: lambda r: r.last_order,
        SortKey.RFM: lambda r: None if r.rfm is None else int(r.rfm),
    }[key]
    return split(value_of)


@pytest.mark.parametrize("key", list(SortKey))
@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("search", ["", "a"])
def test_every_sort_matches_the_documented_order(db, key, descending, search) -> None:
    from lifecrm.core.demo import generate

    generate(db, customers=150, seed=3, as_of=AS_OF)
    lifecycle.recompute(db, AS_OF)
    with db.read() as conn:
        rows = list_customers(conn, CustomerFilter(search=search))
        got = customer_ids(conn, CustomerFilter(sort=key, descending=descending, search=search))
        lost = customer_ids(
            conn, CustomerFilter(sort=key, descending=descending, stage=Stage.LOST, search=search)
        )
    assert got == _reference_order(rows, key, descending)
    assert lost == _reference_order([r for r in rows if r.stage is Stage.LOST], key, descending)
