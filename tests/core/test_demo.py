"""Demo data: deterministic, consistent, every stage populated, cancellable."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from lifecrm.core import lifecycle
from lifecrm.core.demo import generate
from lifecrm.core.jobs import CancelFlag, Cancelled
from lifecrm.core.lifecycle import STAGES
from lifecrm.core.storage.db import open_database

AS_OF = date(2025, 12, 1)


def _snapshot(path: Path) -> list[tuple]:
    db = open_database(path)
    with db.read() as conn:
        rows = conn.execute(
            text(
                "SELECT c.name, c.email, o.number, o.order_date, o.total_minor, o.status"
                " FROM customer c JOIN orders o ON o.customer_id = c.id ORDER BY o.id"
            )
        ).all()
    db.close()
    return [tuple(r) for r in rows]


def test_same_seed_same_data_other_seed_other_data(tmp_path: Path) -> None:
    for name, seed in (("a", 5), ("b", 5), ("c", 6)):
        generate(open_database(tmp_path / f"{name}.sqlite"), customers=60, seed=seed, as_of=AS_OF)
    a, b, c = (_snapshot(tmp_path / f"{n}.sqlite") for n in "abc")
    assert a == b
    assert a != c


@pytest.mark.parametrize("customers", [50, 300])
def test_every_stage_is_populated(db, customers: int) -> None:
    result = generate(db, customers=customers, as_of=AS_OF)
    counts = lifecycle.recompute(db, AS_OF).counts
    assert result.customers == customers == sum(counts.values())
    assert all(counts[stage] > 0 for stage in STAGES), counts


def test_rows_are_consistent(db) -> None:
    result = generate(db, customers=300, as_of=AS_OF)
    with db.read() as conn:
        q = lambda sql: conn.execute(text(sql)).scalar()  # noqa: E731
        assert q("SELECT COUNT(*) FROM orders") == result.orders
        assert q("SELECT COUNT(*) FROM order_item") == result.items
        assert q("SELECT MAX(order_date) FROM orders") <= AS_OF.isoformat()
        assert q("SELECT COUNT(*) FROM customer WHERE name_key = '' OR search_key = ''") == 0
        assert q("SELECT COUNT(DISTINCT email_key) = COUNT(email_key) FROM customer") == 1
        assert q("SELECT COUNT(DISTINCT number) = COUNT(*) FROM orders") == 1
        assert (
            q(
                "SELECT COUNT(*) FROM orders o WHERE total_minor != (SELECT SUM(quantity *"
                " unit_price_minor) FROM order_item i WHERE i.order_id = o.id)"
            )
            == 0
        )
        languages = Counter(r[0] for r in conn.execute(text("SELECT language FROM customer")))
        statuses = {r[0] for r in conn.execute(text("SELECT DISTINCT status FROM orders"))}
    assert set(languages) == {"hu", "en", "ru", "is", "sl"}
    assert statuses <= {"completed", "cancelled", "refunded"}


def test_names_follow_each_languages_order(db) -> None:
    generate(db, customers=300, as_of=AS_OF)
    with db.read() as conn:
        rows = conn.execute(
            text("SELECT language, name, first_name, last_name, middle_name FROM customer")
        ).all()
    for lang, name, first, last, middle in rows:
        if lang == "hu":
            assert name == f"{last} {first}"
        elif lang == "ru":
            assert name == f"{last} {first} {middle}" and middle.endswith(("ич", "на"))
        else:
            assert name == f"{first} {last}"
        if lang == "is":
            assert last.endswith(("son", "dóttir"))


def test_cancel_leaves_the_database_empty(db) -> None:
    flag = CancelFlag()
    with pytest.raises(Cancelled):
        generate(db, customers=5000, as_of=AS_OF, progress=lambda d, t: flag.set(), cancel=flag)
    with db.read() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM customer")).scalar() == 0
        assert conn.execute(text("SELECT COUNT(*) FROM orders")).scalar() == 0
