"""Drafts: one rendered message per recipient, or the reason they are skipped.

Each recipient gets the template in their own language (else the one asked for, else the
owner's), addressed formally or informally as the owner writes in that language. Nothing is
sent here; the owner reads, edits or drops drafts first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from jinja2 import meta
from sqlalchemy import Connection

from lifecrm.core.drafting.context import (
    Facts,
    Recommender,
    assign_codes,
    context_for,
    guess_language,
    load_facts,
)
from lifecrm.core.drafting.engine import TEXT_ENV, Compiled, compile_template, render
from lifecrm.core.drafting.library import TemplateText, get_template
from lifecrm.core.drafting.profile import ShopProfile, load_profile
from lifecrm.core.jobs import NEVER_CANCEL, Cancel, Progress, check, no_progress

NO_EMAIL = "no e-mail address"
OPTED_OUT = "opted out"
UNKNOWN = "no such customer"


@dataclass
class Draft:
    customer_id: int
    name: str
    email: str | None
    language: str
    subject: str = ""
    text: str = ""
    html: str = ""
    skipped: str | None = None  # why this customer gets no message
    edited: bool = False  # changed by hand: a template change leaves it alone

    def as_json(self) -> dict[str, object]:
        return {
            "customer": self.customer_id,
            "name": self.name,
            "email": self.email,
            "language": self.language,
            "subject": self.subject,
            "text": self.text,
            "skipped": self.skipped,
        }


def _uses(template: TemplateText) -> set[str]:
    names: set[str] = set()
    for source in (template.subject, template.body, template.html or ""):
        names |= meta.find_undeclared_variables(TEXT_ENV.parse(source))
    return names


@dataclass
class _Prepared:
    template: TemplateText
    compiled: Compiled


def draft_messages(
    conn: Connection,
    key: str,
    customer_ids: Sequence[int],
    *,
    language: str | None = None,
    as_of: date | None = None,
    profile: ShopProfile | None = None,
    progress: Progress = no_progress,
    cancel: Cancel = NEVER_CANCEL,
) -> list[Draft]:
    """Renders `key` for every customer in `customer_ids` (in that order).

    Runs in the caller's transaction: discount codes made for these drafts are stored there.
    """
    profile = profile or load_profile(conn)
    as_of = as_of or date.today()
    facts = load_facts(conn, customer_ids)
    fallback = language or profile.language
    get_template(conn, key, fallback)  # an unknown key is refused even with nobody to write to
    prepared: dict[str, _Prepared] = {}
    recipients: list[tuple[Facts, str]] = []
    drafts: list[Draft] = []
    for customer_id in customer_ids:
        f = facts.get(customer_id)
        if f is None:
            drafts.append(Draft(customer_id, "", None, fallback, skipped=UNKNOWN))
            continue
        lang = language or guess_language(f, fallback)
        draft = Draft(customer_id, f.name, f.email, lang)
        drafts.append(draft)
        if not f.email:
            draft.skipped = NO_EMAIL
        elif f.opted_out:
            draft.skipped = OPTED_OUT
        else:
            recipients.append((f, lang))
            if lang not in prepared:
                text = get_template(conn, key, lang, formal=profile.formal(lang))
                compiled = compile_template(text.subject, text.body, text.html, name=text.name)
                prepared[lang] = _Prepared(text, compiled)
    used = set().union(*(_uses(p.template) for p in prepared.values())) if prepared else set()
    ids = [f.id for f, _lang in recipients]
    codes = assign_codes(conn, ids, key, profile.code_pattern) if "discount_code" in used else {}
    recommender = None
    if used & {"recommended_products", "bestseller"}:
        recommender = Recommender(conn, {p for f, _l in recipients for p in f.owned}, as_of)
    by_id = {d.customer_id: d for d in drafts}
    for done, (f, lang) in enumerate(recipients):
        if done % 500 == 0:
            check(cancel)
            progress(done, len(recipients))
        context = context_for(
            f,
            lang,
            profile,
            as_of,
            recommended=recommender.for_customer(f.owned) if recommender else None,
            bestseller=recommender.bestsellers[0]
            if recommender and recommender.bestsellers
            else "",
            code=codes.get(f.id, ""),
        )
        draft = by_id[f.id]
        draft.subject, draft.text, draft.html = render(prepared[lang].compiled, context)
    progress(len(recipients), len(recipients))
    return drafts
