"""Words the drafting screens share: language names and why a customer gets no message."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from sqlalchemy import Connection

from lifecrm.core.drafting.drafts import NO_EMAIL, OPTED_OUT, UNKNOWN
from lifecrm.core.drafting.languages import LANGUAGES
from lifecrm.core.drafting.library import builtin_names, get_template, list_templates
from lifecrm.core.lifecycle import STAGES, Stage
from lifecrm.ui.stage_texts import stage_label

_CONTEXT = "Drafting"

# Each language named in the owner's language, then in its own (the customer's) words.
_NAMES: dict[str, str] = {
    "en": QT_TRANSLATE_NOOP("Drafting", "English"),
    "hu": QT_TRANSLATE_NOOP("Drafting", "Hungarian"),
    "ru": QT_TRANSLATE_NOOP("Drafting", "Russian"),
    "is": QT_TRANSLATE_NOOP("Drafting", "Icelandic"),
    "sl": QT_TRANSLATE_NOOP("Drafting", "Slovenian"),
}
_OWN_NAMES = {
    "en": "English",
    "hu": "magyar",
    "ru": "русский",
    "is": "íslenska",
    "sl": "slovenščina",
}

_REASONS: dict[str, str] = {
    NO_EMAIL: QT_TRANSLATE_NOOP("Drafting", "No e-mail address"),
    OPTED_OUT: QT_TRANSLATE_NOOP("Drafting", "Does not want e-mails"),
    UNKNOWN: QT_TRANSLATE_NOOP("Drafting", "No longer in your customers"),
}

# How the owner addresses customers, per language with a choice (WITH_INFORMAL).
FORMAL_WORDS = {"hu": ("Ön", "te"), "ru": ("Вы", "ты"), "sl": ("Vi", "ti")}


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(_CONTEXT, text, "", n)


def language_name(code: str) -> str:
    """ "Hungarian" (in the owner's language); the code itself for one we do not know."""
    return tr(_NAMES[code]) if code in _NAMES else code


def language_label(code: str) -> str:
    """ "Hungarian · magyar": the owner's word and the customer's, so both recognise it."""
    name = language_name(code)
    own = _OWN_NAMES.get(code, code)
    return name if own == name else f"{name} · {own}"


def skip_reason(reason: str | None) -> str:
    return tr(_REASONS[reason]) if reason in _REASONS else (reason or "")


def languages() -> tuple[str, ...]:
    return LANGUAGES


def template_name(key: str, own_name: str) -> str:
    """A built-in template's name in the window's language; the owner's own as they wrote it."""
    english = builtin_names().get(key)
    return QCoreApplication.translate("Templates", english) if english else own_name


def template_choices(conn: Connection, language: str) -> list[tuple[str, str, str]]:
    """(key, name in the window's language, tooltip), in the order of the stages they serve."""
    order = {str(stage): n for n, stage in enumerate(STAGES)}
    found = []
    for info in list_templates(conn):
        name = template_name(info.key, get_template(conn, info.key, language).name)
        stage = info.stage if info.stage in order else None
        tooltip = tr("Written for: %1").replace("%1", stage_label(Stage(stage))) if stage else ""
        found.append((order.get(stage or "", len(order)), name, info.key, tooltip))
    return [(key, name, tooltip) for _n, name, key, tooltip in sorted(found)]
