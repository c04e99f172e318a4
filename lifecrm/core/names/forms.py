"""How names change form: Russian feminine surnames and patronymics, and the ASCII
spelling of a name for a plausible e-mail address."""

from __future__ import annotations

import unicodedata

# Russian surnames take a feminine form; Icelandic "surnames" are patronymics.
_RU_FEMININE = {"ов": "ова", "ев": "ева", "ёв": "ёва", "ин": "ина", "ий": "ая"}

# Fathers' names whose patronymic is not simply name + ович / овна.
_RU_PATRONYMIC = {
    "Сергей": ("Сергеевич", "Сергеевна"),
    "Андрей": ("Андреевич", "Андреевна"),
    "Алексей": ("Алексеевич", "Алексеевна"),
    "Николай": ("Николаевич", "Николаевна"),
    "Юрий": ("Юрьевич", "Юрьевна"),
    "Никита": ("Никитич", "Никитична"),
}


def russian_surname(masculine: str, female: bool) -> str:
    if female:
        for ending, feminine in _RU_FEMININE.items():
            if masculine.endswith(ending):
                return masculine[: -len(ending)] + feminine
    return masculine


def russian_patronymic(father: str, female: bool) -> str:
    male_form, female_form = _RU_PATRONYMIC.get(father, (father + "ович", father + "овна"))
    return female_form if female else male_form


_TRANSLIT = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ё": "e",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "й": "y",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "yu",
    "я": "ya",
    "þ": "th",
    "ð": "d",
    "æ": "ae",
    "ö": "o",
    "ő": "o",
    "ű": "u",
    "'": "",
}


def ascii_slug(text: str) -> str:
    """A plausible e-mail local part: "Þórður" -> "thordur", "Щукина" -> "shchukina"."""
    out = "".join(_TRANSLIT.get(ch, ch) for ch in text.casefold())
    decomposed = unicodedata.normalize("NFKD", out)
    return "".join(ch for ch in decomposed if ch.isascii() and (ch.isalnum() or ch in ".-"))
