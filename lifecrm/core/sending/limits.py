"""The limits that keep a shop's sending polite: how many messages the account may still send
today, when that budget frees up, and which customers were written to too recently to be
written to again. Read-only; the outbox and both front doors ask the same questions here.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import Connection, func, select

from lifecrm.core.sending.account import SmtpAccount
from lifecrm.core.storage.batches import chunks
from lifecrm.core.storage.models import OutboxMessage, table

_outbox = table(OutboxMessage)
DAY = timedelta(days=1)


def sent_since(conn: Connection, since: datetime) -> int:
    o = _outbox.c
    return int(conn.execute(select(func.count()).where(o.sent_at > since)).scalar_one())


def daily_left(conn: Connection, account: SmtpAccount, now: datetime) -> int:
    """Messages the account may still send in the 24 hours up to `now`."""
    return max(account.per_day - sent_since(conn, now - DAY), 0)


def daily_limit_frees_at(conn: Connection, now: datetime) -> datetime:
    """When the oldest message of the last 24 hours drops out of the count: sending can go on."""
    o = _outbox.c
    oldest: datetime | None = conn.execute(
        select(func.min(o.sent_at)).where(o.sent_at > now - DAY)
    ).scalar()
    if oldest is None:
        return now
    if oldest.tzinfo is None and now.tzinfo is not None:
        oldest = oldest.replace(tzinfo=now.tzinfo)  # SQLite hands back naive UTC
    return max(oldest + DAY, now)


def recently_written(
    conn: Connection, customer_ids: Sequence[int], now: datetime, min_days_between: int
) -> dict[int, datetime]:
    """Which of these customers got a message within `min_days_between` days, and when the
    last one went out: the customers a new campaign leaves out unless the owner insists."""
    o = _outbox.c
    since = now - timedelta(days=min_days_between)
    found: dict[int, datetime] = {}
    for chunk in chunks(list(dict.fromkeys(customer_ids))):
        rows = conn.execute(
            select(o.customer_id, func.max(o.sent_at))
            .where(o.customer_id.in_(chunk), o.sent_at > since)
            .group_by(o.customer_id)
        )
        found.update({customer_id: when for customer_id, when in rows})
    return found
