"""Small questions the sending screens ask before and after a batch, answered from the outbox.

Kept apart from `outbox.py` (the state machine) because these only read: how many may still go
out today, who would be skipped for having been written to lately, when sending can go on.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import Connection, func, select

from lifecrm.core.sending import outbox
from lifecrm.core.sending.account import SmtpAccount
from lifecrm.core.sending.outbox import State
from lifecrm.core.storage.batches import chunks
from lifecrm.core.storage.models import OutboxMessage, table

_outbox = table(OutboxMessage)
DAY = timedelta(days=1)


def daily_left(conn: Connection, account: SmtpAccount, now: datetime) -> int:
    """Messages the account may still send in the 24 hours up to `now`, as `send_queued` counts."""
    return max(account.per_day - outbox.sent_since(conn, now - DAY), 0)


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


def next_retry_at(conn: Connection, campaign_id: int | None, now: datetime) -> datetime | None:
    """When the next queued entry is due: now for a fresh one, else the earliest retry; None
    when nothing is queued."""
    o = _outbox.c
    query = select(func.count(), func.count(o.next_attempt_at), func.min(o.next_attempt_at))
    query = query.where(o.state == State.QUEUED)
    if campaign_id is not None:
        query = query.where(o.campaign_id == campaign_id)
    queued, waiting, found = conn.execute(query).one()
    when: datetime | None = found
    if queued == 0:
        return None
    if queued > waiting or when is None:
        return now
    if when.tzinfo is None and now.tzinfo is not None:
        when = when.replace(tzinfo=now.tzinfo)
    return max(when, now)


def recently_written(
    conn: Connection, customer_ids: Sequence[int], now: datetime, min_days_between: int
) -> int:
    """How many of these customers `create_campaign` would skip for a message within N days."""
    o = _outbox.c
    since = now - timedelta(days=min_days_between)
    found: set[int] = set()
    ids = list(dict.fromkeys(customer_ids))
    for chunk in chunks(ids):
        rows = conn.execute(
            select(o.customer_id).where(o.customer_id.in_(chunk), o.sent_at > since).distinct()
        )
        found.update(customer_id for (customer_id,) in rows)
    return len(found)


def keyring_available() -> bool:
    """False when keyring fell back to its "fail" backend (no desktop session, no store)."""
    import keyring
    from keyring.backends import fail

    return not isinstance(keyring.get_keyring(), fail.Keyring)
