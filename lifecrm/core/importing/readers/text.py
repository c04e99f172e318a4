"""CSV, TSV and TXT exports: the encoding and the delimiter are detected, and can be overridden.

Detection never guesses silently: the result names the encoding it chose, so the preview can
show it and the owner can pick another.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections import Counter
from pathlib import Path

from lifecrm.core.i18n import N_
from lifecrm.core.importing.table import RawTable, UnreadableFile, build_table

# The single-byte encodings our users' older tools write, in order of preference on a tie.
CANDIDATE_ENCODINGS = ("cp1250", "cp1251", "cp1252", "iso8859-2", "iso8859-5")
DELIMITERS = (",", ";", "\t", "|")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Letters beyond ASCII that our users' names, products and headers use (hu, sl, is, ru, en and
# the Western European names an English shop sees). A wrong code page shows others: ő read as
# Windows-1252 is õ, š read as ISO-8859-2 is a control character, Tóth read as 1251 is Tуth.
_LATIN = set("áéíóöőúüűÁÉÍÓÖŐÚÜŰčšžćđČŠŽĆĐþðýæÞÐÝÆàâäçèêëîïôùûÿñøåÀÂÄÇÈÊËÎÏÔÙÛŸÑØÅß")
_ODD = set("¤¦§¨¬¯°±´µ¶·¸¹º¼½¾")


def _implausibility(text: str) -> int:
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


def detect_encoding(data: bytes) -> str:
    """A BOM, else UTF-16 by its zero bytes, else UTF-8 if it decodes, else the single-byte
    encoding whose text looks most like our users' languages (short files stay ambiguous:
    the caller shows the choice and lets the owner change it)."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    sample = data[:4000]
    if sample and sample.count(0) > len(sample) // 4:
        return "utf-16-le" if sample[1::2].count(0) > sample[0::2].count(0) else "utf-16-be"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return "utf-8"
    scored = []
    for rank, name in enumerate(CANDIDATE_ENCODINGS):
        try:
            scored.append((_implausibility(data.decode(name)), rank, name))
        except UnicodeDecodeError:
            continue
    if not scored:
        raise UnreadableFile(
            N_(
                "The text of this file is in an encoding LifeCRM does not recognise; "
                "save it as UTF-8 CSV from your spreadsheet program."
            )
        )
    return min(scored)[2]


def detect_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the same, largest number of columns."""
    lines = [line for line in text.splitlines()[:60] if line.strip()]
    best, best_score = ",", (0, 0)
    for delimiter in DELIMITERS:
        widths = Counter(len(row) for row in csv.reader(lines, delimiter=delimiter))
        width, times = widths.most_common(1)[0] if widths else (1, 0)
        score = (times if width > 1 else 0, width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _looks_binary(text: str) -> bool:
    sample = text[:4000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\r\n")
    return controls > len(sample) // 20


def read_text(path: Path, *, encoding: str | None = None, delimiter: str | None = None) -> RawTable:
    data = path.read_bytes()
    chosen = encoding or detect_encoding(data)
    try:
        text = data.decode(chosen)
    except (UnicodeDecodeError, LookupError) as exc:
        raise UnreadableFile(
            N_("{source} cannot be read as {encoding}; choose another encoding."),
            source=path.name,
            encoding=chosen,
        ) from exc
    if _looks_binary(text):
        raise UnreadableFile(N_("{source} is not a text file."), source=path.name)
    text = text.lstrip("\ufeff")
    sep = delimiter or detect_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sep)
    del data, text  # the reader holds its own copy; the rows stream into the table
    try:
        return build_table(
            enumerate(reader, start=1), source=path.name, encoding=chosen, delimiter=sep
        )
    except csv.Error as exc:
        raise UnreadableFile(
            N_("{source} is not a readable CSV file: {detail}.", source=path.name, detail=exc)
        ) from exc
