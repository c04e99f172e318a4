"""Evaluating segments on the 100k-customer / ~1M-order demo database (target < 300 ms each).

For each built-in segment and a five-condition custom one: the count alone, and the editor's
live preview (count + the first 100 members by name, from one evaluation). Medians of five.

.venv/bin/python -m benchmarks.bench_segments [--customers 100000] [--rebuild]
    [--proposed-indexes]   also time a copy with the indexes suggested in docs/segments.md
    [--import-cost]        the price of migration 0007's order-line indexes: bench_import's
                           100k-row .csv imported with and without them, alternating
"""

from __future__ import annotations

import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.common import AS_OF, OUT, demo_database, parser, peak_rss_mb, timed
from lifecrm.core import lifecycle
from lifecrm.core.segments import BUILTIN, Definition, count_segment, parse, preview
from lifecrm.core.storage.db import Database, open_database

CUSTOM: dict[str, object] = {
    "all": [
        {"field": "stage", "op": "in", "value": ["loyal", "passive_loyal"]},
        {"field": "total_spent", "op": ">", "value": "100000"},
        {"field": "bought", "op": "name_contains", "value": "tea"},
        {"field": "language", "op": "in", "value": ["hu", "sl"]},
        {"field": "has_email", "op": "is", "value": True},
    ]
}
FILLS = {"x": ["Black tea, Assam 100 g"], "y": ["TEA-AC-10"]}  # a tea but no infuser

PROPOSED_INDEXES = (
    "CREATE INDEX IF NOT EXISTS ix_orders_customer_date"
    " ON orders (customer_id, order_date, status)",
    "CREATE INDEX IF NOT EXISTS ix_order_item_product ON order_item (product, order_id)",
    "CREATE INDEX IF NOT EXISTS ix_order_item_sku ON order_item (sku, order_id)",
)


def segments() -> list[tuple[str, Definition]]:
    found = [(b.name, b.definition(None if b.ready else FILLS)) for b in BUILTIN]
    return [*found, ("Custom: five conditions", parse(CUSTOM))]


def measure(db: Database, title: str) -> None:
    print(f"\n{title}")
    print(f"  {'segment':<34} {'members':>8} {'count ms':>9} {'preview ms':>11}   (target 300)")
    with db.read() as conn:
        for name, definition in segments():
            n = count_segment(conn, definition, AS_OF)
            count_ms = timed(lambda d=definition: count_segment(conn, d, AS_OF))
            preview_ms = timed(lambda d=definition: preview(conn, d, AS_OF, limit=100))
            flag = "" if max(count_ms, preview_ms) < 300 else "  over"
            print(f"  {name:<34} {n:>8} {count_ms:>9.1f} {preview_ms:>11.1f}{flag}")


def indexed_copy(db: Database, customers: int) -> Database:
    path = OUT / f"demo-{customers}-segment-indexes.sqlite"
    if not path.exists():
        source = sqlite3.connect(db.path)
        target = sqlite3.connect(path)
        source.backup(target)
        source.close()
        for sql in PROPOSED_INDEXES:
            target.execute(sql)
        target.commit()
        target.close()
    return open_database(Path(path))


def _import_seconds(csv: Path, with_indexes: bool) -> float:
    from lifecrm.core.importing.importer import import_file
    from lifecrm.core.importing.plan import ImportOptions

    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "lifecrm.sqlite")
        if not with_indexes:
            with db.write() as conn:
                for name in ("ix_order_item_product", "ix_order_item_sku"):
                    conn.exec_driver_sql(f"DROP INDEX {name}")
        start = time.perf_counter()
        import_file(db, csv, ImportOptions(as_of=AS_OF))
        seconds = time.perf_counter() - start
        db.close()
    return seconds


def import_cost() -> None:
    """Medians of three imports each way, alternating so a busy machine hurts both alike."""
    from benchmarks.bench_import import make_file

    csv = make_file(100_000, "csv")
    runs: dict[bool, list[float]] = {True: [], False: []}
    for _ in range(3):
        for with_indexes in (False, True):
            runs[with_indexes].append(_import_seconds(csv, with_indexes))
    without, with_ = statistics.median(runs[False]), statistics.median(runs[True])
    print(f"\nImporting {csv.name} (100k order lines) into a new database, median of 3")
    print(f"  without the order-line indexes {without:8.2f} s")
    print(f"  with them (migration 0007)     {with_:8.2f} s   {100 * (with_ / without - 1):+.1f} %")


def main() -> None:
    p = parser(__doc__ or "")
    p.add_argument("--proposed-indexes", action="store_true")
    p.add_argument("--import-cost", action="store_true")
    args = p.parse_args()
    db, _build_s = demo_database(args.customers, args.rebuild)
    lifecycle.recompute(db, AS_OF)  # segments read the stats: make sure they describe AS_OF
    measure(db, f"Segments on {args.customers} customers as of {AS_OF} (schema as shipped)")
    if args.proposed_indexes:
        measure(indexed_copy(db, args.customers), "With the proposed indexes (a copy)")
    if args.import_cost:
        import_cost()
    print(f"\n  peak memory (RSS) {peak_rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
