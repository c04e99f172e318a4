"""Splitting a full name into first, last and middle name, in our users' five languages.

The first name opens every e-mail LifeCRM drafts ("Kedves Gergő!"), so getting it wrong is
worse than not knowing it: when in doubt about a company, an initial or a married-name form
("Kovács Jánosné") we return no first name and the template falls back to a formal greeting.
Hungarians write the family name first, Russians often do (ФИО), Icelanders have patronymics;
name lists and endings decide the order per name, the file's language breaks ties.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lifecrm.core.names import languages
from lifecrm.core.text import fold


@dataclass(frozen=True)
class PersonName:
    first: str | None
    last: str | None
    middle: str | None = None  # a Russian patronymic or English middle names; never greeted with


_PUNCT = re.compile(r"[.,()\"'«»]")


def _key(token: str) -> str:
    """The comparable form of a name word: folded, without dots and quotes ("O'Brien")."""
    return fold(_PUNCT.sub("", token))


def _words(*groups: str | tuple[str, ...]) -> frozenset[str]:
    out: set[str] = set()
    for group in groups:
        out.update(_key(w) for w in (group.split() if isinstance(group, str) else group))
    return frozenset(out)


HU_GIVEN = _words(
    languages.HU.male,
    languages.HU.female,
    """András Sándor József János Ferenc Mihály Tibor Róbert Zsolt Krisztián Lajos György Imre
    Béla Károly Miklós Gyula Pál Márk Márton Milán Dominik Marcell Botond Olivér Benedek Bálint
    Barnabás Kristóf Noel Richárd Roland Viktor Szabolcs Zsombor Patrik Kornél Lőrinc Vince Simon
    Jenő Ernő Dezső Kálmán Antal Géza Lóránt Endre Árpád Ödön Tivadar Győző Gusztáv Lénárd Hunor
    Bendegúz Huba Zalán Benett Áron Erik Soma Nándor Oszkár Elemér Barna Alex Ottó Vilmos Szilárd
    Zsigmond Bertalan Jakab Fülöp Lukács Mátyás Zétény Ármin Csongor Kolos Iván Dénes Sebestyén
    Mária Ilona Zsuzsanna Margit Andrea Erika Mónika Gabriella Anikó Edit Viktória Ildikó Enikő
    Nikolett Barbara Beáta Rita Szilvia Tünde Hajnalka Melinda Klára Magdolna Rozália Irén Piroska
    Julianna Gizella Ibolya Csilla Nóra Vivien Fanni Luca Hanna Zoé Léna Lili Zsófi Emma Bianka
    Flóra Jázmin Laura Kitti Virág Zita Zsanett Brigitta Henrietta Kinga Dorina Alexandra Adrienn
    Veronika Emese Szabina Csenge Panna Boróka Rebeka Sára Dalma Teréz Etelka Jolán Borbála
    Hedvig Valéria Róza Dorottya Kata Adél Ilona Emőke Marianna Renáta Vanda Bernadett""",
)
HU_SURNAMES = _words(
    languages.HU.surnames,
    """Szilágyi Fehér Balázs Gál Kis Kocsis Orsós Pintér Fodor Szalai Sipos Magyar Lukács Gulyás
    Biró Király Katona László Jakab Bogdán Balog Sándor Boros Fazekas Kelemen Antal Orosz Somogyi
    Fülöp Veres Vincze Budai Hegedűs Deák Pap Bálint Pál Illés Vass Szőke Fábián Lengyel Bogár
    Jónás Szekeres Márton Soós Lőrincz Mezei Bakó Bognár Kozma Hajdu Pásztor Hegyi Benkő Csonka
    Major Máté Kun Sárközi Kardos Szénási Erdélyi Dudás Gáspár Demeter Barta Halász Borbély Medve
    Csizmadia Szántó Péter Dávid Kántor Nemes Tamás Ács Szűts Hajdú Lengyel Sárközy Kovacs Nyári
    Bencze Szekeres Győri Pataki Kozák Takáts Csóka Vida Hollósi Nagy-Szabó""",
)
RU_GIVEN = _words(
    languages.RU.male,
    languages.RU.female,
    """Евгений Олег Виктор Игорь Роман Денис Антон Илья Кирилл Станислав Вадим Константин Леонид
    Василий Пётр Григорий Борис Фёдор Степан Тимофей Матвей Глеб Данил Даниил Арсений Руслан
    Валерий Геннадий Анатолий Виталий Ярослав Вячеслав Семён Лев Марк Богдан Тимур Эдуард
    Марина Галина Людмила Валентина Лариса Надежда Вера Любовь Оксана Алина Кристина Карина
    Евгения Валерия Вероника Софья София Анастасия Александра Елизавета Маргарита Диана Алиса
    Арина Варвара Василиса Ульяна Лидия Нина Зоя Тамара Жанна Инна Регина Милана Яна Алла Нелли""",
)
RU_SURNAMES = _words(languages.RU.surnames)
WEST_GIVEN = _words(
    languages.EN.male,
    languages.EN.female,
    languages.IS.male,
    languages.IS.female,
    languages.SL.male,
    languages.SL.female,
    """John Mary Ann Anne Jane Elizabeth Sophia Lily Ella Ava Isabella Alice Ruby Freya Poppy
    Joseph Charles Edward Henry Richard Paul Mark Matthew Christopher Joshua Ethan Jacob Alexander
    Benjamin Luke Adam Ryan Nathan Jonathan Anthony Steven Kevin Brian Patrick Sean Ian Simon
    Susan Margaret Helen Laura Lisa Karen Nicola Claire Julie Kate Katie Lauren Megan Amy Holly
    Sigga Ósk Björk Rós Lilja Edda Unnur Elín Hrafnhildur Ragnheiður Steinunn Arna Sara Bjarni
    Páll Pétur Davíð Friðrik Haraldur Ari Daníel Atli Viktor Arnar Aron Gísli Hannes Sveinn Óskar
    Franc Jože Anton Ivan Marjan Peter Stanislav Alojz Milan Igor Matjaž Bojan Uroš Klemen Jure
    Tina Tanja Marija Irena Mojca Darja Vesna Polona Metka Lucija Neža Zala Lana Ajda Hana Pia""",
)
WEST_SURNAMES = _words(languages.EN.surnames, languages.SL.surnames)
GIVEN = HU_GIVEN | WEST_GIVEN
SURNAMES = HU_SURNAMES | WEST_SURNAMES

# Markers of a company, compared folded and without dots: "Kft.", "d.o.o.", "ООО".
COMPANY = _words(
    """kft bt zrt nyrt kkt ooo ооо оао зао пао ао ehf hf ses slf doo dd sp ltd inc llc gmbh plc
    corp limited company egyesulet alapitvany"""
)
TITLES = _words(
    """dr prof ifj id idos ozv mr mrs ms miss mx sir dame med mag univ dipl ing g ga gospod gospa
    herra fru гн гжа господин госпожа ип"""
)
SUFFIXES = _words("jr sr ii iii iv phd md ifj id")
PARTICLES = frozenset("van von der den de da di du del della dos das la le ter ten".split())

_RU_PATRONYMIC = ("ович", "евич", "ич", "овна", "евна", "ична", "инична")
_RU_SURNAME_ENDINGS = (
    "ов ев ёв ин ын ова ева ёва ина ына ский ская цкий цкая ской ых их енко ук юк".split()
)
_INITIAL = re.compile(r"^(\w\.)+\w?\.?$|^\w$")


def _is_given(token: str, names: frozenset[str] = GIVEN) -> bool:
    parts = [p for p in _key(token).split("-") if p]
    return bool(parts) and all(p in names for p in parts)


def _is_surname(token: str, names: frozenset[str] = SURNAMES) -> bool:
    key = _key(token)
    return key in names or any(p in names for p in key.split("-"))


def _is_initial(token: str) -> bool:
    return bool(_INITIAL.match(token))


def _cyrillic(text: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in text)


def _is_company(tokens: list[str]) -> bool:
    return any(_key(t) in COMPANY for t in tokens) or bool(
        re.search(r"\b(d\.\s?o\.\s?o|d\.\s?d|s\.\s?p)\.?(\s|$)", " ".join(tokens).casefold())
    )


def _married_form(token: str) -> bool:
    """Hungarian "-né" ("wife of"): "Kovácsné" before a name, "Jánosné" instead of one."""
    return len(token) > 3 and token.casefold().endswith("né") and not _is_given(token)


def _join(tokens: list[str]) -> str | None:
    return " ".join(tokens) or None


def split_name(full: str, language: str | None = None) -> PersonName:
    """`full` as first/last/middle; `language` is the file's language hint or None."""
    text = " ".join((full or "").split())
    if not text or "@" in text:
        return PersonName(None, None)
    if text.upper() == text and text.lower() != text:
        text = text.title()  # "TÓTH GERGŐ" -> "Tóth Gergő"; mixed case is kept as typed
    tokens = text.split()
    if _is_company(tokens):
        return PersonName(None, None)
    if "," in text:  # "Tóth, Gergő" / "Smith, John": the family name is before the comma
        last, _, rest = text.partition(",")
        given = [t for t in rest.split() if _key(t) not in TITLES]
        middle = [t for t in given[1:] if _cyrillic(t) and _patronymic(t)]
        first = [t for t in given if t not in middle]
        return _checked(_join(first), _join(last.split()), _join(middle))
    while tokens and _key(tokens[0]) in TITLES:
        tokens.pop(0)
    while len(tokens) > 1 and _key(tokens[-1]) in SUFFIXES:
        tokens.pop()
    if not tokens:
        return PersonName(None, None)
    if len(tokens) == 1:
        return _single(tokens[0])
    if _cyrillic(text):
        return _russian(tokens)
    if _icelandic_patronymic(tokens[-1], language, text):
        return _checked(_join(tokens[:-1]), tokens[-1])
    if _family_first(tokens, language):
        return _family_first_split(tokens)
    return _given_first_split(tokens)


