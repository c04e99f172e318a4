"""Keeps core's gettext catalogs in step with the code, and compiles them.

    .venv/bin/python scripts/core_translations.py          # update every .po, then compile .mo
    .venv/bin/python scripts/core_translations.py --check  # exit 1 if a .po or .mo is out of date

Core (and the command line's own hints) mark each sentence with `N_("...")`; this reads the
code with `ast`, so a marked sentence is found wherever it sits, and writes
lifecrm/core/locale/<lang>/LC_MESSAGES/lifecrm.po with Babel, keeping existing translations.
New sentences arrive untranslated: fill in their `msgstr` (as a native speaker would write
them; formal address in hu, ru and sl, þú in Icelandic, `{fields}` kept), then run it again.
"""

from __future__ import annotations

import argparse
import ast
import io
import sys
from datetime import UTC, datetime
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "lifecrm" / "core", *sorted((ROOT / "lifecrm").glob("cli*.py"))]
LOCALE = ROOT / "lifecrm" / "core" / "locale"
LANGUAGES = ("hu", "ru", "is", "sl")
MARKER = "N_"
_FIXED = datetime(2026, 1, 1, tzinfo=UTC)  # stable headers: a file changes only when a text does


def source_files() -> list[Path]:
    return sorted(p for s in SOURCES for p in ([s] if s.is_file() else s.rglob("*.py")))


def extract() -> dict[str, set[str]]:
    """Every marked sentence -> the files (relative to the repository) that use it."""
    found: dict[str, set[str]] = {}
    for path in source_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == MARKER
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.setdefault(node.args[0].value, set()).add(str(path.relative_to(ROOT)))
    return found


def po_path(lang: str) -> Path:
    return LOCALE / lang / "LC_MESSAGES" / "lifecrm.po"


def existing(lang: str) -> dict[str, str]:
    path = po_path(lang)
    if not path.exists():
        return {}
    with path.open("rb") as f:
        catalog = read_po(f, locale=lang)
    return {str(m.id): str(m.string) for m in catalog if m.id and m.string and not m.fuzzy}


def build(lang: str, messages: dict[str, set[str]], old: dict[str, str]) -> Catalog:
    catalog = Catalog(
        locale=lang,
        domain="lifecrm",
        project="LifeCRM",
        header_comment=f"# LifeCRM core messages ({lang}); scripts/core_translations.py updates it",
        creation_date=_FIXED,
        revision_date=_FIXED,
        fuzzy=False,
    )
    for msgid in sorted(messages):
        catalog.add(
            msgid,
            old.get(msgid, ""),
            locations=[(f, None) for f in sorted(messages[msgid])],
            flags=("python-brace-format",) if "{" in msgid else (),
        )
    return catalog


def render(catalog: Catalog) -> tuple[bytes, bytes]:
    po, mo = io.BytesIO(), io.BytesIO()
    write_po(po, catalog, width=100, include_lineno=False, sort_output=True)
    write_mo(mo, catalog)
    return po.getvalue(), mo.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if anything is out of date")
    args = parser.parse_args()
    messages = extract()
    stale = []
    for lang in LANGUAGES:
        catalog = build(lang, messages, existing(lang))
        po_bytes, mo_bytes = render(catalog)
        po, mo = po_path(lang), po_path(lang).with_suffix(".mo")
        if args.check:
            for path, fresh in ((po, po_bytes), (mo, mo_bytes)):
                if not path.exists() or path.read_bytes() != fresh:
                    stale.append(f"{lang}/{path.name}")
            continue
        po.parent.mkdir(parents=True, exist_ok=True)
        po.write_bytes(po_bytes)
        mo.write_bytes(mo_bytes)
        missing = sum(1 for m in catalog if m.id and not m.string)
        print(f"{lang}: {len(messages)} messages, {missing} to translate")
    if stale:
        print("out of date, run scripts/core_translations.py: " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
