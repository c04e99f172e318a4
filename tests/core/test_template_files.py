"""The built-in e-mail templates in resources/templates/<lang>/<key>.txt.

Every file parses, compiles in Jinja2's sandbox, uses only the documented variables and filters,
starts with the greeting and ends with the opt-out line, and reads well both when everything
about the customer is known and when nothing optional is: no "None", no leftover tags, no
double spaces, no empty sentence (" ." or ", ."), no empty paragraph.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2
import pytest
from babel.lists import format_list
from jinja2 import meta, nodes
from jinja2.sandbox import SandboxedEnvironment

TEMPLATES = Path(__file__).resolve().parents[2] / "resources" / "templates"
LANGUAGES = ("en", "hu", "ru", "is", "sl")
WITH_INFORMAL = ("hu", "ru", "sl")
LOCALES = {"en": "en_US", "hu": "hu_HU", "ru": "ru_RU", "is": "is_IS", "sl": "sl_SI"}
STAGE_OF = {
    "thank-you-new": "new",
    "thank-you-best": "loyal",
    "promising-perk": "promising",
    "loyalty-invite": "loyal",
    "passive-bestseller": "passive",
    "winback-offer": "lost",
    "winback-values": "lost",
    "winback-goodbye": "lost",
    "personal-note": "passive_loyal",
    "reconnect": "",
    "birthday": "",
}
STAGES = {"prospect", "new", "promising", "loyal", "passive", "lost", "passive_loyal", "lost_loyal"}
VARIABLES = frozenset(
    """greeting first_name full_name formal_name last_name last_order_date last_order_products
    last_product first_order_date orders_count total_spent days_since_last_order
    months_since_last_order stage shop_name owner_name signature shop_story shop_url
    discount_code discount gift recommended_products bestseller project unsubscribe_line""".split()
)
FILTERS = {"and_list", "default", "lower", "upper"}
ALWAYS_GIVEN = {"greeting", "unsubscribe_line"}  # the engine always has a fallback for these
HEADER_FIELDS = {"name", "stage", "subject", "subject.informal"}


# --- the file format ------------------------------------------------------------------------


@dataclass
class TemplateFile:
    headers: dict[str, str]
    bodies: dict[str, str] = field(default_factory=dict)  # "" (one form), "formal", "informal"


def parse_template_file(text: str) -> TemplateFile:
    """Header lines `field: value`, then `---` and one body, or `--- formal` / `--- informal`."""
    lines = text.replace("\r\n", "\n").split("\n")
    headers: dict[str, str] = {}
    i = 0
    while i < len(lines) and not lines[i].startswith("---"):
        line = lines[i]
        i += 1
        if not line.strip():
            continue
        key, colon, value = line.partition(":")
        assert colon, f"header line without a colon: {line!r}"
        key = key.strip()
        assert key in HEADER_FIELDS, f"unknown header field {key!r}"
        assert key not in headers, f"header field {key!r} twice"
        headers[key] = value.strip()
    template = TemplateFile(headers)
    form: str | None = None
    chunk: list[str] = []
    for line in lines[i:]:
        if line.startswith("---"):
            if form is not None:
                template.bodies[form] = "\n".join(chunk).strip()
            form, chunk = line[3:].strip(), []
            assert form in ("", "formal", "informal"), f"unknown separator {line!r}"
            assert form not in template.bodies, f"body {line!r} twice"
        else:
            chunk.append(line)
    if form is not None:
        template.bodies[form] = "\n".join(chunk).strip()
    return template


def _files() -> list[tuple[str, str]]:
    return [(lang, key) for lang in LANGUAGES for key in STAGE_OF]


def _load(lang: str, key: str) -> TemplateFile:
    return parse_template_file((TEMPLATES / lang / f"{key}.txt").read_text(encoding="utf-8"))


def _forms(lang: str) -> tuple[str, ...]:
    return ("formal", "informal") if lang in WITH_INFORMAL else ("",)


def _subject(template: TemplateFile, form: str) -> str:
    return template.headers["subject.informal" if form == "informal" else "subject"]


def _environment(lang: str) -> SandboxedEnvironment:
    """As the drafting engine sets it up: sandbox, strict, block tags on their own lines vanish."""
    env = SandboxedEnvironment(
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )

    def and_list(items: Any) -> str:
        clean = [str(i) for i in items or () if i]
        return format_list(clean, locale=LOCALES[lang]) if clean else ""

    env.filters["and_list"] = and_list
    return env


ENVIRONMENTS = {lang: _environment(lang) for lang in LANGUAGES}


# --- sample customers, per language and form --------------------------------------------------

_COMMON: dict[str, Any] = {
    "orders_count": 5,
    "days_since_last_order": 75,
    "months_since_last_order": 2,
    "discount": "10%",
    "shop_url": "https://shop.example",
}
SAMPLES: dict[str, dict[str, Any]] = {
    "en": {
        "first_name": "Emily",
        "last_name": "Carter",
        "full_name": "Emily Carter",
        "formal_name": "Emily Carter",
        "last_order_date": "December 1, 2025",
        "first_order_date": "March 14, 2023",
        "last_order_products": ["Lavender soap", "Linen towel"],
        "last_product": "Lavender soap",
        "total_spent": "$245.50",
        "stage": "passive customer",
        "shop_name": "Meadow & Co.",
        "owner_name": "Anna Green",
        "signature": "Anna Green\nMeadow & Co.\n+44 20 7946 0000",
        "shop_story": "We started in 2019 in a garden shed, making soap the way our grandmother "
        "taught us.",
        "discount_code": "THANKS-7KQ2",
        "gift": "free shipping",
        "recommended_products": ["Olive oil soap", "Wooden soap dish", "Bath salt"],
        "bestseller": "Honey candle",
        "project": "Carter Bakery website",
    },
    "hu": {
        "first_name": "Gergő",
        "last_name": "Kovács",
        "full_name": "Kovács Gergő",
        "formal_name": "Kovács Gergő",
        "last_order_date": "2025. december 1.",
        "first_order_date": "2023. március 14.",
        "last_order_products": ["Levendulás szappan", "Lenvászon törölköző"],
        "last_product": "Levendulás szappan",
        "total_spent": "24\xa0590\xa0Ft",
        "stage": "passzív vásárló",
        "shop_name": "Kamilla Műhely Kft.",
        "owner_name": "Szabó Kamilla",
        "signature": "Szabó Kamilla\nKamilla Műhely\n+36 30 123 4567",
        "shop_story": "2019-ben kezdtük egy kerti kisházban, a nagymamánktól tanult receptekkel.",
        "discount_code": "KOSZI-7KQ2",
        "discount": "1\xa0000\xa0Ft",
        "gift": "ingyenes szállítás",
        "recommended_products": ["Olívaolajos szappan", "Fa szappantartó", "Fürdősó"],
        "bestseller": "Mézes gyertya",
        "project": "Webshop arculat",
    },
    "ru": {
        "first_name": "Иван",
        "last_name": "Петров",
        "full_name": "Иван Петров",
        "formal_name": "Иван Иванович",
        "last_order_date": "1 декабря 2025\xa0г.",
        "first_order_date": "14 марта 2023\xa0г.",
        "last_order_products": ["Лавандовое мыло", "Льняное полотенце"],
        "last_product": "Лавандовое мыло",
        "total_spent": "12\xa0450,00\xa0₽",
        "stage": "пассивный клиент",
        "shop_name": "ИП Соколова М. А.",
        "owner_name": "Мария Соколова",
        "signature": "Мария Соколова\nЛавка Марии\n+7 912 345-67-89",
        "shop_story": "Мы начали в 2019 году с маленькой мастерской на даче.",
        "discount_code": "SPASIBO-7KQ2",
        "discount": "10\xa0%",
        "gift": "бесплатная доставка",
        "recommended_products": ["Оливковое мыло", "Деревянная мыльница", "Соль для ванны"],
        "bestseller": "Медовая свеча",
        "project": "Сайт для пекарни",
    },
    "is": {
        "first_name": "Jón",
        "last_name": "Jónsson",
        "full_name": "Jón Jónsson",
        "formal_name": "Jón Jónsson",
        "last_order_date": "1. desember 2025",
        "first_order_date": "14. mars 2023",
        "last_order_products": ["Lavendersápa", "Hörhandklæði"],
        "last_product": "Lavendersápa",
        "total_spent": "24.590\xa0kr.",
        "stage": "óvirkur viðskiptavinur",
        "shop_name": "Sápuhúsið ehf.",
        "owner_name": "Guðrún Helgadóttir",
        "signature": "Guðrún Helgadóttir\nSápuhúsið\n+354 555 1234",
        "shop_story": "Við byrjuðum árið 2019 í litlum skúr úti í garði.",
        "discount_code": "TAKK-7KQ2",
        "gift": "frí heimsending",
        "recommended_products": ["Ólífusápa", "Sápuskál úr tré", "Baðsalt"],
        "bestseller": "Hunangskerti",
        "project": "Vefur fyrir bakaríið",
    },
    "sl": {
        "first_name": "Maja",
        "last_name": "Novak",
        "full_name": "Maja Novak",
        "formal_name": "Maja Novak",
        "last_order_date": "1. december 2025",
        "first_order_date": "14. marec 2023",
        "last_order_products": ["Sivkino milo", "Lanena brisača"],
        "last_product": "Sivkino milo",
        "total_spent": "245,50\xa0€",
        "stage": "pasivna stranka",
        "shop_name": "Milarna Lila d.o.o.",
        "owner_name": "Ana Kos",
        "signature": "Ana Kos\nMilarna Lila\n+386 41 123 456",
        "shop_story": "Začeli smo leta 2019 v majhni delavnici na vrtu.",
        "discount_code": "HVALA-7KQ2",
        "discount": "10\xa0%",
        "gift": "brezplačna poštnina",
        "recommended_products": ["Olivno milo", "Lesena milnica", "Kopalna sol"],
        "bestseller": "Medena sveča",
        "project": "Spletna stran za pekarno",
    },
}
# (language, formal?) -> (greeting with a name, without one, the opt-out line)
ADDRESS: dict[tuple[str, bool], tuple[str, str, str]] = {
    ("en", True): (
        "Dear Emily,",
        "Hello,",
        "If you would rather not hear from us, just reply to this e-mail and we will not write "
        "again.",
    ),
    ("hu", True): (
        "Kedves Gergő!",
        "Kedves Vásárlónk!",
        "Ha nem szeretne több levelet kapni tőlünk, csak válaszoljon erre az e-mailre, és nem "
        "írunk többet.",
    ),
    ("hu", False): (
        "Kedves Gergő!",
        "Kedves Vásárlónk!",
        "Ha nem szeretnél több levelet kapni tőlünk, csak válaszolj erre az e-mailre, és nem "
        "írunk többet.",
    ),
    ("ru", True): (
        "Здравствуйте, Иван Иванович!",
        "Здравствуйте!",
        "Если Вы не хотите получать наши письма, просто ответьте на это письмо, и мы больше не "
        "будем писать.",
    ),
    ("ru", False): (
        "Здравствуй, Иван!",
        "Здравствуй!",
        "Если не хочешь получать наши письма, просто ответь на это письмо, и мы больше не "
        "будем писать.",
    ),
    ("is", True): (
        "Góðan dag, Jón,",
        "Góðan dag,",
        "Ef þú vilt ekki fá fleiri pósta frá okkur skaltu einfaldlega svara þessum pósti og við "
        "hættum að skrifa.",
    ),
    ("sl", True): (
        "Pozdravljeni, Maja!",
        "Pozdravljeni!",
        "Če ne želite več prejemati naših sporočil, preprosto odgovorite na to sporočilo in ne "
        "bomo več pisali.",
    ),
    ("sl", False): (
        "Živijo, Maja!",
        "Živijo!",
        "Če ne želiš več prejemati naših sporočil, preprosto odgovori na to sporočilo in ne "
        "bomo več pisali.",
    ),
}


def _full(lang: str, form: str) -> dict[str, Any]:
    context = {**_COMMON, **SAMPLES[lang]}
    with_name, _, unsubscribe = ADDRESS[(lang, form != "informal")]
    context.update(greeting=with_name, unsubscribe_line=unsubscribe)
    context["stage"] = SAMPLES[lang]["stage"]
    assert set(context) == VARIABLES
    return context


def _empty(lang: str, form: str, blank: Any = None) -> dict[str, Any]:
    """Nothing optional known: None (or "", 0 and [] when blank is "")."""
    _, without_name, unsubscribe = ADDRESS[(lang, form != "informal")]
    context: dict[str, Any] = {}
    for name, value in _full(lang, form).items():
        if isinstance(value, list):
            context[name] = [] if blank == "" else None
        elif isinstance(value, int):
            context[name] = 0 if blank == "" else None
        else:
            context[name] = blank
    context.update(greeting=without_name, unsubscribe_line=unsubscribe)
    return context


def _contexts(lang: str, form: str) -> list[tuple[str, dict[str, Any]]]:
    """All known, nothing known, and each optional variable alone missing or alone known."""
    full, empty = _full(lang, form), _empty(lang, form)
    cases = [("all known", full), ("none known", empty), ("all blank", _empty(lang, form, ""))]
    for name in sorted(VARIABLES - ALWAYS_GIVEN):
        cases.append((f"all but {name}", {**full, name: empty[name]}))
        cases.append((f"only {name}", {**empty, name: full[name]}))
    cases.append(("no signature, owner only", {**full, "signature": None, "shop_name": None}))
    cases.append(("no signature, shop only", {**full, "signature": None, "owner_name": None}))
    return cases


# --- what a finished message must never contain ----------------------------------------------

_BROKEN = [
    (re.compile(r"None"), "None"),
    (re.compile(r"\{\{|\}\}|\{%|%\}|\{#|#\}"), "a template tag"),
    (re.compile(r"\S {2,}\S"), "a double space"),
    (re.compile(r"^[ \t]|[ \t]$", re.M), "a leading or trailing space"),
    (re.compile(r"[ \t][.,;:!?)»”]"), "a space before punctuation"),
    (re.compile(r"[(«„] "), "a space after an opening bracket or quote"),
    (re.compile(r"\(\)|«»|„“|„”"), "empty brackets or quotes"),
    (re.compile(r"[,;:][ \t]*[.,;:!?]|\.\.|\.,|!\.|\?\."), "an empty sentence or clause"),
    (re.compile(r"\n{3,}"), "an empty paragraph"),
    (re.compile(r"^[.,;:!?)].*$", re.M), "a line starting with punctuation"),
    (re.compile(r"\(а\)|\(a\)|/a\b|/а\b|\(ur\)|/ur\b"), "a he/she double form"),
]


def _problems(text: str) -> list[str]:
    return [what for pattern, what in _BROKEN if pattern.search(text)]


def _is_emoji(char: str) -> bool:
    return unicodedata.category(char) == "So" or 0x1F000 <= ord(char) <= 0x1FAFF


# --- the tests --------------------------------------------------------------------------------


def test_every_language_has_exactly_the_eleven_templates() -> None:
    assert sorted(p.name for p in TEMPLATES.iterdir() if p.is_dir()) == sorted(LANGUAGES)
    for lang in LANGUAGES:
        found = sorted(p.name for p in (TEMPLATES / lang).iterdir())
        assert found == sorted(f"{key}.txt" for key in STAGE_OF), lang


@pytest.mark.parametrize(("lang", "key"), _files())
def test_the_file_parses_with_its_headers_and_bodies(lang: str, key: str) -> None:
    template = _load(lang, key)
    headers = template.headers
    assert headers.get("name"), "a name for the template list"
    assert len(headers["name"]) <= 60
    assert headers.get("subject"), "a subject"
    assert headers.get("stage", "") == STAGE_OF[key]
    assert not headers["stage"] or headers["stage"] in STAGES
    if lang in WITH_INFORMAL:
        assert headers.get("subject.informal"), "an informal subject"
        assert list(template.bodies) == ["formal", "informal"]
    else:
        assert "subject.informal" not in headers
        assert list(template.bodies) == [""]
    for body in template.bodies.values():
        assert body.startswith("{{ greeting }}\n"), "the body starts with the greeting line"
        assert body.endswith("\n\n{{ unsubscribe_line }}"), "it ends with the opt-out line"
        assert body.count("{{ unsubscribe_line }}") == 1
        assert "<" not in body and ">" not in body, "plain text, no HTML"


@pytest.mark.parametrize(("lang", "key"), _files())
def test_it_compiles_in_the_sandbox_with_known_variables_and_filters(lang: str, key: str) -> None:
    template = _load(lang, key)
    env = ENVIRONMENTS[lang]
    sources = [(f"subject {form}", _subject(template, form)) for form in _forms(lang)]
    sources += [(f"body {form}", body) for form, body in template.bodies.items()]
    for part, source in sources:
        tree = env.parse(source)
        unknown = meta.find_undeclared_variables(tree) - VARIABLES
        assert not unknown, f"{part} uses unknown variables {unknown}"
        filters = {f.name for f in tree.find_all(nodes.Filter)}
        assert filters <= FILTERS, f"{part} uses unknown filters {filters - FILTERS}"
        assert not list(tree.find_all(nodes.Assign)), f"{part} sets variables of its own"
        env.from_string(source)
        if part.startswith("subject"):
            assert "\n" not in source, f"{part} is one line"
            continue
        for number, line in enumerate(source.split("\n"), 1):
            # trim_blocks eats the newline after a block tag that ends a line: a paragraph
            # break would silently vanish, so block tags at a line's end stand on their own line.
            if line.rstrip().endswith("%}"):
                assert re.fullmatch(r"\s*(\{%-?[^%]*-?%\}\s*)+", line), f"{part} line {number}"


@pytest.mark.parametrize(("lang", "key"), _files())
def test_it_reads_well_with_everything_or_nothing_known(lang: str, key: str) -> None:
    template = _load(lang, key)
    env = ENVIRONMENTS[lang]
    for form in _forms(lang):
        subject = env.from_string(_subject(template, form))
        body = env.from_string(template.bodies[form])
        for case, context in _contexts(lang, form):
            where = f"{lang}/{key} {form or 'body'}, {case}"
            line = subject.render(context)
            assert "\n" not in line and line == line.strip() and len(line) <= 90, where
            assert not line.endswith((",", ":", "-", "–")), f"{where}: subject {line!r}"
            assert not _problems(line), f"{where}: subject {line!r}: {_problems(line)}"
            text = body.render(context).strip()
            assert not _problems(text), f"{where}: {_problems(text)}\n{text}"
            assert text.startswith(context["greeting"] + "\n\n"), where
            assert text.endswith("\n\n" + context["unsubscribe_line"]), where
            assert not any(_is_emoji(c) for c in text + line), f"{where}: no emoji"
            middle = text[len(context["greeting"]) : -len(context["unsubscribe_line"])]
            last = middle.strip().rsplit("\n", 1)[-1]
            assert not last.endswith((",", ":")), f"{where}: a sign-off with nobody after it"
            assert middle.count("!") <= 1, f"{where}: no exclamation-mark spam"
            assert len(middle.split()) >= 25, f"{where}: too little left\n{text}"


@pytest.mark.parametrize(("lang", "key"), _files())
def test_it_is_short_like_a_personal_note(lang: str, key: str) -> None:
    template = _load(lang, key)
    env = ENVIRONMENTS[lang]
    for form in _forms(lang):
        context = _full(lang, form)
        text = env.from_string(template.bodies[form]).render(context)
        words = len(text.replace(context["unsubscribe_line"], "").split())
        assert 60 <= words <= 160, f"{lang}/{key} {form}: {words} words"


# Words that give the form of address away; the other form must not slip in.
_FORMAL_ONLY = {
    "hu": r"\bÖn\w*|\bmag(á|a)t\b",
    "ru": r"\b(Вы|Вас|Вам|Вами|Ваш\w*)\b",
    "sl": r"\b(Vi|Vas|Vam|Vami|Vaš\w*)\b",
}
_INFORMAL_ONLY = {
    "hu": r"\b(te|téged|neked|nálad|tőled|veled|rólad|hozzád|számodra|tiéd)\b",
    "ru": r"\b(ты|тебя|тебе|тобой|тво\w+)\b",
    "sl": r"\b(ti|te|tebe|tebi|tabo|tvoj\w*|zate)\b",
}
_LOWERCASE_POLITE = {
    "ru": r"\b(вы|вас|вам|вами|ваш\w*)\b",
    "sl": r"\b(vi|vam|vami|vaš\w*)\b",
}


@pytest.mark.parametrize(("lang", "key"), [f for f in _files() if f[0] in WITH_INFORMAL])
def test_formal_and_informal_bodies_keep_to_their_form(lang: str, key: str) -> None:
    template = _load(lang, key)
    for form in ("formal", "informal"):
        text = template.bodies[form] + "\n" + _subject(template, form)
        own, other = (
            (_FORMAL_ONLY, _INFORMAL_ONLY) if form == "formal" else (_INFORMAL_ONLY, _FORMAL_ONLY)
        )
        assert not re.search(other[lang], text), f"{form}: {re.search(other[lang], text)}"
        if lang != "hu":  # Hungarian may address the reader through the verb alone
            assert re.search(own[lang], text), f"{form} never addresses the reader as such"
        if form == "formal" and lang in _LOWERCASE_POLITE:
            found = re.search(_LOWERCASE_POLITE[lang], text)
            assert not found, f"the polite pronoun is capitalised in a letter: {found}"


@pytest.mark.parametrize("key", list(STAGE_OF))
def test_icelandic_never_guesses_the_readers_gender(key: str) -> None:
    body = _load("is", key).bodies[""].lower()
    for word in ("kæri", "kæra", "velkomin", "velkominn", "sæll", "sæl"):
        assert not re.search(rf"\b{word}\b", body), word


@pytest.mark.parametrize(("lang", "key"), _files())
def test_the_library_reads_each_file_as_this_test_does(lang: str, key: str) -> None:
    library = pytest.importorskip("lifecrm.core.drafting.library")
    text = (TEMPLATES / lang / f"{key}.txt").read_text(encoding="utf-8")
    ours, theirs = _load(lang, key), library.parse_template_file(text, f"{lang}/{key}")
    assert theirs.name == ours.headers["name"]
    assert (theirs.stage or "") == ours.headers["stage"]
    for form in _forms(lang):
        formal = form != "informal"
        assert theirs.subjects[formal] == _subject(ours, form)
        assert theirs.bodies[formal].strip() == ours.bodies[form]
