"""Choosing recipients and naming a campaign's audience: one rule for both front doors."""

from __future__ import annotations

from datetime import date, timedelta

from lifecrm.core import lifecycle
from lifecrm.core.lifecycle import Stage
from lifecrm.core.recipients import audience, choose_recipients
from lifecrm.core.segments import save_segment
from lifecrm.core.segments.conditions import loads
from tests.factories import add_customer, add_order

AS_OF = date(2025, 12, 1)


def _shop(db) -> tuple[list[int], int]:
    with db.write() as conn:
        new = [add_customer(conn, f"New {n}", email=f"n{n}@example.com") for n in range(2)]
        lost = add_customer(conn, "Lost", email="lost@example.com")
        for cid in new:
            add_order(conn, cid, AS_OF - timedelta(days=3), total_minor=1000)
        add_order(conn, lost, AS_OF - timedelta(days=400), total_minor=1000)
    lifecycle.recompute(db, AS_OF)
    return new, lost


def test_chosen_customers_come_once_each_else_a_stage_or_a_segment(db) -> None:
    new, lost = _shop(db)
    with db.write() as conn:
        save_segment(conn, "Big", loads('{"all": [{"field": "orders", "op": ">=", "value": 1}]}'))
    with db.read() as conn:
        assert choose_recipients(conn, AS_OF, customers=[lost, lost, new[0]]) == [lost, new[0]]
        assert sorted(choose_recipients(conn, AS_OF, stage=Stage.NEW)) == sorted(new)
        assert sorted(choose_recipients(conn, AS_OF, segment="Big")) == sorted([*new, lost])
        both = choose_recipients(conn, AS_OF, stage=Stage.LOST, segment="Big")
        assert both == [lost]


def test_the_audience_names_the_segment_or_stage_else_what_the_customers_share(db) -> None:
    new, lost = _shop(db)
    with db.read() as conn:
        assert audience(conn, new, segment="Big", stage="new") == "segment:Big"
        assert audience(conn, [*new, lost], stage="lost") == "stage:lost"
        assert audience(conn, new) == "stage:new"
        assert audience(conn, [*new, lost, lost]) == "customers:3"
        assert audience(conn, []) == "customers:0"
