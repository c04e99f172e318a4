"""The facts a message may use about each customer, gathered for many customers at once.

Only what a template asks for is computed: recommendations need the shop's co-purchase
counts, and a discount code is stored for the customer, so both are skipped when unused.
"""

from __future__ import annotations

import secrets
import string
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, bindparam, insert, select, text

from lifecrm.core.drafting import languages as lang
from lifecrm.core.drafting.profile import ShopProfile
from lifecrm.core.storage.batches import chunks
from lifecrm.core.storage.models import NOT_COUNTED_STATUSES, DiscountCode, table

RECOMMENDED = 3
_CODE_LETTERS = "".join(c for c in string.ascii_uppercase + string.digits if c not in "O0I1L")
_TLD_LANGUAGE = {"hu": "hu", "ru": "ru", "xn--p1ai": "ru", "рф": "ru", "is": "is", "si": "sl"}
_codes = table(DiscountCode)

_FACTS = text(
    """
SELECT c.id, c.name, c.first_name, c.last_name, c.middle_name, c.email, c.language,
       c.opted_out, s.orders, s.total_minor, s.currency, s.first_order, s.last_order, s.stage
FROM customer c LEFT JOIN customer_stats s ON s.customer_id = c.id
WHERE c.id IN :ids
"""
).bindparams(bindparam("ids", expanding=True))

_BOUGHT = text(
    f"""
SELECT o.customer_id, o.order_date, i.product
FROM orders o JOIN order_item i ON i.order_id = o.id
WHERE o.customer_id IN :ids AND o.status NOT IN {NOT_COUNTED_STATUSES!r}
ORDER BY o.customer_id, o.order_date
"""
).bindparams(bindparam("ids", expanding=True))

# One row per product with its buyers' ids, comma-separated: far fewer rows to fetch.
_OWNERS = text(
    f"""
SELECT i.product, group_concat(DISTINCT o.customer_id)
FROM orders o JOIN order_item i ON i.order_id = o.id
WHERE o.status NOT IN {NOT_COUNTED_STATUSES!r}
GROUP BY i.product
"""
)
_STATE = text("SELECT COUNT(*), MAX(id) FROM order_item")
CANDIDATES = 300  # recommend among the most bought products; the long tail rarely helps

_BESTSELLERS = text(
    f"""
SELECT i.product, SUM(i.quantity) AS n FROM order_item i JOIN orders o ON o.id = i.order_id
WHERE o.status NOT IN {NOT_COUNTED_STATUSES!r} AND o.order_date > :since
GROUP BY i.product ORDER BY n DESC LIMIT 10
"""
)


@dataclass
class Facts:
    """One customer as the drafting needs them."""

    id: int
    name: str
    first_name: str | None
    last_name: str | None
    middle_name: str | None
    email: str | None
    language: str | None
    opted_out: bool
    orders: int = 0
    total_minor: int = 0
    currency: str | None = None
    first_order: date | None = None
    last_order: date | None = None
    stage: str = "prospect"
    last_products: list[str] = field(default_factory=list)
    owned: set[str] = field(default_factory=set)


def guess_language(facts: Facts, fallback: str) -> str:
    """The customer's language, else their e-mail's country, else their alphabet, else ours."""
    if facts.language:
        return lang.language_of(facts.language, fallback)
    tld = (facts.email or "").rsplit(".", 1)[-1].lower()
    if tld in _TLD_LANGUAGE:
        return _TLD_LANGUAGE[tld]
    if any("\u0400" <= ch <= "\u04ff" for ch in facts.name):
        return "ru"
    return fallback


