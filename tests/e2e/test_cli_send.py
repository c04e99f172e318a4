"""The sending commands as a scheduler runs them, against the loopback server; and a send
killed at random moments, again and again, never delivers a message twice."""

from __future__ import annotations

import json
import random
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

from sqlalchemy import text

from lifecrm.core import lifecycle
from lifecrm.core.storage.db import open_database
from tests.factories import add_customer, add_order
from tests.support.smtp_server import PASSWORD, USER

AS_OF = "2025-12-31"


def run(cli_env, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "lifecrm", *args], input=stdin, capture_output=True,
        encoding="utf-8", timeout=120, env=cli_env,
    )  # fmt: skip


def shop(db_path: Path, customers: int) -> None:
    db = open_database(db_path)
    with db.write() as conn:
        for n in range(customers):
            who = add_customer(conn, f"Customer {n}", email=f"c{n}@example.com",
                               first_name=f"Name{n}")  # fmt: skip
            add_order(conn, who, date(2025, 12, 20), 1000, items=[("Soap", 1, 1000)])
        lifecycle.recompute_in(conn, date.fromisoformat(AS_OF))
    db.close()


def configure(cli_env, db_path: Path, port: int) -> subprocess.CompletedProcess[str]:
    return run(cli_env, "smtp", "configure", "--db", str(db_path), "--host", "127.0.0.1", "--port",
               str(port), "--security", "starttls", "--user", USER, "--from", USER,
               "--name", "Anna", "--per-minute", "100000", "--password-stdin",
               stdin=PASSWORD + "\n")  # fmt: skip


def test_the_password_goes_to_the_keyring_only_and_smtp_test_works(
    cli_env, db_path: Path, mail_server
) -> None:
    done = configure(cli_env, db_path, mail_server.port)
    assert done.returncode == 0, done.stderr

    tested = run(cli_env, "smtp", "test", "--db", str(db_path))

    assert tested.returncode == 0, tested.stderr
    assert len(mail_server.handler.to(USER)) == 1
    for path in db_path.parent.rglob("*"):
        if path.is_file():
            assert PASSWORD.encode() not in path.read_bytes(), path


def test_a_wrong_password_is_explained_in_one_sentence(cli_env, db_path: Path, mail_server) -> None:
    configure(cli_env, db_path, mail_server.port)
    done = run(cli_env, "smtp", "test", "--db", str(db_path), "--password-stdin", stdin="nope\n")

    assert done.returncode == 2
    assert "refused the user name or password" in done.stderr
    assert "Traceback" not in done.stderr


def test_campaign_send_and_outbox_as_a_scheduler_runs_them(cli_env, db_path, mail_server) -> None:
    shop(db_path, 3)
    configure(cli_env, db_path, mail_server.port)
    created = run(cli_env, "campaign", "create", "--db", str(db_path), "--template",
                  "thank-you-new", "--stage", "new", "--lang", "en", "--as-of", AS_OF,
                  "--json")  # fmt: skip
    assert created.returncode == 0, created.stderr
    campaign = json.loads(created.stdout)
    assert (campaign["recipients"], campaign["skipped"]) == (3, [])

    sent = run(cli_env, "send", "--db", str(db_path), "--campaign", str(campaign["campaign"]),
               "--json")  # fmt: skip
    again = run(cli_env, "send", "--db", str(db_path), "--json")
    counts = json.loads(run(cli_env, "outbox", "--db", str(db_path), "--json").stdout)

    assert json.loads(sent.stdout)["sent"] == 3, sent.stderr
    assert json.loads(again.stdout)["sent"] == 0
    assert counts == {"queued": 0, "sending": 0, "sent": 3, "failed": 0, "skipped": 0,
                      "uncertain": 0}  # fmt: skip
    assert len(mail_server.handler.received) == 3
    message = mail_server.handler.to("c0@example.com")[0]
    assert message.get_body(("plain",)).get_content().startswith("Dear Name0,")


