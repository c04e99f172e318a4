"""The sending screens' questions, answered from a real outbox: today's limit left, when it
frees up, when a retry is due, who was written to lately."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import update

from lifecrm.core.sending.account import Security, SmtpAccount
from lifecrm.core.sending.ui_support import (
    daily_left,
    daily_limit_frees_at,
    next_retry_at,
    recently_written,
)
from lifecrm.core.storage.models import OutboxMessage, table
from tests.sending.test_send import queue

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


def test_customers_written_to_within_the_days_are_counted_once(db) -> None:
    _campaign, ids = queue(db, PEOPLE)
    mark_sent(db, "ann@example.com", NOW - timedelta(days=3))
    mark_sent(db, "bob@example.com", NOW - timedelta(days=30))
    with db.read() as conn:
        both = [ids["ann@example.com"], ids["bob@example.com"], ids["ann@example.com"]]
        assert recently_written(conn, both, NOW, 14) == 1
        assert recently_written(conn, both, NOW, 60) == 2
        assert recently_written(conn, [], NOW, 14) == 0
