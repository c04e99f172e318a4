"""`week`: every reason for a customer built to have it, and nobody who must not be written to."""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert, update

from lifecrm.cli import main
from lifecrm.core import settings
from lifecrm.core.storage.db import Database
from lifecrm.core.storage.models import Campaign, Customer, OutboxMessage, table
from lifecrm.core.week import plan_week
from tests.core.predictions.test_fixture_fit import AS_OF, load_shop
from tests.factories import add_customer, add_order

ON = date(2026, 3, 2)  # a Monday


def _orders(conn, name: str, days_ago: list[int], total: int = 2000) -> int:
    cid = add_customer(conn, name)
    for d in days_ago:
        add_order(conn, cid, ON - timedelta(days=d), total, currency="EUR")
    return cid


def _written(conn, cid: int, when: datetime) -> None:
    campaign = conn.execute(
        insert(table(Campaign)),
        {"name": "c", "template_key": "reconnect", "audience": "customers", "created_at": when},
    ).inserted_primary_key[0]
    conn.execute(
        insert(table(OutboxMessage)),
        {"campaign_id": campaign, "customer_id": cid, "email": "x@example.com", "name": "x",
         "language": "en", "subject": "s", "text": "t", "html": "", "message_id": f"<{cid}@x>",
         "state": "sent", "queued_at": when, "sent_at": when},
    )  # fmt: skip


def _shop(db: Database) -> dict[str, int]:
    with db.write() as conn:
        settings.put(conn, "currency", "EUR")
        ids = {
            "new": _orders(conn, "New Nora", [2]),
            "slipping": _orders(conn, "Slipping Sam", [90, 120, 150, 180, 210]),
            "best": _orders(conn, "Best Bea", [70, 130, 190, 250], total=90000),
            "stay": _orders(conn, "Quiet Quentin", [200]),
            "opted_out": _orders(conn, "Opted Olga", [1]),
            "written": _orders(conn, "Written Will", [3]),
        }
        for k in range(12):  # ordinary regulars, so "best" means something
            _orders(conn, f"Regular {k}", [5 + k, 20 + k, 35 + k], total=4000)
        bday = add_customer(conn, "Birthday Bob")
        conn.execute(
            update(table(Customer)).where(table(Customer).c.id == bday),
            {"birthday": date(1980, 3, 5)},  # Thursday
        )
        ids["birthday"] = bday
        conn.execute(
            update(table(Customer)).where(table(Customer).c.id == ids["opted_out"]),
            {"opted_out": True},
        )
        _written(conn, ids["written"], datetime(2026, 3, 1, 10, tzinfo=UTC))  # yesterday
    return ids


def test_each_reason_for_the_customer_built_for_it(db: Database) -> None:
    ids = _shop(db)
    with db.read() as conn:
        week = plan_week(conn, ON)
    assert week.model == "none"  # 12 regulars: too few for the model; the rules still answer
    by_customer = {a.customer: a for a in week.actions}
    assert len(by_customer) == len(week.actions)  # each at most once
    expect = {
        "new": ("new_thanks", "thank-you-new", "First order 2 days ago: say thank you."),
        "birthday": ("birthday", "birthday", "Birthday on Thursday."),
        "slipping": ("slipping", "personal-note", "Usually orders every 30 days; it has been 90."),
        "best": ("best_quiet", "thank-you-best",
                 "One of your best customers (€3,600.00 in the last year); quiet for 2 months."),
        "stay": ("stay_in_touch", "reconnect",
                 "No order for 7 months: a good time to stay in touch."),
    }  # fmt: skip
    for who, (reason, template, why) in expect.items():
        action = by_customer[ids[who]]
        assert (action.reason, action.template, action.why) == (reason, template, why), who
    scores = [a.score for a in week.actions]
    assert scores == sorted(scores, reverse=True)


def test_never_an_opted_out_customer_or_one_written_to_yesterday(db: Database) -> None:
    ids = _shop(db)
    with db.read() as conn:
        listed = {a.customer for a in plan_week(conn, ON).actions}
    assert ids["new"] in listed
    assert ids["opted_out"] not in listed and ids["written"] not in listed


def test_with_a_model_each_customer_once_and_limited(db: Database) -> None:
    load_shop(db)
    with db.read() as conn:
        week = plan_week(conn, AS_OF, limit=20)
    assert week.model == "bgnbd" and len(week.actions) == 20
    assert len({a.customer for a in week.actions}) == 20


MONEY = re.compile(r"^-?\d+(\.\d+)?$")


def test_json_shapes_are_those_of_cli_md(db: Database, db_path: Path, capsys) -> None:
    load_shop(db)
    args = ["--db", str(db_path), "week", "--as-of", AS_OF.isoformat(), "--limit", "5", "--json"]
    assert main(args) == 0
    doc = json.loads(capsys.readouterr().out)
    assert set(doc) == {"as_of", "actions"} and doc["as_of"] == "2024-12-31"
    assert len(doc["actions"]) == 5
    for action in doc["actions"]:
        assert set(action) == {"customer", "reason", "template", "score", "why"}
        assert isinstance(action["score"], float) and isinstance(action["why"], str)
    assert main(["--db", str(db_path), "predict", "--as-of", "2024-12-31", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert list(doc) == ["as_of", "model", "time_unit", "customers_fitted", "params",
                         "log_likelihood", "spend", "currency", "horizon_days",
                         "expected_orders_total", "customers"]  # fmt: skip
    assert doc["model"] == "bgnbd" and doc["time_unit"] == "week" and doc["currency"] == "EUR"
    assert set(doc["params"]) == {"r", "alpha", "a", "b"}
    assert set(doc["spend"]) == {"model", "p", "q", "v", "customers"}
    for c in doc["customers"]:
        assert list(c) == ["id", "customer_number", "p_alive", "expected_orders",
                           "expected_orders_low", "expected_orders_high",
                           "expected_order_value", "expected_value"]  # fmt: skip
        assert MONEY.match(c["expected_order_value"]) and MONEY.match(c["expected_value"])
        assert c["expected_orders_low"] <= c["expected_orders"] + 0.01
        assert c["expected_orders"] <= c["expected_orders_high"] + 0.01


def test_bad_limit_is_a_user_error(db_path: Path, capsys) -> None:
    assert main(["--db", str(db_path), "week", "--limit", "0"]) == 2
    assert "--limit" in capsys.readouterr().err
