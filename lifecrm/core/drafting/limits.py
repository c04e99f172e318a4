"""Bounds on what a template may make and how long it may take to make it.

Jinja2's sandbox stops attribute escapes, not resource use: `'a' * 10**10` took 9.6 GB,
`'a'|center(10**9)` and `'{:>2000000000}'.format(1)` ran for minutes, nested loops longer. Here
every operator, call, filter and loop that can grow a value checks its size *before* it runs,
every buffer and the output stream keep a running total, and one render has a time budget and
an iteration budget (counted, so the same template behaves the same on a slow machine).
"""

from __future__ import annotations

import re
import string
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from jinja2 import filters as jinja_filters
from jinja2 import nodes, pass_environment, pass_eval_context
from jinja2.compiler import CodeGenerator, Frame
from jinja2.sandbox import SandboxedEnvironment

from lifecrm.core.i18n import N_

MAX_TEXT = 100_000  # characters in any one value a template builds
MAX_ITEMS = 10_000  # items in a list or a range
MAX_WIDTH = 1_000  # padding, indent and format widths
MAX_POWER_BITS = 4_096  # how big a number `**` may make
MAX_LOOPS = 1_000_000  # loop turns in one render, all loops together
MAX_SECONDS = 5.0  # one render; a backstop behind the counted limits
CHECK_EVERY = 1_000  # loop turns between two looks at the clock


class TemplateTooBig(Exception):
    """Why a template went past a bound, as a clause the engine puts in its sentence."""

    def __init__(self, reason: str, line: int | None = None) -> None:
        super().__init__(reason)
        self.line = line


@dataclass
class _Budget:
    deadline: float
    loops: int = 0


_budget: ContextVar[_Budget | None] = ContextVar("lifecrm_template_budget", default=None)


@contextmanager
def budget(seconds: float = MAX_SECONDS) -> Iterator[None]:
    """The time and loop budget of one render (each thread and task has its own)."""
    token = _budget.set(_Budget(time.monotonic() + seconds))
    try:
        yield
    finally:
        _budget.reset(token)


def check_time() -> None:
    current = _budget.get()
    if current is not None and time.monotonic() > current.deadline:
        raise TemplateTooBig(
            N_(
                ("it takes longer than {MAX_SECONDS} seconds to write one message"),
                MAX_SECONDS=f"{MAX_SECONDS:g}",
            )
        )


def _too_long(size: int, limit: int = MAX_TEXT, what: str = N_("characters")) -> None:
    if size > limit:
        raise TemplateTooBig(
            N_(("it would make a value of more than {limit} {what}"), limit=f"{limit:,}", what=what)
        )


def _width(value: Any, what: str = N_("width")) -> None:
    if isinstance(value, int) and value > MAX_WIDTH:
        raise TemplateTooBig(
            N_(
                ("a {what} of {value} is too wide (at most {MAX_WIDTH})"),
                what=what,
                value=f"{value:,}",
                MAX_WIDTH=f"{MAX_WIDTH:,}",
            )
        )


def _size(value: Any) -> int:
    """Characters a value holds: a list counts its items and the text in them."""
    if isinstance(value, str):
        return len(value)
    if isinstance(value, list | tuple):
        return len(value) + sum(len(item) for item in value if isinstance(item, str))
    return 0


# -- formatting: '%500d' % x and '{:>500}'.format(x) -------------------------------------------

_PERCENT = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(\*|\d+)?(?:\.(\*|\d+))?[a-zA-Z%]")


def check_percent(template: str, args: Any) -> None:
    for match in _PERCENT.finditer(template):
        for number in match.groups():
            if number == "*":
                raise TemplateTooBig(
                    N_("a width given as '*' cannot be checked (write the number)")
                )
            if number:
                _width(int(number))
    values = args if isinstance(args, tuple) else (args,)
    _too_long(len(template) + sum(_size(v) for v in values))


