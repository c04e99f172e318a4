"""Lifecycle stages: who is new, promising, loyal, passive or lost, as of a given day.

The rules are the table in DESIGN.md with thresholds the owner can change. `classify` states them
in Python (for explanations and tests); `recompute` applies the same rules to every customer with
one SQL aggregation over the orders' covering index and stores the result in `customer_stats`,
recording every move between stages in `stage_change`, dated the day it really happened.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, fields
from datetime import date
from enum import StrEnum

from sqlalchemy import Connection, text

from lifecrm.core import restage, rfm, settings, trend
from lifecrm.core.errors import BadSetting
from lifecrm.core.i18n import N_
from lifecrm.core.jobs import NEVER_CANCEL, Cancel, Progress, check, no_progress
from lifecrm.core.lifecycle_sql import (
    COUNT_SQL,
    CREATE_FRESH,
    EVERYONE,
    FRESH,
    INSERT_NEW,
    ONLY_TOUCHED,
    RECORD_MOVES,
    STAGE_CASE,
    START_CASE,
    UPDATE_CHANGED,
    UPDATE_FACTS,
)
from lifecrm.core.restage import Touched
from lifecrm.core.rfm import BEST_PERCENT  # noqa: F401  (re-exported for the window)
from lifecrm.core.storage.db import Database


class Stage(StrEnum):
    PROSPECT = "prospect"
    NEW = "new"
    PROMISING = "promising"
    LOYAL = "loyal"
    PASSIVE = "passive"
    LOST = "lost"
    PASSIVE_LOYAL = "passive_loyal"
    LOST_LOYAL = "lost_loyal"


STAGES: tuple[Stage, ...] = tuple(Stage)


@dataclass(frozen=True)
class Thresholds:
    """Day and order-count limits; each `*_days` value is the last day still in that stage."""

    new_days: int = 30  # one order: new up to here,
    one_order_passive_days: int = 90  # passive up to here, then lost
    promising_min_orders: int = 2
    promising_days: int = 60
    promising_passive_days: int = 90
    loyal_min_orders: int = 4
    loyal_days: int = 90
    passive_loyal_days: int = 365  # then lost loyal

    def validate(self) -> Thresholds:
        if any(getattr(self, f.name) < 0 for f in fields(self)):
            raise BadSetting(N_("Stage thresholds cannot be negative."))
        if not 2 <= self.promising_min_orders < self.loyal_min_orders:
            raise BadSetting(
                N_("A promising customer needs at least 2 orders, and fewer than a loyal one.")
            )
        if self.new_days > self.one_order_passive_days:
            raise BadSetting(N_("A one-order customer must be new before they can become passive."))
        if self.promising_days > self.promising_passive_days:
            raise BadSetting(
                N_("A promising customer must be active before they can become passive.")
            )
        if self.loyal_days > self.passive_loyal_days:
            raise BadSetting(
                N_("A loyal customer must be active before they can become passive loyal.")
            )
        return self


PRESETS: dict[str, Thresholds] = {
    "default": Thresholds(),
    # MiniCRM's definition: a one-order customer is passive at 31-60 days and lost after 60.
    "minicrm": Thresholds(one_order_passive_days=60),
}

_SETTING_KEY = "stage_thresholds"
_AS_OF_KEY = "stats_as_of"


def load_thresholds(conn: Connection) -> Thresholds:
    stored = settings.get(conn, _SETTING_KEY)
    if not stored:
        return Thresholds()
    known = {f.name for f in fields(Thresholds)}
    return Thresholds(**{k: int(v) for k, v in stored.items() if k in known})


def save_thresholds(conn: Connection, thresholds: Thresholds) -> None:
    settings.put(conn, _SETTING_KEY, asdict(thresholds.validate()))


def stats_as_of(conn: Connection) -> date | None:
    stored = settings.get(conn, _AS_OF_KEY)
    return date.fromisoformat(stored) if stored else None


def classify(orders: int, days: int | None, t: Thresholds = Thresholds()) -> Stage:
    """The stage for a customer with `orders` counted orders, the last one `days` days ago."""
    if orders <= 0 or days is None:
        return Stage.PROSPECT
    if orders >= t.loyal_min_orders:
        if days <= t.loyal_days:
            return Stage.LOYAL
        return Stage.PASSIVE_LOYAL if days <= t.passive_loyal_days else Stage.LOST_LOYAL
    if orders >= t.promising_min_orders:
        if days <= t.promising_days:
            return Stage.PROMISING
        return Stage.PASSIVE if days <= t.promising_passive_days else Stage.LOST
    if days <= t.new_days:
        return Stage.NEW
    return Stage.PASSIVE if days <= t.one_order_passive_days else Stage.LOST


def stage_start_days(orders: int, stage: Stage, t: Thresholds = Thresholds()) -> int:
    """How many days after the last order the customer entered `stage` (0 for the active ones)."""
    if stage in (Stage.NEW, Stage.PROMISING, Stage.LOYAL, Stage.PROSPECT):
        return 0
    if stage is Stage.PASSIVE_LOYAL:
        return t.loyal_days + 1
    if stage is Stage.LOST_LOYAL:
        return t.passive_loyal_days + 1
    one = orders < t.promising_min_orders
    if stage is Stage.PASSIVE:
        return (t.new_days if one else t.promising_days) + 1
    return (t.one_order_passive_days if one else t.promising_passive_days) + 1


@dataclass(frozen=True)
class RecomputeResult:
    as_of: date
    counts: dict[Stage, int]
    moved: int  # customers whose stage changed (first-time stages not counted)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def _params(as_of: date, t: Thresholds) -> dict[str, object]:
    return {"as_of": as_of.isoformat(), **asdict(t)}


def stage_counts(conn: Connection) -> dict[Stage, int]:
    """Counts per stage from the last recompute; every stage present, zero when empty."""
    rows = conn.execute(text("SELECT stage, COUNT(*) FROM customer_stats GROUP BY stage")).all()
    found = {Stage(stage): n for stage, n in rows}
    return {stage: found.get(stage, 0) for stage in STAGES}


def count_stages(conn: Connection, as_of: date, t: Thresholds) -> dict[Stage, int]:
    """Counts per stage as of any day, read-only (nothing stored, no history written)."""
    rows = conn.execute(text(COUNT_SQL), _params(as_of, t)).all()
    found = {Stage(stage): n for stage, n in rows}
    return {stage: found.get(stage, 0) for stage in STAGES}


def watch(conn: Connection, as_of: date) -> Touched:
    """Call before changing orders; add the customers changed, then pass it to `recompute_in`."""
    return Touched(restage.can_restage(conn, restage.orders_stamp(conn), as_of, stats_as_of(conn)))


_TOUCHED = "(SELECT id FROM temp.touched)"


def _fresh(conn: Connection, params: dict[str, object], only: Touched | None) -> None:
    """fresh_stats for every customer, or only for `only`'s (kept in temp.touched)."""
    conn.exec_driver_sql("DROP TABLE IF EXISTS temp.fresh_stats")
    conn.exec_driver_sql(CREATE_FRESH)
    places = EVERYONE
    if only is not None:
        conn.exec_driver_sql("DROP TABLE IF EXISTS temp.touched")
        conn.exec_driver_sql("CREATE TEMP TABLE touched (id INTEGER PRIMARY KEY)")
        raw = conn.connection.driver_connection
        assert raw is not None
        raw.executemany("INSERT INTO temp.touched VALUES (?)", ((i,) for i in only.customers))
        places = ONLY_TOUCHED
    sql = FRESH
    for name, value in places.items():
        sql = sql.replace("{" + name + "}", value)
    conn.execute(text(sql), params)


