"""Turning one imported cell into a value: amounts, quantities, e-mail, phone, status, yes/no.

Cells come as text (CSV) or as typed workbook values; both are accepted everywhere. A cell that
cannot be used raises `ValueProblem` whose text is the reason shown to the owner. Files of a
million rows repeat the same few thousand values, so every parser caches per distinct value.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import TypeVar

from babel.numbers import list_currencies
from email_validator import SPECIAL_USE_DOMAIN_NAMES as _SPECIAL_DOMAINS
from email_validator import EmailNotValidError, validate_email

from lifecrm.core.i18n import N_
from lifecrm.core.importing.fields import Status

CACHE_LIMIT = 200_000  # distinct values kept per cache before it starts afresh
# Amounts are stored in minor units in a 64-bit integer (SQLite's): a thousand billion with
# cents fits with room to spare, and no small shop's order comes near it.
MAX_AMOUNT = Decimal(10) ** 15
MAX_QUANTITY = 1_000_000
AMOUNT_TOO_LARGE_REASON = N_("amount too large to be an order's")
QUANTITY_TOO_LARGE_REASON = N_("quantity too large to be an order's")
K = TypeVar("K")
V = TypeVar("V")


class ValueProblem(ValueError):
    """A cell that cannot be used; str(exc) is the reason in plain words, e.g. 'not a date'."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Failed:
    """A cached refusal: a fresh `ValueProblem` is raised each time, so tracebacks never pile up."""

    reason: str


def remember(cache: dict[K, V | Failed], key: K, compute: Callable[[K], V]) -> V:
    """Looks `key` up in `cache`, computing (and keeping, refusals too) on a miss."""
    hit = cache.get(key)
    if hit is None:
        if len(cache) >= CACHE_LIMIT:
            cache.clear()
        try:
            hit = compute(key)
        except ValueProblem as problem:
            hit = Failed(problem.reason)
        cache[key] = hit
    if isinstance(hit, Failed):
        raise ValueProblem(hit.reason)
    return hit


_WORD_GAPS = re.compile(r"[\s_\-]+")


