"""The owner's sending account: server settings in the database, the password only in the OS
keyring. With no keyring the password is asked for at send time and never stored anywhere."""

from __future__ import annotations

import ipaddress
from dataclasses import asdict, dataclass, fields
from enum import StrEnum

import keyring
from keyring.errors import KeyringError, NoKeyringError, PasswordDeleteError
from sqlalchemy import Connection

from lifecrm.core import settings
from lifecrm.core.errors import UserError
from lifecrm.core.i18n import N_

_KEY = "smtp_account"
KEYRING_SERVICE = "LifeCRM SMTP"


class Security(StrEnum):
    STARTTLS = "starttls"
    SSL = "ssl"
    NONE = "none"


class BadAccount(UserError):
    code = "bad_account"


class NoKeyring(UserError):
    code = "no_keyring"


@dataclass(frozen=True)
class SmtpAccount:
    host: str
    port: int
    security: Security
    user: str
    from_address: str
    from_name: str = ""
    per_minute: int = 20  # messages a minute, to stay a person, not a spammer, to the server
    per_day: int = 300  # the provider's daily limit, or a careful default
    unsubscribe_url: str = ""  # a one-click opt-out address, when the owner has one
    min_days_between: int = 14  # no customer gets two campaign messages within this many days

    @property
    def keyring_user(self) -> str:
        return f"{self.user}@{self.host}:{self.port}"

    def validate(self) -> SmtpAccount:
        if not self.host or " " in self.host:
            raise BadAccount(N_("Give the mail server's name, for example smtp.gmail.com."))
        if not 0 < self.port < 65536:
            raise BadAccount(
                N_("{port} is not a port number (587, 465 or 25 are usual).", port=self.port)
            )
        if "@" not in self.from_address:
            raise BadAccount(
                N_(
                    "'{from_address}' is not an e-mail address to send from.",
                    from_address=self.from_address,
                )
            )
        if self.security == Security.NONE and not is_loopback(self.host):
            raise BadAccount(
                N_(
                    "Sending without encryption is only allowed to this computer itself; "
                    "choose STARTTLS or SSL/TLS for a mail server on the internet."
                )
            )
        if self.per_minute < 1 or self.per_day < 1:
            raise BadAccount(N_("The sending limits must be at least 1."))
        return self


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def load_account(conn: Connection) -> SmtpAccount | None:
    stored = settings.get(conn, _KEY)
    if not stored:
        return None
    known = {f.name for f in fields(SmtpAccount)}
    values = {k: v for k, v in stored.items() if k in known}
    values["security"] = Security(values["security"])
    return SmtpAccount(**values)


def save_account(conn: Connection, account: SmtpAccount) -> None:
    values = asdict(account.validate())
    values["security"] = str(account.security)
    settings.put(conn, _KEY, values)


def store_password(account: SmtpAccount, password: str) -> None:
    try:
        keyring.set_password(KEYRING_SERVICE, account.keyring_user, password)
    except (NoKeyringError, KeyringError) as exc:
        raise NoKeyring(
            N_(
                "This computer has no password store (keyring) LifeCRM can use, so the "
                "password is not saved; you will be asked for it each time you send."
            )
        ) from exc


def stored_password(account: SmtpAccount) -> str | None:
    """The password from the keyring, or None when there is none (or no keyring at all)."""
    try:
        return keyring.get_password(KEYRING_SERVICE, account.keyring_user)
    except (NoKeyringError, KeyringError):
        return None


def forget_password(account: SmtpAccount) -> None:
    try:
        keyring.delete_password(KEYRING_SERVICE, account.keyring_user)
    except (NoKeyringError, KeyringError, PasswordDeleteError):
        pass
