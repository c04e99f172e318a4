"""The owner's sending account: server settings in the database, the password only in the OS
password store. With none (or only a file-backed keyring) the password is asked for at send time
and never stored anywhere."""

from __future__ import annotations

import ipaddress
from dataclasses import asdict, dataclass, fields
from enum import StrEnum

import keyring
from keyring.backend import KeyringBackend
from keyring.backends import fail, null
from keyring.backends.chainer import ChainerBackend
from keyring.errors import KeyringError, NoKeyringError
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


# keyring also offers backends that keep nothing (`fail`, `null`) and, once keyrings.alt is
# installed, prefers file backends: its PlaintextKeyring is base64 in a file anyone with the
# owner's files can read back, and its EncryptedKeyring asks a terminal for its key (there is none
# in the window or a scheduler) and stretches it with only 1,000 PBKDF2 rounds. None of them is a
# password store; with them the password is asked at send time, exactly as with no keyring.
_REFUSED_PACKAGES = ("keyrings.alt",)
_REFUSED_BACKENDS: tuple[type[KeyringBackend], ...] = (fail.Keyring, null.Keyring)


def _safe(backend: KeyringBackend) -> bool:
    if isinstance(backend, _REFUSED_BACKENDS):
        return False
    modules = {cls.__module__ for cls in type(backend).__mro__}
    return not any(m == p or m.startswith(p + ".") for m in modules for p in _REFUSED_PACKAGES)


def password_store() -> KeyringBackend | None:
    """The keyring backend the password may be kept in, or None when there is no safe one.

    keyring's chainer stands for every backend it found: only its safe ones are used.
    """
    chosen = keyring.get_keyring()
    chained = chosen.backends if isinstance(chosen, ChainerBackend) else [chosen]
    return next((backend for backend in chained if _safe(backend)), None)


def keyring_available() -> bool:
    """False when the computer has no password store LifeCRM may keep a password in."""
    return password_store() is not None


def store_password(account: SmtpAccount, password: str) -> None:
    store = password_store()
    try:
        if store is None:
            raise NoKeyringError()
        store.set_password(KEYRING_SERVICE, account.keyring_user, password)
    except KeyringError as exc:
        raise NoKeyring(
            N_(
                "This computer has no safe password store (keyring) LifeCRM can use, so the "
                "password is not saved; you will be asked for it each time you send."
            )
        ) from exc


def stored_password(account: SmtpAccount) -> str | None:
    """The password from the password store, or None when there is none (or no store at all)."""
    store = password_store()
    if store is None:
        return None
    try:
        return store.get_password(KEYRING_SERVICE, account.keyring_user)
    except KeyringError:
        return None


def forget_password(account: SmtpAccount) -> None:
    store = password_store()
    if store is None:
        return
    try:
        store.delete_password(KEYRING_SERVICE, account.keyring_user)
    except KeyringError:  # PasswordDeleteError among them: nothing was stored
        pass
