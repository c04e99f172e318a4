"""Sending a batch to a real SMTP server on loopback: delivered, refused, retried, stopped."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text

from lifecrm.core.drafting.drafts import Draft
from lifecrm.core.sending import outbox
from lifecrm.core.sending.account import Security, SmtpAccount
from lifecrm.core.sending.sender import send_queued
from tests.factories import add_customer
from tests.support.smtp_server import PASSWORD

NOW = datetime(2025, 12, 1, 9, 0, tzinfo=UTC)


SHOP = SmtpAccount("127.0.0.1", 25, Security.STARTTLS, "anna@shop.example", "anna@shop.example",
                   "Anna Kovács")  # fmt: skip


def queue(db, people: list[tuple[str, str]], **kw) -> tuple[int, dict[str, int]]:
    """Customers with these (name, e-mail), one draft each, queued as one campaign."""
    with db.write() as conn:
        ids = {email: add_customer(conn, name, email=email) for name, email in people}
        drafts = [
            Draft(ids[email], name, email, "en", subject=f"Hello {name}",
                  text=f"Dear {name},\n\nThank you.\n", html=f"<p>Dear {name},</p>")
            for name, email in people
        ]  # fmt: skip
        result = outbox.create_campaign(
            conn, drafts, name="test", template_key="thank-you-new", audience="stage:new",
            account=SHOP, now=kw.pop("now", NOW), **kw,
        )  # fmt: skip
    return result.campaign, ids


def states(db) -> dict[str, str]:
    with db.read() as conn:
        return {e: s for e, s in conn.execute(text("SELECT email, state FROM outbox"))}


def send(db, account, mail_server, password=PASSWORD, **kw):
    kw.setdefault("clock", lambda: NOW)
    return send_queued(db, account, password, context=mail_server.client_context,
                       sleep=lambda _s: None, **kw)  # fmt: skip


PEOPLE = [("Ann Lee", "ann@example.com"), ("Bob Ray", "bob@example.com"),
          ("Cy Díaz", "cy@example.com")]  # fmt: skip


def test_a_batch_is_delivered_once_each_with_both_parts_and_the_headers(
    db, account, mail_server
) -> None:
    queue(db, PEOPLE)

    report = send(db, account, mail_server)

    assert (report.sent, report.failed, report.remaining) == (3, 0, 0)
    assert set(states(db).values()) == {"sent"}
    for name, email in PEOPLE:
        (message,) = mail_server.handler.to(email)
        assert message["Subject"] == f"Hello {name}"
        assert message["From"].addresses[0].display_name == "Anna Kovács"
        assert message["Reply-To"] == "anna@shop.example"
        assert message["List-Unsubscribe"].startswith("<mailto:anna@shop.example?subject=")
        assert message["Message-ID"].endswith("@shop.example>")
        assert message.get_body(("plain",)).get_content().startswith(f"Dear {name},")
        assert message.get_body(("html",)) is not None


def test_a_second_run_sends_nothing_again(db, account, mail_server) -> None:
    queue(db, PEOPLE)
    send(db, account, mail_server)

    again = send(db, account, mail_server)

    assert again.sent == 0
    assert len(mail_server.handler.received) == 3


def test_a_wrong_password_stops_at_once_and_keeps_everything_queued(
    db, account, mail_server
) -> None:
    queue(db, PEOPLE)

    report = send(db, account, mail_server, password="wrong")

    assert report.sent == 0
    assert "refused the user name or password" in (report.stopped or "")
    assert "535" in report.detail
    assert set(states(db).values()) == {"queued"}
    with db.read() as conn:
        assert conn.execute(text("SELECT MAX(attempts) FROM outbox")).scalar() == 0


@pytest.mark.parametrize(
    ("reply", "state"),
    [
        ("550 5.1.1 No such user", "failed"),
        ("554 5.7.1 Rejected", "failed"),
        ("421 4.7.0 Try again later", "queued"),
        ("451 4.3.0 Local error", "queued"),
        ("452 4.2.2 Mailbox full", "queued"),
    ],
)
def test_one_refused_recipient_is_marked_and_the_others_go_out(
    db, account, mail_server, reply, state
) -> None:
    queue(db, PEOPLE)
    mail_server.handler.rcpt_replies["bob@example.com"] = reply

    report = send(db, account, mail_server)

    assert states(db) == {"ann@example.com": "sent", "bob@example.com": state,
                          "cy@example.com": "sent"}  # fmt: skip
    assert report.sent == 2
    with db.read() as conn:
        error = conn.execute(text("SELECT last_error FROM outbox WHERE email='bob@example.com'"))
        assert reply.split()[0] in error.scalar_one()


def test_a_temporary_failure_is_retried_later_and_then_delivered(db, account, mail_server) -> None:
    queue(db, PEOPLE[:1])
    mail_server.handler.data_replies["ann@example.com"] = "451 Try later"
    send(db, account, mail_server)
    del mail_server.handler.data_replies["ann@example.com"]

    too_soon = send(db, account, mail_server, clock=lambda: NOW + timedelta(seconds=30))
    later = send(db, account, mail_server, clock=lambda: NOW + timedelta(minutes=2))

    assert (too_soon.sent, later.sent) == (0, 1)
    assert states(db) == {"ann@example.com": "sent"}


def test_a_hang_up_before_the_servers_answer_is_not_guessed(db, account, mail_server) -> None:
    """The server had the whole message and hung up before saying 250: it may have it."""
    queue(db, PEOPLE)
    mail_server.handler.drop_data_for.add("bob@example.com")

    first = send(db, account, mail_server)
    mail_server.handler.drop_data_for.clear()
    second = send(db, account, mail_server, clock=lambda: NOW + timedelta(minutes=2))

    assert (first.sent, first.uncertain, second.sent) == (2, 1, 0)
    assert states(db)["bob@example.com"] == "uncertain"
    assert mail_server.handler.to("bob@example.com") == []


def test_the_owner_sends_an_uncertain_message_again_or_drops_it(db, account, mail_server) -> None:
    queue(db, PEOPLE[:2])
    mail_server.handler.drop_data_for.update({"ann@example.com", "bob@example.com"})
    send(db, account, mail_server)
    mail_server.handler.drop_data_for.clear()
    with db.write() as conn:
        ids = dict(row for row in conn.execute(text("SELECT email, id FROM outbox")))
        outbox.resolve_uncertain(conn, [ids["ann@example.com"]], send_again=True)
        outbox.resolve_uncertain(conn, [ids["bob@example.com"]], send_again=False)

    send(db, account, mail_server)

    assert states(db) == {"ann@example.com": "sent", "bob@example.com": "skipped"}
    assert len(mail_server.handler.to("ann@example.com")) == 1


def test_a_connection_dropped_while_the_message_is_sent_is_retried(db, account) -> None:
    """Hung up before the message's last line: the server cannot have accepted it."""
    from dataclasses import replace

    from tests.support.broken_smtp import hang_up_during_data

    queue(db, PEOPLE[:1])
    with db.write() as conn:  # larger than the socket buffers, so the hang-up is noticed
        conn.execute(
            text("UPDATE outbox SET text = :big, raw = NULL"), {"big": "word " * 1_500_000}
        )
    with hang_up_during_data() as port:
        plain = replace(account, host="127.0.0.1", port=port, security=Security.NONE, user="")
        report = send_queued(db, plain, None, sleep=lambda _s: None, clock=lambda: NOW)

    assert (report.sent, report.retrying, report.uncertain) == (0, 1, 0)
    assert states(db) == {"ann@example.com": "queued"}


