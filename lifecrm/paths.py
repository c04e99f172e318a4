"""The one place that knows folders: the user's data, logs, the demo database and resources."""

from __future__ import annotations

import os
import site
import sys
from pathlib import Path

from platformdirs import user_data_path, user_log_path

APP_NAME = "LifeCRM"
APP_AUTHOR = "LifeCRM"
DB_ENV = "LIFECRM_DB"


def data_dir() -> Path:
    return user_data_path(APP_NAME, APP_AUTHOR, ensure_exists=True)


def log_dir() -> Path:
    return user_log_path(APP_NAME, APP_AUTHOR, ensure_exists=True)


def log_file() -> Path:
    return log_dir() / "lifecrm.log"


def database_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """`--db` wins, then `LIFECRM_DB`, then the platform's user-data folder."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser()
    return data_dir() / "lifecrm.sqlite"


def demo_database_path() -> Path:
    """The demo lives in its own file so it never mixes with the owner's data."""
    return data_dir() / "demo.sqlite"


def resources_dir() -> Path:
    """Templates and translations: beside the package in a checkout or a frozen build, else
    where an installed wheel put them (<prefix>/share/lifecrm/resources, see pyproject)."""
    beside = Path(__file__).resolve().parent.parent / "resources"
    candidates = [beside] + [
        Path(prefix) / "share" / "lifecrm" / "resources"
        for prefix in (sys.prefix, site.getuserbase())
    ]
    return next((c for c in candidates if (c / "templates").is_dir()), beside)
