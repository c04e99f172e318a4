"""Is a piece of text damaged? Replacement characters, control characters and mojibake.

Mojibake is UTF-8 read in a code page: "Kovács" read as Windows-1250 is "KovĂˇcs", as
Windows-1252 "KovÃ¡cs". It is recognised by undoing it: the text, written back in that code
page, is valid UTF-8 and reads more like our users' languages.
"""

from __future__ import annotations

import re

from lifecrm.core.importing.readers.encoding import implausibility

# What a cleaned value may not hold: C0 controls but tab and line breaks, DEL, C1 controls, and
# the invisible characters of importing/doubts.py (bidi controls, zero-width, a stray BOM).
CONTROLS = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064"
    "\u2066-\u2069\ufeff]"
)
REPLACEMENT = "\ufffd"
_CODE_PAGES = ("cp1252", "cp1250", "cp1251", "latin-1")


def _pairs(page: str) -> str:
    """The characters a UTF-8 lead byte and a continuation byte become in `page`."""
    lead = bytes(range(0xC2, 0xF5)).decode(page, errors="ignore")
    follow = bytes(range(0x80, 0xC0)).decode(page, errors="ignore")
    return f"[{re.escape(lead)}][{re.escape(follow)}]"


# A lead-then-continuation pair in some code page: without one there is nothing to undo, and
# a million names are screened without encoding any of them.
MOJIBAKE_PAIR = re.compile("|".join(_pairs(page) for page in _CODE_PAGES))


def garbled(text: str | None) -> bool:
    """Mojibake: written back in one of our code pages, the text reads as better UTF-8.

    The undoing may be partial (a byte the code page lacks, a soft hyphen removed since):
    each piece it cannot undo counts against it, so a real "Łukasz" is not taken for one.
    """
    if not text or text.isascii() or not MOJIBAKE_PAIR.search(text):
        return False
    score = implausibility(text)
    for page in _CODE_PAGES:
        fixed = text.encode(page, errors="replace").decode("utf-8", errors="replace")
        lost = fixed.count(REPLACEMENT) - text.count(REPLACEMENT)
        if len(fixed) < len(text) and implausibility(fixed) + 3 * lost < score:
            return True
    return False


def damage(text: str | None) -> int:
    """How damaged `text` looks: replacement and control characters, and mojibake."""
    if not text:
        return 0
    return text.count(REPLACEMENT) + len(CONTROLS.findall(text)) + (3 if garbled(text) else 0)


def worse_text(old: str | None, new: str | None) -> bool:
    """True when `new` is more damaged than `old`: a known name must not give way to it."""
    return bool(new) and damage(new) > damage(old)
