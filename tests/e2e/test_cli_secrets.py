"""Where the password goes from the command line, and how a send that cannot go on ends.

With only a file keyring (keyrings.alt, as a careless set-up once installed it into the app's
environment) the product keeps the password nowhere: every step asks for it, nothing secret lands
on disk. A refused account stops `lifecrm send` with exit 2 and one sentence, for a scheduler.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.test_cli_send import AS_OF, run, shop
from tests.support import smtp_server
from tests.support.smtp_server import PASSWORD, USER

FILE_KEYRINGS = {
    "chosen by keyring itself": None,  # keyrings.alt installed, no Secret Service on the bus
    "PlaintextKeyring": "keyrings.alt.file.PlaintextKeyring",
}

PROBE = (
    "import keyring; k = keyring.get_keyring(); "
    "print(*[f'{type(b).__module__}.{type(b).__name__}' for b in getattr(k, 'backends', [k])])"
)


@pytest.fixture
def bare_env(ca, tmp_path: Path) -> dict[str, str]:
    """A child with no desktop session: its home, and every folder it may write, in tmp_path."""
    ca_file = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    env = {k: v for k, v in os.environ.items()
           if k not in ("DBUS_SESSION_BUS_ADDRESS", "PYTHON_KEYRING_BACKEND")}  # fmt: skip
    return {**env, "HOME": str(tmp_path / "home"), "SSL_CERT_FILE": str(ca_file)}


def digest(db_path: Path) -> str:
    """Every row of every table: equal digests mean nothing in the database changed."""
    conn = sqlite3.connect(db_path)
    try:
        return hashlib.sha256("\n".join(conn.iterdump()).encode()).hexdigest()
    finally:
        conn.close()


def configure(env, db_path: Path, port: int, *extra: str, stdin: str = ""):
    return run(env, "smtp", "configure", "--db", str(db_path), "--host", "127.0.0.1", "--port",
               str(port), "--security", "starttls", "--user", USER, "--from", USER,
               "--per-minute", "100000", *extra, stdin=stdin)  # fmt: skip


def secret_forms(password: str) -> list[bytes]:
    raw = password.encode("utf-8")
    return [raw, base64.b64encode(raw), base64.b64encode(raw).rstrip(b"="),
            password.encode("utf-16-le")]  # fmt: skip


@pytest.mark.parametrize("backend", FILE_KEYRINGS.values(), ids=FILE_KEYRINGS.keys())
def test_with_a_file_keyring_the_password_is_asked_for_and_written_nowhere(
    bare_env, db_path: Path, mail_server, tmp_path: Path, backend: str | None
) -> None:
    env = bare_env if backend is None else {**bare_env, "PYTHON_KEYRING_BACKEND": backend}
    # The premise: this is the backend keyring hands the product (left alone: the plaintext file).
    chosen = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True,
                            text=True, check=True).stdout  # fmt: skip
    assert (backend or "keyrings.alt.file.PlaintextKeyring") in chosen.split()
    shop(db_path, 2)
    before = digest(db_path)

    refused = configure(env, db_path, mail_server.port, "--password-stdin", stdin=PASSWORD + "\n")
    assert refused.returncode == 2
    assert refused.stderr.count("\n") == 1 and "no safe password store" in refused.stderr
    assert digest(db_path) == before  # exit 2: the database exactly as it was

    configured = configure(env, db_path, mail_server.port)
    assert configured.returncode == 0, configured.stderr
    assert "no safe password store" in configured.stdout
    unasked = run(env, "smtp", "test", "--db", str(db_path))
    assert unasked.returncode == 2 and "--password-stdin" in unasked.stderr
    tested = run(env, "smtp", "test", "--db", str(db_path), "--password-stdin", stdin=PASSWORD)
    assert tested.returncode == 0, tested.stderr
    created = run(env, "campaign", "create", "--db", str(db_path), "--template", "thank-you-new",
                  "--stage", "new", "--lang", "en", "--as-of", AS_OF)  # fmt: skip
    assert created.returncode == 0, created.stderr
    sent = run(env, "send", "--db", str(db_path), "--json", "--password-stdin", stdin=PASSWORD)
    assert json.loads(sent.stdout)["sent"] == 2, sent.stderr

    assert len(mail_server.handler.received) == 3  # the test message and the campaign
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert db_path in written
    for path in written:
        content = path.read_bytes()
        for form in secret_forms(PASSWORD):
            assert form not in content, (path, form)
    assert not [p.name for p in written if p.suffix == ".cfg"]  # no keyring file at all


def test_configure_refused_for_want_of_a_password_store_leaves_the_old_account(
    bare_env, db_path: Path, mail_server
) -> None:
    assert configure(bare_env, db_path, mail_server.port).returncode == 0
    before = digest(db_path)

    refused = run(bare_env, "smtp", "configure", "--db", str(db_path), "--host", "smtp.example.org",
                  "--from", "new@example.org", "--password-stdin", stdin="other\n")  # fmt: skip

    assert refused.returncode == 2 and "nothing was saved" in refused.stderr
    assert digest(db_path) == before


STOPS = {
    "login refused": ({}, "--password-stdin", "refused the user name or password"),
    "sender refused": ({"mail_reply": "553 5.7.1 Sender address rejected"}, "",
                       "refused the sender address"),
    "server unreachable": ({}, "closed port", "Could not reach 127.0.0.1"),
}  # fmt: skip


@pytest.mark.parametrize(("reply", "twist", "says"), STOPS.values(), ids=STOPS.keys())
def test_a_send_that_cannot_go_on_exits_2_with_one_sentence(
    cli_env, db_path: Path, mail_server, reply, twist, says
) -> None:
    shop(db_path, 2)
    port = smtp_server.free_port() if twist == "closed port" else mail_server.port
    configured = configure(cli_env, db_path, port, "--password-stdin", stdin=PASSWORD + "\n")
    assert configured.returncode == 0, configured.stderr
    run(cli_env, "campaign", "create", "--db", str(db_path), "--template", "thank-you-new",
        "--stage", "new", "--lang", "en", "--as-of", AS_OF)  # fmt: skip
    for name, value in reply.items():
        setattr(mail_server.handler, name, value)

    password = ["--password-stdin"] if twist == "--password-stdin" else []
    sent = run(cli_env, "send", "--db", str(db_path), "--json", *password, stdin="wrong\n")

    assert sent.returncode == 2
    assert sent.stderr.startswith("lifecrm: ") and sent.stderr.count("\n") == 1, sent.stderr
    assert says in sent.stderr
    report = json.loads(sent.stdout)
    assert (report["sent"], report["remaining"]) == (0, 2)
    counts = json.loads(run(cli_env, "outbox", "--db", str(db_path), "--json").stdout)
    assert counts["queued"] == 2 and mail_server.handler.received == []
