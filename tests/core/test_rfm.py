"""RFM quintiles (ties kept together) and the top-2 % "best customers" flag."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import text

from lifecrm.core import lifecycle
from tests.factories import add_customer, add_history, add_order

AS_OF = date(2025, 12, 1)


def _scores(db) -> dict[int, tuple]:
    with db.read() as conn:
        return {
            r.customer_id: (r.recency, r.frequency, r.monetary, r.rfm, bool(r.best))
            for r in conn.execute(text("SELECT * FROM customer_stats"))
        }


def test_five_distinct_customers_get_scores_one_to_five(db) -> None:
    with db.write() as conn:
        # Customer k: k orders, last one (50 - 10k) days ago, k*1000 spent per order.
        ids = [
            add_history(conn, f"c{k}", AS_OF, k, 50 - 10 * k, total_minor=1000 * k)
            for k in range(1, 6)
        ]
    lifecycle.recompute(db, AS_OF)
    scores = _scores(db)
    assert [scores[i][:3] for i in ids] == [(k, k, k) for k in range(1, 6)]
    assert scores[ids[4]][3] == 555
    assert [scores[i][4] for i in ids] == [False, False, False, False, True]


def test_ties_share_a_score(db) -> None:
    with db.write() as conn:
        same = [add_history(conn, f"same{k}", AS_OF, 1, 10, total_minor=500) for k in range(3)]
        better = add_history(conn, "better", AS_OF, 3, 1, total_minor=9000)
    lifecycle.recompute(db, AS_OF)
    scores = _scores(db)
    assert len({scores[i][:3] for i in same}) == 1
    assert scores[better][:3] > scores[same[0]][:3]


def test_prospects_have_no_rfm_and_do_not_dilute_it(db) -> None:
    with db.write() as conn:
        prospects = [add_customer(conn, f"p{k}") for k in range(10)]
        buyers = [
            add_history(conn, f"b{k}", AS_OF, k, 5 * k, total_minor=100 * k) for k in range(1, 6)
        ]
    lifecycle.recompute(db, AS_OF)
    scores = _scores(db)
    assert all(scores[p] == (None, None, None, None, False) for p in prospects)
    assert sorted(scores[b][2] for b in buyers) == [1, 2, 3, 4, 5]


def test_best_customers_are_the_top_two_percent_by_money(db) -> None:
    with db.write() as conn:
        ids = [
            add_history(conn, f"c{k}", AS_OF, 1, 5, total_minor=100 * (k + 1)) for k in range(100)
        ]
    lifecycle.recompute(db, AS_OF)
    best = {cid for cid, s in _scores(db).items() if s[4]}
    assert best == set(ids[-2:])


def test_a_tie_at_the_best_boundary_keeps_both(db) -> None:
    with db.write() as conn:
        top = add_history(conn, "top", AS_OF, 1, 5, total_minor=10_000)
        tied = [add_history(conn, f"t{k}", AS_OF, 1, 5, total_minor=5_000) for k in range(2)]
        for k in range(97):
            add_history(conn, f"rest{k}", AS_OF, 1, 5, total_minor=100)
    lifecycle.recompute(db, AS_OF)
    best = {cid for cid, s in _scores(db).items() if s[4]}
    assert best == {top, *tied}  # 100 customers -> 2 places, but the tie for 2nd is not split


def test_monetary_counts_only_real_orders(db) -> None:
    with db.write() as conn:
        refunder = add_customer(conn, "refunder")
        add_order(conn, refunder, AS_OF - timedelta(days=1), 1_000_000, status="refunded")
        add_order(conn, refunder, AS_OF - timedelta(days=1), 100)
        spender = add_history(conn, "spender", AS_OF, 1, 1, total_minor=5_000)
    lifecycle.recompute(db, AS_OF)
    scores = _scores(db)
    assert scores[spender][2] > scores[refunder][2]
