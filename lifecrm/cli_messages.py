"""How the command line says core's errors: in the reader's language, with its own hint.

Core's sentence states the facts; the command line adds which option fixes it (the window
says which button). The language is `--language`, else LIFECRM_LANGUAGE, else the computer's
locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
"""

from __future__ import annotations

from collections.abc import Sequence

from lifecrm.core.i18n import N_, Text, describe, language_code, language_from_environment
from lifecrm.core.i18n import translate as _translate

HINTS: dict[str, Text] = {
    "database_unusable": N_("Choose another file with --db."),
    "no_identity_column": N_('Map one with --map "COLUMN=email".'),
    "ambiguous_dates": N_('Say which with --date-order "{column}=dmy" or "{column}=mdy".'),
    "missing_currency": N_("Choose one with --currency, for example --currency HUF."),
    "unknown_template": N_("See the list with 'lifecrm templates'."),
    "file_too_large": N_("The row limit is set with --max-rows."),
}


def cli_language(argv: Sequence[str]) -> str:
    """The language asked for on the command line (read before argparse, whose own errors
    must be said in it too), else the environment's."""
    for n, arg in enumerate(argv):
        if arg == "--language" and n + 1 < len(argv):
            return language_code(argv[n + 1])
        if arg.startswith("--language="):
            return language_code(arg.partition("=")[2])
    return language_from_environment()


def say(error: BaseException, lang: str) -> str:
    """One sentence (and the option that helps, if any) in `lang`."""
    said = describe(error, lang)
    hint = HINTS.get(str(getattr(error, "code", "")))
    if hint is None:
        return said
    return f"{said} {_translate(Text(hint.template, getattr(error, 'facts', {})), lang)}"
