"""`lifecrm templates`, `draft` and `profile` as a script sees them."""

from __future__ import annotations

import json
from datetime import date
from email import message_from_bytes
from email.policy import default
from pathlib import Path

from lifecrm.core import lifecycle
from lifecrm.core.storage.db import open_database
from tests.e2e.test_cli import lifecrm
from tests.factories import add_customer, add_order

AS_OF = "2025-12-31"


def make_shop(db_path: Path) -> dict[str, int]:
    db = open_database(db_path)
    with db.write() as conn:
        ids = {
            "emily": add_customer(conn, "Emily Clarke", email="emily@example.co.uk",
                                  first_name="Emily"),
            "nomail": add_customer(conn, "No Mail", first_name="No"),
        }  # fmt: skip
        for customer in ids.values():
            add_order(conn, customer, date(2025, 12, 20), 2990, currency="EUR",
                      items=[("Lavender soap", 1, 2990)])  # fmt: skip
        lifecycle.recompute_in(conn, date.fromisoformat(AS_OF))
    db.close()
    return ids


def test_templates_lists_the_builtin_keys(db_path: Path) -> None:
    done = lifecrm("templates", "--db", str(db_path), "--json")

    assert done.returncode == 0, done.stderr
    keys = {t["key"]: t for t in json.loads(done.stdout)}
    assert {"thank-you-new", "winback-offer", "reconnect", "birthday"} <= keys.keys()
    assert keys["thank-you-new"]["stage"] == "new"
    assert "en" in keys["thank-you-new"]["languages"]


def test_draft_writes_one_eml_per_recipient_and_lists_the_skipped(
    db_path: Path, tmp_path: Path
) -> None:
    ids = make_shop(db_path)
    lifecrm("profile", "--db", str(db_path), "--owner-name", "Anna", "--from-address",
            "anna@shop.example", "--shop-name", "Levendula")  # fmt: skip
    out = tmp_path / "drafts"

    done = lifecrm(
        "draft", "--db", str(db_path), "--template", "thank-you-new", "--stage", "new",
        "--lang", "en", "--out", str(out), "--as-of", AS_OF, "--json",
    )  # fmt: skip

    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    assert [d["customer"] for d in doc["drafts"]] == [ids["emily"]]
    assert doc["skipped"] == [{"customer": ids["nomail"], "reason": "no e-mail address"}]
    (eml,) = out.iterdir()
    message = message_from_bytes(eml.read_bytes(), policy=default)
    assert message["To"].addresses[0].addr_spec == "emily@example.co.uk"
    assert message["From"].addresses[0].addr_spec == "anna@shop.example"
    body = message.get_body(("plain",))
    assert body is not None and body.get_content().startswith("Dear Emily,")


def test_draft_with_an_unknown_template_exits_2(db_path: Path) -> None:
    make_shop(db_path)
    done = lifecrm("draft", "--db", str(db_path), "--template", "nope", "--stage", "new")

    assert done.returncode == 2
    assert "no template 'nope'" in done.stderr


def test_draft_for_the_members_of_a_segment(db_path: Path) -> None:
    ids = make_shop(db_path)

    done = lifecrm(
        "draft", "--db", str(db_path), "--template", "thank-you-new", "--segment",
        "One order, never came back", "--lang", "en", "--as-of", "2026-06-30", "--json",
    )  # fmt: skip

    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    assert [d["customer"] for d in doc["drafts"]] == [ids["emily"]]  # one order, 192 days ago
    assert [s["customer"] for s in doc["skipped"]] == [ids["nomail"]]
