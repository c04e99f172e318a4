"""Who to write to this week, and why (lifecrm.core.week.plan); the sentences in `why`."""

from lifecrm.core.week.plan import REASONS, Action, Week, plan_week

__all__ = ["REASONS", "Action", "Week", "plan_week"]
