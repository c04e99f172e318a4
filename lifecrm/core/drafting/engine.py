"""Rendering templates safely: Jinja2's sandbox, a fixed set of variables, checked when saved.

A template that uses an unknown variable, has a syntax error or tries to reach Python
internals is refused when the owner saves it (with the line), never at send time. Customer
data cannot break out: the text version is plain text, the HTML version escapes everything it
did not write itself, and a subject is always one line (no header injection).
"""

from __future__ import annotations

import html as html_lib
import re
import traceback
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from jinja2 import StrictUndefined, TemplateSyntaxError, meta, nodes, pass_context
from jinja2.exceptions import SecurityError, UndefinedError
from jinja2.runtime import Context

from lifecrm.core.drafting import languages
from lifecrm.core.drafting.limits import (
    LimitedEnvironment,
    TemplateTooBig,
    budget,
    check_time,
)
from lifecrm.core.drafting.literals import check_literals
from lifecrm.core.errors import UserError
from lifecrm.core.i18n import N_

# Every variable a template may use; each is always present (empty when unknown).
VARIABLES: dict[str, str] = {
    "greeting": N_("the greeting line, with the first name or a graceful fallback"),
    "first_name": N_("the customer's first (given) name"),
    "last_name": N_("the family name"),
    "full_name": N_("the name as the shop knows it"),
    "formal_name": N_("the name for formal address (Russian: name and patronymic)"),
    "last_order_date": N_("the day of the last order, written for the language"),
    "first_order_date": N_("the day of the first order"),
    "last_order_products": N_("the products of the last order (a list)"),
    "last_product": N_("one product of the last order"),
    "orders_count": N_("how many orders (cancelled and refunded not counted)"),
    "total_spent": N_("the total spent, written for the language"),
    "days_since_last_order": N_("days since the last order"),
    "months_since_last_order": N_("whole months since the last order"),
    "stage": N_("the customer's stage, in the language"),
    "shop_name": N_("the shop's name"),
    "owner_name": N_("the owner's name"),
    "signature": N_("the owner's signature (several lines)"),
    "shop_story": N_("one sentence about the shop"),
    "shop_url": N_("the shop's web address"),
    "discount_code": N_("a code made for this customer alone"),
    "discount": N_("what the code gives (10%, 1 000 Ft)"),
    "gift": N_("a small gift (free shipping)"),
    "recommended_products": N_("products that go with what they bought (a list)"),
    "bestseller": N_("the shop's best-selling product"),
    "project": N_("the last job or product (for freelancers)"),
    "unsubscribe_line": N_("a polite sentence on how to stop these e-mails"),
    "language": N_("the message's language code (en, hu, ru, is, sl)"),
}
MAX_SUBJECT = 1_000  # characters a subject may come to (before its spaces are tidied)
MAX_BODY = 500_000  # characters of text or HTML in one message
_MULTI_NEWLINES = re.compile(r"\n{3,}")
_TRAILING = re.compile(r"[ \t]+\n")
_DATE_PERIOD = re.compile(r"(\d\.)\.(?!\.)")
_URL = re.compile(r"https?://[^\s<]+[^\s<.,;:!?)]")


class TemplateError(UserError):
    code = "template_error"


_WORDS = {"subject": N_("subject"), "text": N_("text"), "html": N_("HTML version")}
_PARTS = {
    "subject": N_("The subject"),
    "text": N_("The text"),
    "HTML version": N_("The HTML version"),
}


@pass_context
def _and_list(context: Context, items: Any) -> str:
    return languages.and_list(list(items or ()), context.get("language") or "en")


