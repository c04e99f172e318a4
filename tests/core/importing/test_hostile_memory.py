"""The bombs, imported by a child process held to 1.5 GB of address space, are refused in one
sentence (exit 2). Before the limits, the first aborted the process (SIGABRT) and the others
took gigabytes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "fixtures" / "hostile"))
import make_hostile  # noqa: E402

CEILING = 1536 * 2**20
CHILD = """
import resource, sys
resource.setrlimit(resource.RLIMIT_AS, ({ceiling}, {ceiling}))
from lifecrm.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.parametrize(
    ("make", "extra"),
    [
        (lambda p: make_hostile.dimension_bomb(p / "dimension.xlsx"), []),
        (lambda p: make_hostile.ods_repeat_bomb(p / "repeats.ods"), []),
        # The cap is lowered so the test writes 40 MB, not the 10 million rows it stands for.
        (lambda p: make_hostile.many_rows(p / "rows.xlsx", 200_001), ["--max-rows", "200000"]),
        (lambda p: make_hostile.inflating_sheet(p / "zip.xlsx", 120), ["--max-rows", "100000"]),
    ],
)
def test_a_bomb_is_refused_within_the_memory_ceiling(
    db_path: Path, tmp_path: Path, make, extra: list[str]
) -> None:
    path = make(tmp_path)
    before = db_path.read_bytes()

    done = subprocess.run(
        [sys.executable, "-c", CHILD.format(ceiling=CEILING), "--db", str(db_path)]
        + ["import", str(path), "--currency", "EUR", *extra],
        capture_output=True,
        text=True,
        timeout=300,
    )

    assert done.returncode == 2, done.stderr[-2000:]
    assert done.stderr.count("\n") == 1 and path.name in done.stderr
    assert db_path.read_bytes() == before
