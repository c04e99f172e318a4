"""Splitting full names: the first name opens every e-mail, so it must be right or absent."""

from __future__ import annotations

from pathlib import Path

import pytest

from lifecrm.core.importing.fields import Field
from lifecrm.core.importing.headers import guess_mapping
from lifecrm.core.importing.names import PersonName, split_name
from lifecrm.core.importing.readers import read_file
from lifecrm.core.names import forms as name_forms
from lifecrm.core.names import languages as demo

P = PersonName


@pytest.mark.parametrize(
    ("full", "language", "expected"),
    [
        # given name first: English, Icelandic, Slovenian
        ("Jón Jónsson", None, P("Jón", "Jónsson")),
        ("Jón Jónsson", "is", P("Jón", "Jónsson")),
        ("Guðrún Ósk Sigurðardóttir", None, P("Guðrún Ósk", "Sigurðardóttir")),
        ("Egill Árnason", None, P("Egill", "Árnason")),
        ("Alex Sólbur", "is", P("Alex", "Sólbur")),
        ("Mary Ann Smith", None, P("Mary", "Smith", "Ann")),
        ("Mary Ann Smith", "en", P("Mary", "Smith", "Ann")),
        ("John Johnson", None, P("John", "Johnson")),
        ("Ludwig van Beethoven", None, P("Ludwig", "van Beethoven")),
        ("Janez Novak", None, P("Janez", "Novak")),
        ("Janez Novak", "sl", P("Janez", "Novak")),
        ("Maja Novak Kovač", "sl", P("Maja", "Novak Kovač")),
        ("Novak Janez", None, P("Janez", "Novak")),  # a sorted list: the lists decide
        ("Smith, John", None, P("John", "Smith")),
        # Hungarian: family name first
        ("Tóth Gergő", None, P("Gergő", "Tóth")),
        ("Tóth Gergő", "hu", P("Gergő", "Tóth")),
        ("Dr. Kovács Anna", None, P("Anna", "Kovács")),
        ("dr. Kovács Anna", "hu", P("Anna", "Kovács")),
        ("ifj. Nagy Bence", None, P("Bence", "Nagy")),
        ("Id. Nagy Bence", "hu", P("Bence", "Nagy")),
        ("Nagy-Szabó Éva", None, P("Éva", "Nagy-Szabó")),
        ("Kiss Anna Mária", None, P("Anna Mária", "Kiss")),
        ("Kiss Anna Mária", "hu", P("Anna Mária", "Kiss")),
        ("Kovácsné Szabó Éva", None, P("Éva", "Kovácsné Szabó")),
        ("Kovácsné Éva", "hu", P("Éva", "Kovácsné")),
        ("Kovács Jánosné", None, P(None, "Kovács Jánosné")),  # Mrs János Kovács
        ("özv. Kovács Jánosné", "hu", P(None, "Kovács Jánosné")),
        ("Gergő Tóth", "hu", P("Gergő", "Tóth")),  # an English-order export
        ("Anna Kovács", "hu", P("Anna", "Kovács")),
        ("Gergő Tóth", None, P("Gergő", "Tóth")),
        ("Simon Péter", None, P("Péter", "Simon")),
        ("Szabó Ismeretlen", "hu", P("Ismeretlen", "Szabó")),
        ("Tóth, Gergő", "en", P("Gergő", "Tóth")),
        # Russian
        ("Иванов Иван Иванович", None, P("Иван", "Иванов", "Иванович")),
        ("Иван Иванович Иванов", None, P("Иван", "Иванов", "Иванович")),
        ("Иванова Анна Сергеевна", "ru", P("Анна", "Иванова", "Сергеевна")),
        ("Иван Иванов", None, P("Иван", "Иванов")),
        ("Иванов Иван", None, P("Иван", "Иванов")),
        ("Иванов Иван", "ru", P("Иван", "Иванов")),
        ("Лисицына Марина", None, P("Марина", "Лисицына")),
        ("Марина Лисицына", None, P("Марина", "Лисицына")),
        ("Каримов Тагир", None, P("Тагир", "Каримов")),  # unknown given name: the -ов ending
        ("Иван Петрович", None, P("Иван", None, "Петрович")),
        ("ИП Соколов Павел Андреевич", None, P("Павел", "Соколов", "Андреевич")),
        ("Иванов, Иван Иванович", None, P("Иван", "Иванов", "Иванович")),
        # one word, nothing, noise
        ("Gergő", None, P("Gergő", None)),
        ("Gergő", "hu", P("Gergő", None)),
        ("Kovács", "hu", P(None, "Kovács")),
        ("", None, P(None, None)),
        ("   ", "hu", P(None, None)),
        ("  Tóth    Gergő  ", None, P("Gergő", "Tóth")),
        ("anna@example.com", None, P(None, None)),
        # capitals
        ("TÓTH GERGŐ", None, P("Gergő", "Tóth")),
        ("GUÐRÚN SIGURÐARDÓTTIR", None, P("Guðrún", "Sigurðardóttir")),
        ("ИВАНОВ ИВАН ИВАНОВИЧ", None, P("Иван", "Иванов", "Иванович")),
        ("McDonald Ronald", "en", P("McDonald", "Ronald")),  # mixed case kept as typed
        # initials are not greeted
        ("J. Smith", None, P(None, "Smith", "J.")),
        ("Иванов И.И.", None, P(None, "Иванов", "И.И.")),
    ],
)
def test_split_name(full: str, language: str | None, expected: PersonName) -> None:
    assert split_name(full, language) == expected


