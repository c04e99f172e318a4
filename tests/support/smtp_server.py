"""A real SMTP server on 127.0.0.1 (aiosmtpd) with STARTTLS and AUTH, for sending tests.

Chosen recipients can be answered with any reply code, and the connection can be dropped
while a message's data is being received.
"""

from __future__ import annotations

import socket
import ssl
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default
from typing import Any

import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

# Owners here use á, ő, þ, č in passwords: every sending test logs in with one.
USER, PASSWORD = "anna@shop.example", "jelszó-þórður-ščž"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Handler:
    received: list[EmailMessage] = field(default_factory=list)
    rcpt_replies: dict[str, str] = field(default_factory=dict)  # address -> "550 No such user"
    data_replies: dict[str, str] = field(default_factory=dict)
    drop_data_for: set[str] = field(default_factory=set)
    accept_then_drop: set[str] = field(default_factory=set)  # store it, then hang up
    mail_reply: str = ""  # e.g. "553 Sender address rejected": the sender itself refused
    logins: list[str] = field(default_factory=list)  # the AUTH mechanism of each sign-in

    async def handle_MAIL(self, server: Any, session: Any, envelope: Any, address: str,
                          mail_options: list[str]) -> str:  # fmt: skip
        if self.mail_reply:
            return self.mail_reply
        envelope.mail_from = address
        return "250 OK"

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str,
                          rcpt_options: list[str]) -> str:  # fmt: skip
        if address in self.rcpt_replies:
            return self.rcpt_replies[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        (rcpt,) = envelope.rcpt_tos
        if rcpt in self.drop_data_for:
            server.transport.close()
            return "421 closing"
        if rcpt in self.data_replies:
            return self.data_replies[rcpt]
        message = message_from_bytes(envelope.original_content, policy=default)
        assert isinstance(message, EmailMessage)
        self.received.append(message)
        if rcpt in self.accept_then_drop:
            server.transport.close()
        return "250 Message accepted"

    def to(self, address: str) -> list[EmailMessage]:
        return [m for m in self.received if m["To"].addresses[0].addr_spec == address]


def _authenticate(server: Any, session: Any, envelope: Any, mechanism: str,
                  auth_data: Any) -> AuthResult:  # fmt: skip
    server.event_handler.logins.append(mechanism)
    ok = (
        isinstance(auth_data, LoginPassword)
        and auth_data.login == USER.encode("utf-8")
        and auth_data.password == PASSWORD.encode("utf-8")
    )
    return AuthResult(success=ok, handled=False)


@dataclass
class Server:
    port: int
    handler: Handler
    client_context: ssl.SSLContext
    controller: Controller

    stopped: bool = False

    def stop(self) -> None:
        if not self.stopped:  # a test may have stopped it already
            self.stopped = True
            self.controller.stop()


def start(ca: trustme.CA, port: int | None = None, *, without: tuple[str, ...] = ()) -> Server:
    """STARTTLS required before AUTH (LOGIN and PLAIN, less the mechanisms `without`); the
    client trusts only our test CA."""
    cert = ca.issue_cert("127.0.0.1", "localhost")
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    cert.configure_cert(server_context)
    client_context = ssl.create_default_context()
    ca.configure_trust(client_context)
    handler = Handler()
    port = port or free_port()
    controller = Controller(
        handler, hostname="127.0.0.1", port=port, tls_context=server_context,
        require_starttls=True, authenticator=_authenticate, auth_require_tls=True,
        server_hostname="127.0.0.1", auth_exclude_mechanism=without,
    )  # fmt: skip
    controller.start()
    return Server(port, handler, client_context, controller)