def check_format(template: str, args: Iterable[Any]) -> None:
    fields = 0
    for _text, name, spec, _conversion in string.Formatter().parse(template):
        if name is None:
            continue
        fields += 1
        if spec and "{" in spec:
            raise TemplateTooBig(N_("a width taken from another value cannot be checked"))
        for number in re.findall(r"\d+", spec or ""):
            _width(int(number))
    _too_long(len(template) + fields * max((_size(a) for a in args), default=0))


# -- operators ----------------------------------------------------------------------------------


def check_binop(operator: str, left: Any, right: Any) -> None:
    if operator == "*":
        for seq, times in ((left, right), (right, left)):
            if isinstance(seq, str) and isinstance(times, int):
                _too_long(len(seq) * max(times, 0))
            elif isinstance(seq, list | tuple) and isinstance(times, int):
                _too_long(len(seq) * max(times, 0), MAX_ITEMS, N_("items"))
                _too_long(_size(seq) * max(times, 0))
    elif operator == "**" and isinstance(left, int) and isinstance(right, int):
        if abs(left) > 1 and right > 0 and right * abs(left).bit_length() > MAX_POWER_BITS:
            raise TemplateTooBig(
                N_(("{left} ** {right} is too big a number"), left=left, right=right)
            )
    elif operator == "+" and isinstance(left, str | list | tuple):
        _too_long(_size(left) + _size(right))
    elif operator == "%" and isinstance(left, str):
        check_percent(left, right)


# -- calls: string methods that grow their string ----------------------------------------------


