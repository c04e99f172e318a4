"""Core's sentences in the reader's language: gettext catalogs compiled by Babel.

Core never speaks a language of its own choosing. It marks each sentence it hands out with
`N_("The file {path} is empty.", path=...)`, which returns a `Text`: the English sentence
(so logs and `str()` read as before) that remembers its template and facts. A front door
says it again in the reader's language with `translate(text, lang)`, or `describe(error,
lang)` for a `UserError` or a `SendFailure`. The front door chooses the language: the
window from its setting, the command line from `--language`, `LIFECRM_LANGUAGE` or the
computer's locale (`language_from_environment`).

Catalogs live in lifecrm/core/locale/<lang>/LC_MESSAGES/lifecrm.po (and the compiled .mo
beside it); scripts/core_translations.py keeps them in step with the code, and
tests/core/test_core_translations.py fails when a language lags.
"""

from __future__ import annotations

import gettext
import os
from collections.abc import Mapping
from functools import cache
from pathlib import Path

DOMAIN = "lifecrm"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"
LANGUAGES = ("en", "hu", "ru", "is", "sl")


class Text(str):
    """An English sentence that remembers the template and facts it was made from."""

    template: str
    facts: Mapping[str, object]

    def __new__(cls, template: str, facts: Mapping[str, object] | None = None) -> Text:
        facts = dict(facts or {})
        self = super().__new__(cls, _fill(template, facts, "en") if facts else template)
        self.template = template
        self.facts = facts
        return self


def N_(template: str, /, **facts: object) -> Text:  # noqa: N802 - gettext's own name
    """Marks a sentence for translation; `{name}` fields are filled from `facts`."""
    return Text(template, facts)


def _fill(template: str, facts: Mapping[str, object], lang: str) -> str:
    said = {k: translate(v, lang) if isinstance(v, Text) else v for k, v in facts.items()}
    try:
        return template.format_map(said)
    except (KeyError, IndexError, ValueError):  # a translation that lost a field: say it in English
        return template if lang == "en" else _fill(template, facts, "en")


@cache
def _catalog(lang: str) -> gettext.NullTranslations:
    return gettext.translation(DOMAIN, LOCALE_DIR, languages=[lang], fallback=True)


def language_code(name: str | None) -> str:
    """One of LANGUAGES for a code or locale name such as "hu", "hu_HU.UTF-8" or "sl-SI";
    English for anything else."""
    code = (name or "").replace("-", "_").split(".")[0].split("_")[0].lower()
    return code if code in LANGUAGES else "en"


def language_from_environment(environ: Mapping[str, str] | None = None) -> str:
    """The command line's language when none is given: LIFECRM_LANGUAGE, else the locale
    variables in gettext's order (LANGUAGE, LC_ALL, LC_MESSAGES, LANG)."""
    env = os.environ if environ is None else environ
    for var in ("LIFECRM_LANGUAGE", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var, "").split(":")[0]
        if value:
            return language_code(value)
    return "en"


def translate(text: str, lang: str) -> str:
    """`text` in `lang`: a `Text` is said again from its template and facts; a plain string
    (one stored before, say) is looked up as it is."""
    lang = language_code(lang)
    if isinstance(text, Text):
        template = _catalog(lang).gettext(text.template) if lang != "en" else text.template
        return _fill(template, text.facts, lang) if text.facts else template
    return _catalog(lang).gettext(text) if lang != "en" and text else text


def describe(error: BaseException, lang: str) -> str:
    """What went wrong, in `lang`: a UserError or SendFailure from its Text, anything else as is."""
    said = getattr(error, "text", getattr(error, "message", None))
    return translate(said, lang) if isinstance(said, Text) else str(error)
