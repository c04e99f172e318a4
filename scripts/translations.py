"""Keeps resources/translations/lifecrm_<lang>.ts in step with the code, and compiles .qm files.

    .venv/bin/python scripts/translations.py            # update every .ts, then compile .qm
    .venv/bin/python scripts/translations.py --check    # exit 1 if a .ts or .qm is out of date

Qt's lupdate gives the module-level helpers our packages use (`tr(...)` bound to a context
such as "Sending") an empty context, so their translations would never be found at run time.
This reads the code with `ast` instead and knows every form we use: `self.tr(...)` (the
class's name), a module's `tr`/`_tr` helper (its `_CONTEXT`), `QCoreApplication.translate`
and `QT_TRANSLATE_NOOP`. Existing translations are kept. Core's own sentences (errors, import
problems, variable descriptions, provider hints, built-in segment names) are not here: they
live in core's gettext catalogs, see scripts/core_translations.py.
"""

from __future__ import annotations

import argparse
import ast
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "lifecrm" / "ui", ROOT / "lifecrm" / "app.py"]
OUT = ROOT / "resources" / "translations"
LANGUAGES = {"hu": ("hu_HU", 1), "ru": ("ru_RU", 3), "is": ("is_IS", 2), "sl": ("sl_SI", 4)}
HELPERS = ("tr", "_tr")


@dataclass(frozen=True, order=True)
class Message:
    context: str
    source: str
    numerus: bool = False


def _literal(node: ast.AST | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _module_context(tree: ast.Module) -> str | None:
    """The context a module's own tr/_tr helper passes to QCoreApplication.translate."""
    constants = {
        t.id: _literal(node.value)
        for node in tree.body
        if isinstance(node, ast.Assign)
        for t in node.targets
        if isinstance(t, ast.Name)
    }
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name in HELPERS:
            for call in ast.walk(node):
                if isinstance(call, ast.Call) and _name(call.func) == "translate" and call.args:
                    first = call.args[0]
                    if isinstance(first, ast.Name):
                        return constants.get(first.id)
                    return _literal(first)
    return None


def _name(func: ast.AST) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def _contexts(path: Path, trees: dict[Path, ast.Module]) -> dict[str, str]:
    """Local helper name -> context, from the module itself or what it imports."""
    tree = trees[path]
    found: dict[str, str] = {}
    own = _module_context(tree)
    if own:
        found.update(dict.fromkeys(HELPERS, own))
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("lifecrm"):
            target = ROOT / (node.module.replace(".", "/") + ".py")
            if target in trees:
                context = _module_context(trees[target])
                for alias in node.names:
                    if alias.name in HELPERS and context:
                        found[alias.asname or alias.name] = context
    return found


class _Collector(ast.NodeVisitor):
    def __init__(self, helpers: dict[str, str]) -> None:
        self.helpers = helpers
        self.classes: list[str] = []
        self.found: set[Message] = set()

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def _add(self, context: str | None, source: str | None, numerus: bool) -> None:
        if context and source:
            self.found.add(Message(context, source, numerus))

    def visit_Call(self, node: ast.Call) -> None:
        name, args = _name(node.func), node.args
        counted = any(k.arg == "n" for k in node.keywords)
        if name == "tr" and isinstance(node.func, ast.Attribute) and self.classes:
            self._add(
                self.classes[-1], _literal(args[0]) if args else None, len(args) > 2 or counted
            )
        elif isinstance(node.func, ast.Name) and name in self.helpers:
            self._add(
                self.helpers[name], _literal(args[0]) if args else None, len(args) > 1 or counted
            )
        elif name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2:
            self._add(_literal(args[0]), _literal(args[1]), len(args) > 3 or counted)
        elif name == "QT_TR_NOOP" and args and self.classes:
            self._add(self.classes[-1], _literal(args[0]), False)
        self.generic_visit(node)


def _by_value() -> set[Message]:
    """The built-in templates' names, which the window translates under "Templates"."""
    sys.path.insert(0, str(ROOT))
    from lifecrm.core.drafting.library import builtin_names

    return {Message("Templates", name) for name in builtin_names().values()}


def extract() -> set[Message]:
    files = sorted(p for s in SOURCES for p in ([s] if s.is_file() else s.rglob("*.py")))
    trees = {p: ast.parse(p.read_text(encoding="utf-8")) for p in files}
    messages: set[Message] = set()
    for path in files:
        collector = _Collector(_contexts(path, trees))
        collector.visit(trees[path])
        messages |= collector.found
    return messages | _by_value()


def _existing(path: Path) -> dict[tuple[str, str], ET.Element]:
    if not path.exists():
        return {}
    root = ET.parse(path).getroot()
    return {
        (ctx.findtext("name") or "", m.findtext("source") or ""): m.find("translation")
        for ctx in root.iter("context")
        for m in ctx.iter("message")
        if m.find("translation") is not None
    }  # type: ignore[misc]


def render(messages: set[Message], lang: str, old: dict[tuple[str, str], ET.Element]) -> bytes:
    locale, forms = LANGUAGES[lang]
    root = ET.Element("TS", version="2.1", language=locale)
    for context in sorted({m.context for m in messages}):
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = context
        for m in sorted(x for x in messages if x.context == context):
            attrs = {"numerus": "yes"} if m.numerus else {}
            message = ET.SubElement(ctx, "message", attrs)
            ET.SubElement(message, "source").text = m.source
            previous = old.get((m.context, m.source))
            translation = ET.SubElement(message, "translation")
            if previous is not None and previous.get("type") not in ("unfinished", "obsolete"):
                if m.numerus:
                    kept = [f.text or "" for f in previous.iter("numerusform")]
                    for text in (kept + [""] * forms)[:forms]:
                        ET.SubElement(translation, "numerusform").text = text
                    if len(kept) == forms and all(kept):
                        continue
                elif previous.text:
                    translation.text = previous.text
                    continue
            translation.set("type", "unfinished")
            if m.numerus and not list(translation):
                for _ in range(forms):
                    ET.SubElement(translation, "numerusform")
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    return ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n").encode()


def compile_qm(ts: Path, qm: Path) -> None:
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if anything is out of date")
    args = parser.parse_args()
    messages = extract()
    stale = []
    OUT.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        ts, qm = OUT / f"lifecrm_{lang}.ts", OUT / f"lifecrm_{lang}.qm"
        fresh = render(messages, lang, _existing(ts))
        with tempfile.TemporaryDirectory() as tmp:
            probe_ts, probe_qm = Path(tmp) / ts.name, Path(tmp) / qm.name
            probe_ts.write_bytes(fresh)
            compile_qm(probe_ts, probe_qm)
            compiled = probe_qm.read_bytes()
        if args.check:
            if not ts.exists() or ts.read_bytes() != fresh:
                stale.append(ts.name)
            if not qm.exists() or qm.read_bytes() != compiled:
                stale.append(qm.name)
            continue
        ts.write_bytes(fresh)
        qm.write_bytes(compiled)
        unfinished = fresh.count(b'type="unfinished"')
        print(f"{ts.name}: {len(messages)} messages, {unfinished} to translate")
    if stale:
        print("out of date (run scripts/translations.py): " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