# Stopping aiosmtpd while a client is connected leaves the server's side of that connection
# unclosed; Python reports it whenever the garbage collector gets to it.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_server_that_disappears_mid_batch_leaves_the_rest_queued(
    db, account, mail_server
) -> None:
    queue(db, PEOPLE)
    sent = []

    def progress(done: int, total: int) -> None:
        sent.append(done)
        if done == 1:
            mail_server.stop()

    report = send(db, account, mail_server, progress=progress)

    assert report.sent == 1
    assert list(states(db).values()).count("sent") == 1
    assert "uncertain" not in states(db).values() or report.uncertain == 1
    assert report.remaining >= 1


def test_the_daily_limit_stops_the_batch_and_says_so(db, account, mail_server) -> None:
    from dataclasses import replace

    queue(db, PEOPLE)
    report = send(db, replace(account, per_day=2), mail_server)

    assert report.sent == 2
    assert "daily limit of 2" in (report.stopped or "")
    assert report.remaining == 1


def test_names_and_subjects_cannot_add_headers_or_recipients(db, account, mail_server) -> None:
    evil = "Eve <x@y.z>\r\nBcc: victim@example.com"
    queue(db, [(evil, "eve@example.com")])
    with db.write() as conn:
        conn.execute(text("UPDATE outbox SET subject = 'Hi\r\nBcc: victim@example.com'"))

    send(db, account, mail_server)

    (message,) = mail_server.handler.received
    assert message["Bcc"] is None
    assert [a.addr_spec for a in message["To"].addresses] == ["eve@example.com"]
    assert mail_server.handler.to("victim@example.com") == []


