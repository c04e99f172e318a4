"""The segment commands: `segment list|show|create|delete`, and segments for other commands."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Select

from lifecrm.cli_support import UsageError, as_of_date, emit, open_db
from lifecrm.core import lifecycle
from lifecrm.core.segments import (
    BUILTIN,
    Builtin,
    count_segment,
    delete_segment,
    find_definition,
    list_segments,
    loads,
    save_segment,
    segment_ids,
    to_json,
)
from lifecrm.core.segments.builtin import builtin_named
from lifecrm.core.segments.store import get_segment

Command = Callable[[argparse.Namespace], int]


def named_segment_ids(conn: Connection, name: str, as_of: date) -> Select[int]:
    """The member ids of a saved or ready built-in segment, for `--segment NAME` options."""
    return segment_ids(conn, find_definition(conn, name), as_of)


def _builtin_json(b: Builtin) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "name": b.name,
        "builtin": True,
        "ready": b.ready,
        "description": b.description,
        "definition": to_json(b.definition()) if b.ready else b.template,
    }
    if b.params:
        doc["blanks"] = [
            {"key": p.key, "label": p.label, "kind": str(p.kind), "default": p.default}
            for p in b.params
        ]
    return doc


def cmd_list(args: argparse.Namespace) -> int:
    db = open_db(args)
    with db.read() as conn:
        saved = list_segments(conn)
    taken = {s.name for s in saved}
    docs = [
        {"name": s.name, "builtin": False, "ready": True, "definition": to_json(s.definition)}
        for s in saved
    ]
    docs += [_builtin_json(b) for b in BUILTIN if b.name not in taken]
    width = max(len(d["name"]) for d in docs)
    lines = []
    for d in docs:
        kind = "saved" if not d["builtin"] else "built-in"
        if not d["ready"]:
            kind += f" template (fill in: {', '.join(b['key'] for b in d['blanks'])})"
        lines.append(f"  {d['name']:<{width}}  {kind}")
    emit(args, docs, lines)
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    as_of = as_of_date(args)
    db = open_db(args)
    with db.read() as conn:
        saved = get_segment(conn, args.name)
    suggestion = builtin_named(args.name) if saved is None else None
    if suggestion is not None and not suggestion.ready:
        doc = {**_builtin_json(suggestion), "as_of": as_of.isoformat(), "count": None}
        emit(args, doc, _show_lines(doc))
        return 0
    with lifecycle.as_of_view(db, as_of, writes=False) as (conn, _result):
        definition = find_definition(conn, args.name)
        count = count_segment(conn, definition, as_of)
    doc = {
        "name": saved.name if saved else args.name,
        "builtin": saved is None,
        "definition": to_json(definition),
        "as_of": as_of.isoformat(),
        "count": count,
    }
    emit(args, doc, _show_lines(doc))
    return 0


def _show_lines(doc: dict[str, Any]) -> list[str]:
    if doc["count"] is None:
        head = f"{doc['name']}: a template; fill in {', '.join(b['key'] for b in doc['blanks'])}"
    else:
        head = f"{doc['name']}: {doc['count']} customers as of {doc['as_of']}"
    return [head, json.dumps(doc["definition"], ensure_ascii=False, indent=2)]


def _read_definition(file: str) -> str:
    if file == "-":
        return sys.stdin.read()
    path = Path(file)
    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise UsageError(f"There is no file {path}; give the path of a JSON definition.") from None
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else "it is not UTF-8 text"
        raise UsageError(f"Cannot read {path} ({reason}).") from None


def cmd_create(args: argparse.Namespace) -> int:
    definition = loads(_read_definition(args.file))
    db = open_db(args)
    with db.write() as conn:
        saved = save_segment(conn, args.name, definition)
    doc = {"name": saved.name, "builtin": False, "definition": to_json(saved.definition)}
    emit(args, doc, [f"Saved the segment '{saved.name}'."])
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    db = open_db(args)
    with db.write() as conn:
        gone = delete_segment(conn, args.name)
    doc = {"name": gone.name, "deleted": True, "definition": to_json(gone.definition)}
    emit(args, doc, [f"Deleted the segment '{gone.name}'."])
    return 0


_ACTIONS: dict[str, Command] = {
    "list": cmd_list,
    "show": cmd_show,
    "create": cmd_create,
    "delete": cmd_delete,
}


def cmd_segment(args: argparse.Namespace) -> int:
    return _ACTIONS[args.segment_command](args)


def add_commands(sub: Any, common: argparse.ArgumentParser) -> dict[str, Command]:
    seg = sub.add_parser("segment", parents=[common], help="saved segments of customers")
    actions = seg.add_subparsers(
        dest="segment_command", parser_class=type(seg), metavar="ACTION", required=True
    )
    listing = actions.add_parser("list", parents=[common], help="saved and built-in segments")
    listing.add_argument("--json", action="store_true")

    show = actions.add_parser("show", parents=[common], help="a segment's definition and count")
    show.add_argument("name", metavar="NAME")
    show.add_argument("--as-of", type=str, metavar="YYYY-MM-DD")
    show.add_argument("--json", action="store_true")

    create = actions.add_parser("create", parents=[common], help="save a segment from JSON")
    create.add_argument("--name", required=True, metavar="NAME")
    create.add_argument("--file", required=True, metavar="DEF.json", help="'-' reads stdin")
    create.add_argument("--json", action="store_true")

    remove = actions.add_parser("delete", parents=[common], help="delete a saved segment")
    remove.add_argument("name", metavar="NAME")
    remove.add_argument("--json", action="store_true")
    return {"segment": cmd_segment}
