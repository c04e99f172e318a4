"""The drafting commands: `templates`, `draft` and `profile` (who writes, and how)."""

from __future__ import annotations

import argparse
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any

from lifecrm.cli_support import (
    UsageError,
    as_of_date,
    as_of_option,
    emit,
    json_option,
    open_db,
    progress_bar,
    recipients,
    warn,
)
from lifecrm.core import lifecycle
from lifecrm.core.drafting.drafts import draft_messages
from lifecrm.core.drafting.eml import write_eml_files
from lifecrm.core.drafting.languages import LANGUAGES
from lifecrm.core.drafting.library import list_templates
from lifecrm.core.drafting.profile import ShopProfile, load_profile, save_profile
from lifecrm.core.lifecycle import STAGES

_PROFILE_OPTIONS = (
    "shop_name",
    "owner_name",
    "signature",
    "shop_story",
    "shop_url",
    "language",
    "discount",
    "gift",
    "code_pattern",
    "from_address",
)


def cmd_templates(args: argparse.Namespace) -> int:
    db = open_db(args)
    with db.read() as conn:
        infos = list_templates(conn)
    docs = [
        {
            "key": t.key,
            "name": t.name,
            "languages": list(t.languages),
            "stage": t.stage,
            "edited": t.edited,
        }
        for t in infos
    ]
    lines = [
        f"{d['key']:<20} {d['name'][:40]:<40} {','.join(d['languages']):<15} {d['stage'] or ''}"
        for d in docs
    ]
    emit(args, docs, lines)
    return 0


def cmd_draft(args: argparse.Namespace) -> int:
    if not args.customer and not args.stage and not args.segment:
        raise UsageError("Say who to write to: --stage STAGE, --segment NAME or --customer ID.")
    db = open_db(args)
    as_of = as_of_date(args)
    with lifecycle.as_of_view(db, as_of) as (conn, _result):
        ids = recipients(args, conn, as_of)
        drafts = draft_messages(
            conn, args.template, ids, language=args.lang, as_of=as_of,
            progress=progress_bar("Drafting"),
        )  # fmt: skip
        profile = load_profile(conn)
    if profile.unsigned:
        warn(
            "Your details are empty: the drafts have no sender name and no signature "
            "(set them with 'lifecrm profile --owner-name NAME --signature TEXT')."
        )
    files: list[Path] = []
    if args.out:
        files = write_eml_files(drafts, Path(args.out), profile.from_address, profile.owner_name)
    ready = [d for d in drafts if not d.skipped]
    doc = {
        "template": args.template,
        "drafts": [d.as_json() for d in ready],
        "skipped": [{"customer": d.customer_id, "reason": d.skipped} for d in drafts if d.skipped],
        "files": [str(f) for f in files],
    }
    lines = [f"{len(ready)} drafts, {len(drafts) - len(ready)} skipped."]
    lines += [f"  {d.customer_id:>7}  {d.email:<32}  {d.subject}" for d in ready[:20]]
    if len(ready) > 20:
        lines.append(f"  … and {len(ready) - 20} more")
    lines += [f"  skipped {d.customer_id}: {d.skipped}" for d in drafts if d.skipped]
    if files:
        lines.append(f"Wrote {len(files)} .eml files to {args.out}.")
    emit(args, doc, lines)
    return 0


def cmd_profile(args: argparse.Namespace) -> int:
    db = open_db(args)
    changes = {k: getattr(args, k) for k in _PROFILE_OPTIONS if getattr(args, k) is not None}
    if args.informal is not None:
        wanted = tuple(x.strip() for x in args.informal.split(",") if x.strip())
        unknown = [x for x in wanted if x not in LANGUAGES]
        if unknown:
            raise UsageError(f"--informal takes language codes ({', '.join(LANGUAGES)}).")
        changes["informal"] = wanted
    if "language" in changes and changes["language"] not in LANGUAGES:
        raise UsageError(f"--language must be one of {', '.join(LANGUAGES)}.")
    with db.write() as conn:
        profile: ShopProfile = replace(load_profile(conn), **changes)
        if changes:
            save_profile(conn, profile)
    doc = asdict(profile)
    doc["informal"] = list(profile.informal)
    emit(args, doc, [f"{k}: {v}" for k, v in doc.items() if k != "extra"])
    return 0


_PROFILE_HELP = {
    "shop_name": "the shop's name, as the messages say it",
    "owner_name": "who signs the messages (the sender's name)",
    "signature": "the lines under every message",
    "shop_story": "a sentence or two about the shop, for templates that tell it",
    "shop_url": "the shop's web address",
    "language": "the language customers are written to in when theirs is unknown",
    "discount": "the discount a template offers, e.g. 10%",
    "gift": "the gift a template offers",
    "code_pattern": "how discount codes look, e.g. THANKS-{code}",
    "from_address": "the From: address of the drafts (.eml files)",
}


def add_commands(sub: Any, common: argparse.ArgumentParser) -> dict[str, Any]:
    tpl = sub.add_parser("templates", parents=[common], help="list the e-mail templates")
    json_option(tpl)

    draft = sub.add_parser("draft", parents=[common], help="draft one e-mail per recipient")
    draft.add_argument(
        "--template", required=True, metavar="KEY", help="which template ('lifecrm templates')"
    )
    who = draft.add_mutually_exclusive_group()
    who.add_argument(
        "--stage", choices=[str(s) for s in STAGES], help="write to the customers in this stage"
    )
    who.add_argument(
        "--customer",
        type=int,
        action="append",
        metavar="ID",
        help="write to this customer (repeat for several)",
    )
    draft.add_argument(
        "--segment",
        metavar="NAME",
        help="write to the members of this segment (with --stage: in both)",
    )
    draft.add_argument(
        "--lang", choices=LANGUAGES, help="write in this language (default: each customer's own)"
    )
    draft.add_argument("--out", metavar="DIR", help="write one .eml file per recipient here")
    as_of_option(draft, "stages and dates in the text")
    json_option(draft)

    prof = sub.add_parser("profile", parents=[common], help="show or set who writes, and how")
    for name in _PROFILE_OPTIONS:
        prof.add_argument(
            "--" + name.replace("_", "-"), dest=name, metavar="TEXT", help=_PROFILE_HELP[name]
        )
    prof.add_argument("--informal", metavar="LANGS", help="e.g. hu,sl: write informally in these")
    json_option(prof)
    return {"templates": cmd_templates, "draft": cmd_draft, "profile": cmd_profile}
