"""Drafts as RFC 5322 .eml files (UTF-8, text and HTML alternatives) that Thunderbird, Outlook
and Apple Mail open as a message ready to send from the owner's own mail program."""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Sequence
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formatdate, make_msgid
from pathlib import Path

from lifecrm.core.drafting.drafts import Draft
from lifecrm.core.errors import UserError
from lifecrm.core.i18n import N_
from lifecrm.core.jobs import NEVER_CANCEL, Cancel, Progress, check, no_progress
from lifecrm.core.mail_headers import set_address

PROGRESS_EVERY = 200  # files between progress reports and cancel checks
_UNSAFE = re.compile(r"[^\w.-]+")


class EmlFailed(UserError):
    code = "eml_failed"


def _set_address(message: EmailMessage, header: str, name: str, email: str) -> None:
    """An address header that no name can break; a draft with an unusable address keeps it
    as plain text for the owner to correct in their mail program."""
    try:
        set_address(message, header, name, email)
    except (ValueError, IndexError):
        message[header] = email


def build_message(draft: Draft, sender: str, sender_name: str = "") -> EmailMessage:
    message = EmailMessage(policy=SMTP)
    message["Subject"] = " ".join(draft.subject.split())
    if sender:
        _set_address(message, "From", sender_name, sender)
    else:
        message["From"] = ""
    _set_address(message, "To", draft.name, draft.email or "")
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain=sender.partition("@")[2] or "lifecrm.invalid")
    message["X-Unsent"] = "1"  # Outlook opens it as a draft to send
    message.set_content(draft.text, charset="utf-8")
    message.add_alternative(draft.html, subtype="html", charset="utf-8")
    return message


def file_name(draft: Draft) -> str:
    stem = _UNSAFE.sub("-", f"{draft.customer_id:06d}-{draft.name or draft.email or ''}").strip("-")
    return f"{stem[:80]}.eml"


def write_eml_files(
    drafts: Sequence[Draft],
    folder: Path,
    sender: str,
    sender_name: str = "",
    *,
    progress: Progress = no_progress,
    cancel: Cancel = NEVER_CANCEL,
) -> list[Path]:
    """Writes one file per draft that is not skipped; each appears whole or not at all.

    A cancel stops between two files (those written stay: each is a whole message)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise EmlFailed(
            N_("Cannot create the folder {folder}: {reason}.", folder=folder, reason=exc.strerror)
        ) from exc
    written = []
    for done, draft in enumerate(drafts):
        if done % PROGRESS_EVERY == 0:
            check(cancel)
            progress(done, len(drafts))
        if draft.skipped:
            continue
        data = build_message(draft, sender, sender_name).as_bytes()
        target = folder / file_name(draft)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".", suffix=".eml")
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, target)
        written.append(target)
    progress(len(drafts), len(drafts))
    return written
