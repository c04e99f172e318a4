"""The window speaks our users' languages: every text translated, placeholders intact, and the
compiled files up to date with the code."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from lifecrm.app import install_translators
from lifecrm.core.lifecycle import Stage
from lifecrm.ui.language_menu import LanguageMenu
from lifecrm.ui.settings import UiSettings
from lifecrm.ui.stage_texts import stage_label

ROOT = Path(__file__).resolve().parents[2]
FILES = sorted((ROOT / "resources" / "translations").glob("lifecrm_*.ts"))
KEYS = re.compile(r"%L?n|%\d|<[^>]+>")


def messages(path: Path) -> Iterator[tuple[str, str, list[str], bool]]:
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        for m in context.iter("message"):
            translation = m.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")]
            texts = forms if m.get("numerus") == "yes" else [translation.text or ""]
            done = translation.get("type") is None
            yield context.findtext("name") or "", m.findtext("source") or "", texts, done


def test_the_translation_files_match_the_code_and_are_compiled() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "translations.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_every_text_is_translated_with_its_placeholders(path: Path) -> None:
    problems = []
    for context, source, texts, done in messages(path):
        for text in texts:
            if not done or not text.strip():
                problems.append((context, source, "not translated"))
            elif sorted(KEYS.findall(text)) != sorted(KEYS.findall(source)):
                problems.append((context, source, text))
            elif re.search(r"&[^&\s]", source) and not re.search(r"&[^&\s]", text):
                problems.append((context, source, "keyboard accelerator lost"))
    assert problems == []


@pytest.mark.parametrize(
    ("language", "new", "loyal"),
    [("hu", "Új", "Hűséges"), ("ru", "Новые", "Постоянные"), ("is", "Nýir", "Tryggir"),
     ("sl", "Nove", "Zveste")],
)  # fmt: skip
def test_the_window_speaks_the_chosen_language(qapp, language, new, loyal) -> None:
    before = QLocale()
    installed = install_translators(qapp, language)
    try:
        assert (stage_label(Stage.NEW), stage_label(Stage.LOYAL)) == (new, loyal)
        assert QLocale().name().startswith(language)
        assert QCoreApplication.translate("Formatting", "%n days ago", "", 5) != "5 days ago"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(before)
    assert stage_label(Stage.NEW) == "New"


def test_the_language_chosen_in_the_menu_is_kept_for_the_next_start(qtbot) -> None:
    settings = UiSettings()
    menu = LanguageMenu(settings)
    qtbot.addWidget(menu)

    box = menu.choose("sl")

    assert UiSettings().language() == "sl"
    assert "Slovenščina" in box.text()
    box.close()
    menu.choose("")
    assert UiSettings().language() == ""


def test_import_problems_are_shown_in_the_chosen_language(qapp, db) -> None:
    from lifecrm.core.importing.importer import import_file
    from lifecrm.core.importing.plan import ImportOptions
    from lifecrm.ui.importing.texts import reason

    fixtures = ROOT / "tests" / "fixtures" / "import"
    result = import_file(db, fixtures / "bad_rows.csv", ImportOptions(currency="EUR"))
    reasons = {p.reason for p in result.problems}
    assert len(reasons) >= 3
    before = QLocale()
    installed = install_translators(qapp, "hu")
    try:
        shown = {r: reason(r) for r in reasons}
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(before)
    assert all(hungarian != english for english, hungarian in shown.items()), shown
