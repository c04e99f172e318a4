"""`lifecrm predict` and `lifecrm week`: thin front doors onto lifecrm.core.predictions and
lifecrm.core.week. numpy and scipy are imported inside the commands, never at start-up."""

from __future__ import annotations

import argparse
import math
from typing import TYPE_CHECKING, Any

from lifecrm.cli_support import UsageError, as_of_date, emit, open_db
from lifecrm.core.customers import customer_rows
from lifecrm.core.money import decimal_string, precision

if TYPE_CHECKING:
    from lifecrm.core.predictions import Prediction


def add_commands(sub: Any, common: argparse.ArgumentParser) -> dict[str, Any]:
    pred = sub.add_parser(
        "predict", parents=[common], help="expected orders and value per customer (BG/NBD)"
    )
    pred.add_argument(
        "--as-of",
        type=str,
        metavar="YYYY-MM-DD",
        help="fit to the orders up to this day (default: today)",
    )
    pred.add_argument(
        "--horizon-days",
        type=int,
        default=90,
        metavar="N",
        help="how many days ahead to predict (default: 90)",
    )
    pred.add_argument("--json", action="store_true", help="print one JSON document on stdout")

    week = sub.add_parser("week", parents=[common], help="who to write to this week, and why")
    week.add_argument(
        "--as-of",
        type=str,
        metavar="YYYY-MM-DD",
        help="the week starting this day (default: today)",
    )
    week.add_argument(
        "--limit", type=int, default=50, metavar="N", help="at most this many people (default: 50)"
    )
    week.add_argument("--json", action="store_true", help="print one JSON document on stdout")
    return {"predict": cmd_predict, "week": cmd_week}


def cmd_predict(args: argparse.Namespace) -> int:
    from lifecrm.core.predictions import predict

    if args.horizon_days < 1:
        raise UsageError("--horizon-days must be at least 1.")
    as_of = as_of_date(args)
    db = open_db(args)
    with db.read() as conn:
        result = predict(conn, as_of, args.horizon_days)
    emit(args, prediction_json(result), prediction_lines(result))
    return 0


def _money(values: Any, currency: str | None) -> list[Any] | None:
    """Whole-unit amounts as the CLI's money strings ("15373.62")."""
    if values is None or currency is None:
        return None
    scale = 10 ** precision(currency)
    return [decimal_string(int(m), currency) for m in (values * scale).round().astype("int64")]


def prediction_json(p: Prediction) -> dict[str, Any]:
    h = p.history
    n = len(h)
    nothing: list[Any] = [None] * n

    def rounded(values: Any, digits: int) -> list[Any]:
        if values is None:
            return nothing
        return [round(v, digits) if math.isfinite(v) else None for v in values.tolist()]

    alive = rounded(p.p_alive, 3)
    alive = [None if x == 0 else a for a, x in zip(alive, h.x.tolist(), strict=True)]
    value = _money(p.expected_order_value, p.currency) or nothing
    worth = _money(p.expected_value, p.currency) or nothing
    customers = [
        {
            "id": cid,
            "customer_number": number,
            "p_alive": a,
            "expected_orders": e,
            "expected_orders_low": lo,
            "expected_orders_high": hi,
            "expected_order_value": v,
            "expected_value": w,
        }
        for cid, number, a, e, lo, hi, v, w in zip(
            h.customer_id.tolist(),
            h.customer_number,
            alive,
            rounded(p.expected_orders, 3),
            rounded(p.expected_orders_low, 2),
            rounded(p.expected_orders_high, 2),
            value,
            worth,
            strict=True,
        )
    ]
    doc: dict[str, Any] = {
        "as_of": p.as_of.isoformat(),
        "model": p.model,
        "time_unit": "week",
        "customers_fitted": n,
    }
    if p.reason:
        doc["reason"] = p.reason
    params = p.params
    doc["params"] = (
        None if params is None else {k: round(v, 4) for k, v in params._asdict().items()}
    )
    doc["log_likelihood"] = None if p.log_likelihood is None else round(p.log_likelihood, 2)
    g = p.spend
    doc["spend"] = (
        {"model": "none", "customers": p.spend_customers}
        if g is None
        else {
            "model": "gamma-gamma",
            "p": round(g.p, 2),
            "q": round(g.q, 2),
            "v": round(g.v, 2),
            "customers": p.spend_customers,
        }
    )
    total = p.expected_orders_total
    doc.update(
        {
            "currency": p.currency,
            "horizon_days": p.horizon_days,
            "expected_orders_total": None if total is None else round(total, 1),
            "customers": customers,
        }
    )
    return doc


def prediction_lines(p: Prediction) -> list[str]:
    head = (
        f"Predictions as of {p.as_of.isoformat()}: {len(p.history)} customers, "
        f"{p.repeat_customers} of them have ordered on more than one day."
    )
    if p.model != "bgnbd" or p.expected_orders_total is None:
        return [head, p.reason or "No prediction.", "Who to write to still works: see `week`."]
    total = p.expected_orders_total
    lines = [head, f"Over the next {p.horizon_days} days: about {total:.0f} order days expected"]
    rng = p.expected_orders_total_range
    if rng is not None:
        lines[-1] += f" (90 % between {rng[0]:.0f} and {rng[1]:.0f})."
        if rng[1] - rng[0] > 0.3 * max(total, 1e-9):
            lines.append(
                "That range is wide: the shop's history is still short, so treat these "
                "figures as a rough guide."
            )
    else:
        lines[-1] += "; how sure that is could not be worked out."
    if p.expected_value is not None and p.currency:
        worth = _about(float(p.expected_value.sum()))
        lines.append(f"Worth about {worth} {p.currency} (per customer: --json).")
    return lines


def _about(amount: float) -> str:
    """Three significant digits: a forecast is worth no more ("2,610,000", "12.3")."""
    if amount <= 0:
        return "0"
    decimals = 2 - math.floor(math.log10(amount))
    return f"{round(amount, decimals):,.{max(decimals, 0)}f}"


def cmd_week(args: argparse.Namespace) -> int:
    from lifecrm.core.week import plan_week

    if args.limit < 1:
        raise UsageError("--limit must be at least 1.")
    as_of = as_of_date(args)
    db = open_db(args)
    with db.read() as conn:
        week = plan_week(conn, as_of, args.limit)
        rows = customer_rows(conn, [a.customer for a in week.actions])
        names = {cid: row.name for cid, row in rows.items()}
    doc = {
        "as_of": as_of.isoformat(),
        "actions": [
            {
                "customer": a.customer,
                "reason": a.reason,
                "template": a.template,
                "score": a.score,
                "why": a.why,
            }  # fmt: skip
            for a in week.actions
        ],
    }
    lines = [f"This week ({as_of.isoformat()}): {len(week.actions)} people worth writing to."]
    if week.model != "bgnbd":
        lines.append("Too little history for predictions yet: ranked by simple rules.")
    lines += [
        f"{a.customer:>7}  {names.get(a.customer, '')[:28]:<28}  {a.template:<15}  {a.why}"
        for a in week.actions
    ]
    emit(args, doc, lines)
    return 0
