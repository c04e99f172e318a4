"""Runs every benchmark at realistic size and prints their figures (never fails on time).

.venv/bin/python benchmarks/run_all.py [--customers 100000] [--rebuild]
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    args = sys.argv[1:]
    for module in ("benchmarks.bench_core", "benchmarks.bench_ui", "benchmarks.bench_segments",
                   "benchmarks.bench_drafts", "benchmarks.bench_export",
                   "benchmarks.bench_predict"):  # fmt: skip
        done = subprocess.run([sys.executable, "-m", module, *args], cwd=ROOT, env=env)
        if done.returncode:
            return done.returncode
        args = [a for a in args if a != "--rebuild"]  # build the demo database only once
    # These make their own files and servers; --customers does not apply.
    for module in ("benchmarks.bench_startup", "benchmarks.bench_readers",
                   "benchmarks.bench_import", "benchmarks.bench_send"):  # fmt: skip
        done = subprocess.run([sys.executable, "-m", module], cwd=ROOT, env=env)
        if done.returncode:
            return done.returncode
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
