"""The command line says core's errors in the reader's language, with its own hint."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from lifecrm.core.storage.db import open_database
from tests.e2e.test_cli import lifecrm


@pytest.fixture
def broken(tmp_path: Path) -> Path:
    """A file with orders but no column that says who the customer is."""
    path = tmp_path / "broken.csv"
    path.write_text("Dátum;Összeg\n2025-03-01;12 500\n", encoding="utf-8")
    return path


@pytest.fixture
def db_file(db_path: Path) -> Path:
    open_database(db_path).close()
    return db_path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_language_hu_says_the_import_error_in_hungarian_and_exits_2(broken, db_file) -> None:
    before = _digest(db_file)
    done = lifecrm("--language", "hu", "import", str(broken), "--db", str(db_file))
    assert done.returncode == 2
    assert done.stderr == (
        "lifecrm: A(z) broken.csv fájlban nincs olyan oszlop, amelyből kiderül, ki a vásárló "
        "(e-mail-cím, név vagy vevőszám). "
        'Rendeljen hozzá egyet a --map "OSZLOP=email" kapcsolóval.\n'
    )
    assert _digest(db_file) == before


def test_english_names_the_option_that_fixes_it(broken, db_file) -> None:
    done = lifecrm("import", str(broken), "--db", str(db_file))
    assert done.returncode == 2
    assert done.stderr.endswith('a customer number). Map one with --map "COLUMN=email".\n')
    assert done.stderr.count("\n") == 1


@pytest.mark.parametrize(
    ("env", "start"),
    [
        ({"LIFECRM_LANGUAGE": "sl"}, "lifecrm: Datoteka broken.csv nima stolpca"),
        ({"LIFECRM_LANGUAGE": "", "LANG": "ru_RU.UTF-8"}, "lifecrm: В broken.csv нет столбца"),
        ({"LIFECRM_LANGUAGE": "", "LANG": "is_IS.UTF-8"}, "lifecrm: broken.csv hefur engan dálk"),
    ],
)
def test_the_language_comes_from_the_environment(broken, db_file, env, start) -> None:
    done = lifecrm("import", str(broken), "--db", str(db_file), env=env)
    assert done.returncode == 2
    assert done.stderr.startswith(start)


def test_a_damaged_database_is_refused_with_the_cli_hint_in_russian(tmp_path: Path) -> None:
    bad = tmp_path / "not-a-db.sqlite"
    bad.write_bytes(b"this is not sqlite at all" * 100)
    done = lifecrm("--language=ru", "stages", "--db", str(bad))
    assert done.returncode == 2
    assert done.stderr == (
        f"lifecrm: {bad} — не база данных LifeCRM, либо она повреждена. "
        "Выберите другой файл с помощью --db.\n"
    )


def test_a_refused_login_is_said_with_the_server_reply_in_slovenian() -> None:
    from lifecrm.cli_messages import say
    from lifecrm.cli_sending import AccountRefused, _refused
    from lifecrm.core.i18n import N_

    refused = N_("The server refused the user name or password; check both and try again.")
    error = AccountRefused(_refused(refused, "535 5.7.8 bad credentials"))
    assert say(error, "sl") == (
        "Strežnik je zavrnil uporabniško ime ali geslo; preverite oboje in poskusite znova. "
        "(strežnik je odgovoril: 535 5.7.8 bad credentials)"
    )
