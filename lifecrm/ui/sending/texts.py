"""Words the sending screens share: an outbox entry's state, an audience, a moment in time.

Core keeps states and audiences as short codes ("failed", "stage:lost"); here they become
sentences in the owner's language, with the server's reply where it explains something.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime

from babel.dates import format_datetime, format_time
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from lifecrm.core.drafting.drafts import NO_EMAIL, OPTED_OUT
from lifecrm.core.lifecycle import Stage
from lifecrm.core.sending.account import Security
from lifecrm.core.sending.outbox import Entry, State
from lifecrm.ui.formatting import display_locale
from lifecrm.ui.stage_texts import stage_label

_CONTEXT = "Sending"

SECURITY_LABELS: dict[Security, str] = {
    Security.STARTTLS: QT_TRANSLATE_NOOP("Sending", "STARTTLS (usually port 587)"),
    Security.SSL: QT_TRANSLATE_NOOP("Sending", "SSL/TLS (usually port 465)"),
    Security.NONE: QT_TRANSLATE_NOOP("Sending", "None (only for this computer)"),
}

_SKIP_REASONS: dict[str, str] = {
    OPTED_OUT: QT_TRANSLATE_NOOP("Sending", "opted out"),
    NO_EMAIL: QT_TRANSLATE_NOOP("Sending", "no e-mail address"),
    "dropped by the owner (may have been sent)": QT_TRANSLATE_NOOP(
        "Sending", "you chose not to send it again"
    ),
}


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(_CONTEXT, text, "", n)


def local(moment: datetime) -> datetime:
    """SQLite hands back naive UTC; the owner reads their own clock."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone()


def clock_time(moment: datetime) -> str:
    """ "14:20" """
    return str(format_time(local(moment), format="short", locale=display_locale()))


def day_and_time(moment: datetime) -> str:
    """ "1 Dec 14:02" (the year is left out: the outbox is about the last few weeks)."""
    return str(format_datetime(local(moment), "d MMM HH:mm", locale=display_locale()))


def when_text(moment: datetime, now: datetime) -> str:
    """ "at 14:20" today, "on 2 Dec at 09:15" another day."""
    if local(moment).date() == local(now).date():
        return tr("at %1").replace("%1", clock_time(moment))
    return tr("on %1").replace("%1", day_and_time(moment))


def _server_said(last_error: str) -> str:
    """The server's reply from core's "message (reply)" note, else the whole note."""
    if last_error.endswith(")") and " (" in last_error:
        return last_error[last_error.index(" (") + 2 : -1]
    return last_error


def state_text(entry: Entry, now: datetime) -> str:
    """What happened to one message, in a sentence the owner can act on."""
    state = entry.state
    if state == State.SENT and entry.sent_at is not None:
        return tr("Sent %1").replace("%1", day_and_time(entry.sent_at))
    if state == State.QUEUED and entry.next_attempt_at is not None:
        text = tr("Will try again %1").replace("%1", when_text(entry.next_attempt_at, now))
        if entry.last_error:
            text += " " + tr("(the server said: %1)").replace("%1", _server_said(entry.last_error))
        return text
    if state == State.QUEUED:
        return tr("Waiting to be sent")
    if state == State.SENDING:
        return tr("Being sent")
    if state == State.FAILED:
        return tr("Refused: %1").replace("%1", _server_said(entry.last_error))
    if state == State.SKIPPED:
        reason = entry.last_error
        if reason in _SKIP_REASONS:
            reason = tr(_SKIP_REASONS[reason])
        elif reason.startswith("written to "):
            reason = tr("written to lately")
        return tr("Skipped: %1").replace("%1", reason)
    if state == State.UNCERTAIN:
        return tr("May have been sent")
    return state


def audience_text(audience: str) -> str:
    """ "Passive", "Segment “Birthday this month”", "12 chosen customers"."""
    kind, _, value = audience.partition(":")
    if kind == "stage":
        try:
            return stage_label(Stage(value))
        except ValueError:
            return value
    if kind == "segment":
        return tr("Segment “%1”").replace("%1", value)
    if kind == "customers" and value.isdigit():
        return tr("%n chosen customer(s)", int(value))
    return audience


def security_label(security: Security) -> str:
    return tr(SECURITY_LABELS[security])


def time_left(remaining: int, per_minute: float) -> str:
    """ "about 10 minutes at 20 a minute": how long the rest takes at the pace it goes out."""
    if remaining <= 0 or per_minute <= 0:
        return ""
    pace = str(max(round(per_minute), 1))
    minutes = math.ceil(remaining / per_minute)
    if minutes <= 1:
        text = tr("less than a minute at %1 a minute")
    elif minutes < 90:
        text = tr("about %n minute(s) at %1 a minute", minutes)
    else:
        text = tr("about %n hour(s) at %1 a minute", round(minutes / 60))
    return text.replace("%1", pace)


def campaign_name(template: str, audience: str) -> str:
    """ "Birthday greeting → Passive": the template and who it went to, in the owner's words."""
    return tr("%1 → %2").replace("%1", template).replace("%2", audience_text(audience))
