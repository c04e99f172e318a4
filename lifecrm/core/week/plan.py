"""`week`: the people worth writing to now, best first, each once with their strongest reason.

score = the expected value of writing = RESPONSE[reason] (an assumed chance that a message of
that kind brings an order, below) x what that order is worth (the Gamma-Gamma expected order
value; without a spend model the customer's own mean order day, else the shop's). With no
model at all (a small shop) the rules still run on the customer's own rhythm and birthdays.

Seams for later reasons: `replied` (a reply waiting in the owner's mailbox) and `automation`
(an automation step due) come with their issues; each adds a row to REASONS and a candidate
source feeding `_rank` like the rule masks below.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import NamedTuple

import numpy as np
from sqlalchemy import Connection, func, select

from lifecrm.core import settings
from lifecrm.core.money import format_money, precision
from lifecrm.core.predictions import Prediction, predict
from lifecrm.core.sending.account import load_account
from lifecrm.core.sending.limits import recently_written
from lifecrm.core.storage.models import Customer, table
from lifecrm.core.week import why


class Reason(NamedTuple):
    key: str
    template: str
    response: float  # assumed chance that writing brings an order


# In the order that wins a tie. The response factors are judgement, not measured: a thank-you
# after a first order and a birthday note are the most welcome messages; a customer quiet for
# half a year is the least likely to answer.
REASONS = {
    r.key: r
    for r in (
        Reason("new_thanks", "thank-you-new", 0.15),
        Reason("birthday", "birthday", 0.12),
        Reason("best_quiet", "thank-you-best", 0.10),
        Reason("slipping", "personal-note", 0.08),
        Reason("stay_in_touch", "reconnect", 0.03),
    )
}
NEW_DAYS = 7  # a first order this recent gets a thank-you
BIRTHDAY_DAYS = 7  # birthdays from as_of through the next six days
SLIPPING_FACTOR = 2.0  # quiet for more than twice their usual gap
SLIPPING_MIN_DAYS = 21  # ... and at least three weeks
QUIET_DAYS = 60  # best customers quiet this long
RECONNECT_DAYS = 120  # a best customer quiet this long gets "reconnect", not a thank-you
BEST_SHARE = 0.10  # "best": the top tenth by value over the last year
STAY_IN_TOUCH_DAYS = 180  # default; the setting "stay_in_touch_days" overrides it
DEFAULT_GAP_DAYS = 14  # SmtpAccount.min_days_between's default, when there is no account


@dataclass(frozen=True)
class Action:
    customer: int
    reason: str
    template: str
    score: float
    why: str


@dataclass(frozen=True)
class Week:
    as_of: date
    actions: list[Action]
    model: str  # the prediction behind the scores: "bgnbd" or "none"


def plan_week(
    conn: Connection, as_of: date, limit: int = 50, prediction: Prediction | None = None
) -> Week:
    """The week's list; pass a `prediction` made for this as_of to skip refitting the model
    (the fit is the slow part: seconds at 100k customers, the ranking well under one)."""
    pred = prediction if prediction is not None and prediction.as_of == as_of else None
    pred = pred or predict(conn, as_of)
    return Week(as_of, _rank(conn, pred, limit), pred.model)


def _order_value(pred: Prediction) -> np.ndarray:
    """What one more order day from each customer is worth, in whole currency units."""
    h = pred.history
    if pred.expected_order_value is not None:
        return pred.expected_order_value
    scale = 10 ** precision(pred.currency) if pred.currency else 1
    own = h.total_value / (h.x + 1) / scale
    shop = float(own[own > 0].mean()) if np.any(own > 0) else 1.0
    return np.where(own > 0, own, shop)


def _rank(conn: Connection, pred: Prediction, limit: int) -> list[Action]:
    h = pred.history
    as_of = pred.as_of
    n = len(h)
    value = _order_value(pred)
    since = np.rint(h.last_day).astype(np.int64)
    first = np.rint(h.T * 7).astype(np.int64)
    gap = np.divide(h.t_x * 7, h.x, out=np.zeros(n), where=h.x > 0)
    year = h.year_value
    best_line = np.quantile(year[year > 0], 1 - BEST_SHARE) if np.any(year > 0) else np.inf
    stay = int(settings.get(conn, "stay_in_touch_days", STAY_IN_TOUCH_DAYS))
    masks = {
        "new_thanks": first < NEW_DAYS,
        "best_quiet": (year >= best_line) & (year > 0) & (since >= QUIET_DAYS),
        "slipping": (h.x >= 2)
        & (since > SLIPPING_FACTOR * gap)
        & (since >= SLIPPING_MIN_DAYS)
        & (since < stay),
        "stay_in_touch": since >= stay,
    }
    birthdays = _birthdays(conn, as_of)
    shop_value = float(np.median(value)) if n else 1.0
    # (score, tie rank, customer, reason, row index or -1)
    ranked: list[tuple[float, int, int, str, int]] = []
    order = list(REASONS)
    for key, mask in masks.items():
        rows = np.flatnonzero(mask)
        scores = REASONS[key].response * value[rows]
        tie = order.index(key)
        ranked += [
            (float(s), tie, int(h.customer_id[k]), key, int(k))
            for k, s in zip(rows.tolist(), scores.tolist(), strict=True)
        ]
    for cid in birthdays:
        k = _row(h.customer_id, cid)
        base = float(value[k]) if k >= 0 else shop_value
        ranked.append((REASONS["birthday"].response * base, order.index("birthday"), cid,
                       "birthday", k))  # fmt: skip
    ranked.sort(key=lambda r: (-r[0], r[1], r[2]))
    strongest: dict[int, tuple[float, int, int, str, int]] = {}
    for item in ranked:
        strongest.setdefault(item[2], item)
    candidates = list(strongest.values())
    actions: list[Action] = []
    blocked: set[int] = set()
    for at, (score, _tie, cid, key, k) in enumerate(candidates):
        if at % (4 * limit) == 0:  # who may not be written to, a batch at a time
            blocked = _blocked(conn, [c[2] for c in candidates[at : at + 4 * limit]], as_of)
        if cid in blocked:
            continue
        sentence = _why(key, pred, k, since, gap, birthdays.get(cid))
        template = REASONS[key].template
        if key == "best_quiet" and since[k] >= RECONNECT_DAYS:
            template = "reconnect"  # a thank-you after so long would ring hollow
        actions.append(Action(cid, key, template, round(score, 1), sentence))
        if len(actions) >= limit:
            break
    return actions


def _row(ids: np.ndarray, cid: int) -> int:
    """Where a customer is in the history (ids ascending), -1 if they never ordered."""
    k = int(np.searchsorted(ids, cid))
    return k if k < len(ids) and int(ids[k]) == cid else -1


def _why(
    key: str, pred: Prediction, k: int, since: np.ndarray, gap: np.ndarray, bday: date | None
) -> str:
    if key == "birthday":
        assert bday is not None
        return why.birthday(bday, pred.as_of)
    days = int(since[k])
    if key == "new_thanks":
        return why.new_thanks(int(round(pred.history.T[k] * 7)))
    if key == "slipping":
        return why.slipping(int(round(gap[k])), days)
    if key == "best_quiet":
        currency = pred.currency or ""
        spent = format_money(int(pred.history.year_value[k]), currency, "en") if currency else ""
        return why.best_quiet(spent, days)
    return why.stay_in_touch(days)


def _birthdays(conn: Connection, as_of: date) -> dict[int, date]:
    """Customers (buyers or not) whose birthday falls in the next BIRTHDAY_DAYS, with the day."""
    upcoming: dict[str, date] = {}
    for ahead in range(BIRTHDAY_DAYS):
        day = as_of + timedelta(days=ahead)
        upcoming[day.strftime("%m-%d")] = day
        if day.month == 2 and day.day == 28 and (day + timedelta(days=1)).month == 3:
            upcoming["02-29"] = day  # born on 29 February: celebrated on the 28th
    c = table(Customer).c
    month_day = func.substr(c.birthday, 6, 5)  # stored as YYYY-MM-DD
    rows = conn.execute(
        select(c.id, month_day).where(c.birthday.is_not(None), month_day.in_(list(upcoming)))
    )
    return {int(cid): upcoming[md] for cid, md in rows}


def _blocked(conn: Connection, ids: list[int], as_of: date) -> set[int]:
    """Opted out, or written to within the sending account's per-customer gap (the default gap
    when there is no account). There is no bounce record yet; once there is, it goes here."""
    c = table(Customer).c
    opted = set(conn.execute(select(c.id).where(c.opted_out.is_(True), c.id.in_(ids))).scalars())
    account = load_account(conn)
    gap = account.min_days_between if account else DEFAULT_GAP_DAYS
    now = datetime.combine(as_of + timedelta(days=1), time(), tzinfo=UTC)
    return opted | set(recently_written(conn, ids, now, gap))
