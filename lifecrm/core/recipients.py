"""Who a draft or a campaign goes to, and the one short code that names that audience.

Both front doors choose recipients the same way (chosen customers as given, else the members of a
stage and/or a segment) and label a campaign with the same code: `segment:NAME`, `stage:STAGE`,
or `customers:N` for a hand-picked list (`stage:STAGE` when every one of them is in one stage).
The window's texts turn the code into words.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import Connection, Select, select

from lifecrm.core.customers import CustomerFilter, customer_ids
from lifecrm.core.lifecycle import Stage
from lifecrm.core.segments import find_definition, segment_ids
from lifecrm.core.storage.batches import chunks
from lifecrm.core.storage.models import CustomerStats, table

_stats = table(CustomerStats)


def named_segment_ids(conn: Connection, name: str, as_of: date) -> Select[int]:
    """The member ids of a saved or ready built-in segment, for a `CustomerFilter`."""
    return segment_ids(conn, find_definition(conn, name), as_of)


def choose_recipients(
    conn: Connection,
    as_of: date,
    *,
    customers: Sequence[int] = (),
    stage: Stage | None = None,
    segment: str | None = None,
) -> list[int]:
    """`customers` as given (each once), else the members of `stage` and/or `segment`."""
    if customers:
        return list(dict.fromkeys(customers))
    members = named_segment_ids(conn, segment, as_of) if segment else None
    return customer_ids(conn, CustomerFilter(stage=stage, segment=members))


def audience(
    conn: Connection,
    customer_ids: Sequence[int],
    *,
    segment: str | None = None,
    stage: str | None = None,
) -> str:
    """The campaign's audience code: the segment or stage it was chosen by, else what the
    chosen customers have in common (one stage), else how many they are."""
    if segment:
        return f"segment:{segment}"
    if stage:
        return f"stage:{stage}"
    ids = list(dict.fromkeys(customer_ids))
    stages: set[str] = set()
    for chunk in chunks(ids):
        rows = conn.execute(select(_stats.c.stage).where(_stats.c.customer_id.in_(chunk)))
        stages.update(str(found) for (found,) in rows)
        if len(stages) > 1:
            break
    if len(stages) == 1 and ids:
        return f"stage:{stages.pop()}"
    return f"customers:{len(ids)}"
