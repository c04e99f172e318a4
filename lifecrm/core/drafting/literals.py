"""When a template is saved: a payload written as literals is refused even where the sample
customers it is tried on never reach (behind an `{% if %}`), with the line it is on.

Each literal step is evaluated with the same checks as at render time, so `'a' * 10**10` is
refused without being made; anything not literal is left to the render's own limits.
"""

from __future__ import annotations

from typing import Any

from jinja2 import nodes

from lifecrm.core.drafting.limits import (
    FILTERS,
    MAX_LOOPS,
    LimitedEnvironment,
    TemplateTooBig,
    check_binop,
    check_call,
    limited_range,
)
from lifecrm.core.i18n import N_


def _value(node: nodes.Node, env: LimitedEnvironment) -> Any:
    """A literal expression's value, each step checked as at render time; Impossible if not
    literal (or not worth computing)."""
    if isinstance(node, nodes.Const):
        return node.value
    if isinstance(node, nodes.List | nodes.Tuple):
        return [_value(item, env) for item in node.items]
    if isinstance(node, nodes.Neg):
        return -_value(node.node, env)
    if isinstance(node, nodes.BinExpr):
        left, right = _value(node.left, env), _value(node.right, env)
        check_binop(node.operator, left, right)
        return env.binop_table[node.operator](left, right)
    if isinstance(node, nodes.Call) and not node.kwargs and not node.dyn_args:
        args = tuple(_value(a, env) for a in node.args)
        if isinstance(node.node, nodes.Name) and node.node.name == "range":
            return limited_range(*args)
        if isinstance(node.node, nodes.Getattr) and not node.node.attr.startswith("_"):
            owner = _value(node.node.node, env)
            if isinstance(owner, str):
                check_call(getattr(owner, node.node.attr, None), args, {})
    if isinstance(node, nodes.Filter) and node.node is not None and node.name in FILTERS:
        value = _value(node.node, env)
        args = tuple(_value(a, env) for a in node.args)
        kwargs = {str(k.key): _value(k.value, env) for k in node.kwargs}
        return env.call_filter(node.name, value, args, kwargs)
    raise nodes.Impossible()


def _loop_turns(node: nodes.Node, env: LimitedEnvironment, outer: int) -> None:
    for child in node.iter_child_nodes():
        turns = outer
        if isinstance(child, nodes.For):
            try:
                turns = outer * len(_value(child.iter, env))
            except (nodes.Impossible, TypeError):
                pass
            if turns > MAX_LOOPS:
                raise TemplateTooBig(
                    N_(
                        ("its loops would turn more than {MAX_LOOPS} times for one message"),
                        MAX_LOOPS=f"{MAX_LOOPS:,}",
                    ),
                    line=child.lineno,
                )
        _loop_turns(child, env, turns)


def check_literals(tree: nodes.Template, env: LimitedEnvironment) -> None:
    """Refuses a literal payload anywhere in the template: the sample customers a saved
    template is tried on do not reach what an `{% if %}` hides."""
    for node in tree.find_all((nodes.BinExpr, nodes.Call, nodes.Filter)):
        try:
            _value(node, env)
        except nodes.Impossible:
            continue
        except TemplateTooBig as exc:
            raise TemplateTooBig(str(exc), node.lineno) from None
        except Exception:  # noqa: BLE001 - a literal that fails (1/0) fails again when sent
            continue
    _loop_turns(tree, env, 1)
