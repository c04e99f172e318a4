"""One send run at a time per database: a scheduler's `lifecrm send` and the window's sending
never work the outbox together (each would count the other's message in flight as lost)."""

from __future__ import annotations

import os
import socket
from datetime import UTC, datetime

from sqlalchemy import Connection

from lifecrm.core import settings

_KEY = "send_run"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: alive
    return True


def take(conn: Connection) -> bool:
    """Takes the lock unless a live run on this computer holds it (a killed run's lock is
    stale: its process is gone)."""
    held = settings.get(conn, _KEY) or {}
    pid, host = os.getpid(), socket.gethostname()
    other = held.get("pid") not in (None, pid) and held.get("host") == host
    if other and _alive(int(held["pid"])):
        return False
    since = datetime.now(UTC).isoformat(timespec="seconds")
    settings.put(conn, _KEY, {"pid": pid, "host": host, "since": since})
    return True


def release(conn: Connection) -> None:
    held = settings.get(conn, _KEY)
    if held and held.get("pid") == os.getpid() and held.get("host") == socket.gethostname():
        settings.put(conn, _KEY, None)
