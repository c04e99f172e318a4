"""The outbox: campaigns become one entry per recipient, and each entry's state is recorded
before and after every step, so a crash never sends twice and never forgets a message."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection, func, insert, select, update

from lifecrm.core.drafting.drafts import UNKNOWN, Draft
from lifecrm.core.sending.account import SmtpAccount
from lifecrm.core.sending.limits import recently_written
from lifecrm.core.sending.message import build, new_message_id, wire
from lifecrm.core.storage.batches import chunks
from lifecrm.core.storage.models import Campaign, CustomerStats, OutboxMessage, table

_campaigns = table(Campaign)
_outbox = table(OutboxMessage)
_stats = table(CustomerStats)


class State(StrEnum):
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    SKIPPED = "skipped"
    UNCERTAIN = "uncertain"  # handed to the server, but the answer was never recorded


RECENTLY = "written to {days} days ago (within {limit} days)"


@dataclass
class CampaignResult:
    campaign: int
    recipients: int
    skipped: list[dict[str, Any]] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {"campaign": self.campaign, "recipients": self.recipients, "skipped": self.skipped}


def create_campaign(
    conn: Connection,
    drafts: Sequence[Draft],
    *,
    name: str,
    template_key: str,
    audience: str,
    account: SmtpAccount,
    now: datetime,
    min_days_between: int = 14,
    insist: bool = False,
) -> CampaignResult:
    """Queues every ready draft as it stands (hand edits included) in one transaction.

    A customer written to by another campaign within `min_days_between` days is skipped,
    unless the owner insists; drafts skipped while drafting stay skipped, with their reason.
    Each message is built now, once (the send loop only adds its Date).
    """
    campaign = conn.execute(
        insert(_campaigns).values(
            name=name, template_key=template_key, audience=audience, created_at=now
        )
    ).inserted_primary_key
    assert campaign is not None
    campaign_id = int(campaign[0])
    ready_ids = [d.customer_id for d in drafts if not d.skipped]
    recent = {} if insist else recently_written(conn, ready_ids, now, min_days_between)
    rows: list[dict[str, Any]] = []
    skipped: list[dict[str, Any]] = []
    seen: set[int] = set()
    for draft in drafts:
        if draft.customer_id in seen:
            continue
        seen.add(draft.customer_id)
        reason = draft.skipped
        if reason is None and draft.customer_id in recent:
            days = (now - recent[draft.customer_id]).days
            reason = RECENTLY.format(days=days, limit=min_days_between)
        if draft.skipped == UNKNOWN:  # nobody to keep an outbox entry for
            skipped.append({"customer": draft.customer_id, "reason": reason})
            continue
        message_id = new_message_id(account.from_address)
        raw = None
        if not reason:
            raw = wire(build(account, to_name=draft.name, to_email=draft.email or "",
                             subject=draft.subject, text=draft.text, html=draft.html,
                             message_id=message_id, dated=False))  # fmt: skip
        rows.append(
            {
                "campaign_id": campaign_id,
                "customer_id": draft.customer_id,
                "email": draft.email or "",
                "name": draft.name,
                "language": draft.language,
                "subject": draft.subject,
                "text": draft.text,
                "html": draft.html,
                "raw": raw,
                "raw_sender": account.from_address if raw else None,
                "message_id": message_id,
                "state": str(State.SKIPPED if reason else State.QUEUED),
                "last_error": reason or "",
                "queued_at": now,
            }
        )
        if reason:
            skipped.append({"customer": draft.customer_id, "reason": reason})
    if rows:
        conn.execute(insert(_outbox), rows)
    return CampaignResult(campaign_id, len(rows) - len(skipped), skipped)


def counts(conn: Connection, campaign_id: int | None = None) -> dict[str, int]:
    """Entries per state; every state present."""
    o = _outbox.c
    query = select(o.state, func.count()).group_by(o.state)
    if campaign_id is not None:
        query = query.where(o.campaign_id == campaign_id)
    found = {state: n for state, n in conn.execute(query)}
    return {str(state): found.get(str(state), 0) for state in State}


def recover(conn: Connection) -> int:
    """Entries left 'sending' by a run that died: the server may have them. Not guessed."""
    o = _outbox.c
    result = conn.execute(
        update(_outbox).where(o.state == State.SENDING).values(state=State.UNCERTAIN)
    )
    return int(result.rowcount or 0)


def resolve_uncertain(conn: Connection, entry_ids: Sequence[int], *, send_again: bool) -> int:
    """The owner's decision for 'may have been sent' entries: queue them again, or drop them."""
    o = _outbox.c
    values: dict[str, Any] = (
        {"state": State.QUEUED, "next_attempt_at": None}
        if send_again
        else {"state": State.SKIPPED, "last_error": "dropped by the owner (may have been sent)"}
    )
    result = conn.execute(
        update(_outbox)
        .where(o.id.in_(list(entry_ids)), o.state == State.UNCERTAIN)
        .values(**values)
    )
    return int(result.rowcount or 0)


