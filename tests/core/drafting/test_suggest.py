"""The template suggested for a stage or a hand-picked group follows DESIGN.md's advice."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from lifecrm.core import lifecycle
from lifecrm.core.drafting.library import TemplateText, save_template
from lifecrm.core.drafting.suggest import main_stage, suggested_for, suggested_template
from lifecrm.core.lifecycle import STAGES
from tests.factories import add_customer, add_order

AS_OF = date(2025, 12, 1)


@pytest.mark.parametrize(
    ("stage", "key"),
    [
        ("prospect", "reconnect"),
        ("new", "thank-you-new"),
        ("promising", "promising-perk"),
        ("loyal", "loyalty-invite"),
        ("passive", "passive-bestseller"),
        ("lost", "winback-offer"),
        ("passive_loyal", "personal-note"),
        ("lost_loyal", "personal-note"),
        (None, "personal-note"),
    ],
)
def test_each_stage_gets_the_first_step_of_its_advice(db, stage, key) -> None:
    with db.read() as conn:
        assert suggested_template(conn, stage) == key


def test_every_stage_gets_a_template_that_exists(db) -> None:
    from lifecrm.core.drafting.library import get_template

    with db.read() as conn:
        for stage in STAGES:
            get_template(conn, suggested_template(conn, stage), "en")


def test_an_owners_template_made_for_a_stage_is_suggested_when_none_was_preferred(db) -> None:
    with db.write() as conn:
        save_template(
            conn, TemplateText("vip-call", "en", "Call me", "lost_loyal", "Hello", "{{ greeting }}")
        )
        assert suggested_template(conn, "lost_loyal") == "vip-call"
        assert suggested_template(conn, "new") == "thank-you-new"


def test_a_group_gets_the_template_of_the_stage_most_of_them_are_in(db) -> None:
    with db.write() as conn:
        new = [add_customer(conn, f"N{i}", email=f"n{i}@example.com") for i in range(3)]
        for cid in new:
            add_order(conn, cid, AS_OF - timedelta(days=5))
        prospect = add_customer(conn, "P", email="p@example.com")
    lifecycle.recompute(db, AS_OF)
    with db.read() as conn:
        assert main_stage(conn, [*new, prospect]) == "new"
        assert suggested_for(conn, [*new, prospect]) == "thank-you-new"
        assert main_stage(conn, [prospect]) == "prospect"
        assert main_stage(conn, []) is None
        assert suggested_for(conn, []) == "personal-note"
