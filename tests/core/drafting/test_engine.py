"""Templates are checked when saved, and nothing a customer typed can break a message."""

from __future__ import annotations

import pytest

from lifecrm.core.drafting.context import sample_contexts
from lifecrm.core.drafting.engine import TemplateError, compile_template, render, text_to_html
from lifecrm.core.drafting.library import TemplateText, get_template, save_template

BODY = "{{ greeting }}\n\nThank you.\n\n{{ unsubscribe_line }}\n"


def text(subject: str = "Hello {{ first_name }}", body: str = BODY, **kw) -> TemplateText:
    return TemplateText("mine", "en", "Mine", None, subject, body, **kw)


@pytest.mark.parametrize(
    ("subject", "body", "message"),
    [
        ("Hi {{ frist_name }}", BODY, r"subject uses 'frist_name' on line 1"),
        ("Hi", "{{ greeting }}\n\n{{ shoe_size }}\n", r"text uses 'shoe_size' on line 3"),
        ("Hi", "{{ greeting }}\n{% if first_name %}\nno end\n", r"text has a mistake on line"),
        ("Hi {{ first_name", BODY, r"subject has a mistake on line 1"),
    ],
)
def test_mistakes_are_refused_when_saved_with_the_line(db, subject, body, message) -> None:
    with db.write() as conn, pytest.raises(TemplateError, match=message):
        save_template(conn, text(subject, body))


@pytest.mark.parametrize(
    "attack",
    [
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ greeting.__class__.__init__.__globals__ }}",
        "{{ cycler.__init__.__globals__.os }}",
    ],
)
def test_sandbox_escapes_are_refused_with_a_clear_message(db, attack) -> None:
    with db.write() as conn, pytest.raises(TemplateError, match="not allowed|does not know"):
        save_template(conn, text(body=f"{{{{ greeting }}}}\n{attack}\n"))


def test_a_saved_template_wins_over_the_builtin_and_can_be_read_back(db) -> None:
    with db.write() as conn:
        save_template(conn, text(subject="Ours, {{ first_name }}"))
        found = get_template(conn, "mine", "en")
    assert (found.subject, found.builtin) == ("Ours, {{ first_name }}", False)


def test_customer_text_is_escaped_in_html_and_subjects_stay_one_line() -> None:
    compiled = compile_template("Hi {{ first_name }}", "{{ greeting }}\n\n{{ last_product }}\n")
    context = sample_contexts("en")[0] | {
        "first_name": "Eve\r\nBcc: victim@example.com",
        "greeting": "Dear <b>Eve</b>,",
        "last_product": '<script>alert("x")</script> & more',
    }

    subject, plain, html = render(compiled, context)

    assert "\n" not in subject and "\r" not in subject
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<b>" not in html
    assert '<script>alert("x")</script> & more' in plain


def test_plain_text_becomes_paragraphs_and_links() -> None:
    html = text_to_html("Dear Ann,\n\nSee https://shop.example/new.\nThanks\n")
    assert "<p>Dear Ann,</p>" in html
    assert '<a href="https://shop.example/new">https://shop.example/new</a>.<br>' in html


def test_empty_optional_values_leave_no_trace() -> None:
    body = (
        "{{ greeting }}\n\n"
        "{% if last_product %}You bought {{ last_product }}.{% endif %}\n\n\n\n"
        "{{ unsubscribe_line }}\n"
    )
    _subject, plain, _html = render(compile_template("Hi", body), sample_contexts("hu")[1])

    assert plain.startswith("Kedves Vásárlónk!\n\n")
    assert "\n\n\n" not in plain
    assert "None" not in plain
