"""Why a value or a row of a hostile or damaged file is doubtful: the reasons, in one place.

The readers and importing/screening.py hand these to `RowProblem`; core's
catalogs translate them (`N_`), so the window and the CLI show them in the reader's language.
"""

from __future__ import annotations

from lifecrm.core.i18n import N_

OTHER_ENCODING_REASON = N_(
    "this line is in another encoding than the rest of the file (the value names it); "
    "check its names"
)
UNDECODABLE_REASON = N_("part of this text could not be read in the file's encoding; check it")
RUNAWAY_REASON = N_("a quoted value runs over many lines (a quote left open?); row skipped")
TOO_LONG_REASON = N_("far too long for this column (a quote left open?); row skipped")
CONTROL_REASON = N_("control or invisible characters removed")
ONLY_CONTROL_REASON = N_("nothing but control or invisible characters; left out")
GARBLED_REASON = N_("looks garbled (read in the wrong encoding?); check it")
FUTURE_REASON = N_("the order date is after the import's day; imported, counted from that day on")
NEGATIVE_REASON = N_("negative total: imported as a refund or credit note, not counted as spending")
WORSE_NAME_REASON = N_("the file's name looks garbled; the known name was kept")

RUNAWAY_LINES = 50  # a real address or note spans a few lines, not fifty
SHOWN = 60  # characters of a long value shown in the problem list


def shown(value: str) -> str:
    """A value as the problem list shows it: control characters escaped, long ones cut."""
    out = "".join(
        ch if ch.isprintable() and not _invisible(ch) else f"\\u{ord(ch):04x}" for ch in value
    )
    return out if len(out) <= SHOWN else out[:SHOWN] + "…"


def _invisible(ch: str) -> bool:
    return ch in INVISIBLE


# Characters that change how text is shown without being seen: bidi controls (U+202E turns
# "gpj.exe" around), zero-width spaces and joiners, a BOM inside a field.
INVISIBLE = frozenset(
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063"
    "\u2064\u2066\u2067\u2068\u2069\u061c\ufeff\u00ad"
)
