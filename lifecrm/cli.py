"""The `lifecrm` command: parses, calls core, prints. The contract is ../shared/CLI.md.

Exit codes: 0 done, 2 the user's input cannot be used (one sentence on stderr, database
unchanged), 1 a bug (traceback in the log file, a short note on stderr).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Any

from lifecrm import __version__, paths
from lifecrm.cli_drafts import add_commands as add_draft_commands
from lifecrm.cli_files import add_commands as add_file_commands
from lifecrm.cli_messages import cli_language, say
from lifecrm.cli_segments import add_commands as add_segment_commands
from lifecrm.cli_sending import add_commands as add_sending_commands
from lifecrm.cli_support import (
    Parser,
    UsageError,
    as_of_date,
    common_options,
    emit,
    open_db,
    progress_bar,
)
from lifecrm.core import lifecycle
from lifecrm.core.customers import CustomerFilter, CustomerRow, count_customers, list_customers
from lifecrm.core.errors import UserError
from lifecrm.core.lifecycle import STAGES, Stage
from lifecrm.core.money import decimal_string

log = logging.getLogger("lifecrm.cli")

STAGE_LABELS = {
    Stage.PROSPECT: "Prospects",
    Stage.NEW: "New",
    Stage.PROMISING: "Promising",
    Stage.LOYAL: "Loyal",
    Stage.PASSIVE: "Passive",
    Stage.LOST: "Lost",
    Stage.PASSIVE_LOYAL: "Passive loyal",
    Stage.LOST_LOYAL: "Lost loyal",
}


def build_parser() -> Parser:
    common = common_options()
    parser = Parser(
        prog="lifecrm",
        parents=[common],
        description="LifeCRM: who should I write to now, and what should I say?",
    )
    parser.add_argument("--version", action="version", version=f"lifecrm {__version__}")
    parser.add_argument("--demo", action="store_true", help="open the window on demo data")
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

    demo = sub.add_parser("demo", parents=[common], help="fill an empty database with demo data")
    demo.add_argument("--customers", type=int, default=300, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    demo.add_argument("--as-of", type=str, metavar="YYYY-MM-DD")
    demo.add_argument("--json", action="store_true")

    stages = sub.add_parser("stages", parents=[common], help="how many customers in each stage")
    stages.add_argument("--as-of", type=str, metavar="YYYY-MM-DD")
    stages.add_argument("--json", action="store_true")

    customers = sub.add_parser("customers", parents=[common], help="list customers")
    customers.add_argument("--stage", choices=[str(s) for s in STAGES])
    customers.add_argument("--search", default="", metavar="TEXT")
    customers.add_argument("--segment", metavar="NAME", help="only the members of a segment")
    customers.add_argument("--as-of", type=str, metavar="YYYY-MM-DD")
    customers.add_argument("--json", action="store_true")
    COMMANDS.update(add_file_commands(sub, common))
    COMMANDS.update(add_segment_commands(sub, common))
    COMMANDS.update(add_draft_commands(sub, common))
    COMMANDS.update(add_sending_commands(sub, common))
    return parser


def cmd_demo(args: argparse.Namespace) -> int:
    from lifecrm.core.demo import generate

    if args.customers < 1:
        raise UsageError("--customers must be at least 1.")
    as_of = as_of_date(args)
    db = open_db(args)
    with db.read() as conn:
        existing = count_customers(conn)
    if existing:
        raise UserError(
            f"{db.path} already has {existing} customers; demo data only goes into an empty "
            "database (choose a new file with --db).",
            path=str(db.path),
        )
    result = generate(
        db,
        customers=args.customers,
        seed=args.seed,
        as_of=as_of,
        progress=progress_bar("Building demo data"),
    )
    lifecycle.recompute(db, as_of)
    doc = {
        "database": str(db.path),
        "as_of": as_of.isoformat(),
        "customers": result.customers,
        "orders": result.orders,
        "items": result.items,
    }
    emit(
        args,
        doc,
        [f"Added {result.customers} customers with {result.orders} orders to {db.path}."],
    )
    return 0


def cmd_stages(args: argparse.Namespace) -> int:
    as_of = as_of_date(args)
    db = open_db(args)
    with lifecycle.as_of_view(db, as_of, writes=False) as (_conn, result):
        counts = result.counts
    doc = {
        "as_of": as_of.isoformat(),
        "total": sum(counts.values()),
        "stages": {str(stage): counts[stage] for stage in STAGES},
    }
    width = max(len(label) for label in STAGE_LABELS.values())
    lines = [f"Stages as of {as_of.isoformat()} ({doc['total']} customers)"]
    lines += [f"  {STAGE_LABELS[s]:<{width}}  {counts[s]:>7}" for s in STAGES]
    emit(args, doc, lines)
    return 0


def customer_json(row: CustomerRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "name": row.name,
        "first_name": row.first_name,
        "last_name": row.last_name,
        "email": row.email,
        "phone": row.phone,
        "customer_number": row.customer_number,
        "stage": str(row.stage),
        "orders": row.orders,
        "total_spent": decimal_string(row.total_minor, row.currency) if row.currency else "0",
        "currency": row.currency,
        "first_order": row.first_order.isoformat() if row.first_order else None,
        "last_order": row.last_order.isoformat() if row.last_order else None,
        "rfm": row.rfm,
        "best": row.best,
        "opted_out": row.opted_out,
    }


def cmd_customers(args: argparse.Namespace) -> int:
    as_of = as_of_date(args)
    db = open_db(args)
    stage = Stage(args.stage) if args.stage else None
    with lifecycle.as_of_view(db, as_of, writes=False) as (conn, _result):
        segment = None
        if args.segment:
            from lifecrm.cli_segments import named_segment_ids

            segment = named_segment_ids(conn, args.segment, as_of)
        flt = CustomerFilter(stage=stage, search=args.search, segment=segment)
        rows = list_customers(conn, flt)
    docs = [customer_json(r) for r in rows]
    lines = [
        f"{d['id']:>7}  {d['name'][:30]:<30}  {(d['email'] or '')[:32]:<32}  "
        f"{STAGE_LABELS[Stage(d['stage'])]:<13}  {d['orders']:>4}  "
        f"{d['total_spent']:>12} {d['currency'] or ''}"
        for d in docs
    ]
    emit(args, docs, lines)
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo": cmd_demo,
    "stages": cmd_stages,
    "customers": cmd_customers,
}


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

    db_path = (
        paths.demo_database_path() if args.demo else paths.database_path(getattr(args, "db", None))
    )
    return run_window(db_path, demo=args.demo, smoke_test=args.smoke_test, language=args.language)


def main(argv: Sequence[str] | None = None) -> int:
    log_file = _setup_logging()
    language = cli_language(sys.argv[1:] if argv is None else argv)
    try:
        args = build_parser().parse_args(argv)
        if args.command is None:
            return _run_window(args)
        return COMMANDS[args.command](args)
    except UserError as exc:
        print(f"lifecrm: {say(exc, language)}", file=sys.stderr)
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
