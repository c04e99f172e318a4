"""Mail providers our users have, with their server settings, daily limits and what to know.

Limits are the providers' published figures for ordinary accounts (or a careful guess where
none is published); the owner can lower or raise them.
"""

from __future__ import annotations

from dataclasses import dataclass

from lifecrm.core.i18n import N_
from lifecrm.core.sending.account import Security


@dataclass(frozen=True)
class Provider:
    key: str
    name: str
    host: str
    port: int
    security: Security
    per_day: int
    hint: str = ""  # one line: app passwords, where to create them, what does not work
    domains: tuple[str, ...] = ()  # e-mail domains that use this provider
    passwords_refused: bool = False  # the provider no longer takes passwords for SMTP


PROVIDERS: tuple[Provider, ...] = (
    Provider("gmail", "Gmail", "smtp.gmail.com", 587, Security.STARTTLS, 500,
             N_("Gmail needs an app password (Google Account → Security → 2-Step Verification → "
             "App passwords), not your normal password."), ("gmail.com", "googlemail.com")),
    Provider("outlook", "Outlook.com / Hotmail / Microsoft 365", "smtp-mail.outlook.com", 587,
             Security.STARTTLS, 300,
             N_("Microsoft no longer accepts passwords for sending from other programs (it needs "
             "OAuth2 sign-in, which LifeCRM does not do yet): use another mailbox, or your "
             "shop's own domain mail."), ("outlook.com", "hotmail.com", "live.com", "msn.com"),
             passwords_refused=True),
    Provider("yahoo", "Yahoo Mail", "smtp.mail.yahoo.com", 465, Security.SSL, 500,
             N_("Yahoo needs an app password (Account security → Generate app password)."),
             ("yahoo.com", "ymail.com")),
    Provider("icloud", "iCloud Mail", "smtp.mail.me.com", 587, Security.STARTTLS, 1000,
             N_("iCloud needs an app-specific password (appleid.apple.com → Sign-In and "
                "Security)."),
             ("icloud.com", "me.com", "mac.com")),
    Provider("gmx", "GMX", "mail.gmx.net", 587, Security.STARTTLS, 200,
             N_("Turn on 'POP3/IMAP access' in GMX's settings first."), ("gmx.net", "gmx.com")),
    Provider("zoho", "Zoho Mail", "smtp.zoho.eu", 465, Security.SSL, 300,
             N_("With two-factor sign-in, Zoho needs an application-specific password."),
             ("zoho.com", "zohomail.eu")),
    Provider("fastmail", "Fastmail", "smtp.fastmail.com", 465, Security.SSL, 4000,
             N_("Fastmail needs an app password (Settings → Privacy & Security)."),
             ("fastmail.com",)),
    Provider("yandex", "Yandex Mail", "smtp.yandex.ru", 465, Security.SSL, 500,
             N_("Yandex needs an app password (id.yandex.ru → Security → App passwords)."),
             ("yandex.ru", "ya.ru", "yandex.com")),
    Provider("mailru", "Mail.ru", "smtp.mail.ru", 465, Security.SSL, 500,
             N_("Mail.ru needs a password for external apps (Settings → Security)."),
             ("mail.ru", "bk.ru", "list.ru", "inbox.ru")),
    Provider("freemail", "Freemail (hu)", "smtp.freemail.hu", 465, Security.SSL, 200,
             N_("Allow external mail programs in Freemail's settings first."), ("freemail.hu",)),
    Provider("citromail", "Citromail (hu)", "mail.citromail.hu", 465, Security.SSL, 200,
             "", ("citromail.hu",)),
    Provider("telekom_hu", "Telekom / t-online (hu)", "mail.t-online.hu", 465, Security.SSL, 200,
             "", ("t-online.hu",)),
    Provider("siminn", "Síminn (is)", "smtp.simnet.is", 587, Security.STARTTLS, 200,
             "", ("simnet.is", "siminn.is")),
    Provider("vodafone_is", "Vodafone (is)", "smtp.vodafone.is", 587, Security.STARTTLS, 200,
             "", ("vodafone.is",)),
    Provider("siol", "Siol (sl)", "mail.siol.net", 465, Security.SSL, 200, "", ("siol.net",)),
    Provider("t2", "T-2 (sl)", "smtp.t-2.net", 587, Security.STARTTLS, 200, "", ("t-2.net",)),
)  # fmt: skip


def provider_for(address: str) -> Provider | None:
    """The preset for an address's domain, so the owner only types their address."""
    domain = address.rpartition("@")[2].lower()
    return next((p for p in PROVIDERS if domain in p.domains), None)


def provider_by_key(key: str) -> Provider | None:
    return next((p for p in PROVIDERS if p.key == key), None)
