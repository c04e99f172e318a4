"""A customer's name cannot redirect a message: read back as a mail program reads it, the To
header of an outbox message and of an .eml draft holds the customer's address and nothing else,
and the name comes back exactly as the shop knows it."""

from __future__ import annotations

from datetime import UTC, datetime
from email.header import decode_header, make_header
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import default

import pytest

from lifecrm.core.drafting.drafts import Draft
from lifecrm.core.drafting.eml import write_eml_files
from lifecrm.core.sending import message as outgoing
from lifecrm.core.sending.account import Security, SmtpAccount

TO = "enc@example.com"
SENT = datetime(2026, 1, 2, 3, 4, tzinfo=UTC)
HOSTILE = [
    "=?utf-8?q?Bcc=3A_x=40evil=2Etest?=",  # an encoded word that decodes to an address
    "=?utf-8?b?eEBldmlsLnRlc3Q=?=",  # base64: x@evil.test
    "Anna =?iso-8859-1?q?x=40evil=2Etest?= Kovács",  # one inside a longer name
    '"=?utf-8?q?x=40evil=2Etest?="',  # quoted, which some readers decode anyway
    "x@evil.test",
    "Boss <x@evil.test>",
    "Boss <x@evil.test>, other@evil.test",
    "undisclosed: x@evil.test;",  # a group
    "a: b;",
    "Anna (x@evil.test) Smith",  # a comment
    'Eve "the boss" \\"x@evil.test\\"',
    "Eve\r\nBcc: x@evil.test",
    "Eve\nTo: x@evil.test",
    "Иванов Иван Иванович " * 6,  # long enough to fold
    "Anna " + "Ж" * 80 + " Kovács",  # a word too long for one encoded word
    "Tóth Gergő",
    "Anna Smith",
    "Anna Maria Smith-Jones " * 5,  # plain, but too long for one line
]


def parsed(raw: bytes) -> EmailMessage:
    message = BytesParser(policy=default).parsebytes(raw)
    assert isinstance(message, EmailMessage)
    return message


def shown(message: EmailMessage, header: str) -> str:
    """The name as a mail program shows it (RFC 2047: the folding between encoded words goes)."""
    raw = dict(message.raw_items())[header]
    return str(make_header(decode_header(raw.rpartition("<")[0].strip())))


def assert_only_the_customer(message: EmailMessage, name: str) -> None:
    (address,) = message["To"].addresses
    assert address.addr_spec == TO
    # Python's reader keeps the folding between encoded words as spaces; letters all there.
    assert address.display_name.replace(" ", "") == "".join(name.split())
    assert shown(message, "To") == " ".join(name.split())
    assert message["Bcc"] is None and message["Cc"] is None


@pytest.mark.parametrize("name", HOSTILE)
def test_an_outbox_message_goes_to_the_customer_alone_whatever_their_name(name: str) -> None:
    account = SmtpAccount(
        "smtp.shop.example", 587, Security.STARTTLS, "anna", "anna@shop.example", name
    )
    built = outgoing.build(
        account, to_name=name, to_email=TO, subject="Hi", text="Hello\n", html="<p>Hello</p>",
        message_id=outgoing.new_message_id("anna@shop.example"),
    )  # fmt: skip
    message = parsed(outgoing.dated(outgoing.wire(built), SENT))

    assert_only_the_customer(message, name)
    (sender,) = message["From"].addresses
    assert sender.addr_spec == "anna@shop.example"
    assert shown(message, "From") == " ".join(name.split())


@pytest.mark.parametrize("name", HOSTILE)
def test_an_eml_draft_goes_to_the_customer_alone_whatever_their_name(tmp_path, name) -> None:
    draft = Draft(1, name, TO, "en", subject="Hi", text="Hello\n", html="<p>Hello</p>")
    (path,) = write_eml_files([draft], tmp_path, "anna@shop.example", name)
    message = parsed(path.read_bytes())

    assert_only_the_customer(message, name)
    assert [a.addr_spec for a in message["From"].addresses] == ["anna@shop.example"]


def test_every_header_line_stays_within_the_limit_so_nothing_is_refolded() -> None:
    account = SmtpAccount("smtp.shop.example", 587, Security.STARTTLS, "a", "anna@shop.example")
    built = outgoing.build(
        account, to_name="Гергő " * 40, to_email=TO, subject="Hi", text="x\n", html="<p>x</p>",
        message_id="<1@shop.example>", dated=False,
    )  # fmt: skip
    head = outgoing.wire(built).split("\r\n\r\n")[0]
    assert max(len(line) for line in head.split("\r\n")) <= 78
