"""How long the `lifecrm` command takes to start, against `python -c pass` in the same run.

Each figure is the median wall time of N fresh processes (the OS file cache warm), so a
scheduler's `lifecrm send` or a script's loop sees what is printed. References: the
interpreter alone (`python -c pass`) and importing the package (`python -c "import lifecrm"`).
Targets (issue 10): `lifecrm --help` under 0.25 s, `lifecrm stages --json` on the demo database
(300 customers, as `lifecrm demo` makes it) under 0.6 s.

.venv/bin/python -m benchmarks.bench_startup [--runs 9]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.common import OUT

ROOT = Path(__file__).resolve().parent.parent


def _seconds(argv: list[str], runs: int) -> float:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    times = []
    for _ in range(runs + 1):  # the first run only warms the file cache
        start = time.perf_counter()
        subprocess.run(argv, env=env, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times[1:])


def _demo_database() -> Path:
    path = OUT / "demo-300-startup.sqlite"
    if not path.exists():
        OUT.mkdir(exist_ok=True)
        lifecrm = [sys.executable, "-m", "lifecrm", "--db", str(path)]
        subprocess.run([*lifecrm, "demo"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    return path


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--runs", type=int, default=9)
    args = p.parse_args()
    db = _demo_database()
    python = sys.executable
    cases = [
        ("reference: python -c pass", [python, "-c", "pass"], None),
        ('reference: python -c "import lifecrm"', [python, "-c", "import lifecrm"], None),
        ("lifecrm --help", [python, "-m", "lifecrm", "--help"], 0.25),
        ("lifecrm stages --json (demo, 300)", [python, "-m", "lifecrm", "--db", str(db),
                                               "stages", "--json"], 0.6),
        ("lifecrm customers --json (demo, 300)", [python, "-m", "lifecrm", "--db", str(db),
                                                  "customers", "--json"], None),
    ]  # fmt: skip
    print(f"LifeCRM start-up benchmark: median of {args.runs} fresh processes")
    base = None
    for label, argv, target in cases:
        seconds = _seconds(argv, args.runs)
        base = seconds if base is None else base
        note = f"   (target {target:.2f} s)" if target else ""
        print(f"  {label:<42} {seconds:7.3f} s  {seconds - base:+7.3f} s over python{note}")


if __name__ == "__main__":
    main()
