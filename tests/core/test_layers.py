"""The core runs without a screen (no file under lifecrm/core imports Qt or the UI), and the
demo is a leaf: the importer never depends on demo data."""

from __future__ import annotations

import ast
from pathlib import Path

import lifecrm.core

FORBIDDEN = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "lifecrm.ui", "lifecrm.app")


def _imports(tree: ast.AST) -> list[str]:
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
    return names


def test_core_never_imports_qt_or_the_ui() -> None:
    root = Path(lifecrm.core.__file__).parent
    files = sorted(root.rglob("*.py"))
    assert len(files) > 10
    offenders = [
        f"{path.relative_to(root)}: {name}"
        for path in files
        for name in _imports(ast.parse(path.read_text(encoding="utf-8")))
        if name.startswith(FORBIDDEN)
    ]
    assert offenders == []


def test_importer_imports_nothing_from_the_demo() -> None:
    root = Path(lifecrm.core.__file__).parent / "importing"
    files = sorted(root.rglob("*.py"))
    assert len(files) > 10
    offenders = [
        f"{path.relative_to(root)}: {name}"
        for path in files
        for name in _imports(ast.parse(path.read_text(encoding="utf-8")))
        if name.startswith("lifecrm.core.demo")
    ]
    assert offenders == []
