"""Import as one job: read, plan, parse, group, write, recompute — in one transaction.

A file that cannot be used raises a `UserError` before anything is written; a cancel or a
crash rolls everything back; a dry run does the whole import and then rolls it back, so what
it reports is exactly what the import would do.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import Connection, func, select

from lifecrm.core import lifecycle, settings
from lifecrm.core.errors import UserError
from lifecrm.core.i18n import N_
from lifecrm.core.importing import history, layouts, screening
from lifecrm.core.importing.fields import Field
from lifecrm.core.importing.grouping import Conflict, Grouper, settle
from lifecrm.core.importing.plan import (
    DEFAULT_OPTIONS,
    ImportOptions,
    ImportPlan,
    make_plan,
    require_date_orders,
)
from lifecrm.core.importing.readers import read_file
from lifecrm.core.importing.rows import RowParser, RowProblem
from lifecrm.core.importing.writer import write_orders, write_people
from lifecrm.core.jobs import NEVER_CANCEL, Cancel, Progress, check, no_progress
from lifecrm.core.storage.db import Database
from lifecrm.core.storage.models import Order, table

# The currency a file in this language most likely means when its amounts name none.
LANGUAGE_CURRENCY = {"hu": "HUF", "ru": "RUB", "is": "ISK", "sl": "EUR"}
STEPS = 6
CHUNK_ROWS = 50_000
SHOP_CURRENCY = "currency"  # the setting: the currency the owner chose for amounts without one


class NothingToImport(UserError):
    code = "nothing_to_import"


class MissingCurrency(UserError):
    code = "missing_currency"


@dataclass(frozen=True)
class ImportResult:
    file: str
    rows: int
    customers_created: int
    customers_updated: int
    customers_unchanged: int
    orders_created: int
    orders_updated: int
    orders_unchanged: int
    dry_run: bool
    mapping: dict[str, str]
    problems: list[RowProblem]
    conflicts: list[Conflict] = field(default_factory=list)
    import_id: int | None = None
    layout: str | None = None
    currency: str | None = None  # what amounts without a currency were taken to be in

    @property
    def skipped_rows(self) -> int:
        return len({p.row for p in self.problems if p.skipped})

    def as_json(self) -> dict[str, object]:
        return {
            "file": self.file,
            "rows": self.rows,
            "customers_created": self.customers_created,
            "customers_updated": self.customers_updated,
            "customers_unchanged": self.customers_unchanged,
            "orders_created": self.orders_created,
            "orders_updated": self.orders_updated,
            "orders_unchanged": self.orders_unchanged,
            "rows_skipped": self.skipped_rows,
            "dry_run": self.dry_run,
            "import_id": self.import_id,
            "layout": self.layout,
            "mapping": self.mapping,
            "problems": [p.as_json() for p in self.problems],
            "conflicts": [c.as_json() for c in self.conflicts],
        }


def _nothing(plan: ImportPlan, problems: list[RowProblem]) -> NothingToImport:
    if not problems:
        return NothingToImport(
            N_("Nothing in {source} could be imported: it has no rows under its header."),
            source=plan.table.source,
        )
    return NothingToImport(
        N_("Nothing in {source} could be imported: every row has a problem (row {row}: {reason})."),
        source=plan.table.source,
        row=problems[0].row,
        reason=problems[0].reason,
    )


def preview(path: str | Path, options: ImportOptions, db: Database | None = None) -> ImportPlan:
    """Reads the file and plans its columns (with the owner's remembered mapping, if any)."""
    table = read_file(
        path,
        sheet=options.sheet,
        encoding=options.encoding,
        delimiter=options.delimiter,
        max_rows=options.max_rows,
    )
    remembered = None
    if db is not None and not options.mapping:
        with db.read() as conn:
            remembered = layouts.recall(conn, table.headers)
    return make_plan(table, options, remembered=remembered)


def _default_currency(conn: Connection, plan: ImportPlan, options: ImportOptions) -> str | None:
    if options.currency:
        return options.currency.upper()
    chosen = settings.get(conn, SHOP_CURRENCY)
    if chosen:
        return str(chosen)
    orders = table(Order)
    most = conn.execute(
        select(orders.c.currency).group_by(orders.c.currency).order_by(func.count().desc()).limit(1)
    ).scalar()
    return most or LANGUAGE_CURRENCY.get(plan.language or "")


def suggested_currency(db: Database, plan: ImportPlan, options: ImportOptions) -> str | None:
    """The currency amounts without one will be taken to be in (None: the owner must choose)."""
    with db.read() as conn:
        return _default_currency(conn, plan, options)


def run_import(
    db: Database,
    plan: ImportPlan,
    options: ImportOptions = DEFAULT_OPTIONS,
    *,
    dry_run: bool = False,
    progress: Progress = no_progress,
    cancel: Cancel = NEVER_CANCEL,
    now: datetime | None = None,
    chunk_rows: int = CHUNK_ROWS,
) -> ImportResult:
    """Imports what `plan` describes; see the module docstring for the guarantees.

    The rows are parsed and grouped `chunk_rows` at a time (tests make chunks small).
    """
    require_date_orders(plan)
    progress(0, STEPS)
    headers = {f: plan.table.headers[i] for i, f in plan.mapping.items()}
    screened, problems = screening.screen(plan)
    parser = RowParser(screened)
    grouper = Grouper(has_orders=plan.has_orders, headers=headers)
    as_of = options.as_of or date.today()
    every = screened.table.rows
    for start in range(0, len(every), chunk_rows):  # parsed rows are kept one chunk at a time
        rows, found = parser.parse(every[start : start + chunk_rows], cancel=cancel)
        rows, dated = screening.check_orders(rows, as_of, headers)
        grouper.add(rows)
        problems += found + dated
        check(cancel)
    progress(1, STEPS)
    grouped = grouper.result()
    problems = sorted(problems + grouped.problems, key=lambda p: p.row)
    if not grouped.people:
        raise _nothing(plan, problems)
    progress(2, STEPS)
    check(cancel)
    moment = now or datetime.now(UTC)
    with db.write() as conn:
        # Asked only when some amounts name no currency: on a big shop the most used currency
        # is a GROUP BY over every order (a second on a million).
        currency = _default_currency(conn, plan, options) if grouped.missing_currency else None
        priced = any(plan.column(f) is not None for f in (Field.TOTAL, Field.ITEM_PRICE))
        if grouped.missing_currency and priced and currency is None:
            raise MissingCurrency(
                N_("The amounts in {source} name no currency."),
                source=plan.table.source,
            )
        unpriced = settle(grouped.orders, currency or "XXX", priced=priced, headers=headers)
        problems = sorted(problems + unpriced, key=lambda p: p.row)
        orders = [o for o in grouped.orders if o.source_key]
        people = grouped.people_to_write(orders)
        if not people:
            raise _nothing(plan, problems)
        as_of = options.as_of or date.today()
        touched = lifecycle.watch(conn, as_of)  # before anything is written
        import_id = history.start_batch(conn, plan.table.source, plan.source, moment)
        language = plan.language if plan.language in LANGUAGE_CURRENCY else None
        written, ids = write_people(
            conn, people, import_id=import_id, now=moment, language=language
        )
        progress(3, STEPS)
        check(cancel)
        write_orders(conn, orders, ids, written, source=plan.source, import_id=import_id)
        touched.customers.update(ids.values())
        progress(4, STEPS)
        check(cancel)
        problems = sorted(problems + written.problems, key=lambda p: p.row)
        counts = {
            "rows": len(plan.table.rows),
            "customers_created": written.customers_created,
            "customers_updated": written.customers_updated,
            "orders_created": written.orders_created,
            "orders_updated": written.orders_updated,
            "orders_unchanged": written.orders_unchanged,
            "problems": len(problems),
        }
        history.finish_batch(conn, import_id, counts)
        progress(5, STEPS)
        check(cancel)
        if dry_run:
            conn.rollback()
        else:
            layouts.remember(conn, plan.table.headers, plan.mapping)
            if options.currency and settings.get(conn, SHOP_CURRENCY) is None:
                settings.put(conn, SHOP_CURRENCY, options.currency.upper())  # asked only once
            lifecycle.recompute_in(conn, as_of, touched=touched, cancel=cancel)
        progress(STEPS, STEPS)
    return ImportResult(
        file=plan.table.source,
        rows=len(plan.table.rows),
        customers_created=written.customers_created,
        customers_updated=written.customers_updated,
        customers_unchanged=written.customers_unchanged,
        orders_created=written.orders_created,
        orders_updated=written.orders_updated,
        orders_unchanged=written.orders_unchanged,
        dry_run=dry_run,
        mapping={plan.table.headers[i]: f.value for i, f in plan.mapping.items()},
        problems=problems,
        conflicts=grouped.conflicts + written.conflicts,
        import_id=None if dry_run else import_id,
        layout=plan.layout,
        currency=currency,
    )


def import_file(
    db: Database,
    path: str | Path,
    options: ImportOptions = DEFAULT_OPTIONS,
    *,
    dry_run: bool = False,
    progress: Progress = no_progress,
    cancel: Cancel = NEVER_CANCEL,
) -> ImportResult:
    """Preview and import in one call (the command line's path)."""
    plan = preview(path, options, db)
    return run_import(db, plan, options, dry_run=dry_run, progress=progress, cancel=cancel)
