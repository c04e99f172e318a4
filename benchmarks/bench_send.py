"""Sending 2,000 messages to a loopback SMTP server over STARTTLS with the outbox recording
every state (fsynced), beside plain smtplib sending the same pre-built messages over one
connection. Target: at least 0.7x the reference's throughput.

.venv-test/bin/python -m benchmarks.bench_send [--messages 2000]
"""

from __future__ import annotations

import argparse
import smtplib
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import trustme
from sqlalchemy import insert

from lifecrm.core.drafting.drafts import Draft
from lifecrm.core.sending import outbox, smtp
from lifecrm.core.sending.account import Security, SmtpAccount
from lifecrm.core.sending.message import build, new_message_id
from lifecrm.core.sending.sender import send_queued
from lifecrm.core.storage.db import open_database
from lifecrm.core.storage.models import Customer, table
from lifecrm.core.text import customer_keys, email_key
from tests.support import smtp_server

TEXT = "Dear Gergő,\n\nThank you for your order of Levendula szappan.\n\nAnna\n" * 3


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--messages", type=int, default=2000)
    n = p.parse_args().messages
    running = smtp_server.start(trustme.CA())
    account = SmtpAccount("127.0.0.1", running.port, Security.STARTTLS, smtp_server.USER,
                          smtp_server.USER, "Anna", per_minute=10**9, per_day=10**9)  # fmt: skip
    try:
        messages = [
            build(account, to_name=f"Customer {i}", to_email=f"c{i}@example.com",
                  subject="Köszönjük!", text=TEXT, html=f"<p>{TEXT}</p>",
                  message_id=new_message_id(account.from_address))
            for i in range(n)
        ]  # fmt: skip
        server = smtplib.SMTP("127.0.0.1", running.port)
        server.starttls(context=running.client_context)
        smtp.login(server, smtp_server.USER, smtp_server.PASSWORD)  # UTF-8: smtplib's is ASCII
        start = time.perf_counter()
        for i, message in enumerate(messages):
            server.sendmail(account.from_address, [f"c{i}@example.com"], message.as_bytes())
        reference = time.perf_counter() - start
        server.quit()

        with tempfile.TemporaryDirectory() as tmp:
            db = open_database(Path(tmp) / "send.sqlite")
            now = datetime.now(UTC)
            with db.write() as conn:
                rows = [
                    {"id": i + 1, "name": f"Customer {i}", "email": f"c{i}@example.com",
                     "email_key": email_key(f"c{i}@example.com"), "created_at": now,
                     "updated_at": now, **customer_keys(f"Customer {i}")}
                    for i in range(n)
                ]  # fmt: skip
                conn.execute(insert(table(Customer)), rows)
                drafts = [Draft(i + 1, f"Customer {i}", f"c{i}@example.com", "hu", "Köszönjük!",
                                TEXT, f"<p>{TEXT}</p>") for i in range(n)]  # fmt: skip
                outbox.create_campaign(conn, drafts, name="bench", template_key="k",
                                       audience="bench", account=account, now=now)  # fmt: skip
            start = time.perf_counter()
            report = send_queued(db, account, smtp_server.PASSWORD,
                                 context=running.client_context)  # fmt: skip
            ours = time.perf_counter() - start
            db.close()
    finally:
        running.stop()
    print(f"Sending {n:,} messages over STARTTLS to 127.0.0.1")
    print(f"  plain smtplib, one connection (reference) {n / reference:8.0f} msg/s")
    print(f"  LifeCRM outbox, every state fsynced       {report.sent / ours:8.0f} msg/s"
          f"   = {reference / ours:.2f}x the reference (target >= 0.7x)")  # fmt: skip
    print(f"  delivered {len(running.handler.received):,} messages, {report.sent:,} recorded sent")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