def recompute_in(
    conn: Connection,
    as_of: date,
    thresholds: Thresholds | None = None,
    *,
    touched: Touched | None = None,
    progress: Progress = no_progress,
    cancel: Cancel = NEVER_CANCEL,
) -> RecomputeResult:
    """Rebuilds `customer_stats` as of `as_of` inside the caller's transaction.

    When no order changed since the last recompute, only stages are moved (lifecrm.core.restage);
    when only `touched`'s customers' orders changed (see `watch`), only they are recomputed,
    then everyone's stage and RFM scores (whose cut points depend on all customers).
    """
    t = thresholds or load_thresholds(conn)
    params = _params(as_of, t)
    steps = 4
    stamp = restage.orders_stamp(conn)  # one scan of the orders, for both questions below
    partial = touched if touched is not None and touched.current else None
    if partial is None and restage.can_restage(conn, stamp, as_of, stats_as_of(conn)):
        moved = restage.restage_in(conn, STAGE_CASE, START_CASE, params)
        progress(1, steps)
        check(cancel)
        settings.put(conn, _AS_OF_KEY, as_of.isoformat())
        progress(steps, steps)
        return RecomputeResult(as_of=as_of, counts=stage_counts(conn), moved=moved)
    _fresh(conn, params, partial)
    if partial is None:
        rfm.score(conn, "fresh_stats")
    trend.score(conn, "fresh_stats", as_of.isoformat())
    progress(1, steps)
    check(cancel)
    moved = conn.execute(
        text(
            "SELECT COUNT(*) FROM fresh_stats f JOIN customer_stats s USING (customer_id)"
            " WHERE s.stage != f.stage"
        )
    ).scalar_one()
    conn.execute(text(RECORD_MOVES))
    progress(2, steps)
    check(cancel)
    conn.exec_driver_sql(UPDATE_FACTS if partial else UPDATE_CHANGED)
    conn.exec_driver_sql(INSERT_NEW)
    conn.exec_driver_sql("DROP TABLE temp.fresh_stats")
    if partial is not None:  # the others' figures are as they were: their stages move
        moved += restage.restage_in(conn, STAGE_CASE, START_CASE, params)
        rfm.score(conn, "customer_stats", touched=_TOUCHED)
    settings.put(conn, _AS_OF_KEY, as_of.isoformat())
    restage.remember_stamp(conn, stamp, None if partial is None else _TOUCHED)
    if partial is not None:
        conn.exec_driver_sql("DROP TABLE temp.touched")
    progress(3, steps)
    counts = stage_counts(conn)
    progress(steps, steps)
    return RecomputeResult(as_of=as_of, counts=counts, moved=int(moved))


