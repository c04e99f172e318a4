"""The owner's mapping for a file layout, remembered and proposed for the next file like it."""

from __future__ import annotations

from sqlalchemy import Connection

from lifecrm.core import settings
from lifecrm.core.importing.fields import Field
from lifecrm.core.importing.headers import header_signature

_KEY = "import_layouts"


def recall(conn: Connection, headers: list[str]) -> dict[str, Field] | None:
    """header -> field, as the owner last imported a file with these headers."""
    stored = settings.get(conn, _KEY, {}).get(header_signature(headers))
    if not stored:
        return None
    known = {f.value for f in Field}
    return {header: Field(value) for header, value in stored.items() if value in known}


def remember(conn: Connection, headers: list[str], mapping: dict[int, Field]) -> None:
    layouts = settings.get(conn, _KEY, {})
    layouts[header_signature(headers)] = {headers[i]: f.value for i, f in mapping.items()}
    settings.put(conn, _KEY, layouts)
