"""A segment plugs into the customer list: its members, with the list's own sort and search."""

from __future__ import annotations

from datetime import timedelta

from lifecrm.core import lifecycle
from lifecrm.core.customers import (
    CustomerFilter,
    SortKey,
    count_customers,
    customer_ids,
    list_customers,
)
from lifecrm.core.lifecycle import Stage
from lifecrm.core.segments import parse, segment_ids, segment_members
from tests.core.segments.helpers import AS_OF, cond, order, person


def test_list_sort_search_and_stage_apply_within_the_segment(db) -> None:
    with db.write() as conn:
        ids = {}
        for name, spent, days in [
            ("Anna Tea", 3_000, 3),
            ("Béla Tea", 9_000, 3),
            ("Cecil Coffee", 5_000, 3),
            ("Dóra Tea", 1_000, 200),
        ]:
            ids[name] = person(conn, name)
            order(conn, ids[name], AS_OF - timedelta(days=days), spent, products=[name.split()[1]])
    lifecycle.recompute(db, AS_OF)
    with db.read() as conn:
        tea = segment_ids(conn, parse(cond("bought", "any_of", ["Tea"])), AS_OF)
        by_total = customer_ids(conn, CustomerFilter(segment=tea, sort=SortKey.TOTAL))
        assert by_total == [ids["Dóra Tea"], ids["Anna Tea"], ids["Béla Tea"]]
        searched = list_customers(conn, CustomerFilter(segment=tea, search="bela"))
        assert [r.name for r in searched] == ["Béla Tea"]
        new_tea = CustomerFilter(segment=tea, stage=Stage.NEW)
        assert count_customers(conn, new_tea) == 2
        assert count_customers(conn) == 4
        page = segment_members(
            conn, parse(cond("bought", "any_of", ["Tea"])), AS_OF, limit=2, offset=1
        )
        assert [r.name for r in page] == ["Béla Tea", "Dóra Tea"]
