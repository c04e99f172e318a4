"""Reading a big orders workbook: openpyxl against python-calamine, and LifeCRM's own reader.

.venv/bin/python -m benchmarks.bench_readers [--rows 100000] [--readers calamine-rows,lifecrm]

The workbook (an order export: ~10 columns with date cells, text and numbers) is written once
with openpyxl and kept in benchmarks/out/. Each reader runs in a fresh subprocess so its peak
RSS (ru_maxrss) is its own: tracemalloc cannot see what calamine allocates in Rust.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from benchmarks.common import OUT, peak_rss_mb

ROOT = Path(__file__).resolve().parent.parent
HEADERS = [
    "Order number",
    "Order date",
    "Paid at",
    "Customer",
    "E-mail",
    "Product",
    "Quantity",
    "Unit price",
    "Total",
    "Status",
]
FIRST = ["Gergő", "Anna", "Štefan", "Jón", "Ольга", "Zoë", "Ádám", "Žiga", "Bo", "Guðrún"]
LAST = ["Tóth", "Kiss", "Košir", "Þórsson", "Смирнова", "Smith", "Szűcs", "Novak", "Li", "Nagy"]
PRODUCTS = [
    (f"Product {n:03d}", random.Random(n).choice([990, 1590.5, 4990, 12990])) for n in range(300)
]
STATUSES = ["completed"] * 12 + ["pending", "cancelled", "refunded"]


def workbook(rows: int) -> Path:
    """benchmarks/out/orders-N.xlsx, written (openpyxl write-only) when first asked for."""
    path = OUT / f"orders-{rows}.xlsx"
    if path.exists():
        return path
    from openpyxl import Workbook

    OUT.mkdir(exist_ok=True)
    rng = random.Random(1)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Orders")
    sheet.append(["Webshop order export"])
    sheet.append([])
    sheet.append(HEADERS)
    start = datetime(2019, 1, 1, 8)
    order, written = 100_000, 0
    while written < rows:
        order += 1
        customer = rng.randrange(rows // 8 + 1)
        name = f"{FIRST[customer % 10]} {LAST[customer // 10 % 10]} {customer}"
        email = f"c{customer}@example.hu"
        when = start + timedelta(minutes=rng.randrange(7 * 365 * 24 * 60))
        lines = [rng.choice(PRODUCTS) for _ in range(rng.choice([1, 1, 1, 2, 3]))]
        total = sum(price for _p, price in lines)
        status = rng.choice(STATUSES)
        for product, price in lines[: rows - written]:
            quantity = rng.choice([1, 1, 1, 2, 5])
            paid = when + timedelta(minutes=7)
            sheet.append(
                [f"#{order}", when.date(), paid, name, email, product, quantity, price]
                + [total * quantity, status]
            )
            written += 1
    tmp = path.with_suffix(".tmp.xlsx")
    book.save(tmp)
    tmp.replace(path)
    return path


def _openpyxl(path: Path) -> int:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=True)
    n = sum(1 for _row in book["Orders"].iter_rows(values_only=True))
    book.close()
    return n


def _calamine_to_python(path: Path) -> int:
    from python_calamine import CalamineWorkbook

    with CalamineWorkbook.from_path(path) as book:
        return len(book.get_sheet_by_name("Orders").to_python())


def _calamine_iter_rows(path: Path) -> int:
    from python_calamine import CalamineWorkbook

    with CalamineWorkbook.from_path(path) as book:
        return sum(1 for _row in book.get_sheet_by_name("Orders").iter_rows())


def _lifecrm(path: Path) -> int:
    from lifecrm.core.importing.readers import read_file

    return len(read_file(path).rows)


READERS: dict[str, Callable[[Path], int]] = {
    "openpyxl": _openpyxl,
    "calamine-to_python": _calamine_to_python,
    "calamine-iter_rows": _calamine_iter_rows,
    "lifecrm": _lifecrm,  # read_file: calamine + header detection, a RawTable
    "baseline": lambda _path: 0,  # the interpreter alone, for comparing RSS
}


def _worker(name: str, path: Path) -> None:
    start = time.perf_counter()
    rows = READERS[name](path)
    seconds = time.perf_counter() - start
    print(json.dumps({"rows": rows, "seconds": seconds, "rss_mb": peak_rss_mb()}))


def _measure(name: str, path: Path) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench_readers", "--worker", name, str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, float] = json.loads(done.stdout.splitlines()[-1])
    return result


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--rows", type=int, default=100_000)
    p.add_argument(
        "--readers", default=",".join(READERS), help="comma-separated, of: " + ", ".join(READERS)
    )
    p.add_argument("--worker", nargs=2, metavar=("READER", "FILE"), help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.worker:
        _worker(args.worker[0], Path(args.worker[1]))
        return
    start = time.perf_counter()
    path = workbook(args.rows)
    made = time.perf_counter() - start
    size = path.stat().st_size / 1e6
    print(f"Reading {path.name}: {args.rows} rows x {len(HEADERS)} columns, {size:.1f} MB")
    if made > 1:
        print(f"  (written with openpyxl write_only in {made:.1f} s)")
    print(f"  {'reader':<22} {'seconds':>8} {'rows/s':>10} {'peak RSS MB':>12}")
    for name in args.readers.split(","):
        r = _measure(name, path)
        rate = r["rows"] / r["seconds"] if r["seconds"] > 0 and r["rows"] else 0
        print(f"  {name:<22} {r['seconds']:>8.2f} {rate:>10,.0f} {r['rss_mb']:>12.0f}")


if __name__ == "__main__":
    main()
