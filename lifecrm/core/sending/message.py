"""The message as it goes out: text and HTML parts, the stable Message-ID made when it was
queued, replies to the owner, and a List-Unsubscribe the owner's mailbox can recognise."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from urllib.parse import quote

from lifecrm.core.mail_headers import set_address
from lifecrm.core.sending.account import SmtpAccount
from lifecrm.core.sending.smtp import WIRE

UNSUBSCRIBE_SUBJECT = "unsubscribe"  # replies with this subject are opt-outs


def new_message_id(account_address: str) -> str:
    return make_msgid(idstring="lifecrm", domain=account_address.rpartition("@")[2] or "lifecrm")


def build(
    account: SmtpAccount,
    *,
    to_name: str,
    to_email: str,
    subject: str,
    text: str,
    html: str,
    message_id: str,
    date: datetime | None = None,
    dated: bool = True,
) -> EmailMessage:
    """No name or subject can add a header or a recipient: the subject goes through the
    standard library's header object, the addresses through `mail_headers` (names encoded)."""
    message = EmailMessage(policy=WIRE)
    set_address(message, "From", account.from_name, account.from_address)
    set_address(message, "To", to_name, to_email)
    message["Reply-To"] = account.from_address
    message["Subject"] = " ".join(subject.split())
    if dated:
        message["Date"] = format_datetime(date or datetime.now(UTC))
    message["Message-ID"] = message_id
    token = message_id.strip("<>").partition("@")[0]
    mailto = f"mailto:{account.from_address}?subject={quote(f'{UNSUBSCRIBE_SUBJECT} {token}')}"
    links = [f"<{mailto}>"]
    if account.unsubscribe_url.startswith("https://"):
        links.append(f"<{account.unsubscribe_url}>")
        message["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    message["List-Unsubscribe"] = ", ".join(links)
    message.set_content(text, charset="utf-8")
    message.add_alternative(html, subtype="html", charset="utf-8")
    return message


def wire(message: EmailMessage) -> str:
    """The message as the server receives it (7-bit text), built once when queued."""
    return message.as_bytes().decode("ascii")


def dated(raw: str, when: datetime) -> bytes:
    """The queued message with its Date: the moment it is actually sent."""
    return f"Date: {format_datetime(when)}\r\n{raw}".encode("ascii")