def _date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def load_facts(conn: Connection, ids: Sequence[int]) -> dict[int, Facts]:
    found: dict[int, Facts] = {}
    for chunk in chunks(ids):
        for r in conn.execute(_FACTS, {"ids": chunk}):
            found[r.id] = Facts(
                r.id, r.name, r.first_name, r.last_name, r.middle_name, r.email, r.language,
                bool(r.opted_out), r.orders or 0, r.total_minor or 0, r.currency,
                _date(r.first_order), _date(r.last_order), r.stage or "prospect",
            )  # fmt: skip
        last_day: dict[int, date | None] = {}
        for customer_id, raw_day, product in conn.execute(_BOUGHT, {"ids": chunk}):
            facts = found[customer_id]
            day = _date(raw_day)
            facts.owned.add(product)
            if customer_id not in last_day or last_day[customer_id] != day:
                last_day[customer_id] = day
                facts.last_products = []
            if product not in facts.last_products:
                facts.last_products.append(product)
    return found


class Recommender:
    """Products bought together with what a customer has, most often first; else best-sellers.

    "Together" means by the same customer: for each pair of products, how many customers
    bought both. Each product's buyers are a bitset, so a pair costs one AND and a bit count.
    """

    def __init__(self, conn: Connection, owned: Iterable[str], as_of: date) -> None:
        self.pairs = _pairs(conn, frozenset(owned))
        self._seen: dict[frozenset[str], list[str]] = {}
        since = date(as_of.year - 1, as_of.month, min(as_of.day, 28)).isoformat()
        self.bestsellers = [p for p, _n in conn.execute(_BESTSELLERS, {"since": since})]

    def for_customer(self, owned: set[str]) -> list[str]:
        key = frozenset(owned)
        if key not in self._seen:  # many customers own the same few products
            self._seen[key] = self._pick(owned)
        return self._seen[key]

    def _pick(self, owned: set[str]) -> list[str]:
        scores: Counter[str] = Counter()
        for product in owned:
            scores.update(self.pairs.get(product, {}))
        picks = [p for p, _n in scores.most_common() if p not in owned][:RECOMMENDED]
        if len(picks) < RECOMMENDED:
            picks += [p for p in self.bestsellers if p not in owned and p not in picks]
        return picks[:RECOMMENDED]


_pair_cache: dict[tuple[object, ...], dict[str, Counter[str]]] = {}


def _pairs(conn: Connection, wanted: frozenset[str]) -> dict[str, Counter[str]]:
    """wanted product -> {other product: customers who bought both}; kept until orders change."""
    if not wanted:
        return {}
    key = (str(conn.engine.url), *conn.execute(_STATE).one(), wanted)
    if key in _pair_cache:
        return _pair_cache[key]
    buyers = {p: [int(i) for i in ids.split(",")] for p, ids in conn.execute(_OWNERS)}
    size = max((max(ids) for ids in buyers.values()), default=0) // 8 + 1
    masks = {p: _bitset(ids, size) for p, ids in buyers.items()}
    popular = sorted(buyers, key=lambda p: -len(buyers[p]))[:CANDIDATES]
    pairs: dict[str, Counter[str]] = {}
    for a in wanted & masks.keys():
        counts: Counter[str] = Counter()
        for b in popular:
            if b != a:
                both = (masks[a] & masks[b]).bit_count()
                if both:
                    counts[b] = both
        pairs[a] = counts
    _pair_cache.clear()  # one shop state at a time is enough
    _pair_cache[key] = pairs
    return pairs


def _bitset(ids: list[int], size: int) -> int:
    bits = bytearray(size)
    for i in ids:
        bits[i >> 3] |= 1 << (i & 7)
    return int.from_bytes(bits, "little")


def stored_codes(
    conn: Connection, customer_ids: Sequence[int], template_key: str
) -> dict[int, str]:
    """The unused code each customer already has for this template: what a draft will carry,
    so a preview shows that one, never a look-alike."""
    c = _codes.c
    codes: dict[int, str] = {}
    for chunk in chunks(customer_ids):
        rows = conn.execute(
            select(c.customer_id, c.code).where(
                c.customer_id.in_(chunk), c.template_key == template_key, c.used_at.is_(None)
            )
        )
        codes.update({customer_id: code for customer_id, code in rows})
    return codes


