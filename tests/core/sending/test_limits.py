"""The sending screens' questions, answered from a real outbox: today's limit left, when it
frees up, when a retry is due, who was written to lately, and who a campaign is for."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import update

from lifecrm.core import lifecycle
from lifecrm.core.drafting.drafts import Draft
from lifecrm.core.sending import outbox
from lifecrm.core.sending.account import Security, SmtpAccount
from lifecrm.core.sending.limits import daily_left, daily_limit_frees_at, recently_written
from lifecrm.core.sending.outbox import audience_for, next_retry_at
from lifecrm.core.storage.models import OutboxMessage, table
from tests.core.sending.test_send import queue
from tests.factories import add_customer, add_order

NOW = datetime(2025, 12, 1, 9, 0, tzinfo=UTC)
SHOP = SmtpAccount("127.0.0.1", 25, Security.STARTTLS, "anna@shop.example", "anna@shop.example",
                   per_day=5)  # fmt: skip
PEOPLE = [("Ann Lee", "ann@example.com"), ("Bob Ray", "bob@example.com")]
_outbox = table(OutboxMessage)


def mark_sent(db, email: str, when: datetime) -> None:
    with db.write() as conn:
        conn.execute(
            update(_outbox).where(_outbox.c.email == email).values(state="sent", sent_at=when)
        )


def test_the_daily_limit_counts_the_last_24_hours_and_frees_up_as_they_pass(db) -> None:
    queue(db, PEOPLE)
    mark_sent(db, "ann@example.com", NOW - timedelta(hours=20))
    mark_sent(db, "bob@example.com", NOW - timedelta(hours=2))
    with db.read() as conn:
        assert daily_left(conn, SHOP, NOW) == 3
        assert daily_limit_frees_at(conn, NOW) == NOW + timedelta(hours=4)
        assert daily_left(conn, SHOP, NOW + timedelta(hours=5)) == 4


def test_nothing_sent_lately_means_sending_may_go_on_now(db) -> None:
    with db.read() as conn:
        assert daily_limit_frees_at(conn, NOW) == NOW
        assert next_retry_at(conn, None, NOW) is None


def test_the_next_retry_is_the_earliest_waiting_entry_of_the_campaign(db) -> None:
    campaign, _ids = queue(db, PEOPLE)
    with db.write() as conn:
        conn.execute(
            update(_outbox)
            .where(_outbox.c.email == "bob@example.com")
            .values(next_attempt_at=NOW + timedelta(minutes=5))
        )
    with db.read() as conn:
        assert next_retry_at(conn, campaign, NOW) == NOW  # Ann is due now
    with db.write() as conn:
        conn.execute(
            update(_outbox)
            .where(_outbox.c.email == "ann@example.com")
            .values(next_attempt_at=NOW + timedelta(minutes=15))
        )
    with db.read() as conn:
        assert next_retry_at(conn, campaign, NOW) == NOW + timedelta(minutes=5)
        assert next_retry_at(conn, campaign + 1, NOW) is None


def test_customers_written_to_within_the_days_are_found_once_with_their_last_message(db) -> None:
    _campaign, ids = queue(db, PEOPLE)
    ann, bob = ids["ann@example.com"], ids["bob@example.com"]
    mark_sent(db, "ann@example.com", NOW - timedelta(days=3))
    mark_sent(db, "bob@example.com", NOW - timedelta(days=30))
    with db.read() as conn:
        assert recently_written(conn, [ann, bob, ann], NOW, 14).keys() == {ann}
        assert recently_written(conn, [ann, bob], NOW, 60).keys() == {ann, bob}
        assert recently_written(conn, [], NOW, 14) == {}


def test_the_window_counts_exactly_whom_the_outbox_will_leave_out(db) -> None:
    """The confirmation's "written to lately" and create_campaign's skips are one question."""
    _campaign, ids = queue(db, PEOPLE)
    mark_sent(db, "ann@example.com", NOW - timedelta(days=3))
    drafts = [Draft(cid, email, email, "en", subject="Hi", text="Hi", html="<p>Hi</p>")
              for email, cid in ids.items()]  # fmt: skip
    with db.write() as conn:
        recent = recently_written(conn, list(ids.values()), NOW, 14)
        result = outbox.create_campaign(conn, drafts, name="again", template_key="k",
                                        audience="stage:new", account=SHOP, now=NOW)  # fmt: skip
    assert {s["customer"] for s in result.skipped} == set(recent) == {ids["ann@example.com"]}


def test_a_campaign_for_one_stage_says_so_and_a_mixed_choice_counts_its_people(db) -> None:
    as_of = NOW.date()
    with db.write() as conn:
        new = [add_customer(conn, f"New {n}", email=f"n{n}@example.com") for n in range(2)]
        lost = add_customer(conn, "Lost", email="lost@example.com")
        for cid in new:
            add_order(conn, cid, as_of - timedelta(days=3), total_minor=1000)
        add_order(conn, lost, as_of - timedelta(days=400), total_minor=1000)
    lifecycle.recompute(db, as_of)
    with db.read() as conn:
        assert audience_for(conn, new) == "stage:new"
        assert audience_for(conn, [*new, lost]) == "customers:3"
    with db.write() as conn:
        assert outbox.counts(conn)["queued"] == 0
