"""`lifecrm segment ...` and `lifecrm customers --segment` as a script sees them."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from lifecrm.core.storage.db import open_database
from tests.core.segments.helpers import order, person
from tests.e2e.test_cli import AS_OF, lifecrm

DAY = date.fromisoformat(AS_OF)


@pytest.fixture
def shop(db_path: Path) -> Path:
    db = open_database(db_path)
    with db.write() as conn:
        bike = person(conn, "Bike Only", email="bike@example.hu")
        order(conn, bike, DAY - timedelta(days=5), 159_050, products=[("Bicycle", "BK-100")])
        both = person(conn, "Bike And Tyres")
        order(conn, both, DAY - timedelta(days=5), products=[("Bicycle", "BK-100"), "Tyre"])
        person(conn, "Only Prospect")
    db.close()
    return db_path


def _write(tmp_path: Path, doc: object) -> Path:
    path = tmp_path / "segment.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_create_list_show_use_and_delete_a_segment(shop: Path, tmp_path: Path) -> None:
    db = ["--db", str(shop)]
    definition = {
        "all": [
            {"field": "bought", "op": "any_of", "value": ["BK-100"]},
            {"field": "not_bought", "op": "any_of", "value": ["Tyre"]},
        ]
    }
    file = str(_write(tmp_path, definition))
    created = lifecrm(
        "segment", "create", "--name", "Bike, no tyres", "--file", file, *db, "--json"
    )
    assert created.returncode == 0, created.stderr
    assert json.loads(created.stdout) == {
        "name": "Bike, no tyres",
        "builtin": False,
        "definition": definition,
    }

    listed = json.loads(lifecrm("segment", "list", *db, "--json").stdout)
    assert listed[0]["name"] == "Bike, no tyres" and listed[0]["builtin"] is False
    builtins = {d["name"]: d for d in listed if d["builtin"]}
    assert builtins["Bought X but not Y"]["ready"] is False
    assert builtins["Birthday this month"]["ready"] is True

    shown = json.loads(
        lifecrm("segment", "show", "Bike, no tyres", *db, "--as-of", AS_OF, "--json").stdout
    )
    assert (shown["count"], shown["as_of"], shown["definition"]) == (1, AS_OF, definition)

    customers = lifecrm("customers", "--segment", "Bike, no tyres", *db, "--as-of", AS_OF, "--json")
    assert customers.returncode == 0, customers.stderr
    (row,) = json.loads(customers.stdout)
    assert (row["name"], row["total_spent"], row["currency"]) == ("Bike Only", "1590.50", "HUF")

    deleted = lifecrm("segment", "delete", "Bike, no tyres", *db, "--json")
    assert json.loads(deleted.stdout)["deleted"] is True
    again = lifecrm("segment", "delete", "Bike, no tyres", *db)
    assert again.returncode == 2


def test_a_ready_builtin_works_by_name(shop: Path) -> None:
    done = lifecrm(
        "customers", "--segment", "One order, never came back", "--db", str(shop),
        "--as-of", "2026-06-01", "--json",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert {r["name"] for r in json.loads(done.stdout)} == {"Bike Only", "Bike And Tyres"}


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ("{not json", "not valid JSON"),
        ('{"all": [{"field": "shoe_size", "op": ">", "value": 40}]}', "unknown field 'shoe_size'"),
        ('{"all": [{"field": "orders", "op": ">", "value": "many"}]}', "not a whole number"),
    ],
)
def test_a_bad_definition_exits_2_with_one_sentence(
    shop: Path, tmp_path: Path, content: str, says: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    done = lifecrm("segment", "create", "--name", "Bad", "--file", str(path), "--db", str(shop))
    assert done.returncode == 2
    assert says in done.stderr
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert json.loads(lifecrm("segment", "list", "--db", str(shop), "--json").stdout)[0][
        "builtin"
    ]  # nothing was saved


def test_unknown_segment_and_a_taken_name_exit_2(shop: Path, tmp_path: Path) -> None:
    db = ["--db", str(shop)]
    unknown = lifecrm("customers", "--segment", "Nope", *db)
    assert unknown.returncode == 2
    assert unknown.stderr.strip() == "lifecrm: There is no segment called 'Nope'."
    assert lifecrm("segment", "show", "Nope", *db).returncode == 2
    template = lifecrm("customers", "--segment", "Bought X but not Y", *db)
    assert template.returncode == 2 and "blanks to fill in" in template.stderr
    path = _write(tmp_path, {"all": []})
    assert (
        lifecrm("segment", "create", "--name", "Everyone", "--file", str(path), *db).returncode == 0
    )
    taken = lifecrm("segment", "create", "--name", "Everyone", "--file", str(path), *db)
    assert taken.returncode == 2 and "already exists" in taken.stderr
    missing = lifecrm("segment", "create", "--name", "X", "--file", str(tmp_path / "no.json"), *db)
    assert missing.returncode == 2 and "There is no file" in missing.stderr
