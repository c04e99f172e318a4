"""Demo data into an empty database, then its stages: the window's "Try it with demo data"."""

from __future__ import annotations

from datetime import date

from lifecrm.core import lifecycle
from lifecrm.core.customers import count_customers
from lifecrm.core.demo.generator import generate
from lifecrm.core.jobs import Cancel, Progress
from lifecrm.core.storage.db import Database


def fill_demo(
    db: Database, as_of: date, customers: int, *, progress: Progress, cancel: Cancel
) -> None:
    """90 % of the progress is the data, 10 % the stages; a filled database only gets stages."""
    with db.read() as conn:
        empty = count_customers(conn) == 0
        fresh = lifecycle.stats_as_of(conn) == as_of
    if empty:
        generate(
            db,
            customers=customers,
            as_of=as_of,
            progress=lambda done, total: progress(900 * done // max(total, 1), 1000),
            cancel=cancel,
        )
    if empty or not fresh:
        lifecycle.recompute(
            db,
            as_of,
            progress=lambda done, total: progress(900 + 100 * done // max(total, 1), 1000),
            cancel=cancel,
        )
