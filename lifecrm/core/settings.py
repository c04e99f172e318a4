"""Business settings kept in the database (thresholds, shop currency), as JSON values."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, column, select, table
from sqlalchemy.dialects.sqlite import insert

# The `setting` table (storage.models.Setting) as a light clause: reading a threshold at
# start-up then needs no SQLModel.
_table = table("setting", column("key"), column("value"))


def get(conn: Connection, key: str, default: Any = None) -> Any:
    raw = conn.execute(select(_table.c.value).where(_table.c.key == key)).scalar()
    return default if raw is None else json.loads(raw)


def put(conn: Connection, key: str, value: Any) -> None:
    stmt = insert(_table).values(key=key, value=json.dumps(value))
    conn.execute(
        stmt.on_conflict_do_update(index_elements=["key"], set_={"value": stmt.excluded.value})
    )