def fold_word(text: str) -> str:
    """Case- and accent-free, with '_', '-' and spaces alike: 'On_Hold' -> 'on hold'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(_WORD_GAPS.sub(" ", plain).split())


def _text(value: object) -> str:
    """The cell as trimmed text; 'empty' is refused here once for every parser."""
    text = "" if value is None else str(value).strip()
    if not text:
        raise ValueProblem(N_("empty"))
    return text


# --- Money -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Money:
    amount: Decimal
    currency: str | None  # ISO 4217 found in the cell ('Ft'->'HUF', '€'->'EUR'), else None


_CURRENCY_WORDS = {
    "ft": "HUF", "€": "EUR", "euro": "EUR", "$": "USD", "£": "GBP", "kr": "ISK",
    "ikr": "ISK", "₽": "RUB", "руб": "RUB", "р": "RUB", "zł": "PLN", "kč": "CZK",
}  # fmt: skip
_ISO_CODES = frozenset(list_currencies())
_SPACES = "\u0020\u00a0\u202f\u2009\u2007"  # space, NBSP, narrow NBSP, thin and figure space
_GROUPING = re.compile(f"[{_SPACES}'’]+")
_AMOUNT = re.compile(
    r"(?P<sign>[-+−])?\s*(?P<pre>[^\W\d_]+\.?|[^\w\s.,\-+−()'’]{1,3})?\s*(?P<sign2>[-+−])?\s*"
    rf"(?P<num>\d(?:[\d{_SPACES}.,'’]*\d)?)\s*(?P<sign3>-)?"
    r"\s*(?P<post>[^\W\d_]+\.?|[^\w\s.,\-+−()'’]{1,3})?"
)
_NO_CENTS = re.compile(r"(\d)([.,])--?(?!\d)")
_NUMBER = re.compile(r"\d+(?:[.,g]\d+)*")
_NUMBER_PARTS = re.compile(r"\d+|[.,g]")


def _currency(token: str | None) -> str | None:
    if token is None:
        return None
    word = token.rstrip(".")
    code = _CURRENCY_WORDS.get(word.casefold()) or (word.upper() if len(word) == 3 else None)
    if code is None or code not in _ISO_CODES:
        raise ValueProblem(N_("not an amount"))
    return code


def _number_parts(text: str) -> list[str]:
    """Digit runs and single separators, all grouping spaces/apostrophes turned into 'g'."""
    text = _GROUPING.sub("g", text)
    if not _NUMBER.fullmatch(text):
        raise ValueProblem(N_("not an amount"))  # 1.,5
    return _NUMBER_PARTS.findall(text)


def _mark_evidence(parts: list[str]) -> str | None:
    """What one number says about the decimal mark: ',' or '.', '?.'/'?,' when it cannot tell."""
    seps = parts[1::2]
    marks = [s for s in seps if s != "g"]
    if not marks:
        return None
    if len(set(marks)) == 2:
        return marks[-1]
    mark = marks[0]
    if len(marks) > 1 or seps[-1] != mark:
        return "," if mark == "." else "."  # repeated, or followed by groups: thousands
    if len(parts[-1]) != 3 or parts[0] == "0" or (len(parts) == 3 and len(parts[0]) > 3):
        return mark
    return "?" + mark  # 12.990: twelve thousand, or twelve and 99/100?


def _to_decimal(parts: list[str], decimal_mark: str) -> Decimal:
    evidence = _mark_evidence(parts) or "?"
    mark = evidence[-1] if evidence in (",", ".", "?" + decimal_mark) else None
    seps, runs = parts[1::2], parts[0::2]
    fraction = ""
    if mark is not None and seps and seps[-1] == mark:
        fraction, seps = runs.pop(), seps[:-1]
    if mark is not None and mark in seps:
        raise ValueProblem(N_("not an amount"))
    if seps and (len(runs[0]) > 3 or any(len(run) != 3 for run in runs[1:])):
        raise ValueProblem(N_("not an amount"))  # 12 34 or 1.5.3: not thousands groups
    return Decimal("".join(runs) + ("." + fraction if fraction else ""))


def _split_amount(text: str) -> tuple[bool, list[str], str | None]:
    """(negative, number parts, currency) of an amount written as text."""
    text = _NO_CENTS.sub(r"\g<1>\g<2>00", text)  # '1.590,- Ft' is 1.590,00 Ft
    negative = text.startswith("(") and text.endswith(")")
    if negative:
        text = text[1:-1].strip()
    match = _AMOUNT.fullmatch(text)
    if match is None:
        raise ValueProblem(N_("not an amount"))
    signs = [s for s in match.group("sign", "sign2", "sign3") if s]
    if len(signs) > 1 or negative and signs:
        raise ValueProblem(N_("not an amount"))
    negative = negative or signs in (["-"], ["−"])
    pre, post = _currency(match["pre"]), _currency(match["post"])
    if pre and post and pre != post:
        raise ValueProblem(N_("not an amount"))
    return negative, _number_parts(match["num"]), pre or post


def detect_decimal_mark(values: Iterable[object]) -> str:
    """',' or '.', decided ONCE per column from all its (text) values.

    Values that show their mark (1.590,50; 12.99; 1,234.56) vote; a column whose only hint is
    '12.990'-style values groups thousands with dots (Hungarian), so its mark is ','.
    """
    votes = {",": 0, ".": 0, "?,": 0, "?.": 0}
    for value in {v for v in values if isinstance(v, str)}:
        try:
            evidence = _mark_evidence(_split_amount(value.strip())[1])
        except ValueProblem:
            continue
        if evidence is not None:
            votes[evidence] += 1
    if votes[","] or votes["."]:
        return "." if votes["."] > votes[","] else ","
    return "." if votes["?,"] and not votes["?."] else ","


def money_parser(decimal_mark: str) -> Callable[[object], Money]:
    """A parser for one column; caches per distinct cell value (1M-row files repeat values)."""
    if decimal_mark not in (",", "."):
        raise ValueError(f"decimal mark must be ',' or '.', not {decimal_mark!r}")
    cache: dict[str, Money | Failed] = {}

    def from_text(text: str) -> Money:
        negative, parts, currency = _split_amount(_text(text))
        amount = _sane(_to_decimal(parts, decimal_mark))
        return Money(-amount if negative else amount, currency)

    def parse(value: object) -> Money:
        if isinstance(value, str):
            return remember(cache, value, from_text)
        if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
            raise ValueProblem(N_("empty") if value is None else N_("not an amount"))
        # Excel keeps 15 significant digits: a formula's 0.1+0.2 is 0.3, and 1590.5 never
        # becomes Decimal(float)'s 1590.49999...
        amount = Decimal(format(value, ".15g")) if isinstance(value, float) else Decimal(value)
        if not amount.is_finite():
            raise ValueProblem(N_("not an amount"))
        return Money(_sane(amount), None)

    return parse


def _sane(amount: Decimal) -> Decimal:
    """1e308 or 29 nines would overflow the stored minor units: a row problem, not a crash."""
    if abs(amount) >= MAX_AMOUNT:
        raise ValueProblem(AMOUNT_TOO_LARGE_REASON)
    return amount


# --- Quantity, phone ---------------------------------------------------------------------------

_QUANTITY = re.compile(
    rf"([-−+]?)\s*(\d{{1,3}}(?:[{_SPACES}]\d{{3}})+|\d{{1,3}}(?:[.,]\d{{3}}){{2,}}|\d+)"
    r"(?:[.,](\d+))?"
)
_QUANTITY_UNITS = frozenset({"db", "pcs", "pc", "x", "шт", "stk", "kos", "kom"})


def parse_quantity(value: object) -> int:
    """'2', 2, 2.0, '2,0' -> 2. One '.' or ',' is a decimal mark: '1.500' is refused, not 1500."""
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        number = Decimal(str(value))
        if not number.is_finite():
            raise ValueProblem(N_("not a quantity"))
    elif isinstance(value, bool):
        raise ValueProblem(N_("not a quantity"))
    else:
        words = _text(value).split()
        if len(words) == 2 and words[1].rstrip(".").casefold() in _QUANTITY_UNITS:
            words = words[:1]  # '2 db', '3 pcs'
        match = _QUANTITY.fullmatch(" ".join(words))
        if match is None:
            raise ValueProblem(N_("not a quantity"))
        sign, whole, fraction = match.groups()
        number = Decimal(
            sign.replace("−", "-") + re.sub(r"\D", "", whole) + "." + (fraction or "0")
        )
    if number < 0:
        raise ValueProblem(N_("negative quantity"))
    if number > MAX_QUANTITY:
        raise ValueProblem(QUANTITY_TOO_LARGE_REASON)
    if number != number.to_integral_value():
        raise ValueProblem(N_("not a whole number"))
    return int(number)


_EXCEL_NUMBER_TEXT = re.compile(r"\d+\.0+")


def parse_phone(value: object) -> str:
    """Trimmed; Excel numbers like 36301234567.0 -> '36301234567'; refused when no digits."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = _text(value)
    if _EXCEL_NUMBER_TEXT.fullmatch(text):
        return text.split(".")[0]
    text = text[4:].strip() if text[:4].casefold() == "tel:" else text
    if isinstance(value, bool) or not any(ch.isdigit() for ch in text):
        raise ValueProblem(N_("not a phone number"))
    return text


