"""Drafts for real customers: names, languages, skipped recipients, codes, recommendations."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import update

from lifecrm.core import lifecycle
from lifecrm.core.drafting.context import stored_codes
from lifecrm.core.drafting.drafts import NO_EMAIL, OPTED_OUT, draft_messages
from lifecrm.core.drafting.library import TemplateText, save_template
from lifecrm.core.drafting.profile import ShopProfile, save_profile
from lifecrm.core.storage.models import Customer, table
from tests.factories import add_customer, add_order

AS_OF = date(2025, 12, 31)
BODY = """{{ greeting }}

{% if last_product %}
Thank you for {{ last_product }} on {{ last_order_date }}.
{% endif %}
{% if total_spent %}
So far: {{ total_spent }}.
{% endif %}
{% if recommended_products %}
Try {{ recommended_products|and_list }}.
{% endif %}
{% if discount_code %}
Your code: {{ discount_code }}
{% endif %}

{{ owner_name }}

{{ unsubscribe_line }}
"""
LANGS = ("en", "hu", "ru", "is", "sl")


@pytest.fixture
def shop(db):
    """A few customers whose right greeting is known, and a template in every language."""
    with db.write() as conn:
        for lang in LANGS:
            save_template(conn, TemplateText("thanks", lang, "Thanks", None, "Hi", BODY))
        ids = {
            "gergo": add_customer(conn, "Tóth Gergő", email="gergo@example.hu",
                                  first_name="Gergő", last_name="Tóth"),
            "ivan": add_customer(conn, "Иванов Иван Иванович", email="ivan@example.ru",
                                 first_name="Иван", last_name="Иванов"),
            "nameless": add_customer(conn, "", email="x@example.si"),
            "nomail": add_customer(conn, "No Mail", first_name="No"),
            "optout": add_customer(conn, "Opted Out", email="o@example.com", first_name="Opt"),
            "jon": add_customer(conn, "Jón Jónsson", email="jon@example.com", first_name="Jón"),
        }  # fmt: skip
        customers = table(Customer)
        conn.execute(update(customers).where(customers.c.id == ids["ivan"]).values(
            middle_name="Иванович"))  # fmt: skip
        conn.execute(update(customers).where(customers.c.id == ids["optout"]).values(
            opted_out=True))  # fmt: skip
        add_order(conn, ids["gergo"], date(2025, 12, 1), 159050, items=[("Mug", 1, 159050)])
        add_order(conn, ids["jon"], date(2025, 11, 1), 5000, items=[("Mug", 1, 2500),
                                                                  ("Tea", 1, 2500)])  # fmt: skip
        add_order(conn, ids["jon"], date(2025, 11, 5), 5000, status="cancelled",
                  items=[("Candle", 1, 5000)])  # fmt: skip
        save_profile(conn, ShopProfile(owner_name="Anna", language="en", code_pattern="TY-####"))
        lifecycle.recompute_in(conn, AS_OF)
    return ids


def drafts_for(db, ids, **kw):
    with db.write() as conn:
        return {d.customer_id: d for d in draft_messages(conn, "thanks", ids, as_of=AS_OF, **kw)}


def test_each_customer_gets_their_language_and_their_first_name(db, shop) -> None:
    drafts = drafts_for(db, list(shop.values()))

    gergo, ivan, nameless, jon = (drafts[shop[k]] for k in ("gergo", "ivan", "nameless", "jon"))
    assert gergo.language == "hu" and gergo.text.startswith("Kedves Gergő!\n")
    assert "Mug on 2025. december 1.\n" in gergo.text  # one period, not two
    assert "1\xa0590,50\xa0Ft" in gergo.text
    assert ivan.language == "ru" and ivan.text.startswith("Здравствуйте, Иван Иванович!\n")
    assert nameless.language == "sl" and nameless.text.startswith("Pozdravljeni!\n")
    assert jon.language == "en" and jon.text.startswith("Dear Jón,\n")
    for draft in drafts.values():
        assert "None" not in draft.text and "{{" not in draft.text


def test_customers_without_an_address_or_who_opted_out_are_skipped_with_the_reason(
    db, shop
) -> None:
    drafts = drafts_for(db, list(shop.values()))

    assert drafts[shop["nomail"]].skipped == NO_EMAIL
    assert drafts[shop["optout"]].skipped == OPTED_OUT
    assert drafts[shop["optout"]].text == ""


def test_informal_address_where_the_owner_writes_so(db, shop) -> None:
    with db.write() as conn:
        save_profile(conn, ShopProfile(owner_name="Anna", informal=("ru",)))
    drafts = drafts_for(db, [shop["ivan"]])

    assert drafts[shop["ivan"]].text.startswith("Здравствуй, Иван!\n")
    assert "ответь на это письмо" in drafts[shop["ivan"]].text


def test_a_language_asked_for_overrides_the_customers_own(db, shop) -> None:
    drafts = drafts_for(db, [shop["gergo"]], language="en")
    assert drafts[shop["gergo"]].text.startswith("Dear Gergő,\n")


def test_recommendations_come_from_what_others_bought_together(db, shop) -> None:
    drafts = drafts_for(db, [shop["gergo"]])
    # Jón bought Mug with Tea; his cancelled Candle does not count.
    assert "Try Tea." in drafts[shop["gergo"]].text.replace("Try Tea", "Try Tea")
    assert "Candle" not in drafts[shop["gergo"]].text


def test_each_recipient_gets_one_code_that_stays_theirs(db, shop) -> None:
    first = drafts_for(db, [shop["gergo"], shop["jon"]])
    again = drafts_for(db, [shop["gergo"], shop["jon"]])

    codes = [line for d in first.values() for line in d.text.splitlines() if "TY-" in line]
    assert len(codes) == 2 and len(set(codes)) == 2
    assert all(c.split(": ")[1].startswith("TY-") and len(c.split(": ")[1]) == 7 for c in codes)
    assert [d.text for d in first.values()] == [d.text for d in again.values()]


def test_stored_codes_are_the_codes_the_drafts_carry_and_nothing_before(db, shop) -> None:
    ids = [shop["gergo"], shop["jon"]]
    with db.read() as conn:
        assert stored_codes(conn, ids, "thanks") == {}  # reading makes none
    drafts = drafts_for(db, ids)
    with db.read() as conn:
        codes = stored_codes(conn, ids, "thanks")
        assert stored_codes(conn, ids, "another-template") == {}
    assert set(codes) == set(ids)
    assert all(codes[i] in drafts[i].text for i in ids)
