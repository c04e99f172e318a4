"""Every sentence `week` says about a customer, in one place, with the facts as parameters.

They are English templates for now: when the core gettext machinery (lifecrm.core.i18n) lands,
these become its messages (one msgid each, with plural forms for the day and month counts).
"""

from __future__ import annotations

from datetime import date

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _days(n: int) -> str:
    return "1 day" if n == 1 else f"{n} days"


def _months(days: int) -> str:
    months = max(1, round(days / 30.4))
    return "a month" if months == 1 else f"{months} months"


def new_thanks(days_ago: int) -> str:
    if days_ago == 0:
        return "First order today: say thank you."
    if days_ago == 1:
        return "First order yesterday: say thank you."
    return f"First order {_days(days_ago)} ago: say thank you."


def birthday(on: date, as_of: date) -> str:
    ahead = (on - as_of).days
    if ahead == 0:
        return "Birthday today."
    if ahead == 1:
        return "Birthday tomorrow."
    return f"Birthday on {_WEEKDAYS[on.weekday()]}."


def slipping(gap_days: int, since_days: int) -> str:
    return f"Usually orders every {_days(gap_days)}; it has been {since_days}."


def best_quiet(spent: str, since_days: int) -> str:
    return (
        f"One of your best customers ({spent} in the last year); quiet for {_months(since_days)}."
    )


def stay_in_touch(since_days: int) -> str:
    return f"No order for {_months(since_days)}: a good time to stay in touch."
