"""The test message: log in and send one message to the owner's own address, so the owner knows
the account works before a campaign depends on it."""

from __future__ import annotations

import ssl

from lifecrm.core.sending import smtp
from lifecrm.core.sending.account import SmtpAccount
from lifecrm.core.sending.message import build, new_message_id

SUBJECT = "LifeCRM test message"
TEXT = "This is a test from LifeCRM: your messages will go out through this account.\n"


def send_test_message(
    account: SmtpAccount, password: str | None, *, context: ssl.SSLContext | None = None
) -> None:
    """Raises smtp.SendFailure with a plain-words message and the server's reply."""
    server = smtp.connect(account, password, context=context)
    try:
        message = build(
            account, to_name=account.from_name, to_email=account.from_address, subject=SUBJECT,
            text=TEXT, html=f"<p>{TEXT.strip()}</p>",
            message_id=new_message_id(account.from_address),
        )  # fmt: skip
        smtp.send(server, message, account.from_address, account.from_address)
    finally:
        smtp.close(server)
