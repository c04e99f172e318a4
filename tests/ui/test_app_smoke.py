"""`run_window(..., smoke_test=True)` as installers and CI run it: a fresh process, offscreen."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = """
import sys
from datetime import date
from pathlib import Path
from lifecrm.app import run_window
sys.exit(run_window(Path(sys.argv[1]), smoke_test=True, demo=sys.argv[2] == "demo",
                    as_of=date(2025, 12, 1)))
"""


def smoke(path: Path, mode: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}  # XDG_* already point into tmp_path
    return subprocess.run(
        [sys.executable, "-c", SCRIPT, str(path), mode],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_smoke_test_paints_the_window_and_exits_0(shop_path: Path) -> None:
    done = smoke(shop_path)
    assert done.returncode == 0, done.stderr


def test_smoke_test_on_a_new_database_shows_the_welcome_and_exits_0(tmp_path: Path) -> None:
    path = tmp_path / "new" / "lifecrm.sqlite"
    done = smoke(path)
    assert done.returncode == 0, done.stderr
    assert path.exists()


def test_smoke_test_in_demo_mode_stops_building_demo_data_and_exits_0(tmp_path: Path) -> None:
    done = smoke(tmp_path / "demo.sqlite", "demo")
    assert done.returncode == 0, done.stderr


def test_an_unusable_database_exits_2_with_one_sentence(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"this is not a database, just some notes\n" * 200)
    done = smoke(path)
    assert done.returncode == 2
    assert "not a LifeCRM database" in done.stderr
    assert "Traceback" not in done.stderr
