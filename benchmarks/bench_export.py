"""Exporting the whole customer list of the 100k-customer demo database to .xlsx.

Two references measured in the same run: reading the rows the export reads (the database's
share), and those rows written by XlsxWriter as plain values with no formats or checks (the
writer's floor). Target: the export of every customer within 3 s (it took 22 s with openpyxl).

.venv/bin/python -m benchmarks.bench_export [--customers 100000] [--rebuild]
"""

from __future__ import annotations

import time
from typing import Any

from xlsxwriter import Workbook

from benchmarks.common import OUT, demo_database, parser, peak_rss_mb, row
from lifecrm.core.customers import customer_ids, customer_rows
from lifecrm.core.exporting import PAGE, export_customers
from lifecrm.core.lifecycle import Stage
from lifecrm.core.storage.db import Database


def _rows(db: Database) -> list[Any]:
    with db.read() as conn:
        ids = customer_ids(conn)
        found = []
        for start in range(0, len(ids), PAGE):
            page = ids[start : start + PAGE]
            rows = customer_rows(conn, page)
            found += [rows[cid] for cid in page]
    return found


def _plain_write(rows: list[Any]) -> None:
    book = Workbook(str(OUT / "export-reference.xlsx"), {"constant_memory": True})
    sheet = book.add_worksheet()
    for n, r in enumerate(rows):
        sheet.write_row(n, 0, (r.name, r.first_name, r.last_name, r.email, r.phone,
                               r.customer_number, str(r.stage), r.orders, r.total_minor,
                               r.currency, r.first_order, r.last_order, r.rfm, r.best,
                               r.opted_out))  # fmt: skip
    book.close()


def main() -> None:
    args = parser(__doc__ or "").parse_args()
    db, build_s = demo_database(args.customers, args.rebuild)
    print(f"LifeCRM export benchmark: {args.customers} customers")
    if build_s is not None:
        row("demo build (generate + first recompute)", build_s, "s")
    start = time.perf_counter()
    rows = _rows(db)
    read_s = time.perf_counter() - start
    row(f"reference: read the {len(rows)} rows the export writes", read_s, "s")
    start = time.perf_counter()
    _plain_write(rows)
    row(
        "reference: read + plain XlsxWriter write, no formats",
        read_s + time.perf_counter() - start,
        "s",
    )
    for label, stage in (("every customer", None), ("loyal customers only", Stage.LOYAL)):
        path = OUT / f"export-{args.customers}.xlsx"
        start = time.perf_counter()
        written = export_customers(db, path, stage=stage)
        seconds = time.perf_counter() - start
        size = path.stat().st_size / 1e6
        row(f"export {label} ({written} rows, {size:.1f} MB)", seconds, "s")
        row(f"  rows per second ({label})", written / seconds, "rows/s")
    row("peak memory (RSS)", peak_rss_mb(), "MB")


if __name__ == "__main__":
    main()
