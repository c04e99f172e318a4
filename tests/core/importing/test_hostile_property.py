"""Mutated real exports through the command line: exit 0 with what it did, or exit 2 with the
database unchanged; never exit 1 (a bug) and never a crash, whatever the bytes."""

from __future__ import annotations

import contextlib
import io
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lifecrm.cli import main
from lifecrm.core.storage.db import open_database
from tests.core.importing.helpers import snapshot

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "import"
TEXT_FILES = ["shopify_orders.csv", "hu_rendelesek.csv", "ru_zakazy.csv", "bad_rows.csv"]
WORKBOOKS = ["freelancer_jobs.xlsx", "customers_only.xlsx", "orders.ods"]
ARGS = ["--currency", "EUR", "--as-of", "2025-12-31", "--json"]


@st.composite
def mutated(draw: st.DrawFn, names: list[str]) -> tuple[str, bytes]:
    """A real export with some of: bytes flipped, a cut, lines doubled, quotes, other encodings."""
    name = draw(st.sampled_from(names))
    data = bytearray((FIXTURES / name).read_bytes())
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["flip", "cut", "double", "quote", "recode", "insert"]))
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        if kind == "flip" and data:
            data[at] = draw(st.integers(0, 255))
        elif kind == "cut":
            del data[at:]
        elif kind == "double":
            end = data.find(b"\n", at) + 1 or len(data)
            data[at:at] = data[at:end] * draw(st.integers(1, 60))
        elif kind == "quote":
            data[at:at] = b'"'
        elif kind == "recode":
            line = data[at : data.find(b"\n", at) + 1 or len(data)]
            text = line.decode("utf-8", "replace")
            encoding = draw(st.sampled_from(["cp1250", "cp1251", "utf-16-le", "utf-7"]))
            data[at : at + len(line)] = text.encode(encoding, "replace")
        else:
            data[at:at] = draw(st.binary(min_size=1, max_size=12))
    return name, bytes(data)


def _fresh_db(template_db: Path, folder: Path) -> Path:
    path = folder / "shop.sqlite"
    shutil.copyfile(template_db, path)
    return path


def _outcome(db_path: Path, code: int, before: str) -> None:
    assert code in (0, 2), f"exit {code}"
    if code == 2:
        database = open_database(db_path)
        try:
            assert snapshot(database) == before
        finally:
            database.close()


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(case=mutated(TEXT_FILES))
def test_a_mutated_text_export_imports_with_problems_or_is_refused(
    case: tuple[str, bytes], template_db: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder = tmp_path_factory.mktemp("mutated")
    name, data = case
    path = folder / name
    path.write_bytes(data)
    db_path = _fresh_db(template_db, folder)
    database = open_database(db_path)
    before = snapshot(database)
    database.close()

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["--db", str(db_path), "import", str(path), *ARGS])

    _outcome(db_path, code, before)
    assert "Traceback" not in err.getvalue()


@settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(case=mutated(WORKBOOKS))
def test_a_mutated_workbook_never_takes_the_process_down(
    case: tuple[str, bytes], template_db: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """In a child process: a reader that aborts (SIGABRT) must not take the test run with it."""
    folder = tmp_path_factory.mktemp("mutated")
    name, data = case
    path = folder / name
    path.write_bytes(data)
    db_path = _fresh_db(template_db, folder)
    database = open_database(db_path)
    before = snapshot(database)
    database.close()

    done = subprocess.run(
        [sys.executable, "-m", "lifecrm", "--db", str(db_path), "import", str(path), *ARGS],
        capture_output=True,
        text=True,
        timeout=120,
    )

    _outcome(db_path, done.returncode, before)
    assert "Traceback" not in done.stderr
