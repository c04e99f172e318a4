"""An installed LifeCRM (a wheel, not this checkout) still has its templates and translations."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from lifecrm import paths

ROOT = Path(__file__).resolve().parent.parent


def test_the_wheel_carries_every_template_translation_and_migration(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    (wheel,) = tmp_path.glob("lifecrm-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    shared = {n.split(".data/data/share/lifecrm/resources/", 1)[1] for n in names if ".data/" in n}

    templates = {p.relative_to(ROOT / "resources").as_posix()
                 for p in (ROOT / "resources" / "templates").rglob("*.txt")}  # fmt: skip
    compiled = {p.relative_to(ROOT / "resources").as_posix()
                for p in (ROOT / "resources" / "translations").glob("*.qm")}  # fmt: skip
    assert len(templates) == 55 and len(compiled) == 4
    assert templates | compiled <= shared
    migrations = {p.name for p in (ROOT / "lifecrm/core/storage/migrations/versions").glob("*.py")}
    assert {f"lifecrm/core/storage/migrations/versions/{m}" for m in migrations} <= names
    catalogs = {
        f"lifecrm/core/locale/{lang}/LC_MESSAGES/lifecrm.mo" for lang in ("hu", "ru", "is", "sl")
    }
    assert catalogs <= names


def test_an_installed_copy_finds_its_resources_under_share(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    installed = tmp_path / "venv"
    (installed / "share" / "lifecrm" / "resources" / "templates").mkdir(parents=True)
    package = tmp_path / "site-packages" / "lifecrm"
    package.mkdir(parents=True)
    monkeypatch.setattr(paths, "__file__", str(package / "paths.py"))
    monkeypatch.setattr(sys, "prefix", str(installed))

    assert paths.resources_dir() == installed / "share" / "lifecrm" / "resources"
