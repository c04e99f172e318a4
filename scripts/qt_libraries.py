"""Which system libraries Qt's window needs and this computer lacks, as Debian/Ubuntu packages.

A bare desktop install lacks some that Qt's X11 platform plugin links (libxcb-cursor0,
libxcb-icccm4, libxcb-keysyms1, ...); without them the window aborts with only "Reinstalling the
application may fix this problem". `ldd` on the plugin names every missing one without a display,
so this works on a headless box too. Prints one package name a line; nothing when all is there.

    .venv/bin/python scripts/qt_libraries.py            # the packages to apt-get install
    .venv/bin/python scripts/qt_libraries.py --libraries  # the missing library files instead
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

# Library files whose Debian package does not follow the usual naming.
_PACKAGES = {"libglib-2.0.so.0": "libglib2.0-0", "libgobject-2.0.so.0": "libglib2.0-0",
             "libgthread-2.0.so.0": "libglib2.0-0"}  # fmt: skip


def platform_plugins() -> list[Path]:
    """The platform plugins the window may load: X11 (xcb) and offscreen."""
    import PySide6

    folder = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms"
    return [p for p in (folder / "libqxcb.so", folder / "libqoffscreen.so") if p.exists()]


def missing_libraries(ldd_output: str) -> list[str]:
    """The 'libfoo.so.1 => not found' lines of ldd's output, in order, once each."""
    found = re.findall(r"^\s*(\S+)\s+=>\s+not found", ldd_output, flags=re.MULTILINE)
    return list(dict.fromkeys(found))


def debian_package(library: str) -> str:
    """libxcb-cursor.so.0 -> libxcb-cursor0, libxkbcommon-x11.so.0 -> libxkbcommon-x11-0."""
    if library in _PACKAGES:
        return _PACKAGES[library]
    name, _, version = library.partition(".so.")
    name = name.lower()
    return f"{name}-{version}" if name[-1].isdigit() else f"{name}{version}"


def main(argv: list[str]) -> int:
    if not sys.platform.startswith("linux") or shutil.which("ldd") is None:
        return 0
    missing: list[str] = []
    for plugin in platform_plugins():
        done = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, check=False)
        missing += missing_libraries(done.stdout)
    names = missing if "--libraries" in argv else [debian_package(lib) for lib in missing]
    for name in dict.fromkeys(names):
        print(name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
