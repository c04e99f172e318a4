"""A template cannot exhaust the machine: what it may make and how long it may run are bounded,
a literal payload is refused when saved (even behind an `{% if %}`), and whatever stops a
template while drafting is a TemplateError naming the template, the part and the line.

Each test runs under a memory ceiling and an alarm, so without the limits it fails with a
MemoryError or a timeout instead of taking the machine down.
"""

from __future__ import annotations

import resource
import signal
from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import text as sql

from lifecrm.core import lifecycle
from lifecrm.core.drafting import limits
from lifecrm.core.drafting.context import sample_contexts
from lifecrm.core.drafting.drafts import draft_messages
from lifecrm.core.drafting.engine import TEXT_ENV, TemplateError, compile_template, render
from lifecrm.core.drafting.library import TemplateText, save_template
from tests.factories import add_customer, add_order

CEILING = 1 << 30  # bytes a test may add to what the process already holds


class TookTooLong(Exception):
    pass


@pytest.fixture(autouse=True)
def bounded() -> Iterator[None]:
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    with open("/proc/self/statm") as f:
        now = int(f.read().split()[0]) * resource.getpagesize()
    resource.setrlimit(resource.RLIMIT_AS, (now + CEILING, hard))

    def alarm(_signum: int, _frame: object) -> None:
        raise TookTooLong

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.alarm(60)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


PAYLOADS = [
    "{{ 'a' * 10**10 }}",
    "{{ 'a'|center(10**9) }}",
    "{{ '{:>2000000000}'.format(1) }}",
    "{{ '%2000000000d' % 1 }}",
    "{{ '%2000000000s'|format(1) }}",
    "{{ 'a'.ljust(10**9) }}",
    "{{ 'a\tb'.expandtabs(10**9) }}",
    "{{ 'x'|indent(10**9) }}",
    "{{ 'ab cd'|wordwrap(10**9) }}",
    "{{ ('a' * 1000)|replace('', 'b' * 1000) }}",
    "{{ (['a' * 50000] * 100)|join }}",
    "{{ 2 ** (10**9) }}",
    "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
    "{% for i in range(10000) %}{% for j in range(10000) %}{% endfor %}{% endfor %}",
]
HIDING = [
    "{}",
    "{{% if false %}}{}{{% endif %}}",
    "{{% if first_name == 'Nobody' %}}{}{{% endif %}}",
]


def template(body: str, subject: str = "Hi {{ first_name }}") -> TemplateText:
    return TemplateText("mine", "en", "My offer", None, subject, "{{ greeting }}\n" + body + "\n")


@pytest.mark.parametrize("hiding", HIDING)
@pytest.mark.parametrize("payload", PAYLOADS)
def test_a_payload_is_refused_when_saved_even_where_no_sample_reaches(
    db, payload: str, hiding: str
) -> None:
    with db.write() as conn, pytest.raises(TemplateError, match="text cannot be used") as caught:
        save_template(conn, template(hiding.format(payload)))
    assert str(caught.value).count(".") <= 2  # one sentence (the figures have no dots)
    with db.read() as conn:
        assert conn.execute(sql("SELECT COUNT(*) FROM template")).scalar() == 0