def _single(token: str) -> PersonName:
    """One word: a given name unless it can only be a family name ("Kovács", "Kovácsné")."""
    if _married_form(token) or (_is_surname(token) and not _is_given(token)):
        return PersonName(None, token)
    if _is_initial(token):
        return PersonName(None, None)
    return PersonName(token, None)


def _checked(first: str | None, last: str | None, middle: str | None = None) -> PersonName:
    """An initial ("J. Smith") is not a first name to greet with: it moves to `middle`."""
    if first and all(_is_initial(t) for t in first.split()):
        return PersonName(None, last, " ".join(filter(None, [first, middle])))
    return PersonName(first, last, middle)


def _patronymic(token: str) -> bool:
    key = _key(token)
    return len(key) > 4 and key.endswith(_RU_PATRONYMIC)


def _ru_surname(token: str) -> bool:
    key = _key(token)
    stem = key[:-1] if key.endswith("а") else key
    return key in RU_SURNAMES or stem in RU_SURNAMES or key.endswith(tuple(_RU_SURNAME_ENDINGS))


def _russian(tokens: list[str]) -> PersonName:
    """ФИО (Иванов Иван Иванович) or ИОФ (Иван Иванович Иванов); the patronymic is the anchor."""
    at = next((i for i in range(1, len(tokens)) if _patronymic(tokens[i])), None)
    if at is not None and at >= 2:
        return _checked(tokens[at - 1], _join(tokens[: at - 1]), _join(tokens[at:]))
    if at == 1:
        return _checked(tokens[0], _join(tokens[2:]), tokens[1])
    if len(tokens) == 2:
        a, b = tokens
        a_given, b_given = _is_given(a, RU_GIVEN), _is_given(b, RU_GIVEN)
        if b_given and not a_given or (a_given == b_given and _ru_surname(a) > _ru_surname(b)):
            return _checked(b, a)
        return _checked(a, b)
    return _given_first_split(tokens)


