"""Where the window's file dialogs open: the owner's Downloads (where a webshop export lands)
or their home folder, never the program's own folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def start_folder() -> Path:
    """The Downloads folder when it exists, else the home folder."""
    location = QStandardPaths.StandardLocation
    for kind in (location.DownloadLocation, location.HomeLocation):
        found = QStandardPaths.writableLocation(kind)
        if found and Path(found).is_dir():
            return Path(found)
    return Path.home()
