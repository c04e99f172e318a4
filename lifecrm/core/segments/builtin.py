"""The built-in segments: the questions the marketing practice behind LifeCRM asks every week.

Each is a JSON template; `{"param": KEY}` marks a blank the owner fills in (which products,
which total). A built-in whose blanks all have defaults is ready to use as it is; the others
("Bought X but not Y") are saved once the owner has filled them in.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from lifecrm.core.i18n import N_
from lifecrm.core.segments.conditions import BadSegment, Definition, Kind, parse


@dataclass(frozen=True)
class Param:
    """A blank in a built-in template."""

    key: str
    label: str  # what the owner is asked for
    kind: Kind
    default: Any = None  # JSON value; None: the owner must fill it in


@dataclass(frozen=True, eq=False)
class Builtin:
    key: str
    name: str
    description: str
    template: dict[str, Any]
    params: tuple[Param, ...] = field(default=())

    @property
    def ready(self) -> bool:
        """Usable without asking the owner anything."""
        return all(p.default is not None for p in self.params)

    def definition(self, values: Mapping[str, Any] | None = None) -> Definition:
        """The template with its blanks filled from `values`, else the defaults."""
        given = dict(values or {})
        unknown = sorted(set(given) - {p.key for p in self.params})
        if unknown:
            raise BadSegment(
                N_("'{name}' has no blank called '{key}'.", name=self.name, key=unknown[0])
            )
        filled: dict[str, Any] = {}
        for p in self.params:
            value = given.get(p.key, p.default)
            if value is None:
                raise BadSegment(
                    N_(
                        "'{name}' needs a value for {key}: {label}.",
                        name=self.name,
                        key=p.key,
                        label=p.label,
                    )
                )
            filled[p.key] = value
        return parse(_fill(copy.deepcopy(self.template), filled))


def _fill(node: Any, values: dict[str, Any]) -> Any:
    if isinstance(node, dict):
        if set(node) == {"param"}:
            return values[node["param"]]
        return {k: _fill(v, values) for k, v in node.items()}
    if isinstance(node, list):
        return [_fill(v, values) for v in node]
    return node


def _cond(field_name: str, op: str, value: Any = None) -> dict[str, Any]:
    doc: dict[str, Any] = {"field": field_name, "op": op}
    if value is not None:
        doc["value"] = value
    return doc


BUILTIN: tuple[Builtin, ...] = (
    Builtin(
        "birthday-this-month",
        N_("Birthday this month"),
        N_("Customers whose birthday falls in the current month, whichever month it is."),
        {"all": [_cond("birthday", "this_month")]},
    ),
    Builtin(
        "best-customers",
        N_("Best customers (top 2 %)"),
        N_("The customers who spent the most: the top 2 % by money, worth a personal thank-you."),
        {"all": [_cond("best", "is", True)]},
    ),
    Builtin(
        "three-orders-over-total",
        N_("3+ orders over a chosen total"),
        N_(
            "Three or more orders and more than the chosen total spent: thank them and invite them "
            "to the loyalty programme."
        ),
        {
            "all": [
                _cond("orders", ">=", 3),
                _cond("total_spent", ">", {"param": "total"}),
            ]
        },
        (Param("total", N_("the total they spent more than"), Kind.MONEY, "50000"),),
    ),
    Builtin(
        "bought-x-not-y",
        N_("Bought X but not Y"),
        N_(
            "Bought one product but not its companion (a bicycle but no tyres): offer the "
            "companion."
        ),
        {
            "all": [
                _cond("bought", "any_of", {"param": "x"}),
                _cond("not_bought", "any_of", {"param": "y"}),
            ]
        },
        (
            Param("x", N_("the products they bought (names or SKUs)"), Kind.PRODUCTS),
            Param("y", N_("the products they did not buy (names or SKUs)"), Kind.PRODUCTS),
        ),
    ),
    Builtin(
        "buying-less-often",
        N_("Buying less often lately"),
        N_(
            "Regular customers whose last gaps between purchases are much longer than before: "
            "catch them before they are lost."
        ),
        {
            "all": [
                _cond("trend", "is", "falling"),
                _cond("stage", "not_in", ["lost", "lost_loyal"]),
            ]
        },
    ),
    Builtin(
        "buying-more-often",
        N_("Buying more often lately"),
        N_("Customers whose last gaps between purchases are much shorter than before."),
        {"all": [_cond("trend", "is", "rising")]},
    ),
    Builtin(
        "one-order-never-back",
        N_("One order, never came back"),
        N_("One order, long enough ago that they should have come back by now."),
        {
            "all": [
                _cond("orders", "=", 1),
                _cond("days_since_last_order", ">", {"param": "days"}),
            ]
        },
        (Param("days", N_("days since their order"), Kind.DAYS, 90),),
    ),
)


def builtin(key: str) -> Builtin:
    for b in BUILTIN:
        if b.key == key:
            return b
    raise BadSegment(
        N_(
            "There is no built-in segment '{key}'; use one of: {keys}.",
            key=key,
            keys=", ".join(b.key for b in BUILTIN),
        )
    )


def builtin_named(name: str) -> Builtin | None:
    return next((b for b in BUILTIN if b.name == name), None)
