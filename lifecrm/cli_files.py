"""The file commands: `import`, `export`, and the import history (`imports`, `undo-import`)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from lifecrm.cli_support import UsageError, as_of_date, emit, open_db, progress_bar
from lifecrm.core.importing.dates import DateOrder
from lifecrm.core.importing.fields import Field
from lifecrm.core.importing.history import list_imports, undo_import, undoable_import
from lifecrm.core.importing.importer import ImportResult, import_file
from lifecrm.core.importing.plan import ImportOptions
from lifecrm.core.lifecycle import STAGES, Stage

Command = Callable[[argparse.Namespace], int]


def _pairs(values: list[str] | None, option: str, allowed: list[str]) -> dict[str, str]:
    """`COLUMN=value` pairs; the column may itself contain '=' only before the last one."""
    result: dict[str, str] = {}
    for pair in values or []:
        column, sep, value = pair.rpartition("=")
        value = value.strip().lower()
        if not sep or not column.strip():
            raise UsageError(f'{option} takes COLUMN=VALUE, for example {option} "E-mail=email".')
        if value not in allowed:
            raise UsageError(
                f"'{value}' is not something {option} knows; use one of: {', '.join(allowed)}."
            )
        result[column.strip()] = value
    return result


def _options(args: argparse.Namespace) -> ImportOptions:
    mapping = _pairs(args.map, "--map", [f.value for f in Field])
    orders = _pairs(args.date_order, "--date-order", [o.value for o in DateOrder])
    return ImportOptions(
        sheet=args.sheet,
        encoding=args.encoding,
        delimiter=args.delimiter,
        mapping={column: Field(value) for column, value in mapping.items()},
        date_orders={column: DateOrder(value) for column, value in orders.items()},
        currency=args.currency,
        as_of=as_of_date(args),
    )


def _summary_lines(result: ImportResult) -> list[str]:
    verb = "Would import" if result.dry_run else "Imported"
    lines = [
        f"{verb} {result.file}: {result.rows} rows.",
        f"  Orders: {result.orders_created} new, {result.orders_updated} updated, "
        f"{result.orders_unchanged} already there.",
        f"  Customers: {result.customers_created} new, {result.customers_updated} updated, "
        f"{result.customers_unchanged} unchanged.",
    ]
    if result.skipped_rows:
        lines.append(f"  {result.skipped_rows} rows skipped:")
    for p in result.problems:
        where = f"{p.column} '{p.value}': " if p.column else ""
        happened = "" if p.skipped else " (the row was imported without this value)"
        lines.append(f"    row {p.row}: {where}{p.reason}{happened}")
    for c in result.conflicts:
        lines.append(
            f"    row {c.row}: {c.identity}: '{c.kept}' kept, not '{c.dropped}' ({c.reason})"
        )
    return lines


def cmd_import(args: argparse.Namespace) -> int:
    options = _options(args)
    db = open_db(args)
    result = import_file(
        db, Path(args.file), options, dry_run=args.dry_run, progress=progress_bar("Importing")
    )
    emit(args, result.as_json(), _summary_lines(result))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from lifecrm.core.exporting import export_customers

    target = Path(args.file)
    if target.suffix.lower() != ".xlsx":
        raise UsageError(f"Export writes .xlsx files; name the file {target.stem}.xlsx.")
    db = open_db(args)
    stage = Stage(args.stage) if args.stage else None
    written = export_customers(db, target, stage=stage, progress=progress_bar("Exporting"))
    emit(
        args,
        {"file": str(target), "customers": written},
        [f"Wrote {written} customers to {target}."],
    )
    return 0


def _record_json(r: Any) -> dict[str, Any]:
    return {
        "id": r.id,
        "file": r.file_name,
        "imported_at": r.imported_at.isoformat(timespec="seconds"),
        "rows": r.rows,
        "customers_created": r.customers_created,
        "customers_updated": r.customers_updated,
        "orders_created": r.orders_created,
        "orders_updated": r.orders_updated,
        "orders_unchanged": r.orders_unchanged,
        "problems": r.problems,
        "undone": r.undone_at is not None,
    }


def cmd_imports(args: argparse.Namespace) -> int:
    db = open_db(args)
    with db.read() as conn:
        docs = [_record_json(r) for r in list_imports(conn)]
    lines = [
        f"{d['id']:>4}  {d['imported_at'][:16]}  {d['file']:<32}  {d['orders_created']:>7} orders"
        f"  {d['customers_created']:>6} new customers{'  (undone)' if d['undone'] else ''}"
        for d in docs
    ] or ["No imports yet."]
    emit(args, docs, lines)
    return 0


def cmd_undo_import(args: argparse.Namespace) -> int:
    db = open_db(args)
    import_id = args.id
    if import_id is None:
        with db.read() as conn:
            import_id = undoable_import(conn)
        if import_id is None:
            raise UsageError("There is no import to undo.")
    record = undo_import(db, import_id, as_of=as_of_date(args))
    emit(
        args,
        _record_json(record),
        [
            f"Undid import {record.id} ({record.file_name}): its {record.orders_created} orders "
            f"and {record.customers_created} new customers are gone."
        ],
    )
    return 0


def add_commands(sub: Any, common: argparse.ArgumentParser) -> dict[str, Command]:
    imp = sub.add_parser("import", parents=[common], help="import customers and orders from a file")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--sheet", metavar="NAME")
    imp.add_argument("--map", action="append", metavar="COLUMN=field")
    imp.add_argument("--date-order", action="append", metavar="COLUMN=dmy|mdy")
    imp.add_argument(
        "--encoding", metavar="NAME", help="text files: e.g. cp1250 (default: detected)"
    )
    imp.add_argument("--delimiter", metavar="CHAR", help="text files (default: detected)")
    imp.add_argument("--currency", metavar="CODE", help="for amounts that name no currency")
    imp.add_argument("--as-of", type=str, metavar="YYYY-MM-DD")
    imp.add_argument("--dry-run", action="store_true")
    imp.add_argument("--json", action="store_true")

    exp = sub.add_parser("export", parents=[common], help="write the customer list to .xlsx")
    exp.add_argument("file", metavar="FILE.xlsx")
    exp.add_argument("--stage", choices=[str(s) for s in STAGES])
    exp.add_argument("--json", action="store_true")

    hist = sub.add_parser("imports", parents=[common], help="the import history, newest first")
    hist.add_argument("--json", action="store_true")

    undo = sub.add_parser("undo-import", parents=[common], help="undo the newest import")
    undo.add_argument("id", type=int, nargs="?", metavar="ID")
    undo.add_argument("--as-of", type=str, metavar="YYYY-MM-DD")
    undo.add_argument("--json", action="store_true")
    return {
        "import": cmd_import,
        "export": cmd_export,
        "imports": cmd_imports,
        "undo-import": cmd_undo_import,
    }
