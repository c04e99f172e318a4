"""The stage rules at every boundary, in Python and in the SQL recompute, which must agree."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from lifecrm.core import lifecycle
from lifecrm.core.errors import BadSetting
from lifecrm.core.lifecycle import PRESETS, Stage, Thresholds, classify
from tests.factories import add_customer, add_history, add_order

AS_OF = date(2025, 12, 1)

# (orders, days since last order, stage) straight from DESIGN.md's table.
DESIGN_TABLE = [
    (1, 0, Stage.NEW),
    (1, 30, Stage.NEW),
    (1, 31, Stage.PASSIVE),
    (1, 60, Stage.PASSIVE),
    (1, 61, Stage.PASSIVE),
    (1, 90, Stage.PASSIVE),
    (1, 91, Stage.LOST),
    (1, 365, Stage.LOST),
    (1, 366, Stage.LOST),
    (2, 0, Stage.PROMISING),
    (2, 30, Stage.PROMISING),
    (2, 31, Stage.PROMISING),
    (2, 60, Stage.PROMISING),
    (2, 61, Stage.PASSIVE),
    (2, 90, Stage.PASSIVE),
    (2, 91, Stage.LOST),
    (3, 60, Stage.PROMISING),
    (3, 61, Stage.PASSIVE),
    (3, 90, Stage.PASSIVE),
    (3, 91, Stage.LOST),
    (3, 366, Stage.LOST),
    (4, 0, Stage.LOYAL),
    (4, 60, Stage.LOYAL),
    (4, 90, Stage.LOYAL),
    (4, 91, Stage.PASSIVE_LOYAL),
    (4, 365, Stage.PASSIVE_LOYAL),
    (4, 366, Stage.LOST_LOYAL),
    (25, 91, Stage.PASSIVE_LOYAL),
    (25, 366, Stage.LOST_LOYAL),
]


@pytest.mark.parametrize(("orders", "days", "stage"), DESIGN_TABLE)
def test_classify_follows_the_design_table(orders: int, days: int, stage: Stage) -> None:
    assert classify(orders, days) is stage


def test_no_orders_is_a_prospect() -> None:
    assert classify(0, None) is Stage.PROSPECT


@pytest.mark.parametrize(
    ("days", "stage"), [(30, Stage.NEW), (31, Stage.PASSIVE), (60, Stage.PASSIVE), (61, Stage.LOST)]
)
def test_minicrm_preset_loses_one_order_customers_after_60_days(days: int, stage: Stage) -> None:
    assert classify(1, days, PRESETS["minicrm"]) is stage
    assert classify(2, 61, PRESETS["minicrm"]) is Stage.PASSIVE  # 2-3 orders keep the default


def test_recompute_in_sql_matches_the_design_table(db) -> None:
    ids = {}
    with db.write() as conn:
        for orders, days, _stage in DESIGN_TABLE:
            ids[(orders, days)] = add_history(conn, f"c{orders}-{days}", AS_OF, orders, days)
        prospect = add_customer(conn, "Nobody Yet")
    result = lifecycle.recompute(db, AS_OF)
    with db.read() as conn:
        stored = dict(conn.execute(text("SELECT customer_id, stage FROM customer_stats")).all())
    for orders, days, stage in DESIGN_TABLE:
        assert stored[ids[(orders, days)]] == stage, (orders, days)
    assert stored[prospect] == Stage.PROSPECT
    assert result.total == len(DESIGN_TABLE) + 1
    assert result.counts[Stage.PROSPECT] == 1


def test_cancelled_and_refunded_orders_do_not_count(db) -> None:
    with db.write() as conn:
        only_cancelled = add_customer(conn, "Only Cancelled")
        add_order(conn, only_cancelled, AS_OF - timedelta(days=5), status="cancelled")
        add_order(conn, only_cancelled, AS_OF - timedelta(days=6), status="refunded")
        mixed = add_customer(conn, "Mixed")
        add_order(conn, mixed, AS_OF - timedelta(days=100), total_minor=500)
        add_order(conn, mixed, AS_OF - timedelta(days=3), total_minor=9000, status="refunded")
    lifecycle.recompute(db, AS_OF)
    with db.read() as conn:
        rows = {r.customer_id: r for r in conn.execute(text("SELECT * FROM customer_stats")).all()}
    assert rows[only_cancelled].stage == Stage.PROSPECT
    assert rows[only_cancelled].orders == 0
    assert rows[only_cancelled].total_minor == 0
    assert rows[mixed].stage == Stage.LOST  # the refunded recent order does not make them new
    assert rows[mixed].total_minor == 500


def test_orders_after_as_of_are_ignored(db) -> None:
    with db.write() as conn:
        cid = add_customer(conn, "Future Buyer")
        add_order(conn, cid, AS_OF + timedelta(days=1))
    assert lifecycle.recompute(db, AS_OF).counts[Stage.PROSPECT] == 1
    assert lifecycle.recompute(db, AS_OF + timedelta(days=1)).counts[Stage.NEW] == 1


def test_count_stages_is_read_only_and_agrees_with_recompute(db) -> None:
    with db.write() as conn:
        for orders, days, _stage in DESIGN_TABLE:
            add_history(conn, f"c{orders}-{days}", AS_OF, orders, days)
    with db.read() as conn:
        counted = lifecycle.count_stages(conn, AS_OF, Thresholds())
        assert conn.execute(text("SELECT COUNT(*) FROM customer_stats")).scalar() == 0
    assert counted == lifecycle.recompute(db, AS_OF).counts


@pytest.mark.parametrize(
    "bad",
    [
        Thresholds(promising_min_orders=4, loyal_min_orders=4),
        Thresholds(promising_min_orders=1),
        Thresholds(new_days=100, one_order_passive_days=90),
        Thresholds(loyal_days=400),
        Thresholds(new_days=-1),
    ],
)
def test_inconsistent_thresholds_are_refused_with_a_reason(bad: Thresholds) -> None:
    with pytest.raises(BadSetting) as caught:
        bad.validate()
    assert str(caught.value).endswith(".")


def test_thresholds_round_trip_through_the_database(db) -> None:
    with db.write() as conn:
        lifecycle.save_thresholds(conn, PRESETS["minicrm"])
    with db.read() as conn:
        assert lifecycle.load_thresholds(conn) == PRESETS["minicrm"]


def test_changing_thresholds_moves_customers_at_once(db) -> None:
    with db.write() as conn:
        add_history(conn, "Seventy Days", AS_OF, 1, 70)
    assert lifecycle.recompute(db, AS_OF).counts[Stage.PASSIVE] == 1
    with db.write() as conn:
        lifecycle.save_thresholds(conn, PRESETS["minicrm"])
    assert lifecycle.recompute(db, AS_OF).counts[Stage.LOST] == 1


thresholds_strategy = st.builds(
    lambda a, b, p, pd, ppd, lo, ld, pld: Thresholds(
        new_days=a,
        one_order_passive_days=a + b,
        promising_min_orders=p,
        promising_days=pd,
        promising_passive_days=pd + ppd,
        loyal_min_orders=p + lo,
        loyal_days=ld,
        passive_loyal_days=ld + pld,
    ),
    st.integers(0, 60),
    st.integers(0, 120),
    st.integers(2, 4),
    st.integers(0, 90),
    st.integers(0, 90),
    st.integers(1, 5),
    st.integers(0, 120),
    st.integers(0, 400),
)


@settings(max_examples=25, deadline=None)
@given(
    t=thresholds_strategy,
    histories=st.lists(st.tuples(st.integers(0, 12), st.integers(0, 800)), min_size=1, max_size=12),
)
def test_sql_and_python_rules_agree_for_any_thresholds(
    template_db, tmp_path_factory, t: Thresholds, histories: list[tuple[int, int]]
) -> None:
    import shutil

    from lifecrm.core.storage.db import open_database

    path = tmp_path_factory.mktemp("prop") / "p.sqlite"
    shutil.copy(template_db, path)
    db = open_database(path)
    try:
        with db.write() as conn:
            ids = [add_history(conn, f"h{i}", AS_OF, n, d) for i, (n, d) in enumerate(histories)]
        lifecycle.recompute(db, AS_OF, t)
        with db.read() as conn:
            stored = dict(conn.execute(text("SELECT customer_id, stage FROM customer_stats")).all())
    finally:
        db.close()
    for cid, (n, d) in zip(ids, histories, strict=True):
        assert stored[cid] == classify(n, d if n else None, t)
