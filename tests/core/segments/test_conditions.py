"""The JSON language: what it accepts, how it reads back, and the sentence for each mistake."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from lifecrm.core.segments import FIELDS, BadSegment, Condition, Group, dumps, loads, parse, to_json

EXAMPLE = """
{"all": [
  {"field": "stage", "op": "in", "value": ["loyal", "passive_loyal"]},
  {"field": "orders", "op": "between", "value": [3, 10]},
  {"field": "total_spent", "op": ">", "value": 1590.50},
  {"field": "last_order", "op": "before", "value": "2025-06-30"},
  {"any": [
    {"field": "bought", "op": "any_of", "value": ["Bicycle", "BK-100"]},
    {"field": "birthday", "op": "this_month"},
    {"field": "country", "op": "in", "value": ["hu"]}
  ]}
]}
"""


def test_a_definition_reads_into_checked_values() -> None:
    d = loads(EXAMPLE)
    assert d.mode == "all"
    assert d.items[1] == Condition("orders", "between", (3, 10))
    assert d.items[2] == Condition("total_spent", ">", Decimal("1590.50"))  # not a float
    assert d.items[3] == Condition("last_order", "before", date(2025, 6, 30))
    inner = d.items[4]
    assert isinstance(inner, Group) and inner.mode == "any"
    assert inner.items[2] == Condition("country", "in", ("HU",))


def test_json_round_trips_with_money_and_dates_as_strings() -> None:
    d = loads(EXAMPLE)
    doc = to_json(d)
    assert doc["all"][2]["value"] == "1590.50"
    assert doc["all"][3]["value"] == "2025-06-30"
    assert loads(dumps(d)) == d == parse(doc)


def test_a_single_condition_is_a_one_item_all_group() -> None:
    assert parse({"field": "best", "op": "is", "value": True}) == Group(
        "all", (Condition("best", "is", True),)
    )


def test_every_field_has_operators() -> None:
    assert all(FIELDS.values())


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("{", "not valid JSON"),
        ("[]", "must be a group"),
        ('{"all": [], "any": []}', "must be a group"),
        ('{"all": {}}', "must be a list"),
        ('{"all": [{"field": "stagee", "op": "in", "value": ["new"]}]}', "unknown field 'stagee'"),
        ('{"all": [{"field": "orders", "op": "~", "value": 1}]}', "does not take the operator '~'"),
        ('{"all": [{"field": "orders", "op": ">", "vaule": 1}]}', "unknown key 'vaule'"),
        ('{"all": [{"field": "orders", "op": ">"}]}', "needs a value"),
        ('{"all": [{"field": "orders", "op": ">", "value": -1}]}', "is not a whole number"),
        ('{"all": [{"field": "orders", "op": ">", "value": 1.5}]}', "is not a whole number"),
        ('{"all": [{"field": "orders", "op": ">", "value": true}]}', "is not a whole number"),
        ('{"all": [{"field": "orders", "op": "between", "value": [5, 2]}]}', "lower value first"),
        ('{"all": [{"field": "orders", "op": "between", "value": 5}]}', "needs [low, high]"),
        ('{"all": [{"field": "recency", "op": "=", "value": 6}]}', "a score from 1 to 5"),
        ('{"all": [{"field": "total_spent", "op": ">", "value": "1,590.50"}]}', "is not an amount"),
        ('{"all": [{"field": "total_spent", "op": ">", "value": "NaN"}]}', "is not an amount"),
        ('{"all": [{"field": "total_spent", "op": ">", "value": "-5"}]}', "is not an amount"),
        ('{"all": [{"field": "last_order", "op": "after", "value": "2025-13-01"}]}', "YYYY-MM-DD"),
        ('{"all": [{"field": "stage", "op": "in", "value": ["vip"]}]}', "a list of stages"),
        ('{"all": [{"field": "bought", "op": "any_of", "value": []}]}', "product names or SKUs"),
        ('{"all": [{"field": "bought", "op": "any_of", "value": [" "]}]}', "product names"),
        ('{"all": [{"field": "trend", "op": "is", "value": "up"}]}', "rising, steady or falling"),
        ('{"all": [{"field": "birthday", "op": "this_month", "value": 3}]}', "takes no value"),
        ('{"all": [{"field": "language", "op": "in", "value": ["magyar"]}]}', "language codes"),
        ('{"all": [{"field": "best", "op": "is", "value": "yes"}]}', "true or false"),
        ('{"all": [{"field": "notes", "op": "contains", "value": ""}]}', "a word or phrase"),
    ],
)
def test_mistakes_are_one_sentence_naming_the_problem(text: str, says: str) -> None:
    with pytest.raises(BadSegment) as caught:
        loads(text)
    message = str(caught.value)
    assert says in message
    assert message.endswith(".") and "\n" not in message


def test_the_sentence_says_where_the_mistake_is() -> None:
    with pytest.raises(BadSegment, match=r"Condition 2\.1 "):
        loads('{"all": [{"field": "best", "op": "is", "value": true}, {"any": [{"field": "x"}]}]}')


def test_groups_cannot_nest_without_end() -> None:
    deep: dict = {"all": []}
    for _ in range(10):
        deep = {"all": [deep]}
    with pytest.raises(BadSegment, match="nests groups more than"):
        parse(deep)


def test_lists_lose_duplicates_and_keep_order() -> None:
    d = parse({"field": "stage", "op": "in", "value": ["lost", "new", "lost"]})
    assert d.items[0] == Condition("stage", "in", ("lost", "new"))