def _icelandic_patronymic(token: str, language: str | None, text: str) -> bool:
    """-dóttir always; -sson (Jónsson, Magnússon) and -son/-bur with a hint we are in Iceland."""
    key = _key(token)
    if key.endswith("dottir") or key.endswith("sson"):
        return True
    # Accents are rare in English names: "Egill Árnason" is Icelandic, "Jason Mason" is not.
    icelandic = language == "is" or any(ch in "þðæáéíóúýöÞÐÆÁÉÍÓÚÝÖ" for ch in text)
    return icelandic and key.endswith(("son", "bur")) and not _is_surname(token)


def _family_first(tokens: list[str], language: str | None) -> bool:
    """Whether the family name leads, by name lists; the language (or a Hungarian look) decides
    a tie: "Simon Péter" is family-first in Budapest, "Péter Simon" is not."""
    head, tail = tokens[0], tokens[-1]
    if _married_form(head) or _married_form(tail):
        return True
    family = _is_surname(head) + _is_given(tail)
    given = _is_given(head) + _is_surname(tail)
    if family != given:
        return family > given
    if language == "hu":
        return True
    if language is not None:
        return False
    hungarian = any(ch in "őűŐŰ" for ch in " ".join(tokens)) or any(
        _is_given(t, HU_GIVEN) or _is_surname(t, HU_SURNAMES) for t in tokens
    )
    return hungarian and (family > 0 or any(ch in "őűŐŰ" for ch in " ".join(tokens)))


def _family_first_split(tokens: list[str]) -> PersonName:
    """Hungarian order: family name(s), then every given name ("Kiss Anna Mária" -> Anna Mária).

    A married name ("Kovácsné Szabó Éva") keeps her maiden family name in the family part;
    "Kovács Jánosné" (Mrs János Kovács) has no given name of her own to greet her with.
    """
    family = [tokens[0]]
    i = 1
    while i < len(tokens) - 1 and not _is_given(tokens[i]):
        if not (_is_surname(tokens[i]) or _married_form(family[-1])):
            break
        family.append(tokens[i])
        i += 1
    given = tokens[i:]
    if given and _married_form(given[-1]):
        return PersonName(None, " ".join(tokens))
    return _checked(_join(given), _join(family))


def _given_first_split(tokens: list[str]) -> PersonName:
    """Western order: the first word is greeted; known given names after it are middle names
    ("Mary Ann Smith"), anything else is the family name ("Maja Novak Kovač", "Ludwig van
    Beethoven"): Slovenians more often carry two surnames than two given names."""
    first, i = tokens[0], 1
    while i < len(tokens) - 1 and _is_given(tokens[i]) and tokens[i] not in PARTICLES:
        i += 1
    return _checked(first, _join(tokens[i:]), _join(tokens[1:i]))