@pytest.mark.parametrize(
    "company",
    [
        "Kovács és Társa Kft.",
        "Szűcs Bt.",
        "Magyar Telekom Nyrt.",
        "Alfa Zrt",
        "ООО «Ромашка»",
        "ООО Ромашка",
        "Hekla ehf.",
        "Novak d.o.o.",
        "Frizerstvo Maja Novak s.p.",
        "Acme Ltd",
        "Acme Inc.",
        "ACME LTD",
    ],
)
def test_companies_get_no_first_name(company: str) -> None:
    assert split_name(company) == P(None, None)
    assert split_name(company, "hu") == P(None, None)


HU_PAIRS = [(s, g) for s in demo.HU.surnames for g in demo.HU.male + demo.HU.female]


@pytest.mark.parametrize("language", [None, "hu"])
def test_every_demo_hungarian_name_family_first(language: str | None) -> None:
    wrong = [
        f"{s} {g}"
        for s, g in HU_PAIRS
        if split_name(f"{s} {g}", language) != P(g, s)
        or split_name(f"{s.upper()} {g.upper()}", language) != P(g, s)
    ]
    assert wrong == []


def russian_triples() -> list[tuple[str, str, str]]:
    out = []
    for i, surname in enumerate(demo.RU.surnames):
        for female, given_names in ((False, demo.RU.male), (True, demo.RU.female)):
            for j, given in enumerate(given_names):
                father = demo.RU.male[(i + j) % len(demo.RU.male)]
                out.append(
                    (
                        name_forms.russian_surname(surname, female),
                        given,
                        name_forms.russian_patronymic(father, female),
                    )
                )
    return out


@pytest.mark.parametrize("language", [None, "ru"])
def test_every_demo_russian_fio_in_both_orders(language: str | None) -> None:
    wrong = []
    for last, first, middle in russian_triples():
        for full in (f"{last} {first} {middle}", f"{first} {middle} {last}"):
            if split_name(full, language) != P(first, last, middle):
                wrong.append(full)
        for full in (f"{last} {first}", f"{first} {last}"):
            if split_name(full, language) != P(first, last):
                wrong.append(full)
    assert wrong == []


@pytest.mark.parametrize("language", [None, "is"])
def test_every_demo_icelandic_name(language: str | None) -> None:
    wrong = []
    for father in demo.IS.surnames:
        for given in demo.IS.male:
            full = f"{given} {father}son"
            if split_name(full, language) != P(given, f"{father}son"):
                wrong.append(full)
        for given in demo.IS.female:
            full = f"{given} {father}dóttir"
            if split_name(full, language) != P(given, f"{father}dóttir"):
                wrong.append(full)
    assert wrong == []


@pytest.mark.parametrize(("lang", "language"), [(demo.SL, None), (demo.SL, "sl"), (demo.EN, None)])
def test_every_demo_given_first_name(lang: demo.Language, language: str | None) -> None:
    wrong = [
        f"{g} {s}"
        for s in lang.surnames
        for g in lang.male + lang.female
        if split_name(f"{g} {s}", language) != P(g, s)
    ]
    assert wrong == []


@pytest.mark.parametrize(
    ("name", "language", "first_names"),
    [
        ("hu_rendelesek.csv", "hu", ["Gergő", "Réka", "Éva", "Dániel", "Boglárka", "Gergő"]),
        ("ru_zakazy.csv", "ru", ["Иван", "Анна", "Дмитрий", "Юлия", "Артём"]),
        ("is_pantanir.csv", "is", ["Jón", "Guðrún Ósk", "Þórður", "Ásta"]),
        ("sl_narocila.csv", "sl", ["Janez", "Špela", "Žiga", "Maja"]),
    ],
)
def test_first_names_in_the_fixture_files(name: str, language: str, first_names: list[str]) -> None:
    table = read_file(Path(__file__).resolve().parents[2] / "fixtures" / "import" / name)
    guess = guess_mapping(table.headers)
    assert guess.language == language
    column = next(i for i, f in guess.fields.items() if f is Field.NAME)
    assert [split_name(cells[column], guess.language).first for _n, cells in table.rows] == (
        first_names
    )
