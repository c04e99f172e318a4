"""Core speaks every language the window does: each marked sentence is translated in every
catalog with its {fields} intact, no sentence a user can see escapes unmarked, and the
compiled catalogs match the code."""

from __future__ import annotations

import ast
import builtins
import importlib.util
import re
import string
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from lifecrm.core.errors import UserError
from lifecrm.core.i18n import N_, describe, language_code, language_from_environment, translate
from lifecrm.core.importing.plan import AmbiguousDates

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location(
    "core_translations", ROOT / "scripts" / "core_translations.py"
)
assert _spec and _spec.loader
tool = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(tool)

# Calls whose text reaches a user: exceptions core raises (except Python's own, which mean a
# bug) and the import problems' reasons (the argument at this position).
REASON_AT = {"ValueProblem": 0, "Failed": 0, "RowProblem": 3, "Conflict": 4, "SendFailure": 0}
BUGS = {name for name in dir(builtins) if name.endswith(("Error", "Exception"))}


def catalog(lang: str) -> dict[str, str]:
    with tool.po_path(lang).open("rb") as f:
        return {str(m.id): str(m.string) for m in read_po(f, locale=lang) if m.id}


def fields(text: str) -> set[str]:
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("lang", tool.LANGUAGES)
def test_every_marked_sentence_is_translated_with_its_fields(lang: str) -> None:
    translated = catalog(lang)
    missing = [m for m in tool.extract() if not translated.get(m)]
    assert not missing, f"{lang}: {len(missing)} untranslated, run scripts/core_translations.py"
    broken = [m for m, t in translated.items() if t and fields(t) != fields(m)]
    assert not broken, f"{lang}: fields differ from the English in {broken}"


def test_the_catalogs_match_the_code_and_are_compiled() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "core_translations.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr


def _unmarked(node: ast.expr | None) -> bool:
    """A sentence written in place: a literal, an f-string or text glued together."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and bool(node.value.strip())
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _unmarked(node.left) or _unmarked(node.right)
    if isinstance(node, ast.IfExp):
        return _unmarked(node.body) or _unmarked(node.orelse)
    return False


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def unmarked_sentences(tree: ast.Module) -> Iterator[tuple[int, str]]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
            call = node.exc
            if _name(call.func) not in BUGS and call.args and _unmarked(call.args[0]):
                yield call.lineno, ast.unparse(call.args[0])[:80]
        elif isinstance(node, ast.Call) and _name(node.func) in REASON_AT:
            at = REASON_AT[_name(node.func)]
            if len(node.args) > at and _unmarked(node.args[at]):
                yield node.lineno, ast.unparse(node.args[at])[:80]
        elif isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id.endswith("_REASON") for t in node.targets
        ):
            if _unmarked(node.value):
                yield node.lineno, ast.unparse(node.value)[:80]


def test_core_raises_no_sentence_without_marking_it() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{line}: {text}"
        for path in sorted((ROOT / "lifecrm" / "core").rglob("*.py"))
        if "migrations" not in path.parts
        for line, text in unmarked_sentences(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert not found, "wrap these in N_() with their facts:\n" + "\n".join(found)


def test_the_check_catches_a_sentence_written_in_place() -> None:
    code = 'raise BadThing(f"{x} is wrong")\nraise ValueError(f"{x}")\nRowProblem(1, "", "", "odd")'
    assert [line for line, _t in unmarked_sentences(ast.parse(code))] == [1, 3]


def test_core_names_no_command_line_option() -> None:
    flags = re.compile(r"(^|\s|\()--[a-z]")
    core = [m for m, files in tool.extract().items() if any("/core/" in f for f in files)]
    assert [m for m in core if flags.search(m) or "'lifecrm " in m] == []


def test_an_error_is_said_again_in_another_language_with_its_facts() -> None:
    error = AmbiguousDates(
        N_("The dates in '{column}' could be day/month or month/day (e.g. 03/04/2025)."),
        column="Dátum",
    )
    assert str(error) == "The dates in 'Dátum' could be day/month or month/day (e.g. 03/04/2025)."
    hungarian = describe(error, "hu")
    assert hungarian.startswith("A(z) „Dátum” oszlop dátumai")
    assert describe(UserError("A plain sentence."), "hu") == "A plain sentence."


def test_a_fact_that_is_a_marked_word_is_translated_too() -> None:
    said = N_(
        "{part} has a mistake on line {line}: {message}.",
        part=N_("The subject"),
        line=2,
        message="x",
    )
    assert said == "The subject has a mistake on line 2: x."
    assert translate(said, "hu").startswith(translate(N_("The subject"), "hu"))


def test_a_stored_english_reason_is_still_translated() -> None:
    assert translate("not a date", "ru") == translate(N_("not a date"), "ru") != "not a date"


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LIFECRM_LANGUAGE": "sl", "LANG": "hu_HU.UTF-8"}, "sl"),
        ({"LANG": "hu_HU.UTF-8"}, "hu"),
        ({"LC_ALL": "ru_RU.UTF-8", "LANG": "hu_HU.UTF-8"}, "ru"),
        ({"LANGUAGE": "is:en", "LANG": "C.UTF-8"}, "is"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({}, "en"),
    ],
)
def test_the_command_line_language_comes_from_the_environment(environ, expected) -> None:
    assert language_from_environment(environ) == expected


def test_language_codes_are_read_from_locale_names() -> None:
    assert [language_code(n) for n in ("hu_HU", "sl-SI", "is", "C", None, "xx")] == [
        "hu", "sl", "is", "en", "en", "en"
    ]  # fmt: skip
