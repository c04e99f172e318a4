"""Password stores for tests: a real Secret Service (gnome-keyring on a private D-Bus, no desktop
needed) for tests about where the password is kept, and a dictionary for tests of code that only
passes a password on. The owner's own keyring is never touched."""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    """keyring's documented way to plug in a backend (`keyring.set_keyring`), in memory."""

    priority = 1  # type: ignore[assignment]  (a class attribute in every backend)

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@dataclass
class SecretService:
    """gnome-keyring's Secret Service on a D-Bus session bus of its own."""

    address: str  # DBUS_SESSION_BUS_ADDRESS for this process and any child
    folder: Path  # the daemon's home: its keyring files (encrypted) live here
    bus: subprocess.Popen[str]

    def stop(self) -> None:
        self.bus.terminate()  # gnome-keyring-daemon leaves with its bus
        self.bus.wait(timeout=10)


def start_secret_service(folder: Path) -> SecretService:
    """As CONVENTIONS.md describes for CI: a session bus, then an unlocked login keyring."""
    missing = [p for p in ("dbus-daemon", "gnome-keyring-daemon") if shutil.which(p) is None]
    if missing:
        raise RuntimeError(
            f"The keyring tests need {' and '.join(missing)}: apt-get install gnome-keyring dbus "
            "(.ci/run does it)."
        )
    runtime = folder / "run"
    runtime.mkdir(parents=True, mode=0o700)
    env = {**os.environ, "HOME": str(folder), "XDG_DATA_HOME": str(folder / "data"),
           "XDG_RUNTIME_DIR": str(runtime), "XDG_CONFIG_HOME": str(folder / "config")}  # fmt: skip
    bus = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env,
    )  # fmt: skip
    assert bus.stdout is not None
    address = bus.stdout.readline().strip()
    bus.stdout.close()  # the address is all it writes
    env["DBUS_SESSION_BUS_ADDRESS"] = address
    subprocess.run(
        ["gnome-keyring-daemon", "--unlock", "--components=secrets"], input="test-login",
        env=env, check=True, capture_output=True, text=True, timeout=30,
    )  # fmt: skip
    return SecretService(address, folder, bus)
