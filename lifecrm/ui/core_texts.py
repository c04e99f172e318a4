"""Core's sentences in the window's language.

Core hands the window facts and `N_()`-marked sentences (errors, import problems, variable
descriptions, provider hints, segment names); they are translated by core's own gettext
catalogs, so the window and the command line say the same thing. The window's language is
the one `app.install_translators` chose (it sets QLocale's default).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from lifecrm.core.i18n import describe, language_code, translate

_CONTEXT = "CoreErrors"

# What the owner can do about it in the window, where core's sentence stops at the facts.
_HINTS = {
    "database_unusable": QT_TRANSLATE_NOOP("CoreErrors", "Choose another database file."),
}


def window_language() -> str:
    return language_code(QLocale().name())


def core_text(text: str) -> str:
    """A sentence or label from core, in the window's language (as it is when unknown)."""
    return translate(text, window_language())


def error_text(error: BaseException) -> str:
    """What went wrong, in the window's language, with the window's hint for it if any."""
    said = describe(error, window_language())
    hint = _HINTS.get(str(getattr(error, "code", "")))
    return f"{said} {QCoreApplication.translate(_CONTEXT, hint)}" if hint else said
