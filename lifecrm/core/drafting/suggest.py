"""Which template fits a group of customers: DESIGN.md's advice per stage, as a template key.

The window pre-selects it when the owner writes to a stage or a selection; the owner can pick
any other. Templates say which stage they are for (`stage:` in their file); where several fit a
stage (three win-back steps, two for loyal customers), the first step of the advice wins.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from sqlalchemy import Connection, bindparam, text

from lifecrm.core.drafting.library import list_templates
from lifecrm.core.storage.batches import chunks

# The first thing to send to each stage when several templates fit, or when none names it.
PREFERRED: dict[str, str] = {
    "prospect": "reconnect",
    "new": "thank-you-new",
    "promising": "promising-perk",
    "loyal": "loyalty-invite",
    "passive": "passive-bestseller",
    "lost": "winback-offer",
    "passive_loyal": "personal-note",
    "lost_loyal": "personal-note",
}
FALLBACK = "personal-note"  # sincere and safe for anyone

_STAGES = text(
    "SELECT c.id, s.stage FROM customer c LEFT JOIN customer_stats s ON s.customer_id = c.id "
    "WHERE c.id IN :ids"
).bindparams(bindparam("ids", expanding=True))


def suggested_template(conn: Connection, stage: str | None) -> str:
    """The key to start from for customers in `stage` (None: a mixed group)."""
    templates = list_templates(conn)
    keys = [t.key for t in templates]
    for_stage = [t.key for t in templates if stage is not None and t.stage == str(stage)]
    preferred = PREFERRED.get(str(stage)) if stage is not None else None
    if preferred in for_stage:
        return str(preferred)
    if for_stage:
        return for_stage[0]
    if preferred in keys:
        return str(preferred)
    return FALLBACK if FALLBACK in keys or not keys else keys[0]


def main_stage(conn: Connection, customer_ids: Sequence[int]) -> str | None:
    """The stage most of these customers are in (customers without orders are prospects)."""
    counts: Counter[str] = Counter()
    for chunk in chunks(customer_ids):
        for _id, stage in conn.execute(_STAGES, {"ids": chunk}):
            counts[stage or "prospect"] += 1
    return counts.most_common(1)[0][0] if counts else None


def suggested_for(conn: Connection, customer_ids: Sequence[int]) -> str:
    """The template for a hand-picked group: the one for the stage most of them are in."""
    return suggested_template(conn, main_stage(conn, customer_ids))
