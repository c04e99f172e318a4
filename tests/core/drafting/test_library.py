"""The built-in library: every template in every language renders well for every kind of
customer, through the real engine."""

from __future__ import annotations

import re
from datetime import date

import pytest

from lifecrm.core.drafting.context import Facts, context_for
from lifecrm.core.drafting.engine import compile_template, render
from lifecrm.core.drafting.languages import LANGUAGES, WITH_INFORMAL
from lifecrm.core.drafting.library import get_template, list_templates, templates_dir
from lifecrm.core.drafting.profile import ShopProfile

KEYS = [
    "thank-you-new", "thank-you-best", "promising-perk", "loyalty-invite", "passive-bestseller",
    "winback-offer", "winback-values", "winback-goodbye", "personal-note", "reconnect", "birthday",
]  # fmt: skip
AS_OF = date(2025, 12, 31)
FULL = ShopProfile(
    shop_name="Levendula", owner_name="Kiss Anna", signature="Anna\nLevendula Kft.",
    shop_story="We make soap by hand.", shop_url="https://levendula.example", discount="10%",
    gift="free shipping", code_pattern="TY-####",
)  # fmt: skip
EMPTY = ShopProfile()
CUSTOMERS = {
    "full": Facts(1, "Tóth Gergő", "Gergő", "Tóth", None, "g@example.hu", None, False, 6,
                  1590050, "HUF", date(2023, 1, 5), date(2025, 6, 1), "loyal",
                  ["Levendula szappan", "Kecsketejes krém"], {"Levendula szappan"}),
    "no_first_name": Facts(2, "", None, None, None, "x@example.com", None, False, 1, 5000,
                           "EUR", date(2025, 12, 1), date(2025, 12, 1), "new", ["Mug"], {"Mug"}),
    "prospect": Facts(3, "Ann Lee", "Ann", "Lee", None, "ann@example.com", None, False),
    "one_order": Facts(4, "Jón Jónsson", "Jón", "Jónsson", None, "j@example.is", None, False, 1,
                       4990, "ISK", date(2024, 2, 1), date(2024, 2, 1), "lost", ["Tea"], {"Tea"}),
}  # fmt: skip
LEFTOVERS = re.compile(r"None|\{\{|\{%|undefined|\s[.,!?]|[ ]{2}|\n{3}")


def test_every_key_exists_in_every_language(db) -> None:
    with db.read() as conn:
        listed = {t.key: t.languages for t in list_templates(conn)}
    assert sorted(listed) == sorted(KEYS)
    assert all(langs == LANGUAGES for langs in listed.values())


@pytest.mark.parametrize("key", KEYS)
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("formal", [True, False])
def test_renders_for_every_kind_of_customer(db, key, language, formal) -> None:
    if not formal and language not in WITH_INFORMAL:
        pytest.skip("one form of address in this language")
    with db.read() as conn:
        template = get_template(conn, key, language, formal=formal)
    assert template.language == language
    compiled = compile_template(template.subject, template.body, template.html)
    informal = () if formal else (language,)
    for who, facts in CUSTOMERS.items():
        for profile in (FULL, EMPTY):
            profile = ShopProfile(**{**profile.__dict__, "informal": informal})
            context = context_for(
                facts,
                language,
                profile,
                AS_OF,
                recommended=["Candle"],
                bestseller="Mug",
                code="TY-7K2Q" if profile is FULL else "",
            )
            subject, text, _html = render(compiled, context)
            where = f"{key}/{language}/{who}"
            assert subject.strip(), where
            assert not LEFTOVERS.search(subject + "\n" + text), (where, text)
            assert text.startswith(context["greeting"] + "\n"), where
            assert context["unsubscribe_line"] in text, where


def test_templates_folder_is_inside_the_repository() -> None:
    assert (templates_dir() / "en" / "thank-you-new.txt").is_file()