def assign_codes(
    conn: Connection, customer_ids: Sequence[int], template_key: str, pattern: str
) -> dict[int, str]:
    """One unused code per customer and template, made once and kept (re-drafting reuses it)."""
    c = _codes.c
    codes = stored_codes(conn, customer_ids, template_key)
    taken = set(conn.execute(select(c.code)).scalars())
    new_rows = []
    now = datetime.now(UTC)
    for customer_id in customer_ids:
        if customer_id in codes:
            continue
        code = _new_code(pattern, taken)
        taken.add(code)
        codes[customer_id] = code
        new_rows.append(
            {"customer_id": customer_id, "code": code, "template_key": template_key,
             "created_at": now}
        )  # fmt: skip
    if new_rows:
        conn.execute(insert(_codes), new_rows)
    return codes


def _new_code(pattern: str, taken: set[str]) -> str:
    pattern = pattern if "#" in pattern else (pattern + "-######" if pattern else "######")
    while True:
        code = "".join(secrets.choice(_CODE_LETTERS) if ch == "#" else ch for ch in pattern)
        if code not in taken:
            return code


def context_for(
    facts: Facts,
    language: str,
    profile: ShopProfile,
    as_of: date,
    *,
    recommended: list[str] | None = None,
    bestseller: str = "",
    code: str = "",
) -> dict[str, Any]:
    """Every variable of engine.VARIABLES for one customer, written for `language`."""
    formal = profile.formal(language)
    first = facts.first_name or ""
    formal_name = " ".join(p for p in (first, facts.middle_name) if p) if language == "ru" else ""
    days = (as_of - facts.last_order).days if facts.last_order else None
    return {
        "greeting": lang.greeting(language, formal, (formal and formal_name) or first),
        "first_name": first,
        "last_name": facts.last_name or "",
        "full_name": facts.name or "",
        "formal_name": formal_name or facts.name or "",
        "last_order_date": lang.long_date(facts.last_order, language),
        "first_order_date": lang.long_date(facts.first_order, language),
        "last_order_products": list(facts.last_products),
        "last_product": facts.last_products[0] if facts.last_products else "",
        "orders_count": facts.orders,
        "total_spent": lang.money(facts.total_minor, facts.currency, language)
        if facts.orders
        else "",
        "days_since_last_order": days,
        "months_since_last_order": None if days is None else days * 12 // 365,
        "stage": lang.STAGE_NAMES[language].get(facts.stage, ""),
        "shop_name": profile.shop_name,
        "owner_name": profile.owner_name,
        "signature": profile.signature,
        "shop_story": profile.shop_story,
        "shop_url": profile.shop_url,
        "discount_code": code,
        "discount": profile.discount if code else "",
        "gift": profile.gift,
        "recommended_products": list(recommended or []),
        "bestseller": bestseller,
        "project": facts.last_products[0] if facts.last_products else "",
        "unsubscribe_line": lang.unsubscribe_line(language, formal),
        "language": language,
    }


def sample_contexts(language: str) -> list[dict[str, Any]]:
    """A customer with everything known and one with nothing: a template must read well for
    both (used to check a template when it is saved)."""
    profile = ShopProfile(shop_name="Shop", owner_name="Owner", discount="10%", gift="gift")
    full = Facts(
        1, "Tóth Gergő", "Gergő", "Tóth", None, "g@example.hu", language, False, 3, 1590050,
        "HUF", date(2024, 1, 5), date(2025, 10, 1), "loyal", ["Mug", "Tea"], {"Mug", "Tea"},
    )  # fmt: skip
    empty = Facts(2, "", None, None, None, None, language, False)
    today = date(2025, 12, 1)
    return [
        context_for(full, language, profile, today, recommended=["Candle"], bestseller="Mug",
                    code="THANKS-7K2Q"),
        context_for(empty, language, ShopProfile(), today),
    ]  # fmt: skip
