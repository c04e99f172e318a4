"""Shared by the benchmarks: a cached 100k-customer demo database and a small timer."""

from __future__ import annotations

import argparse
import resource
import statistics
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from lifecrm.core import lifecycle
from lifecrm.core.customers import count_customers
from lifecrm.core.storage.db import Database, open_database

OUT = Path(__file__).resolve().parent / "out"
AS_OF = date(2025, 12, 1)


def parser(description: str) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=description)
    p.add_argument("--customers", type=int, default=100_000)
    p.add_argument("--rebuild", action="store_true", help="build the demo database anew")
    return p


def demo_database(customers: int, rebuild: bool = False) -> tuple[Database, float | None]:
    """Opens benchmarks/out/demo-N.sqlite, building it first if needed; returns build seconds."""
    from lifecrm.core.demo import generate

    OUT.mkdir(exist_ok=True)
    path = OUT / f"demo-{customers}.sqlite"
    if rebuild:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    db = open_database(path)
    with db.read() as conn:
        if count_customers(conn) == customers:
            return db, None
    start = time.perf_counter()
    generate(db, customers=customers, seed=1, as_of=AS_OF)
    lifecycle.recompute(db, AS_OF)
    return db, time.perf_counter() - start


def timed(fn: Callable[[], object], repeat: int = 5) -> float:
    """Median wall time in milliseconds over `repeat` runs (after one warm-up)."""
    fn()
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        runs.append((time.perf_counter() - start) * 1000)
    return statistics.median(runs)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def row(label: str, value: float, unit: str = "ms", target: str = "") -> None:
    note = f"   (target {target})" if target else ""
    print(f"  {label:<48} {value:>10.1f} {unit}{note}")
