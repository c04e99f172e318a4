"""Two LifeCRM processes on one database file: readers never wait for a writer, a second
writer waits (saying so on stderr) instead of failing with sqlite's "database is locked".

The writer is a real `lifecrm import` of a file big enough to hold the write lock for a while;
the test waits until it holds it (asking SQLite, not the clock) before starting the other.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from lifecrm.core import lifecycle
from lifecrm.core.storage.db import open_database
from tests.e2e.test_cli import lifecrm
from tests.factories import add_history

AS_OF = "2025-12-01"
ROWS = 200_000


def big_csv(path: Path) -> Path:
    with path.open("w", encoding="utf-8") as f:
        f.write("Order number,Customer name,Email,Order date,Product,Quantity,Total,Currency\n")
        for i in range(ROWS):
            c = i % 40_000
            f.write(
                f"B-{i},Customer {c},c{c}@example.com,2025-{1 + i % 11:02d}-{1 + i % 28:02d},"
                f"Soap {i % 50},1,{10 + i % 90}.50,EUR\n"
            )
    return path


def finished(process: subprocess.Popen[str]) -> None:
    """Waits for the import and checks it succeeded."""
    _out, err = process.communicate(timeout=600)
    assert process.returncode == 0, err


def writer_holds_the_lock(path: Path) -> bool:
    con = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        con.execute("BEGIN IMMEDIATE")
        con.execute("ROLLBACK")
        return False
    except sqlite3.OperationalError as exc:
        assert "locked" in str(exc)
        return True
    finally:
        con.close()


@pytest.fixture
def shop(db_path: Path) -> Path:
    db = open_database(db_path)
    with db.write() as conn:
        add_history(conn, "Tóth Gergő", date(2025, 11, 1), 4, 120, total_minor=159050)
        add_history(conn, "Anna Smith", date(2025, 11, 1), 1, 5)
        lifecycle.recompute_in(conn, date.fromisoformat(AS_OF))
    db.close()
    return db_path


@pytest.fixture
def importing(shop: Path, tmp_path: Path) -> Iterator[subprocess.Popen[str]]:
    """A big import that has taken the write lock (and still holds it) when the test starts."""
    csv = big_csv(tmp_path / "big.csv")
    importer = subprocess.Popen(
        [sys.executable, "-m", "lifecrm", "--db", str(shop), "import", str(csv), "--as-of", AS_OF],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ),
    )
    while not writer_holds_the_lock(shop):
        try:
            importer.wait(timeout=0.1)
        except subprocess.TimeoutExpired:
            continue
        pytest.fail(f"the import ended before it was seen writing: {importer.communicate()}")
    with importer:  # closes its pipes
        yield importer
        importer.communicate(timeout=600)


def test_stages_during_a_big_import_reads_without_waiting_for_it(shop, importing) -> None:
    done = lifecrm("--db", str(shop), "stages", "--as-of", AS_OF, "--json")

    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["total"] == 2  # the snapshot from before the import
    assert "waiting" not in done.stderr
    assert importing.poll() is None and writer_holds_the_lock(shop)  # it did not wait for it
    finished(importing)


def test_a_second_import_waits_for_the_first_and_says_so(shop, importing, tmp_path) -> None:
    small = tmp_path / "small.csv"
    small.write_text(
        "Order number,Customer name,Email,Order date,Total,Currency\n"
        "S-1,Late Comer,late@example.com,2025-11-30,12.00,EUR\n",
        encoding="utf-8",
    )

    second = lifecrm("--db", str(shop), "import", str(small), "--as-of", AS_OF, "--json")

    finished(importing)
    assert "database is locked" not in second.stderr
    assert "waiting for another LifeCRM" in second.stderr
    assert second.returncode == 0, second.stderr
    con = sqlite3.connect(shop)
    assert con.execute("SELECT COUNT(*) FROM orders WHERE number LIKE 'B-%'").fetchone() == (ROWS,)
    assert con.execute("SELECT COUNT(*) FROM orders WHERE number = 'S-1'").fetchone() == (1,)
    con.close()


def test_stages_for_a_new_day_waits_for_the_import_then_counts_it(shop, importing) -> None:
    """Stale stats must be recomputed, which is a write: it waits, and sees the import."""
    done = lifecrm("--db", str(shop), "stages", "--as-of", "2025-12-02", "--json")

    assert done.returncode == 0, done.stderr
    assert "waiting for another LifeCRM" in done.stderr
    finished(importing)
    assert json.loads(done.stdout)["total"] == 2 + 40_000
