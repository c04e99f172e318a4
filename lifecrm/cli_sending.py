"""The sending commands: `smtp configure|test`, `campaign create`, `send`, `outbox`, and a
person's rights: `optout`, `forget`, `export-person`."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from lifecrm.cli_support import (
    JSON_HELP,
    UsageError,
    as_of_date,
    emit,
    open_db,
    progress_bar,
    recipients,
)
from lifecrm.core import lifecycle, privacy
from lifecrm.core import recipients as audiences
from lifecrm.core.drafting.drafts import Draft, draft_messages
from lifecrm.core.drafting.languages import LANGUAGES
from lifecrm.core.errors import UserError
from lifecrm.core.i18n import N_
from lifecrm.core.lifecycle import STAGES
from lifecrm.core.sending import outbox
from lifecrm.core.sending.account import (
    NoKeyring,
    Security,
    SmtpAccount,
    keyring_available,
    load_account,
    save_account,
    store_password,
    stored_password,
)
from lifecrm.core.sending.providers import provider_for
from lifecrm.core.sending.sender import send_queued
from lifecrm.core.sending.smtp import SendFailure
from lifecrm.core.sending.trial_message import send_test_message
from lifecrm.core.storage.db import Database


class NotConfigured(UserError):
    code = "smtp_not_configured"


ASKED = (
    "This computer has no safe password store, so the password is not kept: give it with "
    "--password-stdin (or type it on a terminal) when you send."
)


class AccountRefused(UserError):
    """The server refused the login or the sender, or could not be reached: nothing goes out."""

    code = "smtp_refused"


def _refused(message: str, detail: str) -> str:
    """The refusal in core's words (translated by `say`), then what the server said."""
    if not detail:
        return message
    return N_("{message} (the server said: {detail})", message=message, detail=detail)


def _account(db: Database) -> SmtpAccount:
    with db.read() as conn:
        account = load_account(conn)
    if account is None:
        raise NotConfigured("No sending account yet; set it up with 'lifecrm smtp configure'.")
    return account


def _password(args: argparse.Namespace, account: SmtpAccount) -> str | None:
    if getattr(args, "password_stdin", False):
        return sys.stdin.readline().rstrip("\r\n")
    found = stored_password(account)
    if found is None and sys.stdin.isatty():
        return getpass.getpass(f"Password for {account.user} at {account.host}: ")
    if found is None:
        raise NoKeyring(
            "No password is stored for this account (this computer has no safe password store, "
            "or it was never given); pass it with --password-stdin."
        )
    return found


def cmd_smtp(args: argparse.Namespace) -> int:
    db = open_db(args)
    if args.action == "configure":
        preset = provider_for(args.sender)
        account = SmtpAccount(
            host=args.host or (preset.host if preset else ""),
            port=args.port or (preset.port if preset else 587),
            security=Security(args.security or (preset.security if preset else "starttls")),
            user=args.user or args.sender,
            from_address=args.sender,
            from_name=args.name or "",
            per_minute=args.per_minute or 20,
            per_day=args.per_day or (preset.per_day if preset else 300),
        )
        password = sys.stdin.readline().rstrip("\r\n") if args.password_stdin else None
        try:
            with db.write() as conn:  # all or nothing: without a password store, no account
                save_account(conn, account)
                if password is not None:
                    store_password(account, password)
        except NoKeyring:
            raise NoKeyring(
                "This computer has no safe password store, so nothing was saved: configure the "
                "account without --password-stdin and give the password when you send."
            ) from None
        note = preset.hint if preset else ""
        if password is None and not keyring_available():
            note = (note + " " + ASKED).strip()
        doc = {
            "configured": True,
            "host": account.host,
            "port": account.port,
            "security": str(account.security),
            "hint": note,
        }
        where = f"{account.host}:{account.port} ({account.security})"
        emit(args, doc, [f"Sending through {where}.", note])
        return 0
    account = _account(db)
    try:
        send_test_message(account, _password(args, account))
    except SendFailure as failure:
        raise AccountRefused(_refused(failure.message, failure.detail)) from None
    emit(args, {"ok": True}, [f"Sent a test message to {account.from_address}."])
    return 0


