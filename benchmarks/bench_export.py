"""Exporting the whole customer list of the 100k-customer demo database to .xlsx.

.venv/bin/python -m benchmarks.bench_export [--customers 100000] [--rebuild]
"""

from __future__ import annotations

import time

from benchmarks.common import OUT, demo_database, parser, peak_rss_mb, row
from lifecrm.core.exporting import export_customers
from lifecrm.core.lifecycle import Stage


def main() -> None:
    args = parser(__doc__ or "").parse_args()
    db, build_s = demo_database(args.customers, args.rebuild)
    print(f"LifeCRM export benchmark: {args.customers} customers")
    if build_s is not None:
        row("demo build (generate + first recompute)", build_s, "s")
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
