"""What every `lifecrm` command shares: argument parsing, opening the database, output."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any, NoReturn

from lifecrm import paths
from lifecrm.core.errors import BadDate, UserError
from lifecrm.core.storage.db import Database, open_database


class UsageError(UserError):
    code = "usage"


class Parser(argparse.ArgumentParser):
    """argparse that reports a bad option as one sentence with exit code 2, no usage dump."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message[0].upper()}{message[1:]} (see '{self.prog} --help').")


def iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise BadDate(
            f"'{value}' is not a date; write it as YYYY-MM-DD, for example 2025-12-01.",
            value=value,
        ) from None


def common_options() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="the database file (default: $LIFECRM_DB, else the user data folder)",
    )
    return common


def as_of_date(args: argparse.Namespace) -> date:
    return iso_date(args.as_of) if args.as_of else date.today()


def open_db(args: argparse.Namespace) -> Database:
    return open_database(paths.database_path(getattr(args, "db", None)), on_wait=_note_waiting)


def _note_waiting(path: Path) -> None:
    print(
        f"lifecrm: waiting for another LifeCRM (an import?) to finish changing {path}...",
        file=sys.stderr,
        flush=True,
    )


def progress_bar(label: str) -> Callable[[int, int], None]:
    def show(done: int, total: int) -> None:
        if sys.stderr is not None and sys.stderr.isatty():  # None in a windowed build
            percent = 100 * done // max(total, 1)
            end = "\n" if done >= total else ""
            print(f"\r{label} {percent:3d}%", end=end, file=sys.stderr, flush=True)

    return show


def emit(args: argparse.Namespace, document: Any, text_lines: Sequence[str]) -> None:
    if args.json:
        json.dump(document, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        for line in text_lines:
            print(line)