def _drafts(args: argparse.Namespace, db: Database) -> list[Draft]:
    as_of = as_of_date(args)
    with lifecycle.as_of_view(db, as_of) as (conn, _result):
        ids = recipients(args, conn, as_of)
        return draft_messages(conn, args.template, ids, language=args.lang, as_of=as_of,
                              progress=progress_bar("Drafting"))  # fmt: skip


def cmd_campaign(args: argparse.Namespace) -> int:
    if not args.stage and not args.segment:
        raise UsageError("Say who the campaign is for: --stage STAGE or --segment NAME.")
    db = open_db(args)
    account = _account(db)
    drafts = _drafts(args, db)
    with db.read() as conn:
        audience = audiences.audience(
            conn, [d.customer_id for d in drafts], segment=args.segment, stage=args.stage
        )
    with db.write() as conn:
        result = outbox.create_campaign(
            conn, drafts, name=f"{args.template} → {audience}", template_key=args.template,
            audience=audience, account=account,
            now=datetime.now(UTC), min_days_between=account.min_days_between,
            insist=args.insist,
        )  # fmt: skip
    lines = [f"Campaign {result.campaign}: {result.recipients} messages queued."]
    lines += [f"  skipped customer {s['customer']}: {s['reason']}" for s in result.skipped]
    emit(args, result.as_json(), lines)
    return 0


def cmd_send(args: argparse.Namespace) -> int:
    db = open_db(args)
    account = _account(db)
    if args.per_minute:
        account = replace(account, per_minute=args.per_minute)
    report = send_queued(db, account, _password(args, account), campaign_id=args.campaign,
                         limit=args.limit, progress=progress_bar("Sending"))  # fmt: skip
    lines = [f"Sent {report.sent}; failed {report.failed}; will retry {report.retrying}; "
             f"{report.remaining} still queued."]  # fmt: skip
    if report.uncertain:
        lines.append(f"{report.uncertain} may have been sent (see 'lifecrm outbox').")
    if report.stopped and not report.halted:
        lines.append(f"Stopped: {report.stopped}.")
    emit(args, report.as_json(), lines)
    if report.halted:  # a scheduler must see it: exit 2, the reason on stderr
        raise AccountRefused(
            _refused(report.stopped or "", report.detail), remaining=report.remaining
        )
    return 0


def cmd_outbox(args: argparse.Namespace) -> int:
    db = open_db(args)
    with db.write() as conn:
        if args.retry_failed:
            outbox.retry_failed(conn, args.campaign)
        if args.resend_uncertain or args.drop_uncertain:
            ids = [int(i) for i in (args.resend_uncertain or args.drop_uncertain).split(",")]
            outbox.resolve_uncertain(conn, ids, send_again=bool(args.resend_uncertain))
        counts = outbox.counts(conn, args.campaign)
    emit(args, counts, [f"{state:>10}: {n}" for state, n in counts.items()])
    return 0


def cmd_optout(args: argparse.Namespace) -> int:
    if bool(args.email) == bool(args.file):
        raise UsageError("Give one e-mail address, or an unsubscribe list with --file.")
    db = open_db(args)
    if args.file:
        with db.write() as conn:
            listed = privacy.opt_out_list(conn, Path(args.file))
        doc = {
            "file": args.file,
            "opted_out": listed.opted_out,
            "unknown": listed.unknown,
            "problems": [{"row": r, "value": v, "reason": "not an e-mail address"}
                         for r, v in listed.problems],
        }  # fmt: skip
        lines = [
            f"{listed.opted_out} customers and {listed.unknown} other addresses will not be "
            f"contacted again; {len(listed.problems)} lines were not addresses."
        ]
        emit(args, doc, lines)
        return 0
    with db.write() as conn:
        known = privacy.opt_out(conn, args.email)
    emit(args, {"email": args.email, "known": known},
         [f"{args.email} will not be contacted again."])  # fmt: skip
    return 0


def cmd_forget(args: argparse.Namespace) -> int:
    db = open_db(args)
    with db.write() as conn:
        removed = privacy.forget(conn, args.email)
    emit(args, {"email": args.email, "removed": removed},
         [f"Erased {args.email} and everything about them."])  # fmt: skip
    return 0


def cmd_export_person(args: argparse.Namespace) -> int:
    db = open_db(args)
    with db.read() as conn:
        doc = privacy.export_person(conn, args.email)
    Path(args.file).write_text(json.dumps(doc, ensure_ascii=False, indent=2), encoding="utf-8")
    emit(args, {"file": args.file}, [f"Wrote {args.email}'s data to {args.file}."])
    return 0


