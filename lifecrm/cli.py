"""The `lifecrm` command: parses, calls core, prints. docs/cli.md is the whole reference.

Exit codes: 0 done, 2 the user's input cannot be used (one sentence on stderr, database
unchanged), 1 a bug (traceback in the log file, a short note on stderr).

Start-up is kept short for schedulers and scripts that call the command in loops: this module
imports no core code. Each command's module (and with it SQLAlchemy, segments, drafting or
sending) is imported only when the command line names that command; the others are listed by
name and one line of help.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence
from logging.handlers import RotatingFileHandler
from pathlib import Path

from lifecrm import paths
from lifecrm.cli_messages import cli_language, say
from lifecrm.cli_support import (
    Command,
    Parser,
    UserError,
    common_options,
    database_path,
    printable,
)

log = logging.getLogger("lifecrm.cli")


# Every command, in the order `lifecrm --help` lists them: its module and its line of help.
# tests/e2e/test_cli_help.py checks that each module's own parser says the same.
COMMAND_MODULES: dict[str, tuple[str, str]] = {
    "demo": ("lifecrm.cli_customers", "fill an empty database with demo data"),
    "stages": ("lifecrm.cli_customers", "how many customers in each stage"),
    "customers": ("lifecrm.cli_customers", "list customers"),
    "import": ("lifecrm.cli_import_export", "import customers and orders from a file"),
    "export": ("lifecrm.cli_import_export", "write the customer list to .xlsx"),
    "imports": ("lifecrm.cli_import_export", "the import history, newest first"),
    "undo-import": ("lifecrm.cli_import_export", "undo the newest import"),
    "segment": ("lifecrm.cli_segments", "saved segments of customers"),
    "templates": ("lifecrm.cli_drafts", "list the e-mail templates"),
    "draft": ("lifecrm.cli_drafts", "draft one e-mail per recipient"),
    "profile": ("lifecrm.cli_drafts", "show or set who writes, and how"),
    "smtp": ("lifecrm.cli_sending", "set up or test the sending account"),
    "campaign": ("lifecrm.cli_sending", "queue a campaign in the outbox"),
    "send": ("lifecrm.cli_sending", "send what is queued"),
    "outbox": ("lifecrm.cli_sending", "messages per state"),
    "optout": ("lifecrm.cli_sending", "never contact this address again"),
    "forget": ("lifecrm.cli_sending", "erase a person completely"),
    "export-person": ("lifecrm.cli_sending", "write a person's data to a JSON file"),
    "predict": ("lifecrm.cli_predict", "expected orders and value per customer (BG/NBD)"),
    "week": ("lifecrm.cli_predict", "who to write to this week, and why"),
}


def where_databases_live() -> str:
    """The epilog of `lifecrm --help`: the actual files, and how to choose another."""
    own = paths.database_path()
    source = f" (from ${paths.DB_ENV})" if os.environ.get(paths.DB_ENV) else ""
    return (
        f"Your database: {own}{source}.\n"
        f"The demo database: {paths.demo_database_path()} (chosen with --demo).\n"
        f"Another file: --db PATH, or set ${paths.DB_ENV} for every command.\n"
        "Every command and its output: docs/cli.md; 'lifecrm COMMAND --help' for one command."
    )


class _Version(argparse.Action):
    """--version, reading the version only when asked (see lifecrm.__getattr__)."""

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kw: object) -> None:
        import lifecrm

        parser.exit(message=f"lifecrm {lifecrm.__version__}\n")


def build_parser(argv: Sequence[str] | None = None) -> tuple[Parser, dict[str, Command]]:
    """The parser, with full options for the commands `argv` names (all of them when None).

    A word of `argv` that only looks like a command (a file called "send") just loads one more
    module; parsing is the same either way.
    """
    common = common_options()
    parser = Parser(
        prog="lifecrm",
        parents=[common],
        description="LifeCRM: who should I write to now, and what should I say? "
        "Without a command, opens the window.",
        epilog=where_databases_live(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action=_Version, nargs=0, help="show the version and exit")
    parser.add_argument(
        "--smoke-test", action="store_true", help="build the window, paint once and exit"
    )
    parser.add_argument(
        "--language",
        choices=["en", "hu", "ru", "is", "sl"],
        help="the language of messages and of the window this time (default: LIFECRM_LANGUAGE "
        "or the computer's; the window: as chosen in Help > Language)",
    )
    sub = parser.add_subparsers(dest="command", parser_class=Parser, metavar="COMMAND")
    words = set(COMMAND_MODULES) if argv is None else set(argv)
    needed = {module for name, (module, _help) in COMMAND_MODULES.items() if name in words}
    commands: dict[str, Command] = {}
    for name, (module_name, helptext) in COMMAND_MODULES.items():
        if module_name not in needed:
            sub.add_parser(name, parents=[common], help=helptext)
        elif name not in commands:  # a module adds all its commands at its first one
            module = importlib.import_module(module_name)
            commands.update(module.add_commands(sub, common))
    return parser, commands


def _setup_logging() -> Path | None:
    try:
        log_file = paths.log_file()
        handler = RotatingFileHandler(log_file, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("lifecrm")
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return log_file


def _run_window(args: argparse.Namespace) -> int:
    from lifecrm.app import run_window

    demo = bool(getattr(args, "demo", False))
    return run_window(
        database_path(args), demo=demo, smoke_test=args.smoke_test, language=args.language
    )


def main(argv: Sequence[str] | None = None) -> int:
    log_file = _setup_logging()
    words = list(sys.argv[1:] if argv is None else argv)
    language = cli_language(words)
    try:
        parser, commands = build_parser(words)
        args = parser.parse_args(words)
        if args.command is None:
            return _run_window(args)
        return commands[args.command](args)
    except UserError as exc:
        print(f"lifecrm: {printable(say(exc, language))}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `lifecrm customers | head`: the reader has all it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("lifecrm: interrupted; nothing was saved from the unfinished step.", file=sys.stderr)
        return 130
    except Exception:
        log.exception("unexpected error")
        where = f" The details are in {log_file}." if log_file else ""
        print(f"lifecrm: something went wrong inside LifeCRM (a bug).{where}", file=sys.stderr)
        return 1
