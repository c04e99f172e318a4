"""Colours the template language in the editor, so the owner sees what LifeCRM fills in.

`{{ first_name }}` (a detail filled in) is blue, `{% if … %}` (a rule) is purple, `{# … #}`
(a note to oneself) is grey. The line with a mistake gets a red background from the editor.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

VARIABLE_COLOR = "#1d4ed8"
_RULES = (
    (re.compile(r"\{\{.*?\}\}"), VARIABLE_COLOR, False),
    (re.compile(r"\{%.*?%\}"), "#7e22ce", False),
    (re.compile(r"\{#.*?#\}"), "#6b7280", True),
)


def _format(color: str, italic: bool) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(QColor(color))
    fmt.setFontWeight(QFont.Weight.DemiBold if not italic else QFont.Weight.Normal)
    fmt.setFontItalic(italic)
    background = QColor(color)
    background.setAlpha(18)
    fmt.setBackground(background)
    return fmt


class TemplateHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._rules = [(pattern, _format(color, italic)) for pattern, color, italic in _RULES]

    def highlightBlock(self, text: str) -> None:
        for pattern, fmt in self._rules:
            for match in pattern.finditer(text):
                self.setFormat(match.start(), match.end() - match.start(), fmt)