DYNAMIC = [  # made of the customer's data: only the render can tell
    ("{{ first_name * (orders_count * 10**10) }}", "more than 100,000 characters"),
    ("{{ first_name|center(orders_count * 10**9) }}", "too wide"),
    ("{{ ('{:>' ~ orders_count * 10**9 ~ '}').format(first_name) }}", "too wide"),
    ("{{ ('%' ~ orders_count * 10**9 ~ 's') % first_name }}", "too wide"),
    ("{% for i in range(orders_count * 10**6) %}{% endfor %}", "more than 10,000 items"),
    (
        "{% for i in range(orders_count * 3000) %}{% for j in range(orders_count * 3000) %}"
        "{% endfor %}{% endfor %}",
        "loops turn more than 1,000,000 times",
    ),
    ("{% for i in range(orders_count * 3000) %}{{ first_name * 5000 }}{% endfor %}", "longer"),
    (
        "{% set s = first_name * 20000 %}{% set s = s ~ s %}{% set s = s ~ s %}"
        "{% set s = s ~ s %}{{ s }}",
        "more than 100,000 characters",
    ),
    (
        "{% macro twice(s) %}{{ twice(s ~ s) }}{% endmacro %}{{ twice(first_name) }}",
        "more than 100,000 characters",
    ),
    (
        "{% set x %}{% for i in range(orders_count * 3000) %}{{ first_name * 9000 }}"
        "{% endfor %}{% endset %}{{ x|length }}",
        "more than 100,000 characters",
    ),
    ("{{ orders_count / 0 }}", "ZeroDivisionError"),
]


@pytest.mark.parametrize(("payload", "reason"), DYNAMIC)
def test_a_payload_made_of_customer_data_stops_with_the_template_and_line(
    payload: str, reason: str
) -> None:
    compiled = compile_template("Hi", "{{ greeting }}\n\n" + payload + "\n", name="My offer")
    context = sample_contexts("en")[0] | {"first_name": "Anna", "orders_count": 3}

    with pytest.raises(TemplateError, match=reason) as caught:
        render(compiled, context)
    assert "The template 'My offer' stopped on line 3 of its text" in str(caught.value)


def test_a_subject_is_cut_far_shorter_than_a_body() -> None:
    compiled = compile_template("{{ first_name * 600 }}", "{{ first_name * 600 }}\n", name="Big")
    context = sample_contexts("en")[0] | {"first_name": "Anna"}

    with pytest.raises(TemplateError, match="its subject: it would be longer than 1,000"):
        render(compiled, context)


def test_a_template_past_its_time_budget_stops() -> None:
    looping = TEXT_ENV.from_string("{% for i in range(10) %}{{ i }}{% endfor %}")
    with limits.budget(seconds=-1), pytest.raises(limits.TemplateTooBig, match="longer than"):
        looping.render()


def test_ordinary_templates_still_render_their_lists_and_padding() -> None:
    compiled = compile_template(
        "Hi {{ first_name|center(10) }}",
        "{% for p in last_order_products %}{{ loop.index }}. {{ p }}\n{% endfor %}"
        "{{ '%06.2f' % 3.14159 }} {{ '{:*>4}'.format(7) }} {{ ['a', 'b']|join(', ') }}\n",
    )
    context = sample_contexts("en")[0] | {"first_name": "Anna", "last_order_products": ["Mug"]}

    subject, body, _html = render(compiled, context)

    assert subject == "Hi Anna"
    assert body == "1. Mug\n003.14 ***7 a, b\n"


def test_drafting_with_a_stored_bomb_is_a_user_error_not_a_crash(db) -> None:
    """A template saved before these limits (or written into the file) stops the draft calmly."""
    with db.write() as conn:
        cid = add_customer(conn, "Anna Smith", email="anna@example.com", first_name="Anna")
        add_order(conn, cid, date(2025, 12, 1), 1000, currency="EUR")
        lifecycle.recompute_in(conn, date(2025, 12, 2))
        conn.execute(
            sql(
                "INSERT INTO template (key, language, name, subject, body, updated_at)"
                " VALUES ('mine', 'en', 'My offer', 'Hi', :body, '2025-01-01')"
            ),
            {"body": "{{ greeting }}\n{% if first_name == 'Anna' %}{{ 'a' * 10**10 }}{% endif %}"},
        )
    with (
        db.read() as conn,
        pytest.raises(
            TemplateError, match=r"text of the template 'My offer' cannot be used \(line 2\)"
        ),
    ):
        draft_messages(conn, "mine", [cid], as_of=date(2025, 12, 2))
