"""Saved segments: the owner's named questions, kept as their JSON definition.

A definition is checked before it is stored and stored in its canonical form, so what is in
the table always reads back. The built-in suggestions (`BUILTIN`) live in code: the ready ones
can be used by name without being saved; saving one under the same name replaces it for this
shop, and `install_builtin` saves a copy with its blanks filled in.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Row, delete, insert, select, update

from lifecrm.core.errors import UserError
from lifecrm.core.i18n import N_
from lifecrm.core.segments.builtin import BUILTIN, Builtin, builtin, builtin_named
from lifecrm.core.segments.conditions import BadSegment, Definition, dumps, loads
from lifecrm.core.storage.models import Segment, table

__all__ = ["BUILTIN", "Builtin", "SavedSegment", "SegmentExists", "UnknownSegment"]

_segment = table(Segment)
MAX_NAME = 100


class UnknownSegment(UserError):
    code = "unknown_segment"


class SegmentExists(UserError):
    code = "segment_exists"


@dataclass(frozen=True)
class SavedSegment:
    id: int
    name: str
    definition: Definition
    created_at: datetime
    updated_at: datetime


def _now(now: datetime | None) -> datetime:
    return now or datetime.now(UTC)


def _clean_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise BadSegment(N_("A segment needs a name."))
    if len(cleaned) > MAX_NAME:
        raise BadSegment(
            N_("A segment's name can be at most {limit} characters long.", limit=MAX_NAME)
        )
    return cleaned


def _saved(row: Row[Any]) -> SavedSegment:
    try:
        definition = loads(row.definition)
    except BadSegment as exc:
        raise BadSegment(
            N_("The saved segment '{name}' cannot be read: {detail}", name=row.name, detail=exc)
        ) from None
    return SavedSegment(row.id, row.name, definition, row.created_at, row.updated_at)


def list_segments(conn: Connection) -> list[SavedSegment]:
    """The saved segments, by name."""
    rows = conn.execute(select(_segment).order_by(_segment.c.name, _segment.c.id))
    return [_saved(r) for r in rows]


def get_segment(conn: Connection, name: str) -> SavedSegment | None:
    row = conn.execute(select(_segment).where(_segment.c.name == _clean_name(name))).first()
    return _saved(row) if row else None


def find_definition(conn: Connection, name: str) -> Definition:
    """The definition behind a name: a saved segment, else a ready built-in of that name."""
    saved = get_segment(conn, name)
    if saved is not None:
        return saved.definition
    suggestion = builtin_named(_clean_name(name))
    if suggestion is None:
        raise UnknownSegment(N_("There is no segment called '{name}'."), name=name)
    if not suggestion.ready:
        raise BadSegment(
            N_(
                (
                    "'{name}' is a template with blanks to fill in ({keys}); save a "
                    "filled-in copy first."
                ),
                name=suggestion.name,
                keys=", ".join(p.key for p in suggestion.params),
            ),
            name=name,
        )
    return suggestion.definition()


def save_segment(
    conn: Connection, name: str, definition: Definition, *, now: datetime | None = None
) -> SavedSegment:
    """Saves a new segment; a name already in use is refused rather than overwritten."""
    cleaned = _clean_name(name)
    if get_segment(conn, cleaned) is not None:
        raise SegmentExists(
            N_("A segment called '{name}' already exists; choose another name or delete it first."),
            name=cleaned,
        )
    stamp = _now(now)
    new_id = conn.execute(
        insert(_segment).values(
            name=cleaned, definition=dumps(definition), created_at=stamp, updated_at=stamp
        )
    ).inserted_primary_key
    assert new_id is not None
    return SavedSegment(int(new_id[0]), cleaned, definition, stamp, stamp)


def _existing(conn: Connection, name: str) -> SavedSegment:
    saved = get_segment(conn, name)
    if saved is None:
        if builtin_named(name):
            raise UnknownSegment(
                N_(
                    "There is no saved segment called '{name}' (a built-in suggestion, not "
                    "a saved one)."
                ),
                name=name,
            )
        raise UnknownSegment(N_("There is no saved segment called '{name}'."), name=name)
    return saved


def update_segment(
    conn: Connection, name: str, definition: Definition, *, now: datetime | None = None
) -> SavedSegment:
    saved = _existing(conn, name)
    stamp = _now(now)
    conn.execute(
        update(_segment)
        .where(_segment.c.id == saved.id)
        .values(definition=dumps(definition), updated_at=stamp)
    )
    return SavedSegment(saved.id, saved.name, definition, saved.created_at, stamp)


def rename_segment(
    conn: Connection, name: str, new_name: str, *, now: datetime | None = None
) -> SavedSegment:
    saved = _existing(conn, name)
    cleaned = _clean_name(new_name)
    if cleaned != saved.name and get_segment(conn, cleaned) is not None:
        raise SegmentExists(N_("A segment called '{name}' already exists."), name=cleaned)
    stamp = _now(now)
    conn.execute(
        update(_segment).where(_segment.c.id == saved.id).values(name=cleaned, updated_at=stamp)
    )
    return SavedSegment(saved.id, cleaned, saved.definition, saved.created_at, stamp)


def delete_segment(conn: Connection, name: str) -> SavedSegment:
    """Deletes a saved segment and returns what it was (so it can be put back)."""
    saved = _existing(conn, name)
    conn.execute(delete(_segment).where(_segment.c.id == saved.id))
    return saved


def install_builtin(
    conn: Connection,
    key: str,
    values: Mapping[str, Any] | None = None,
    *,
    name: str | None = None,
    now: datetime | None = None,
) -> SavedSegment:
    """Saves a built-in suggestion with its blanks filled in, under its own or a new name."""
    suggestion = builtin(key)
    return save_segment(conn, name or suggestion.name, suggestion.definition(values), now=now)
