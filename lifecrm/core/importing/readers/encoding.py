"""Which encoding a text file is in, decided per file with evidence, and the lines that differ.

A file is one encoding (a BOM, UTF-16, UTF-8, UTF-7 or one of our users' code pages), chosen by
what its bytes say. A file pasted together from two tools (UTF-8 lines and Windows-1250 lines)
is read by its majority, and the other lines by the encoding their own bytes point to; those
lines are returned so the import lists them. Nothing is guessed silently for a whole file from
one bad byte: one invalid byte in a UTF-8 file makes one doubtful line, not a file in cp1251.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

from lifecrm.core.i18n import N_
from lifecrm.core.importing.table import UnreadableFile

# The single-byte encodings our users' older tools write, in order of preference on a tie.
CANDIDATE_ENCODINGS = ("cp1250", "cp1251", "cp1252", "iso8859-2", "iso8859-5")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_UTF7_SHIFT = re.compile(rb"\+[A-Za-z0-9/+]{2,}-?")

# Letters beyond ASCII that our users' names, products and headers use (hu, sl, is, ru, en and
# the Western European names an English shop sees). A wrong code page shows others: ő read as
# Windows-1252 is õ, š read as ISO-8859-2 is a control character, Tóth read as 1251 is Tуth.
_LATIN = set("áéíóöőúüűÁÉÍÓÖŐÚÜŰčšžćđČŠŽĆĐþðýæÞÐÝÆàâäçèêëîïôùûÿñøåÀÂÄÇÈÊËÎÏÔÙÛŸÑØÅß")
_ODD = set("¤¦§¨¬¯°±´µ¶·¸¹º¼½¾")


def implausibility(text: str) -> int:
    """How unlike real text in our users' languages `text` looks (0: perfectly plausible)."""
    score = 0
    for word in text.split():
        letters = [ch for ch in word if ch.isalpha()]
        cyrillic = sum("\u0400" <= ch <= "\u04ff" for ch in letters)
        if 0 < cyrillic < len(letters):
            score += 10  # one word in two alphabets
        elif not cyrillic and letters:
            foreign = sum(1 for ch in letters if not ch.isascii() and ch not in _LATIN)
            accented = sum(1 for ch in letters if not ch.isascii())
            score += 3 * foreign + (1 if accented * 2 > len(letters) else 0)
    return score + 5 * sum(1 for ch in text if "\x80" <= ch <= "\x9f" or ch in _ODD)


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # the file's encoding, as the preview shows it
    other_lines: dict[int, str] = field(default_factory=dict)  # line (1-based) -> its encoding


def _code_page(data: bytes) -> str | None:
    """The single-byte encoding whose text looks most like our users' languages."""
    scored = []
    for rank, name in enumerate(CANDIDATE_ENCODINGS):
        try:
            scored.append((implausibility(data.decode(name)), rank, name))
        except UnicodeDecodeError:
            continue
    return min(scored)[2] if scored else None


def _utf7(data: bytes) -> bool:
    """An ASCII file whose '+…-' runs decode, as UTF-7, into letters our users write."""
    if not data.isascii() or not _UTF7_SHIFT.search(data):
        return False
    try:
        text = data.decode("utf-7")
    except UnicodeDecodeError:
        return False
    return not text.isascii() and implausibility(text) <= implausibility(data.decode("ascii"))


def _mixed(data: bytes) -> Decoded:
    """UTF-8 and a code page line by line: the majority names the file, the rest is listed."""
    lines = data.split(b"\n")
    utf8, other = [], []
    for n, line in enumerate(lines, start=1):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
            utf8.append(n)
        except UnicodeDecodeError:
            other.append(n)
    page = _code_page(b"\n".join(lines[n - 1] for n in other)) or "cp1252"
    if len(utf8) < len(other):  # a code-page file with a few UTF-8 lines pasted in
        good = set(utf8)
        return Decoded(
            "\n".join(
                line.decode("utf-8") if n in good else line.decode(page, errors="replace")
                for n, line in enumerate(lines, start=1)
            ),
            page,
            dict.fromkeys(utf8, "utf-8"),
        )
    odd = set(other)
    text = "\n".join(
        line.decode(page, errors="replace") if n in odd else line.decode("utf-8")
        for n, line in enumerate(lines, start=1)
    )
    return Decoded(text, "utf-8", dict.fromkeys(other, page))


def decode(data: bytes, encoding: str | None = None, *, source: str = "") -> Decoded:
    """The file's text. An encoding the owner chose is used as is (and must fit every byte)."""
    if encoding is not None:
        try:
            return Decoded(data.decode(encoding), encoding)
        except (UnicodeDecodeError, LookupError) as exc:
            raise UnreadableFile(
                N_("{source} cannot be read as {encoding}; choose another encoding."),
                source=source,
                encoding=encoding,
            ) from exc
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _whole(data, name, source)
    sample = data[:4000]
    if sample and sample.count(0) > len(sample) // 4:
        name = "utf-16-le" if sample[1::2].count(0) > sample[0::2].count(0) else "utf-16-be"
        return _whole(data, name, source)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return _mixed(data)
    if _utf7(data):
        return Decoded(data.decode("utf-7"), "utf-7")
    return Decoded(text, "utf-8")


def _whole(data: bytes, name: str, source: str) -> Decoded:
    """A BOM or zero bytes name the encoding; lines that still do not decode are listed."""
    text = data.decode(name, errors="replace")
    bad = {n: name for n, line in enumerate(text.split("\n"), start=1) if "\ufffd" in line}
    return Decoded(text, name, bad)