def add_commands(sub: Any, common: argparse.ArgumentParser) -> dict[str, Any]:
    smtp = sub.add_parser("smtp", parents=[common], help="set up or test the sending account")
    smtp.add_argument(
        "action",
        choices=["configure", "test"],
        help="configure: save the account; test: send a test message to yourself",
    )
    smtp.add_argument("--host", help="the SMTP server (default: known for common providers)")
    smtp.add_argument(
        "--port", type=int, help="the server's port (default: 587, or the provider's)"
    )
    smtp.add_argument(
        "--security",
        choices=[str(s) for s in Security],
        help="how the connection is encrypted (default: starttls, or the provider's)",
    )
    smtp.add_argument("--user", help="the login name (default: the --from address)")
    smtp.add_argument(
        "--from", dest="sender", metavar="ADDRESS", default="", help="the address you send from"
    )
    smtp.add_argument("--name", help="the sender's name the customers see")
    smtp.add_argument("--per-minute", type=int, help="messages per minute at most (default: 20)")
    smtp.add_argument(
        "--per-day", type=int, help="messages per day at most (default: 300, or the provider's)"
    )
    smtp.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from the first line of stdin",
    )
    smtp.add_argument("--json", action="store_true", help=JSON_HELP)

    camp = sub.add_parser("campaign", parents=[common], help="queue a campaign in the outbox")
    camp.add_argument("action", choices=["create"], help="create: draft and queue the messages")
    camp.add_argument(
        "--template", required=True, metavar="KEY", help="which template ('lifecrm templates')"
    )
    camp.add_argument(
        "--stage", choices=[str(s) for s in STAGES], help="write to the customers in this stage"
    )
    camp.add_argument("--segment", metavar="NAME", help="write to the members of this segment")
    camp.add_argument(
        "--lang", choices=LANGUAGES, help="write in this language (default: each customer's own)"
    )
    camp.add_argument("--insist", action="store_true", help="also customers written to lately")
    camp.add_argument(
        "--as-of", type=str, metavar="YYYY-MM-DD", help="stages as of this day (default: today)"
    )
    camp.add_argument("--json", action="store_true", help=JSON_HELP)

    snd = sub.add_parser("send", parents=[common], help="send what is queued")
    snd.add_argument(
        "--campaign", type=int, metavar="ID", help="only this campaign (default: every one)"
    )
    snd.add_argument("--limit", type=int, metavar="N", help="send at most N messages this time")
    snd.add_argument(
        "--per-minute",
        type=int,
        metavar="N",
        help="this time, at most N a minute (default: the account's)",
    )
    snd.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from the first line of stdin",
    )
    snd.add_argument("--json", action="store_true", help=JSON_HELP)

    box = sub.add_parser("outbox", parents=[common], help="messages per state")
    box.add_argument("--campaign", type=int, metavar="ID", help="only this campaign")
    box.add_argument("--retry-failed", action="store_true", help="queue the failed messages again")
    box.add_argument(
        "--resend-uncertain", metavar="IDS", help="these uncertain messages (1,2,3): send again"
    )
    box.add_argument(
        "--drop-uncertain",
        metavar="IDS",
        help="these uncertain messages (1,2,3): do not send again",
    )
    box.add_argument("--json", action="store_true", help=JSON_HELP)

    for name, helptext in (("optout", "never contact this address again"),
                           ("forget", "erase a person completely"),
                           ("export-person", "write a person's data to a JSON file")):  # fmt: skip
        p = sub.add_parser(name, parents=[common], help=helptext)
        p.add_argument("email", metavar="EMAIL", nargs="?" if name == "optout" else None,
                       help="the person's e-mail address")  # fmt: skip
        if name == "optout":
            p.add_argument("--file", metavar="FILE", help="an unsubscribe list (.csv, .xlsx...)")
        if name == "export-person":
            p.add_argument("file", metavar="FILE.json", help="where to write their data")
        p.add_argument(
            "--json", action="store_true", help="print one JSON document instead of text"
        )
    return {
        "smtp": cmd_smtp,
        "campaign": cmd_campaign,
        "send": cmd_send,
        "outbox": cmd_outbox,
        "optout": cmd_optout,
        "forget": cmd_forget,
        "export-person": cmd_export_person,
    }
