"""What a message needs in each of our users' languages: the greeting, the opt-out line, stage
names, and how dates, money and lists are written (CLDR via Babel).

Greetings keep the name in the nominative and avoid gendered words (the shop does not know the
reader's gender): "Pozdravljeni, Janez!" rather than "Spoštovani gospod", "Góðan dag, Jón,"
rather than "Sæll Jón".
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import lru_cache

from babel.dates import format_date
from babel.lists import format_list

from lifecrm.core.money import format_money

LANGUAGES = ("en", "hu", "ru", "is", "sl")
WITH_INFORMAL = ("hu", "ru", "sl")  # languages where the owner chooses formal or informal
LOCALES = {"en": "en_US", "hu": "hu_HU", "ru": "ru_RU", "is": "is_IS", "sl": "sl_SI"}

# (with a name, without one); "{name}" is the first name, or Russian name + patronymic.
_GREETINGS: dict[tuple[str, bool], tuple[str, str]] = {
    ("en", True): ("Dear {name},", "Hello,"),
    ("hu", True): ("Kedves {name}!", "Kedves Vásárlónk!"),
    ("hu", False): ("Kedves {name}!", "Kedves Vásárlónk!"),
    ("ru", True): ("Здравствуйте, {name}!", "Здравствуйте!"),
    ("ru", False): ("Здравствуй, {name}!", "Здравствуй!"),
    ("is", True): ("Góðan dag, {name},", "Góðan dag,"),
    ("sl", True): ("Pozdravljeni, {name}!", "Pozdravljeni!"),
    ("sl", False): ("Živijo, {name}!", "Živijo!"),
}

_UNSUBSCRIBE: dict[tuple[str, bool], str] = {
    ("en", True): "If you would rather not hear from us, just reply to this e-mail and we will "
    "not write again.",
    ("hu", True): "Ha nem szeretne több levelet kapni tőlünk, csak válaszoljon erre az e-mailre, "
    "és nem írunk többet.",
    ("hu", False): "Ha nem szeretnél több levelet kapni tőlünk, csak válaszolj erre az e-mailre, "
    "és nem írunk többet.",
    ("ru", True): "Если Вы не хотите получать наши письма, просто ответьте на это письмо, и мы "
    "больше не будем писать.",
    ("ru", False): "Если не хочешь получать наши письма, просто ответь на это письмо, и мы больше "
    "не будем писать.",
    ("is", True): "Ef þú vilt ekki fá fleiri pósta frá okkur skaltu einfaldlega svara þessum "
    "pósti og við hættum að skrifa.",
    ("sl", True): "Če ne želite več prejemati naših sporočil, preprosto odgovorite na to "
    "sporočilo in ne bomo več pisali.",
    ("sl", False): "Če ne želiš več prejemati naših sporočil, preprosto odgovori na to sporočilo "
    "in ne bomo več pisali.",
}

STAGE_NAMES: dict[str, dict[str, str]] = {
    "en": {
        "prospect": "prospect",
        "new": "new customer",
        "promising": "promising customer",
        "loyal": "loyal customer",
        "passive": "passive customer",
        "lost": "lost customer",
        "passive_loyal": "passive loyal customer",
        "lost_loyal": "lost loyal customer",
    },
    "hu": {
        "prospect": "érdeklődő",
        "new": "új vásárló",
        "promising": "ígéretes vásárló",
        "loyal": "hűséges vásárló",
        "passive": "passzív vásárló",
        "lost": "elveszett vásárló",
        "passive_loyal": "passzív hűséges vásárló",
        "lost_loyal": "elveszett hűséges vásárló",
    },
    "ru": {
        "prospect": "потенциальный клиент",
        "new": "новый клиент",
        "promising": "перспективный клиент",
        "loyal": "постоянный клиент",
        "passive": "пассивный клиент",
        "lost": "ушедший клиент",
        "passive_loyal": "пассивный постоянный клиент",
        "lost_loyal": "ушедший постоянный клиент",
    },
    "is": {
        "prospect": "mögulegur viðskiptavinur",
        "new": "nýr viðskiptavinur",
        "promising": "efnilegur viðskiptavinur",
        "loyal": "tryggur viðskiptavinur",
        "passive": "óvirkur viðskiptavinur",
        "lost": "horfinn viðskiptavinur",
        "passive_loyal": "óvirkur tryggur viðskiptavinur",
        "lost_loyal": "horfinn tryggur viðskiptavinur",
    },
    "sl": {
        "prospect": "potencialna stranka",
        "new": "nova stranka",
        "promising": "obetavna stranka",
        "loyal": "zvesta stranka",
        "passive": "pasivna stranka",
        "lost": "izgubljena stranka",
        "passive_loyal": "pasivna zvesta stranka",
        "lost_loyal": "izgubljena zvesta stranka",
    },
}


def language_of(code: str | None, fallback: str = "en") -> str:
    """One of our five languages: "hu_HU" -> "hu"; anything else -> `fallback`."""
    short = (code or "").replace("-", "_").split("_")[0].lower()
    return short if short in LANGUAGES else fallback


def form_of(language: str, formal: bool) -> bool:
    """English and Icelandic have one form of address; we keep it under 'formal'."""
    return formal or language not in WITH_INFORMAL


def greeting(language: str, formal: bool, name: str | None) -> str:
    with_name, without = _GREETINGS[(language, form_of(language, formal))]
    return with_name.format(name=name.strip()) if name and name.strip() else without


def unsubscribe_line(language: str, formal: bool) -> str:
    return _UNSUBSCRIBE[(language, form_of(language, formal))]


def long_date(day: date | None, language: str) -> str:
    """The long date as the language writes it: "2025. december 1.", "1. desember 2025"."""
    return _long_date(day, language) if day else ""


@lru_cache(maxsize=20_000)
def _long_date(day: date, language: str) -> str:
    return str(format_date(day, format="long", locale=LOCALES[language]))


def money(minor: int | None, currency: str | None, language: str) -> str:
    if minor is None or not currency:
        return ""
    return format_money(minor, currency, LOCALES[language])


def and_list(items: Sequence[str] | None, language: str) -> str:
    """["a", "b", "c"] -> "a, b és c" / "a, b и c" / "a, b og c" / "a, b in c"."""
    clean = [str(i) for i in items or () if i]
    return format_list(clean, locale=LOCALES[language]) if clean else ""