def recompute(
    db: Database,
    as_of: date,
    thresholds: Thresholds | None = None,
    *,
    progress: Progress = no_progress,
    cancel: Cancel = NEVER_CANCEL,
) -> RecomputeResult:
    """Recomputes every customer's stage and RFM as of `as_of`, in one transaction.

    A cancel rolls it back and leaves the previous figures in place.
    """
    with db.write() as conn:
        return recompute_in(conn, as_of, thresholds, progress=progress, cancel=cancel)


def stats_describe(conn: Connection, as_of: date) -> bool:
    """True when `customer_stats` already describe `as_of`: recomputed for that day, and no
    order changed since (a recompute would change nothing)."""
    from lifecrm.core import restage

    previous = stats_as_of(conn)
    return previous == as_of and restage.can_restage(
        conn, restage.orders_stamp(conn), as_of, previous
    )


@contextmanager
def as_of_view(
    db: Database, as_of: date, *, writes: bool = True
) -> Iterator[tuple[Connection, RecomputeResult]]:
    """A connection whose `customer_stats` describe `as_of`, for reports on any day.

    Moving forward (as_of on or after the last recompute) is kept, with its stage history;
    a look into the past is rolled back afterwards, so it never rewrites history. A caller
    that only reads (`writes=False`) gets a read transaction when the stats are current, so it
    never waits for an import; when they must be recomputed it waits for the writer.
    """
    if not writes:
        with db.read() as conn:
            if stats_describe(conn, as_of):
                yield conn, RecomputeResult(as_of=as_of, counts=stage_counts(conn), moved=0)
                return
    with db.write() as conn:
        previous = stats_as_of(conn)
        result = recompute_in(conn, as_of)
        yield conn, result
        if previous is not None and as_of < previous:
            conn.rollback()
