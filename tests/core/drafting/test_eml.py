""".eml files: what a mail program reads back (headers, parts, UTF-8), and nothing injected."""

from __future__ import annotations

from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default

from lifecrm.core.drafting.drafts import Draft
from lifecrm.core.drafting.eml import write_eml_files


def read(path) -> EmailMessage:
    message = message_from_bytes(path.read_bytes(), policy=default)
    assert isinstance(message, EmailMessage)
    return message


def test_an_eml_file_has_the_headers_and_both_parts(tmp_path) -> None:
    draft = Draft(
        7, "Иванов Иван", "ivan@example.ru", "ru", subject="Спасибо за заказ, Иван",
        text="Здравствуйте, Иван!\n\nСпасибо.\n", html="<p>Здравствуйте, Иван!</p>",
    )  # fmt: skip

    (path,) = write_eml_files([draft], tmp_path, "anna@shop.example", "Anna Kovács")
    message = read(path)

    assert message["Subject"] == "Спасибо за заказ, Иван"
    assert message["To"].addresses[0].display_name == "Иванов Иван"
    assert message["To"].addresses[0].addr_spec == "ivan@example.ru"
    assert message["From"].addresses[0].display_name == "Anna Kovács"
    assert message["Message-ID"].endswith("@shop.example>")
    assert message.get_content_type() == "multipart/alternative"
    plain = message.get_body(("plain",))
    html = message.get_body(("html",))
    assert plain is not None and plain.get_content().replace("\r\n", "\n") == draft.text
    assert html is not None and "Здравствуйте, Иван!" in html.get_content()


def test_a_name_or_subject_cannot_add_headers(tmp_path) -> None:
    draft = Draft(
        8, 'Eve, "Boss" <x@y.z>\r\nBcc: all@example.com', "eve@example.com", "en",
        subject="Hi\r\nBcc: all@example.com", text="Hello\n", html="<p>Hello</p>",
    )  # fmt: skip

    (path,) = write_eml_files([draft], tmp_path, "anna@shop.example")
    message = read(path)

    assert message["Bcc"] is None
    assert [a.addr_spec for a in message["To"].addresses] == ["eve@example.com"]
    assert "\n" not in message["Subject"]


def test_skipped_drafts_make_no_file(tmp_path) -> None:
    skipped = Draft(9, "No Mail", None, "en", skipped="no e-mail address")
    assert write_eml_files([skipped], tmp_path, "anna@shop.example") == []
    assert list(tmp_path.iterdir()) == []
