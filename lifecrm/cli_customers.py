"""The customer commands: `demo`, `stages` and `customers`."""

from __future__ import annotations

import argparse
from typing import Any

from lifecrm.cli_support import (
    Command,
    UsageError,
    as_of_date,
    as_of_option,
    emit,
    json_option,
    open_db,
    printable,
    progress_bar,
)
from lifecrm.core import lifecycle
from lifecrm.core.customers import CustomerFilter, CustomerRow, count_customers, list_customers
from lifecrm.core.errors import UserError
from lifecrm.core.lifecycle import STAGES, Stage
from lifecrm.core.money import decimal_string

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


def _customer_line(
    id_: object, name: str, email: str, stage: str, orders: object, total: str
) -> str:
    name, email = printable(name), printable(email)  # escaped first, so the columns stay put
    return f"{id_:>7}  {name[:30]:<30}  {email[:32]:<32}  {stage:<13}  {orders:>6}  {total:>16}"


def customer_lines(docs: list[dict[str, Any]]) -> list[str]:
    """A table with a header line, or one sentence when nobody matches."""
    if not docs:
        return ["No customers match."]
    lines = [_customer_line("ID", "Name", "E-mail", "Stage", "Orders", "Total spent")]
    lines += [
        _customer_line(
            d["id"],
            d["name"],
            d["email"] or "",
            STAGE_LABELS[Stage(d["stage"])],
            d["orders"],
            f"{d['total_spent']} {d['currency'] or ''}".rstrip(),
        )
        for d in docs
    ]
    return lines


def cmd_customers(args: argparse.Namespace) -> int:
    as_of = as_of_date(args)
    db = open_db(args)
    stage = Stage(args.stage) if args.stage else None
    with lifecycle.as_of_view(db, as_of, writes=False) as (conn, _result):
        segment = None
        if args.segment:  # segments (and SQLModel's tables) only when asked for
            from lifecrm.core.recipients import named_segment_ids

            segment = named_segment_ids(conn, args.segment, as_of)
        flt = CustomerFilter(stage=stage, search=args.search, segment=segment)
        rows = list_customers(conn, flt)
    docs = [customer_json(r) for r in rows]
    emit(args, docs, customer_lines(docs))
    return 0


def add_commands(sub: Any, common: argparse.ArgumentParser) -> dict[str, Command]:
    demo = sub.add_parser("demo", parents=[common], help="fill an empty database with demo data")
    demo.add_argument(
        "--customers", type=int, default=300, metavar="N", help="how many (default: 300)"
    )
    demo.add_argument(
        "--seed", type=int, default=1, metavar="S", help="the same seed gives the same data"
    )
    as_of_option(demo, "orders dated up to, and stages")
    json_option(demo)

    stages = sub.add_parser("stages", parents=[common], help="how many customers in each stage")
    as_of_option(stages)
    json_option(stages)

    customers = sub.add_parser("customers", parents=[common], help="list customers")
    customers.add_argument(
        "--stage", choices=[str(s) for s in STAGES], help="only the customers in this stage"
    )
    customers.add_argument(
        "--search",
        default="",
        metavar="TEXT",
        help="only names, e-mails or phones containing this (accents and case ignored)",
    )
    customers.add_argument("--segment", metavar="NAME", help="only the members of a segment")
    as_of_option(customers)
    json_option(customers)
    return {"demo": cmd_demo, "stages": cmd_stages, "customers": cmd_customers}
