"""Import end to end at 100k and 1M order rows, beside a reference measured in the same run.

The reference is what no importer can beat: the same reader reading the same file, plus a
plain `executemany` of the raw rows into one SQLite table. Each measurement runs in its own
process so its peak memory is its own.

.venv/bin/python -m benchmarks.bench_import [--rows 100000 1000000] [--formats csv xlsx]
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from benchmarks.common import OUT

HEADERS = [
    "Order number",
    "Order date",
    "Customer",
    "E-mail",
    "Phone",
    "Product",
    "Quantity",
    "Unit price",
    "Total",
    "Currency",
    "Status",
]
PRODUCTS = [("Mug", "12.50"), ("Tea, green", "7.90"), ("Candle", "15.00"), ("Soap", "4.20")]
STATUSES = ["completed"] * 18 + ["cancelled", "refunded"]


def _order_rows(rows: int, seed: int = 1) -> list[list[object]]:
    """About 1.3 rows per order, ~5 orders per customer, dates over six years."""
    from lifecrm.core.demo.names import LANGUAGES

    rng = random.Random(seed)
    customers = max(rows // 7, 1)
    people = []
    for n in range(customers):
        lang = rng.choice(LANGUAGES)
        first = rng.choice(lang.male + lang.female)
        last = rng.choice(lang.surnames)
        people.append(
            (f"{first} {last}", f"c{n}@example.{lang.country.lower()}", f"+36 30 {n:07d}")
        )
    out: list[list[object]] = []
    start = date(2019, 1, 1)
    number = 100000
    while len(out) < rows:
        number += 1
        name, email, phone = rng.choice(people)
        day = start + timedelta(days=rng.randrange(2500))
        lines = [rng.choice(PRODUCTS) for _ in range(1 if rng.random() < 0.75 else 2)]
        qty = [rng.randint(1, 3) for _ in lines]
        total = sum(float(p) * q for (_n, p), q in zip(lines, qty, strict=True))
        status = rng.choice(STATUSES)
        for (product, price), q in zip(lines, qty, strict=True):
            out.append(
                [
                    f"W-{number}",
                    day,
                    name,
                    email,
                    phone,
                    product,
                    q,
                    price,
                    f"{total:.2f}",
                    "EUR",
                    status,
                ]
            )
    return out[:rows]


def make_file(rows: int, fmt: str) -> Path:
    OUT.mkdir(exist_ok=True)
    path = OUT / f"import-{rows}.{fmt}"
    if path.exists():
        return path
    data = _order_rows(rows)
    if fmt == "csv":
        with path.open("w", encoding="utf-8", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(HEADERS)
            writer.writerows(
                [[d.isoformat() if isinstance(d, date) else d for d in r] for r in data]
            )
    else:
        from openpyxl import Workbook

        book = Workbook(write_only=True)
        sheet = book.create_sheet("Orders")
        sheet.append(HEADERS)
        for r in data:
            sheet.append(r)
        book.save(path)
    return path


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure_reference(path: Path) -> dict[str, float]:
    from lifecrm.core.importing.readers import read_file

    start = time.perf_counter()
    table = read_file(path)
    read = time.perf_counter() - start
    with tempfile.TemporaryDirectory() as tmp:
        conn = sqlite3.connect(Path(tmp) / "ref.sqlite")
        conn.execute("PRAGMA journal_mode=WAL")
        width = len(table.headers)
        conn.execute(f"CREATE TABLE raw ({', '.join(f'c{i}' for i in range(width))})")
        start = time.perf_counter()
        marks = ", ".join("?" * width)
        with conn:
            conn.executemany(
                f"INSERT INTO raw VALUES ({marks})",
                ([str(c) if c is not None else None for c in cells] for _n, cells in table.rows),
            )
        insert = time.perf_counter() - start
        conn.close()
    return {"read_s": read, "insert_s": insert, "total_s": read + insert, "peak_mb": _peak_mb()}


def measure_import(path: Path, twice: bool) -> dict[str, float]:
    from lifecrm.core.importing.importer import import_file
    from lifecrm.core.importing.plan import ImportOptions
    from lifecrm.core.storage.db import open_database

    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "lifecrm.sqlite")
        options = ImportOptions(as_of=date(2025, 12, 1))
        start = time.perf_counter()
        first = import_file(db, path, options)
        elapsed = time.perf_counter() - start
        result = {
            "total_s": elapsed,
            "orders": first.orders_created,
            "customers": first.customers_created,
            "problems": len(first.problems),
        }
        if twice:
            start = time.perf_counter()
            again = import_file(db, path, options)
            result["reimport_s"] = time.perf_counter() - start
            result["reimport_created"] = again.orders_created
        db.close()
    result["peak_mb"] = _peak_mb()
    return result


def _child(kind: str, path: Path) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench_import", "--child", kind, str(path)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--rows", type=int, nargs="+", default=[100_000, 1_000_000])
    p.add_argument("--formats", nargs="+", default=["xlsx", "csv"])
    p.add_argument("--child", nargs=2, metavar=("KIND", "PATH"), help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.child:
        kind, path = args.child
        doc = (
            measure_reference(Path(path))
            if kind == "reference"
            else measure_import(Path(path), twice=True)
        )
        print(json.dumps(doc))
        return 0
    print("Import, end to end (fresh database; then the same file again)")
    for rows in args.rows:
        for fmt in args.formats:
            path = make_file(rows, fmt)
            ref = _child("reference", path)
            imp = _child("import", path)
            ratio = imp["total_s"] / ref["total_s"]
            print(
                f"  {rows:>9,} rows .{fmt:<4}  reference {ref['total_s']:6.2f} s "
                f"(read {ref['read_s']:.2f} + insert {ref['insert_s']:.2f}, "
                f"{ref['peak_mb']:.0f} MB)"
            )
            print(
                f"  {'':>15} import    {imp['total_s']:6.2f} s = {ratio:.2f}x reference "
                f"(target <= 1.5x), peak {imp['peak_mb']:.0f} MB; "
                f"{imp['orders']:,} orders, {imp['customers']:,} customers"
            )
            print(
                f"  {'':>15} re-import {imp['reimport_s']:6.2f} s, "
                f"{imp['reimport_created']} orders created (target 0, <= first import)"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
