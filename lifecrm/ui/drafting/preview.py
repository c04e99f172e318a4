"""How one message will look: the HTML the customer sees, and the plain text beside it.

`PreviewContexts` gives the template editor a customer's facts for a live preview without
re-drafting: core's `load_facts` + `context_for` once per customer and language, then only
`render` on each keystroke.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QLabel,
    QPlainTextEdit,
    QStackedWidget,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from lifecrm.core.drafting.context import (
    Recommender,
    context_for,
    load_facts,
    sample_contexts,
    stored_codes,
)
from lifecrm.core.drafting.drafts import Draft
from lifecrm.core.drafting.profile import ShopProfile
from lifecrm.core.storage.db import Database
from lifecrm.ui.drafting.texts import skip_reason, tr

_SAMPLE_CODE = "7K2Q9XMB4T"  # shown only until the customer's own code is reserved
_PAGE_STYLE = "QTextBrowser, QPlainTextEdit { background: #ffffff; border: none; padding: 12px; }"


def sample_code(pattern: str) -> str:
    """What a code from `pattern` looks like, for the preview ("THANKS-####" -> "THANKS-7K2Q")."""
    pattern = pattern if "#" in pattern else (pattern + "-######" if pattern else "######")
    out, n = [], 0
    for ch in pattern:
        if ch == "#":
            out.append(_SAMPLE_CODE[n % len(_SAMPLE_CODE)])
            n += 1
        else:
            out.append(ch)
    return "".join(out)


class PreviewContexts:
    """Template variables for one customer in one language, kept while the editor is open.

    The discount code is the customer's stored code for `template_key`, the one their draft
    carries; `without_code` lists customers who have none yet, so the editor can reserve one.
    """

    def __init__(self, db: Database, as_of: date, profile: ShopProfile, template_key: str) -> None:
        self.db, self.as_of, self.profile = db, as_of, profile
        self.template_key = template_key
        self._cache: dict[tuple[int | None, str, bool], dict[str, Any]] = {}
        self.without_code: set[int] = set()

    def forget(self, customer_id: int) -> None:
        """After a code was reserved for this customer: read it on the next preview."""
        self._cache = {k: v for k, v in self._cache.items() if k[0] != customer_id}
        self.without_code.discard(customer_id)

    def context(
        self, customer_id: int | None, language: str, *, recommendations: bool = False
    ) -> dict[str, Any]:
        key = (customer_id, language, recommendations)
        if key not in self._cache:
            self._cache[key] = self._build(customer_id, language, recommendations)
        return self._cache[key]

    def _build(self, customer_id: int | None, language: str, recs: bool) -> dict[str, Any]:
        facts, code = None, ""
        if customer_id is not None:
            with self.db.read() as conn:
                facts = load_facts(conn, [customer_id]).get(customer_id)
                recommender = Recommender(conn, facts.owned, self.as_of) if facts and recs else None
                code = stored_codes(conn, [customer_id], self.template_key).get(customer_id, "")
        if facts is None or customer_id is None:
            return sample_contexts(language)[0]
        if not code:
            self.without_code.add(customer_id)
        return context_for(
            facts,
            language,
            self.profile,
            self.as_of,
            recommended=recommender.for_customer(facts.owned) if recommender else None,
            bestseller=recommender.bestsellers[0]
            if recommender and recommender.bestsellers
            else "",
            code=code or sample_code(self.profile.code_pattern),
        )


class MessagePreview(QWidget):
    """Subject and recipient on top; the message as HTML and as plain text in two tabs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.subject = QLabel()
        self.subject.setObjectName("previewSubject")
        self.subject.setWordWrap(True)
        self.subject.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.subject.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.subject.setFont(font)
        self.to = QLabel()
        self.to.setObjectName("previewTo")
        self.to.setEnabled(False)  # muted, like a caption
        self.html = QTextBrowser()
        self.html.setObjectName("previewHtml")
        self.html.setOpenLinks(False)
        self.text = QPlainTextEdit()
        self.text.setObjectName("previewText")
        self.text.setReadOnly(True)
        for page in (self.html, self.text):
            page.setStyleSheet(_PAGE_STYLE)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.html, tr("As the customer sees it"))
        self.tabs.addTab(self.text, tr("Plain text"))
        self.note = QLabel()
        self.note.setObjectName("previewNote")
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.tabs)
        self.pages.addWidget(self.note)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.subject)
        layout.addWidget(self.to)
        layout.addSpacing(4)
        layout.addWidget(self.pages, 1)

    def show_message(self, subject: str, text: str, html: str, to: str = "") -> None:
        self.subject.setText(subject)
        self.to.setText(to)
        self.to.setVisible(bool(to))
        keep = self.html.verticalScrollBar().value()
        self.html.setHtml(html)
        self.html.verticalScrollBar().setValue(keep)  # typing in the editor must not jump
        self.text.setPlainText(text)
        self.pages.setCurrentWidget(self.tabs)

    def show_draft(self, draft: Draft) -> None:
        if draft.skipped:
            self.show_note(
                draft.name or draft.email or "",
                tr("No message for this customer.") + "\n" + skip_reason(draft.skipped),
            )
            return
        to = tr("To: %1 <%2>").replace("%1", draft.name).replace("%2", draft.email or "")
        self.show_message(draft.subject, draft.text, draft.html, to)

    def show_note(self, title: str, text: str) -> None:
        self.subject.setText(title)
        self.to.hide()
        self.note.setText(text)
        self.pages.setCurrentWidget(self.note)

    def plain_text(self) -> str:
        return self.text.toPlainText()

    def html_text(self) -> str:
        return self.html.toPlainText()