def test_a_customer_written_to_recently_is_skipped_unless_the_owner_insists(
    db, account, mail_server
) -> None:
    queue(db, PEOPLE[:1])
    send(db, account, mail_server)
    with db.write() as conn:
        (customer_id,) = conn.execute(text("SELECT id FROM customer")).scalars()
        draft = Draft(customer_id, "Ann Lee", "ann@example.com", "en", "Again", "Hi\n", "<p>Hi</p>")
        soon = outbox.create_campaign(conn, [draft], name="b", template_key="k", audience="x",
                                      account=SHOP, now=NOW + timedelta(days=3))  # fmt: skip
        insisted = outbox.create_campaign(conn, [draft], name="c", template_key="k",
                                          audience="x", account=SHOP,
                                          now=NOW + timedelta(days=3), insist=True)  # fmt: skip

    assert soon.recipients == 0 and "3 days ago" in soon.skipped[0]["reason"]
    assert insisted.recipients == 1


def test_messages_queued_before_the_sender_changed_go_out_from_the_new_address(
    db, account, mail_server
) -> None:
    queue(db, PEOPLE[:1])  # built for anna@shop.example
    from dataclasses import replace

    moved = replace(account, from_address="anna@new-shop.example", from_name="Anna K.")
    mail_server.handler.rcpt_replies.clear()
    send(db, moved, mail_server)

    (message,) = mail_server.handler.received
    assert message["From"].addresses[0].addr_spec == "anna@new-shop.example"
    assert message["Message-ID"]  # the one made when queued


def test_campaigns_and_entries_say_where_each_message_is(db, account, mail_server) -> None:
    campaign, _ids = queue(db, PEOPLE)
    mail_server.handler.rcpt_replies["bob@example.com"] = "550 No such user"
    send(db, account, mail_server)

    with db.read() as conn:
        (summary,) = outbox.list_campaigns(conn)
        failed = outbox.entries(conn, campaign, ["failed"])

    assert summary.id == campaign and summary.counts["sent"] == 2 and summary.counts["failed"] == 1
    assert [(e.email, e.attempts) for e in failed] == [("bob@example.com", 1)]
    assert "550" in failed[0].last_error


def test_two_runs_at_once_never_send_a_message_twice(db, account, mail_server) -> None:
    """A scheduler's `lifecrm send` and the window's sending, started together."""
    import threading

    queue(db, [(f"Customer {n}", f"c{n}@example.com") for n in range(12)])
    reports = []

    def run() -> None:
        reports.append(send(db, account, mail_server))

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    assert sum(r.sent for r in reports) == 12
    assert all(len(mail_server.handler.to(f"c{n}@example.com")) == 1 for n in range(12))
    assert set(states(db).values()) == {"sent"}
