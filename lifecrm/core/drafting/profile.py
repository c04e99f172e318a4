"""Who writes: the shop and its owner, how they address customers, what they can offer."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

from sqlalchemy import Connection

from lifecrm.core import settings

_KEY = "shop_profile"


@dataclass(frozen=True)
class ShopProfile:
    shop_name: str = ""
    owner_name: str = ""
    signature: str = ""  # several lines; empty: the owner's name and the shop's
    shop_story: str = ""
    shop_url: str = ""
    language: str = "en"  # the owner's own language: the default for customers without one
    informal: tuple[str, ...] = ()  # languages the owner writes informally in (hu, ru, sl)
    discount: str = ""  # what a code gives, as the owner writes it: "10%", "1 000 Ft"
    gift: str = ""
    code_pattern: str = ""  # e.g. "THANKS-####": each # a random letter or digit
    from_address: str = ""  # the sender's e-mail address (for .eml files)
    extra: dict[str, Any] = field(default_factory=dict)

    def formal(self, language: str) -> bool:
        return language not in self.informal

    @property
    def unsigned(self) -> bool:
        """No sender's name and no signature: drafts would have an empty From: name and end on
        a closing with nothing after it, so both front doors warn before drafting."""
        return not self.owner_name.strip() and not self.signature.strip()


def load_profile(conn: Connection) -> ShopProfile:
    stored = settings.get(conn, _KEY, {}) or {}
    known = {f.name for f in fields(ShopProfile)}
    values = {k: v for k, v in stored.items() if k in known}
    if "informal" in values:
        values["informal"] = tuple(values["informal"])
    return ShopProfile(**values)


def save_profile(conn: Connection, profile: ShopProfile) -> None:
    values = asdict(profile)
    values["informal"] = list(profile.informal)
    settings.put(conn, _KEY, values)