# --- E-mail ------------------------------------------------------------------------------------

_PLAIN_EMAIL = re.compile(
    r"[A-Za-z0-9_%+\-]+(?:\.[A-Za-z0-9_%+\-]+)*"
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+([A-Za-z]{2,63})"
)
_email_cache: dict[str, str | Failed] = {}


def _check_email(text: str) -> str:
    address = _text(text)
    if address[:7].casefold() == "mailto:":
        address = address[7:].strip()
    if address.endswith(">") and "<" in address:
        address = address[address.rindex("<") + 1 : -1].strip()  # '<a@b.hu>', 'Gergő <a@b.hu>'
    plain = _PLAIN_EMAIL.fullmatch(address)
    if plain and plain[1].lower() not in _SPECIAL_DOMAINS and len(address) <= 254:
        return address  # the common case, without email-validator's ~20 µs
    try:
        validate_email(address, check_deliverability=False)
    except EmailNotValidError:
        raise ValueProblem(N_("not an e-mail address")) from None
    return address


def parse_email(value: object) -> str:
    """The address as written (trimmed; a 'mailto:' and '<>' dropped); identity is `email_key`."""
    if not isinstance(value, str):
        raise ValueProblem(N_("empty") if value is None else N_("not an e-mail address"))
    return remember(_email_cache, value, _check_email)


