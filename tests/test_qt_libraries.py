"""scripts/qt_libraries.py: the missing system libraries of the window, as packages to install."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "qt_libraries.py"
spec = importlib.util.spec_from_file_location("qt_libraries", SCRIPT)
assert spec is not None and spec.loader is not None
qt_libraries = importlib.util.module_from_spec(spec)
spec.loader.exec_module(qt_libraries)

# What ldd printed for libqxcb.so on a bare Debian 12 desktop install (trimmed).
BARE_DEBIAN = """\
\tlinux-vdso.so.1 (0x00007ffd5b9e6000)
\tlibQt6XcbQpa.so.6 => /opt/venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f0c1c000000)
\tlibxcb-cursor.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x00007f0c1bf00000)
\tlibxcb-keysyms.so.1 => not found
\tlibxkbcommon-x11.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibX11-xcb.so.1 => not found
\tlibglib-2.0.so.0 => not found
"""


def test_the_missing_libraries_become_the_debian_packages_to_install() -> None:
    missing = qt_libraries.missing_libraries(BARE_DEBIAN)

    assert missing == ["libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1",
                       "libxkbcommon-x11.so.0", "libX11-xcb.so.1", "libglib-2.0.so.0"]  # fmt: skip
    assert [qt_libraries.debian_package(lib) for lib in missing] == [
        "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxkbcommon-x11-0",
        "libx11-xcb1", "libglib2.0-0",
    ]  # fmt: skip


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ldd and xcb are Linux's")
def test_the_real_plugin_is_checked_without_a_display(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DISPLAY", raising=False)
    plugins = qt_libraries.platform_plugins()
    assert [p.name for p in plugins] == ["libqxcb.so", "libqoffscreen.so"]
    ldd = subprocess.run(["ldd", str(plugins[0])], capture_output=True, text=True, check=True)
    assert "libxcb" in ldd.stdout  # the X11 plugin's own libraries are what gets checked

    done = subprocess.run([sys.executable, str(SCRIPT)], capture_output=True, text=True)

    assert done.returncode == 0 and done.stderr == ""
    assert done.stdout.split() == [
        qt_libraries.debian_package(lib) for lib in qt_libraries.missing_libraries(ldd.stdout)
    ]
