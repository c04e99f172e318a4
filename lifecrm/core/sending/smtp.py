"""Talking to the owner's mail server, and explaining in plain words what went wrong.

Every failure becomes a `SendFailure` saying what it means for the batch: `stop` (the login
or the sender is refused: nothing more can be sent), `permanent` (this recipient will never
be accepted), or temporary (try again later). The server's own reply is kept as `detail`.
"""

from __future__ import annotations

import base64
import smtplib
import socket
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import SMTP

from lifecrm.core.i18n import N_
from lifecrm.core.sending.account import Security, SmtpAccount
from lifecrm.core.sending.providers import provider_for

TIMEOUT = 30.0
# Every part 7-bit (quoted-printable or base64): any server takes it, no 8BITMIME needed.
WIRE = SMTP.clone(cte_type="7bit")


@dataclass
class SendFailure(Exception):
    message: str  # for the owner
    detail: str = ""  # the server's reply or the system's error
    permanent: bool = False
    stop: bool = False  # no use going on with the batch
    uncertain: bool = False  # the server may have accepted the message

    def __str__(self) -> str:
        return self.message


def _reply(code: int, text: bytes | str) -> str:
    body = text.decode(errors="replace") if isinstance(text, bytes) else text
    return f"{code} {body}".strip()


def _login_failure(account: SmtpAccount, exc: smtplib.SMTPAuthenticationError) -> SendFailure:
    detail = _reply(exc.smtp_code, exc.smtp_error)
    lowered = detail.lower()
    provider = provider_for(account.from_address) or provider_for(account.user)
    if "basic authentication is disabled" in lowered or (provider and provider.passwords_refused):
        message = N_(
            "The server no longer accepts passwords from mail programs (it wants OAuth2 "
            "sign-in); send through another mailbox or your own domain's mail server."
        )
    elif (
        "application-specific password" in lowered
        or "app password" in lowered
        or (provider and "app password" in provider.hint.lower())
    ):
        message = (
            N_(
                "The server refused the password; it needs an app password. {hint}",
                hint=provider.hint,
            )
            if provider
            else N_("The server refused the password; it needs an app password.")
        )
    else:
        message = N_("The server refused the user name or password; check both and try again.")
    return SendFailure(message, detail, stop=True)


def connect(
    account: SmtpAccount, password: str | None, *, context: ssl.SSLContext | None = None
) -> smtplib.SMTP:
    """A logged-in connection, or a SendFailure that says what to fix (and nothing left open)."""
    context = context or ssl.create_default_context()
    server: smtplib.SMTP | None = None
    try:
        if account.security == Security.SSL:
            server = smtplib.SMTP_SSL(account.host, account.port, timeout=TIMEOUT, context=context)
        else:
            server = smtplib.SMTP(account.host, account.port, timeout=TIMEOUT)
        server.ehlo()
        if account.security == Security.STARTTLS:
            if not server.has_extn("starttls"):
                raise SendFailure(
                    N_("The server does not offer STARTTLS encryption; choose SSL/TLS (port 465)."),
                    stop=True,
                )
            server.starttls(context=context)
            server.ehlo()
        if password is not None and account.user:
            login(server, account.user, password)
    except Exception as exc:
        if server is not None:
            server.close()
        raise _explain(account, exc) from None
    return server


def login(server: smtplib.SMTP, user: str, password: str) -> None:
    """Signs in with the user name and password as UTF-8: AUTH PLAIN (RFC 4616), else LOGIN.

    smtplib's own login() encodes them as ASCII and raises UnicodeEncodeError for a password
    with á, ő, þ or č in it. A server offering neither mechanism is left to login() (CRAM-MD5).
    """
    offered = server.esmtp_features.get("auth", "").upper().split()
    if "PLAIN" in offered:
        code, reply = server.docmd("AUTH", "PLAIN " + _b64(f"\0{user}\0{password}"))
    elif "LOGIN" in offered:
        code, reply = server.docmd("AUTH", "LOGIN")
        for answer in (user, password):
            if code != 334:
                break
            code, reply = server.docmd(_b64(answer))
    else:
        server.login(user, password)
        return
    if code == 235:
        return
    if 500 <= code < 600:
        raise smtplib.SMTPAuthenticationError(code, reply)
    raise smtplib.SMTPResponseException(code, reply)


def _b64(text: str) -> str:
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


def _explain(account: SmtpAccount, exc: Exception) -> SendFailure:
    """What a failure to connect or log in means for the owner."""
    if isinstance(exc, SendFailure):
        return exc
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return _login_failure(account, exc)
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        message = N_(
            "The server does not allow signing in on this connection; check the security "
            "setting (STARTTLS or SSL/TLS)."
        )
    elif isinstance(exc, ssl.SSLCertVerificationError):
        message = N_(
            "The server's certificate is not trusted ({reason}); check the server name, or "
            "ask your provider which name to use.",
            reason=exc.verify_message,
        )
    elif isinstance(exc, socket.gaierror):
        message = N_(
            "The mail server {host} was not found; check its name and your internet connection.",
            host=account.host,
        )
    elif isinstance(exc, ConnectionRefusedError | TimeoutError):
        message = N_(
            "Could not reach {host} on port {port}; the port may be blocked by your network, "
            "or the server may use another one (587 or 465).",
            host=account.host,
            port=account.port,
        )
    elif isinstance(exc, smtplib.SMTPException | ssl.SSLError | OSError):
        message = N_("The connection to {host} failed; try again in a moment.", host=account.host)
    else:
        raise exc
    return SendFailure(message, str(exc), stop=True)


def _recipient_failure(code: int, text: bytes | str) -> SendFailure:
    detail = _reply(code, text)
    if 500 <= code < 600:
        return SendFailure(N_("The server refused this address."), detail, permanent=True)
    return SendFailure(N_("The server asked to try this one again later."), detail)


def send(server: smtplib.SMTP, message: EmailMessage | bytes, sender: str, recipient: str) -> None:
    """Hands one message to the server; raises SendFailure.

    The steps are taken one by one so that a failure before the message's last line is known
    to be unsent (safe to retry), and one while waiting for the final answer is `uncertain`:
    the server may have accepted it, and sending again could make a duplicate.
    """
    try:
        code, text = server.mail(sender)
        if code != 250:
            if 500 <= code < 600:
                raise SendFailure(N_("The server refused the sender address."), _reply(code, text),
                                  stop=True)  # fmt: skip
            raise SendFailure(N_("The server is busy; trying again later."), _reply(code, text))
        code, text = server.rcpt(recipient)
        if code not in (250, 251):
            server.rset()
            raise _recipient_failure(code, text)
        code, text = server.docmd("DATA")
        if code != 354:
            server.rset()
            raise _recipient_failure(code, text)
        raw = message if isinstance(message, bytes) else message.as_bytes(policy=WIRE)
        data = smtplib.quotedata(raw.decode("ascii"))
        server.send((data if data.endswith("\r\n") else data + "\r\n").encode("ascii") + b".\r\n")
    except SendFailure:
        raise
    except (smtplib.SMTPServerDisconnected, OSError) as exc:
        raise SendFailure(N_("The connection dropped; trying again."), str(exc)) from None
    try:
        code, text = server.getreply()
    except (smtplib.SMTPServerDisconnected, OSError) as exc:
        raise SendFailure(
            N_("The connection dropped just as the server was answering: the message may have "
               "been sent."), str(exc), uncertain=True
        ) from None  # fmt: skip
    if code != 250:
        raise _recipient_failure(code, text)


def close(server: smtplib.SMTP) -> None:
    try:
        server.quit()
    except (smtplib.SMTPException, OSError):
        server.close()
