"""One send run at a time per database, across processes; a killed run's lock is no lock."""

from __future__ import annotations

import os
import socket
import subprocess
import sys

from lifecrm.core import settings
from lifecrm.core.sending import run_lock
from lifecrm.core.sending.sender import ANOTHER_RUN, send_queued


def hold(db, pid: int) -> None:
    with db.write() as conn:
        settings.put(conn, "send_run", {"pid": pid, "host": socket.gethostname(), "since": ""})


def test_a_live_run_elsewhere_keeps_the_outbox_to_itself(db, account) -> None:
    hold(db, os.getppid())  # a process that is certainly alive

    report = send_queued(db, account, "unused")

    assert report.stopped == ANOTHER_RUN
    with db.read() as conn:
        assert settings.get(conn, "send_run")["pid"] == os.getppid()


def test_the_lock_of_a_killed_run_is_taken_over_and_released(db) -> None:
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    hold(db, gone.pid)

    with db.write() as conn:
        assert run_lock.take(conn)
        run_lock.release(conn)
        assert settings.get(conn, "send_run") is None