# --- Status, yes/no ----------------------------------------------------------------------------

# Words of one phrase are joined by '_' (folding makes '_', '-' and spaces alike anyway).
_STATUS_WORDS = {
    Status.COMPLETED: "completed complete paid fulfilled shipped delivered processing closed done "
    "partially_refunded partially_paid success successful approved captured settled finished "
    "teljesítve teljesített teljesült kiszállítva kiszállított fizetve kifizetve fizetett "
    "kifizetett kész lezárva lezárt kézbesítve postázva elküldve átvéve részben_visszatérítve "
    "выполнен выполнено выполнена доставлен доставлено оплачен оплачено оплачена завершён "
    "завершено завершена отправлен отправлено закрыт получен "
    "lokið afgreitt afgreidd greitt afhent sent klárað "
    "zaključeno zaključen plačano plačan dostavljeno odposlano poslano opravljeno "
    # WooCommerce's "processing" (paid, not yet shipped) in its own translations.
    "feldolgozás_alatt в_обработке обработка í_vinnslu v_obdelavi",
    Status.PENDING: "pending on_hold unpaid authorized authorised awaiting_payment pending_payment "
    "new open függőben függő függőben_lévő_fizetés várakozik fizetésre_vár fizetetlen "
    "nincs_fizetve visszatartva új "
    "ожидает_оплаты ожидает в_ожидании в_ожидании_оплаты новый не_оплачен "
    "неоплачен на_удержании "
    "í_bið ógreitt bíður_greiðslu nýtt "
    "na_čakanju čaka_na_plačilo neplačano v_čakanju zadržano nov novo",
    Status.CANCELLED: "cancelled canceled cancel voided void expired abandoned checkout_draft "
    "lemondva lemondott törölve törölt sztornó sztornózva sztornózott visszavonva "
    "отменён отменено отменена аннулирован аннулировано отмена "
    "hætt_við afturkallað ógilt aflýst preklicano preklican stornirano storno odpovedano",
    Status.REFUNDED: "refunded refund returned chargeback "
    "visszatérítve visszatérített visszautalva visszafizetve visszaküldve "
    "возврат возвращён возвращено возмещено endurgreitt endurgreidd skilað "
    "vrnjeno vračilo povrnjeno vrnjen",
    Status.FAILED: "failed declined payment_failed error denied "
    "sikertelen hibás meghiúsult elutasítva sikertelen_fizetés "
    "ошибка ошибка_оплаты отклонён отклонено неудачно не_удалось не_удался "
    "mistókst hafnað villa neuspešno neuspelo spodletelo zavrnjeno napaka",
}


def _status_table() -> dict[str, Status]:
    table: dict[str, Status] = {}
    for status, words in _STATUS_WORDS.items():
        for word in words.split():
            if table.setdefault(fold_word(word), status) is not status:
                raise AssertionError(f"status word {word!r} means two things")
    return table


STATUS_TABLE = _status_table()


def parse_status(value: object) -> Status | None:
    """The order status a shop's word means; None when the word is unknown (caller says so once)."""
    key = fold_word(_text(value))
    if key.startswith("wc "):
        key = key[3:]
    return STATUS_TABLE.get(key)


_YES = frozenset("yes y true t 1 x on ✓ ✔ ☑ subscribed igen да ja da".split())  # 'já' -> 'ja'
_NO = frozenset("no n false f 0 off unsubscribed nem нет nei ne".split())


def parse_yes_no(value: object) -> bool:
    """yes/no/true/false/1/0/x in English, Hungarian, Russian, Icelandic ('já') and Slovenian."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return value == 1
    word = fold_word(_text(value))
    if word in _YES:
        return True
    if word in _NO:
        return False
    raise ValueProblem(N_("not yes or no"))