def retry_failed(conn: Connection, campaign_id: int | None = None) -> int:
    o = _outbox.c
    query = update(_outbox).where(o.state == State.FAILED)
    if campaign_id is not None:
        query = query.where(o.campaign_id == campaign_id)
    result = conn.execute(query.values(state=State.QUEUED, attempts=0, next_attempt_at=None))
    return int(result.rowcount or 0)


def next_due(conn: Connection, now: datetime, campaign_id: int | None) -> Any | None:
    o = _outbox.c
    query = (
        select(_outbox)
        .where(o.state == State.QUEUED)
        .where((o.next_attempt_at.is_(None)) | (o.next_attempt_at <= now))
        .order_by(o.id)
        .limit(1)
    )
    if campaign_id is not None:
        query = query.where(o.campaign_id == campaign_id)
    return conn.execute(query).first()


def waiting(conn: Connection, campaign_id: int | None) -> int:
    """Entries still to send (now or after a retry pause)."""
    o = _outbox.c
    query = select(func.count()).where(o.state == State.QUEUED)
    if campaign_id is not None:
        query = query.where(o.campaign_id == campaign_id)
    return int(conn.execute(query).scalar_one())


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
        when = when.replace(tzinfo=now.tzinfo)  # SQLite hands back naive UTC
    return max(when, now)


def audience_for(conn: Connection, customer_ids: Sequence[int]) -> str:
    """ "stage:<stage>" when every recipient is in one stage, else "customers:<how many>"."""
    ids = list(dict.fromkeys(customer_ids))
    stages: set[str] = set()
    for chunk in chunks(ids):
        rows = conn.execute(select(_stats.c.stage).where(_stats.c.customer_id.in_(chunk)))
        stages.update(str(stage) for (stage,) in rows)
        if len(stages) > 1:
            break
    if len(stages) == 1 and ids:
        return f"stage:{stages.pop()}"
    return f"customers:{len(ids)}"


@dataclass(frozen=True)
class CampaignSummary:
    id: int
    name: str
    template_key: str
    audience: str
    created_at: datetime
    counts: dict[str, int]


def list_campaigns(conn: Connection, limit: int = 200) -> list[CampaignSummary]:
    """Newest first, each with its entries per state."""
    c, o = _campaigns.c, _outbox.c
    per_state: dict[int, dict[str, int]] = {}
    for campaign_id, state, n in conn.execute(
        select(o.campaign_id, o.state, func.count()).group_by(o.campaign_id, o.state)
    ):
        per_state.setdefault(campaign_id, {})[state] = n
    rows = conn.execute(select(_campaigns).order_by(c.id.desc()).limit(limit))
    return [
        CampaignSummary(
            r.id, r.name, r.template_key, r.audience, r.created_at,
            {str(s): per_state.get(r.id, {}).get(str(s), 0) for s in State},
        )
        for r in rows
    ]  # fmt: skip


@dataclass(frozen=True)
class Entry:
    id: int
    campaign_id: int
    customer_id: int
    name: str
    email: str
    subject: str
    state: str
    attempts: int
    last_error: str  # the reason it failed, was skipped or waits
    next_attempt_at: datetime | None
    sent_at: datetime | None


def entries(
    conn: Connection, campaign_id: int | None = None, states: Sequence[str] | None = None
) -> list[Entry]:
    """The outbox's entries (oldest first), for the outbox view and 'may have been sent'."""
    o = _outbox.c
    query = select(
        o.id, o.campaign_id, o.customer_id, o.name, o.email, o.subject, o.state, o.attempts,
        o.last_error, o.next_attempt_at, o.sent_at,
    ).order_by(o.id)  # fmt: skip
    if campaign_id is not None:
        query = query.where(o.campaign_id == campaign_id)
    if states:
        query = query.where(o.state.in_(list(states)))
    return [Entry(*row) for row in conn.execute(query)]