def _environment(autoescape: bool) -> LimitedEnvironment:
    env = LimitedEnvironment(
        undefined=StrictUndefined,
        autoescape=autoescape,
        # Block tags on lines of their own leave no trace; a tag that ends a line of text takes
        # that line break with it (put it on the next line instead).
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    env.filters["and_list"] = _and_list
    return env


TEXT_ENV = _environment(autoescape=False)
HTML_ENV = _environment(autoescape=True)


def _line_of(source: str, name: str) -> int:
    match = re.search(r"\b" + re.escape(name) + r"\b", source)
    return source.count("\n", 0, match.start()) + 1 if match else 1


def check_source(source: str, part: str, *, env: LimitedEnvironment = TEXT_ENV) -> None:
    """Refuses a syntax error, an unknown variable or a literal too big to make (even behind an
    `{% if %}`) in one part (subject, text or HTML)."""
    try:
        tree = env.parse(source)
    except TemplateSyntaxError as exc:
        raise TemplateError(
            N_(
                "{part} has a mistake on line {line}: {message}.",
                part=_PARTS.get(part, part),
                message=exc.message,
            ),
            line=exc.lineno,
        ) from None
    assigned = {n.name for n in tree.find_all(nodes.Name) if n.ctx in ("store", "param")}
    unknown = sorted(meta.find_undeclared_variables(tree) - VARIABLES.keys() - assigned)
    if unknown:
        line = _line_of(source, unknown[0])
        raise TemplateError(
            N_(
                "{part} uses '{variable}' on line {line}, which LifeCRM does not know; use one of: "
                "{known}.",
                part=_PARTS.get(part, part),
                known=", ".join(VARIABLES),
            ),
            line=line,
            variable=unknown[0],
        )
    try:
        check_literals(tree, env)
    except TemplateTooBig as exc:
        line = exc.line or 1
        raise TemplateError(
            N_(
                "{part} cannot be used (line {line}): {detail}.",
                part=_PARTS.get(part, part),
                detail=exc.args[0] if exc.args else exc,
            ),
            line=line,
        ) from None


@dataclass(frozen=True)
class Compiled:
    """A template ready to render many times (compiling is the slow part)."""

    subject: Any
    body: Any
    html: Any | None
    name: str = ""  # for the owner, in the message when rendering stops


def compile_template(
    subject: str, body: str, html: str | None = None, *, name: str = ""
) -> Compiled:
    of = f" of the template '{name}'" if name else ""
    check_source(subject, "subject" + of)
    check_source(body, "text" + of)
    if html is not None:
        check_source(html, "HTML version" + of, env=HTML_ENV)
    return Compiled(
        TEXT_ENV.from_string(subject),
        TEXT_ENV.from_string(body),
        HTML_ENV.from_string(html) if html is not None else None,
        name,
    )


def _tidy(text: str) -> str:
    """Blank lines left by empty optional sentences go; so does the second period after a
    Hungarian or Icelandic date ("december 1." at the end of a sentence)."""
    text = _TRAILING.sub("\n", text.replace("\r\n", "\n"))
    text = _DATE_PERIOD.sub(r"\1", text)
    text = _MULTI_NEWLINES.sub("\n\n", text)
    lines = [re.sub(r"(?<=\S) {2,}", " ", line) for line in text.split("\n")]
    return "\n".join(lines).strip() + "\n"


def text_to_html(text: str) -> str:
    """The plain text as simple HTML: paragraphs, line breaks and links, everything escaped."""
    paragraphs = []
    for block in text.strip().split("\n\n"):
        escaped = html_lib.escape(block)
        linked = _URL.sub(lambda m: f'<a href="{m.group(0)}">{m.group(0)}</a>', escaped)
        paragraphs.append("<p>" + linked.replace("\n", "<br>\n") + "</p>")
    body = "\n".join(paragraphs)
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n'
        '<body style="font-family: Georgia, serif; font-size: 16px; line-height: 1.5; '
        'color: #222; max-width: 36em;">\n' + body + "\n</body></html>\n"
    )


def render(compiled: Compiled, context: Mapping[str, Any]) -> tuple[str, str, str]:
    """(subject, text, html) for one customer, within the limits of `limits`; whatever stops a
    template is a TemplateError naming it, the part and the line."""
    with budget():
        subject = " ".join(_produce(compiled, "subject", context, MAX_SUBJECT).split())
        text = _tidy(_produce(compiled, "text", context, MAX_BODY))
        if compiled.html is None:
            return subject, text, text_to_html(text)
        return subject, text, _produce(compiled, "HTML version", context, MAX_BODY)


def _produce(compiled: Compiled, part: str, context: Mapping[str, Any], limit: int) -> str:
    template: Any = {"subject": compiled.subject, "text": compiled.body}.get(part, compiled.html)
    chunks: list[str] = []
    size = 0
    stream = template.generate(context)
    try:
        for chunk in stream:
            size += len(chunk)
            if size > limit:
                raise TemplateTooBig(
                    N_("it would be longer than {limit} characters", limit=f"{limit:,}")
                )
            check_time()
            chunks.append(chunk)
    except Exception as exc:  # noqa: BLE001 - every way a template stops is the owner's to fix
        raise _stopped(compiled.name, part, exc, _line_now(template, stream)) from None
    return "".join(chunks)


def _line_now(template: Any, stream: Any) -> int | None:
    """The template line the paused render is on (where the output went past the cap)."""
    inner = getattr(stream, "gi_yieldfrom", None)
    frame = getattr(inner, "gi_frame", None)
    return template.get_corresponding_lineno(frame.f_lineno) if frame is not None else None


def _stopped(name: str, part: str, exc: Exception, paused_on: int | None) -> TemplateError:
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename == "<template>"]
    line = frames[-1].lineno if frames else paused_on or 1
    why: object
    if isinstance(exc, SecurityError):
        why = N_("it tries something that is not allowed ({detail})", detail=exc)
    elif isinstance(exc, UndefinedError):
        why = N_("it uses something that is not there ({detail})", detail=exc)
    elif isinstance(exc, TemplateTooBig):
        why = exc.args[0] if exc.args else str(exc)
    elif isinstance(exc, MemoryError | RecursionError):
        why = N_("it needs more memory than one message may take")
    else:
        why = f"{type(exc).__name__}: {exc}"
    words = _WORDS.get(part, part)
    said = (
        N_("The template '{name}' stopped on line {line} of its {part}: {why}.", name=name)
        if name
        else N_("The template stopped on line {line} of its {part}: {why}.")
    )
    return TemplateError(
        N_(said.template, **said.facts, line=line, part=words, why=why),
        line=line,
        part=part,
    )
