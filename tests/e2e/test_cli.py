"""The command-line contract of docs/cli.md, run as a real process."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from lifecrm.core.storage.db import open_database
from tests.factories import add_customer, add_history

AS_OF = "2025-12-01"
STAGE_KEYS = [
    "prospect",
    "new",
    "promising",
    "loyal",
    "passive",
    "lost",
    "passive_loyal",
    "lost_loyal",
]


def lifecrm(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "lifecrm", *args],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, **(env or {})},
    )


@pytest.fixture
def shop(db_path: Path) -> Path:
    db = open_database(db_path)
    with db.write() as conn:
        add_history(conn, "Tóth Gergő", date(2025, 12, 1), 4, 120, total_minor=159050)
        add_history(conn, "Anna Smith", date(2025, 12, 1), 1, 5)
        add_customer(conn, "Only Prospect", email="p@x.is")
    db.close()
    return db_path


def test_stages_json_has_all_eight_keys_and_the_total(shop: Path) -> None:
    done = lifecrm("stages", "--db", str(shop), "--as-of", AS_OF, "--json")
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    assert doc["as_of"] == AS_OF
    assert doc["total"] == 3
    assert list(doc["stages"]) == STAGE_KEYS
    assert doc["stages"]["passive_loyal"] == 1
    assert doc["stages"]["new"] == 1
    assert doc["stages"]["prospect"] == 1


def test_db_can_come_from_the_environment(shop: Path) -> None:
    done = lifecrm("stages", "--as-of", AS_OF, "--json", env={"LIFECRM_DB": str(shop)})
    assert json.loads(done.stdout)["total"] == 3


def test_customers_json_rows_carry_the_contract_keys(shop: Path) -> None:
    done = lifecrm(
        "customers", "--db", str(shop), "--as-of", AS_OF, "--json", "--stage", "passive_loyal"
    )
    assert done.returncode == 0, done.stderr
    (row,) = json.loads(done.stdout)
    assert row["name"] == "Tóth Gergő"
    assert row["stage"] == "passive_loyal"
    assert row["orders"] == 4
    assert row["total_spent"] == "6362.00"
    assert row["currency"] == "HUF"
    assert row["last_order"] == "2025-08-03"
    assert len(row["rfm"]) == 3
    for key in ("id", "first_name", "email", "customer_number", "first_order"):
        assert key in row


def test_customers_search_and_prospect_nulls(shop: Path) -> None:
    done = lifecrm(
        "customers", "--db", str(shop), "--as-of", AS_OF, "--json", "--search", "prospect"
    )
    (row,) = json.loads(done.stdout)
    assert row["rfm"] is None and row["last_order"] is None and row["stage"] == "prospect"


@pytest.mark.parametrize("bad", ["2025-13-01", "01.12.2025", "yesterday"])
def test_a_bad_as_of_date_exits_2_with_one_sentence_and_leaves_the_db_alone(
    shop: Path, bad: str
) -> None:
    before = hashlib.sha256(shop.read_bytes()).hexdigest()
    done = lifecrm("stages", "--db", str(shop), "--as-of", bad)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1 and bad in done.stderr
    assert done.stdout == ""
    assert hashlib.sha256(shop.read_bytes()).hexdigest() == before


def test_an_unknown_stage_exits_2(shop: Path) -> None:
    done = lifecrm("customers", "--db", str(shop), "--stage", "vip")
    assert done.returncode == 2
    assert "Traceback" not in done.stderr and "vip" in done.stderr


def test_a_database_that_is_not_one_exits_2(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.txt"
    bogus.write_text("hello " * 1000)
    done = lifecrm("stages", "--db", str(bogus))
    assert done.returncode == 2
    assert "not a LifeCRM database" in done.stderr


def test_demo_fills_an_empty_database_with_every_stage(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite"
    done = lifecrm("demo", "--db", str(path), "--customers", "120", "--as-of", AS_OF, "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["customers"] == 120
    stages = json.loads(lifecrm("stages", "--db", str(path), "--as-of", AS_OF, "--json").stdout)
    assert stages["total"] == 120
    assert all(stages["stages"][key] > 0 for key in STAGE_KEYS)


def test_demo_is_deterministic_by_seed(tmp_path: Path) -> None:
    outputs = []
    for name in ("a", "b"):
        path = tmp_path / f"{name}.sqlite"
        lifecrm("demo", "--db", str(path), "--customers", "40", "--seed", "7", "--as-of", AS_OF)
        outputs.append(lifecrm("customers", "--db", str(path), "--as-of", AS_OF, "--json").stdout)
    assert outputs[0] == outputs[1]


def test_demo_refuses_to_mix_with_real_data(shop: Path) -> None:
    done = lifecrm("demo", "--db", str(shop))
    assert done.returncode == 2
    assert "already has 3 customers" in done.stderr
