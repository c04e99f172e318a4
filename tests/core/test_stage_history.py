"""Stage moves are recorded once, dated when they really happened; the past is never rewritten."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import text

from lifecrm.core import lifecycle
from lifecrm.core.lifecycle import Stage
from tests.factories import add_history, add_order

AS_OF = date(2025, 12, 1)


def _history(db, cid: int) -> list[tuple]:
    with db.read() as conn:
        return [
            (r.from_stage, r.to_stage, date.fromisoformat(r.changed_on))
            for r in conn.execute(
                text("SELECT * FROM stage_change WHERE customer_id=:c ORDER BY id"), {"c": cid}
            )
        ]


def test_first_recompute_records_where_each_customer_starts(db) -> None:
    with db.write() as conn:
        cid = add_history(conn, "Loyal", AS_OF, 4, 10)
    lifecycle.recompute(db, AS_OF)
    assert _history(db, cid) == [(None, "loyal", AS_OF - timedelta(days=10))]


def test_a_move_is_dated_the_day_it_happened_not_the_day_we_looked(db) -> None:
    with db.write() as conn:
        cid = add_history(conn, "Loyal", AS_OF, 4, 10)
    lifecycle.recompute(db, AS_OF)
    later = AS_OF + timedelta(days=200)  # the app was not opened for months
    result = lifecycle.recompute(db, later)
    last_order = AS_OF - timedelta(days=10)
    assert _history(db, cid)[-1] == ("loyal", "passive_loyal", last_order + timedelta(days=91))
    assert result.moved == 1


def test_recompute_without_change_records_nothing(db) -> None:
    with db.write() as conn:
        cid = add_history(conn, "New", AS_OF, 1, 1)
    lifecycle.recompute(db, AS_OF)
    again = lifecycle.recompute(db, AS_OF + timedelta(days=2))
    assert again.moved == 0
    assert len(_history(db, cid)) == 1


def test_a_new_order_moves_a_customer_on_its_date(db) -> None:
    with db.write() as conn:
        cid = add_history(conn, "Lost", AS_OF, 1, 200)
    lifecycle.recompute(db, AS_OF)
    with db.write() as conn:
        add_order(conn, cid, AS_OF + timedelta(days=3))
    lifecycle.recompute(db, AS_OF + timedelta(days=5))
    assert _history(db, cid)[-1] == ("lost", "promising", AS_OF + timedelta(days=3))


def test_looking_at_the_past_leaves_stats_and_history_untouched(db) -> None:
    with db.write() as conn:
        cid = add_history(conn, "Loyal", AS_OF, 4, 10)
    lifecycle.recompute(db, AS_OF)
    before = _history(db, cid)
    past = AS_OF - timedelta(days=60)
    with lifecycle.as_of_view(db, past) as (conn, result):
        assert result.counts[Stage.PROSPECT] == 1  # all four orders lie after that day
        stage = conn.execute(text("SELECT stage FROM customer_stats")).scalar()
        assert stage == "prospect"
    assert _history(db, cid) == before
    with db.read() as conn:
        assert lifecycle.stats_as_of(conn) == AS_OF
        assert conn.execute(text("SELECT stage FROM customer_stats")).scalar() == "loyal"


def test_looking_forward_is_kept(db) -> None:
    with db.write() as conn:
        add_history(conn, "New", AS_OF, 1, 1)
    lifecycle.recompute(db, AS_OF)
    with lifecycle.as_of_view(db, AS_OF + timedelta(days=60)) as (_conn, result):
        assert result.counts[Stage.PASSIVE] == 1
    with db.read() as conn:
        assert lifecycle.stats_as_of(conn) == AS_OF + timedelta(days=60)


def test_a_cancelled_recompute_keeps_the_previous_figures(db) -> None:
    from lifecrm.core.jobs import CancelFlag, Cancelled

    with db.write() as conn:
        cid = add_history(conn, "New", AS_OF, 1, 1)
    lifecycle.recompute(db, AS_OF)
    flag = CancelFlag()
    try:
        lifecycle.recompute(
            db, AS_OF + timedelta(days=100), progress=lambda d, t: flag.set(), cancel=flag
        )
    except Cancelled:
        pass
    else:
        raise AssertionError("the recompute should have been cancelled")
    with db.read() as conn:
        assert lifecycle.stats_as_of(conn) == AS_OF
        assert lifecycle.stage_counts(conn)[Stage.NEW] == 1
    assert len(_history(db, cid)) == 1
