"""Test set-up shared by every test: isolated user folders, a migrated template database, and
(from tests/support) the loopback SMTP server and the password stores."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.fixtures import (  # noqa: F401  (fixtures for every test)
    account,
    ca,
    cli_env,
    mail_server,
    memory_keyring,
    no_keyring,
    os_keyring,
    secret_service,
)

# Qt must never look for a display in tests; set before any test module imports PySide6.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["LIFECRM_LANGUAGE"] = "en"  # core speaks English in tests unless one asks otherwise


@pytest.fixture(autouse=True)
def isolated_user_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Points every per-user folder (data, logs, settings) into the test's tmp_path."""
    home = tmp_path / "home"
    for var, sub in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
    ):
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.delenv("LIFECRM_DB", raising=False)
    return home


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database migrated to head once per run; tests get copies (migrations are slowish)."""
    from lifecrm.core.storage.db import open_database

    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    open_database(path).close()
    return path


@pytest.fixture
def db_path(template_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "lifecrm.sqlite"
    src = sqlite3.connect(template_db)
    dst = sqlite3.connect(path)
    src.backup(dst)
    src.close()
    dst.close()
    return path


@pytest.fixture
def db(db_path: Path) -> Iterator[object]:
    from lifecrm.core.storage.db import open_database

    database = open_database(db_path)
    yield database
    database.close()