def test_a_send_killed_at_random_moments_never_delivers_twice(
    cli_env, db_path, mail_server
) -> None:
    people = 30
    shop(db_path, people)
    configure(cli_env, db_path, mail_server.port)
    run(cli_env, "campaign", "create", "--db", str(db_path), "--template", "thank-you-new",
        "--stage", "new", "--lang", "en", "--as-of", AS_OF)  # fmt: skip
    rng = random.Random(7)
    for _round in range(12):
        child = subprocess.Popen(
            [sys.executable, "-m", "lifecrm", "send", "--db", str(db_path), "--limit", "4"],
            env=cli_env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        time.sleep(rng.uniform(0.3, 1.6))
        child.kill()
        child.wait()
    finished = run(cli_env, "send", "--db", str(db_path), "--json")
    assert finished.returncode == 0, finished.stderr

    db = open_database(db_path)
    with db.read() as conn:
        states = {e: s for e, s in conn.execute(text("SELECT email, state FROM outbox"))}
    db.close()
    for n in range(people):
        address = f"c{n}@example.com"
        got = len(mail_server.handler.to(address))
        assert got <= 1, f"{address} got {got} messages"
        if states[address] == "sent":
            assert got == 1, address
        else:
            assert states[address] == "uncertain", (address, states[address])


def test_optout_forget_and_export_person(cli_env, db_path: Path, tmp_path: Path) -> None:
    shop(db_path, 2)
    assert run(cli_env, "optout", "--db", str(db_path), "C0@Example.com").returncode == 0
    assert run(cli_env, "optout", "--db", str(db_path), "stranger@example.com").returncode == 0
    export = tmp_path / "c1.json"
    assert run(cli_env, "export-person", "--db", str(db_path), "c1@example.com",
               str(export)).returncode == 0  # fmt: skip
    forgot = run(cli_env, "forget", "--db", str(db_path), "c1@example.com", "--json")

    doc = json.loads(export.read_text(encoding="utf-8"))
    assert doc["customer"]["email"] == "c1@example.com"
    assert doc["orders"][0]["items"][0]["product"] == "Soap"
    assert json.loads(forgot.stdout)["removed"]["orders"] == 1
    db = open_database(db_path)
    with db.read() as conn:
        rows = dict(conn.execute(text("SELECT email, opted_out FROM customer")).all())
    db.close()
    assert rows == {"c0@example.com": 1, "stranger@example.com": 1}


def test_an_unsubscribe_list_opts_out_known_and_unknown_addresses(
    cli_env, db_path, tmp_path
) -> None:
    shop(db_path, 2)
    listing = tmp_path / "unsubscribed.csv"
    lines = ["Leiratkozott e-mail cím", "C0@example.com", "nobody@example.org", "not-an-address",
             "c0@example.com"]  # fmt: skip
    listing.write_text("\n".join(lines) + "\n", encoding="utf-8")

    done = run(cli_env, "optout", "--db", str(db_path), "--file", str(listing), "--json")
    again = run(cli_env, "optout", "--db", str(db_path), "--file", str(listing), "--json")

    doc = json.loads(done.stdout)
    assert (doc["opted_out"], doc["unknown"]) == (1, 1), done.stderr
    assert doc["problems"] == [{"row": 4, "value": "not-an-address",
                                "reason": "not an e-mail address"}]  # fmt: skip
    assert json.loads(again.stdout)["unknown"] == 0  # now known, and still opted out
    db = open_database(db_path)
    with db.read() as conn:
        rows = dict(conn.execute(text("SELECT email_key, opted_out FROM customer")).all())
        events = conn.execute(text("SELECT COUNT(*) FROM event WHERE kind = 'optout'")).scalar()
    db.close()
    assert rows == {"c0@example.com": 1, "c1@example.com": 0, "nobody@example.org": 1}
    assert events == 1  # the second list changed nothing