def _padded(s: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    _width(args[0] if args else kwargs.get("width"))


def _expandtabs(s: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    size = args[0] if args else kwargs.get("tabsize", 8)
    _width(size, N_("tab size"))
    _too_long(len(s) * max(size if isinstance(size, int) else 1, 1))


def _replace(s: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    if len(args) >= 2 and isinstance(args[0], str) and isinstance(args[1], str):
        count = s.count(args[0]) if args[0] else len(s) + 1
        _too_long(len(s) + count * len(args[1]))


def _join(s: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    items = args[0] if args else ()
    if isinstance(items, list | tuple):
        _too_long(sum(_size(i) for i in items) + len(s) * len(items))


def _format(s: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    check_format(s, [*args, *kwargs.values()])


_STR_METHODS: dict[str, Callable[[str, tuple[Any, ...], dict[str, Any]], None]] = {
    "center": _padded,
    "ljust": _padded,
    "rjust": _padded,
    "zfill": _padded,
    "expandtabs": _expandtabs,
    "replace": _replace,
    "join": _join,
    "format": _format,
    "format_map": lambda s, args, kw: check_format(s, list(args[0].values()) if args else []),
}


def check_call(obj: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    """Refuses a string method call that would make something too big, before it runs."""
    target = getattr(obj, "__wrapped__", obj)  # the sandbox wraps str.format
    owner = getattr(target, "__self__", None)
    check = _STR_METHODS.get(getattr(target, "__name__", ""))
    if isinstance(owner, str) and check is not None:
        check(owner, args, kwargs)


def checked_result(value: Any) -> Any:
    if isinstance(value, str):
        _too_long(len(value))
    elif isinstance(value, list | tuple):
        _too_long(len(value), MAX_ITEMS, N_("items"))
    return value


# -- loops, ranges and buffers ------------------------------------------------------------------


def counted(items: Iterable[Any]) -> Iterator[Any]:
    """Every template loop runs through here: turns counted, the clock looked at."""
    current = _budget.get()
    for n, item in enumerate(items):
        if current is not None:
            current.loops += 1
            if current.loops > MAX_LOOPS:
                raise TemplateTooBig(
                    N_(
                        ("its loops turn more than {MAX_LOOPS} times for one message"),
                        MAX_LOOPS=f"{MAX_LOOPS:,}",
                    )
                )
        if n % CHECK_EVERY == 0:
            check_time()
        yield item


def limited_range(*args: int) -> range:
    numbers = range(*args)
    _too_long(len(numbers), MAX_ITEMS, N_("items"))
    return numbers


class LimitedBuffer(list[Any]):
    """What a macro, a `{% set %}` block or a filter block writes, with a running total."""

    size = 0

    def append(self, item: Any) -> None:
        self.size += _size(item) or len(str(item))
        _too_long(self.size)
        check_time()
        super().append(item)

    def extend(self, items: Iterable[Any]) -> None:
        for item in items:
            self.append(item)


class LimitedCodeGenerator(CodeGenerator):
    """Jinja's compiler with every loop counted and every buffer limited."""

    def visit_For(self, node: Any, frame: Frame) -> None:
        node.iter = nodes.Call(
            nodes.EnvironmentAttribute("counted"), [node.iter], [], None, None, lineno=node.lineno
        )
        super().visit_For(node, frame)

    def visit_Concat(self, node: Any, frame: Frame) -> None:
        self.write("environment.checked_result(")
        super().visit_Concat(node, frame)
        self.write(")")

    def buffer(self, frame: Frame) -> None:
        frame.buffer = self.temporary_identifier()
        self.writeline(f"{frame.buffer} = environment.limited_buffer()")


# -- filters ------------------------------------------------------------------------------------


def _center(value: Any, width: int = 80) -> str:
    _width(width)
    return jinja_filters.do_center(value, width)


def _indent(s: str, width: int | str = 4, first: bool = False, blank: bool = False) -> str:
    step = len(width) if isinstance(width, str) else width
    _width(step)
    _too_long(len(str(s)) + (str(s).count("\n") + 1) * max(step, 0))
    return jinja_filters.do_indent(s, width, first, blank)


def _format_filter(value: str, *args: Any, **kwargs: Any) -> str:
    if kwargs:
        check_format(value, list(kwargs.values()))
    else:
        check_percent(value, args)
    return jinja_filters.do_format(value, *args, **kwargs)


def _truncate(s: str, length: int = 255, *args: Any, **kwargs: Any) -> str:
    _too_long(length if isinstance(length, int) else 0)
    return jinja_filters.do_truncate(s, length, *args, **kwargs)  # type: ignore[arg-type]


def _replace_filter(s: Any, old: str, new: str, count: int | None = None) -> Any:
    _replace(str(s), (old, new), {})
    return jinja_filters.do_replace(s, old, new, count)  # type: ignore[arg-type]


@pass_environment
def _wordwrap(env: Any, s: str, width: int = 79, *args: Any, **kwargs: Any) -> str:
    _width(width)
    wrap = kwargs.get("wrapstring") or (args[1] if len(args) > 1 else None) or "\n"
    _too_long(len(s) + (len(s) // max(width, 1) + 1) * len(str(wrap)))
    return jinja_filters.do_wordwrap(env, s, width, *args, **kwargs)


@pass_eval_context
def _join_filter(eval_ctx: Any, value: Any, d: str = "", attribute: Any = None) -> str:
    if isinstance(value, list | tuple):
        _too_long(_size(value) + len(d) * len(value))
    return str(checked_result(jinja_filters.do_join(eval_ctx, value, d, attribute)))


FILTERS: dict[str, Callable[..., Any]] = {
    "join": _join_filter,
    "center": _center,
    "indent": _indent,
    "format": _format_filter,
    "truncate": _truncate,
    "replace": _replace_filter,
    "wordwrap": _wordwrap,
}


class LimitedEnvironment(SandboxedEnvironment):
    """The sandbox with the bounds above on its operators, calls, filters, loops and buffers."""

    code_generator_class = LimitedCodeGenerator
    intercepted_binops = frozenset({"*", "**", "+", "%"})

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.globals["range"] = limited_range
        self.globals.pop("lipsum", None)  # lipsum(10**9) is a gigabyte of Latin
        self.filters.update(FILTERS)
        self.counted = counted
        self.checked_result = checked_result
        self.limited_buffer = LimitedBuffer

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        check_binop(operator, left, right)
        return checked_result(super().call_binop(context, operator, left, right))

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805
        check_time()
        if __obj is not counted:
            check_call(__obj, args, kwargs)
        result = super().call(__context, __obj, *args, **kwargs)
        return result if __obj is counted else checked_result(result)
