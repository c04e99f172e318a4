"""Saving, renaming and deleting segments; the built-in suggestions, ready or to fill in."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import text

from lifecrm.core import lifecycle
from lifecrm.core.segments import (
    BUILTIN,
    BadSegment,
    SegmentExists,
    UnknownSegment,
    builtin,
    count_segment,
    delete_segment,
    find_definition,
    get_segment,
    install_builtin,
    list_segments,
    parse,
    rename_segment,
    save_segment,
    update_segment,
)
from tests.core.segments.helpers import AS_OF, cond, order, person

LOYAL = parse(cond("stage", "in", ["loyal"]))
NEW = parse(cond("stage", "in", ["new"]))


def test_save_list_get_update_rename_delete(db) -> None:
    with db.write() as conn:
        saved = save_segment(conn, "  Loyal   ones ", LOYAL)
        save_segment(conn, "Anyone new", NEW)
    assert saved.name == "Loyal ones"
    with db.write() as conn:
        assert [s.name for s in list_segments(conn)] == ["Anyone new", "Loyal ones"]
        assert get_segment(conn, "Loyal ones").definition == LOYAL
        assert update_segment(conn, "Loyal ones", NEW).definition == NEW
        renamed = rename_segment(conn, "Loyal ones", "Fresh faces")
        assert renamed.id == saved.id
        assert get_segment(conn, "Loyal ones") is None
        assert delete_segment(conn, "Fresh faces").definition == NEW
        assert [s.name for s in list_segments(conn)] == ["Anyone new"]


def test_the_table_holds_the_canonical_json(db) -> None:
    with db.write() as conn:
        save_segment(conn, "Big spenders", parse(cond("total_spent", ">", 1590.5)))
        stored = conn.execute(text("SELECT definition FROM segment")).scalar_one()
    assert json.loads(stored) == {"all": [{"field": "total_spent", "op": ">", "value": "1590.5"}]}


def test_a_name_in_use_is_refused_not_overwritten(db) -> None:
    with db.write() as conn:
        save_segment(conn, "Loyal", LOYAL)
        with pytest.raises(SegmentExists, match="already exists"):
            save_segment(conn, "Loyal", NEW)
        save_segment(conn, "Other", NEW)
        with pytest.raises(SegmentExists):
            rename_segment(conn, "Other", "Loyal")
        assert get_segment(conn, "Loyal").definition == LOYAL


def test_unknown_and_blank_names(db) -> None:
    with db.write() as conn:
        with pytest.raises(UnknownSegment, match="no saved segment called 'Nope'"):
            delete_segment(conn, "Nope")
        with pytest.raises(UnknownSegment, match="built-in suggestion"):
            delete_segment(conn, "Birthday this month")
        with pytest.raises(UnknownSegment, match="There is no segment called 'Nope'."):
            find_definition(conn, "Nope")
        with pytest.raises(BadSegment, match="needs a name"):
            save_segment(conn, "   ", LOYAL)


def test_ready_builtins_are_found_by_name_templates_must_be_filled(db) -> None:
    with db.read() as conn:
        assert (
            find_definition(conn, "Birthday this month")
            == builtin("birthday-this-month").definition()
        )
        with pytest.raises(BadSegment, match="template with blanks to fill in \\(x, y\\)"):
            find_definition(conn, "Bought X but not Y")


def test_a_saved_segment_wins_over_a_builtin_of_the_same_name(db) -> None:
    with db.write() as conn:
        save_segment(conn, "Best customers (top 2 %)", LOYAL)
        assert find_definition(conn, "Best customers (top 2 %)") == LOYAL


def test_every_builtin_parses_and_runs(db) -> None:
    lifecycle.recompute(db, AS_OF)
    fills = {"x": ["Bicycle"], "y": ["Tyre"]}
    with db.read() as conn:
        for b in BUILTIN:
            definition = b.definition(None if b.ready else fills)
            assert count_segment(conn, definition, AS_OF) == 0, b.key
    assert [b.ready for b in BUILTIN].count(False) == 1


def test_install_bought_x_but_not_y_with_its_blanks_filled(db) -> None:
    with db.write() as conn:
        bike = person(conn, "Bike only")
        order(conn, bike, AS_OF - timedelta(days=3), products=["Bicycle"])
        both = person(conn, "Bike and tyres")
        order(conn, both, AS_OF - timedelta(days=3), products=["Bicycle", "Tyre"])
        saved = install_builtin(
            conn, "bought-x-not-y", {"x": ["Bicycle"], "y": ["Tyre"]}, name="Bike, no tyres"
        )
    lifecycle.recompute(db, AS_OF)
    with db.read() as conn:
        assert count_segment(conn, find_definition(conn, saved.name), AS_OF) == 1


def test_filling_a_builtin_checks_the_values(db) -> None:
    with pytest.raises(BadSegment, match="needs a value for y"):
        builtin("bought-x-not-y").definition({"x": ["Bicycle"]})
    with pytest.raises(BadSegment, match="no blank called 'z'"):
        builtin("bought-x-not-y").definition({"z": 1})
    with pytest.raises(BadSegment, match="is not an amount"):
        builtin("three-orders-over-total").definition({"total": "lots"})
    with pytest.raises(BadSegment, match="no built-in segment 'nope'"):
        builtin("nope")
    tight = builtin("three-orders-over-total").definition({"total": "100000"})
    assert tight.items[1].value == 100000
