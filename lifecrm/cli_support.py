"""What every `lifecrm` command shares: argument parsing, opening the database, output.

Imported before any command runs, so it stays light: core code that needs SQLAlchemy is
imported inside the functions that use it.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from lifecrm import paths
from lifecrm.core.errors import BadDate, UserError

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from lifecrm.core.storage.db import Database

Command = Callable[[argparse.Namespace], int]

__all__ = ["UserError"]  # re-exported for cli.py, which imports nothing else of core


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
    common.add_argument(
        "--demo",
        action="store_true",
        default=argparse.SUPPRESS,
        help="use the demo database instead of yours (see 'lifecrm --help' for where it is)",
    )
    return common


JSON_HELP = "print one JSON document instead of text"


def json_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help=JSON_HELP)


def as_of_option(parser: argparse.ArgumentParser, what: str = "stages and figures") -> None:
    parser.add_argument(
        "--as-of",
        type=str,
        metavar="YYYY-MM-DD",
        help=f"{what} as of this day (default: today)",
    )


def as_of_date(args: argparse.Namespace) -> date:
    return iso_date(args.as_of) if args.as_of else date.today()


def database_path(args: argparse.Namespace) -> Path:
    """--demo chooses the demo database, else --db, $LIFECRM_DB or the user's own."""
    if getattr(args, "demo", False):
        if getattr(args, "db", None):
            raise UsageError("Choose either --demo or --db, not both.")
        return paths.demo_database_path()
    return paths.database_path(getattr(args, "db", None))


def open_db(args: argparse.Namespace) -> Database:
    from lifecrm.core.storage.db import open_database

    return open_database(database_path(args), on_wait=_note_waiting)


def _note_waiting(path: Path) -> None:
    print(
        f"lifecrm: waiting for another LifeCRM (an import?) to finish changing {path}...",
        file=sys.stderr,
        flush=True,
    )


def recipients(args: argparse.Namespace, conn: Connection, as_of: date) -> list[int]:
    """--customer IDs as given, else the members of --stage and/or --segment."""
    from lifecrm.core.lifecycle import Stage
    from lifecrm.core.recipients import choose_recipients

    stage = getattr(args, "stage", None)
    return choose_recipients(
        conn,
        as_of,
        customers=getattr(args, "customer", None) or (),
        stage=Stage(stage) if stage else None,
        segment=getattr(args, "segment", None),
    )


def progress_bar(label: str) -> Callable[[int, int], None]:
    def show(done: int, total: int) -> None:
        if sys.stderr is not None and sys.stderr.isatty():  # None in a windowed build
            percent = 100 * done // max(total, 1)
            end = "\n" if done >= total else ""
            print(f"\r{label} {percent:3d}%", end=end, file=sys.stderr, flush=True)

    return show


# Characters a terminal acts on or hides: controls (ESC, BEL, NUL, C1), format characters (bidi
# overrides such as U+202E, zero-width spaces, the BOM) and line/paragraph separators.
_UNSAFE = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs"})


def _unsafe(ch: str) -> bool:
    return unicodedata.category(ch) in _UNSAFE


def printable(value: object, *, keep: str = "") -> str:
    """`value` as text a terminal shows as it is: every control or invisible character becomes
    a visible escape (ESC as \\x1b, U+202E as \\u202e), so customer data can neither move the
    cursor, retitle the window, reverse a line nor hide in plain sight. `keep` lists the
    characters let through (the newlines of a multi-line text)."""
    text = str(value)
    if text.isprintable():
        return text
    return "".join(_escaped(ch) if ch not in keep and _unsafe(ch) else ch for ch in text)


def _escaped(ch: str) -> str:
    point = ord(ch)
    if point < 0x100:
        return f"\\x{point:02x}"
    return f"\\u{point:04x}" if point < 0x10000 else f"\\U{point:08x}"


def json_text(document: Any) -> str:
    """Exact JSON with every unsafe character written as a \\u escape: json.dumps escapes only
    U+0000-U+001F when it keeps non-ASCII letters, and leaves DEL, C1 and bidi controls raw."""
    text = json.dumps(document, ensure_ascii=False)
    if text.isprintable():
        return text
    return "".join(_json_escaped(ch) if _unsafe(ch) else ch for ch in text)


def _json_escaped(ch: str) -> str:
    point = ord(ch)
    if point < 0x10000:
        return f"\\u{point:04x}"
    point -= 0x10000
    return f"\\u{0xD800 + (point >> 10):04x}\\u{0xDC00 + (point & 0x3FF):04x}"


def emit(args: argparse.Namespace, document: Any, text_lines: Sequence[str]) -> None:
    """Prints the JSON document with --json, else the text lines, both safe for a terminal."""
    if args.json:
        sys.stdout.write(json_text(document) + "\n")
    else:
        for line in text_lines:
            print(printable(line, keep="\n"))


def warn(message: str) -> None:
    """One line on stderr that does not stop the command."""
    print(f"lifecrm: {printable(message)}", file=sys.stderr)
