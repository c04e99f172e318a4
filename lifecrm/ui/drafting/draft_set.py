"""The drafts on screen: core's rendering plus the owner's hand edits and left-out recipients.

Core renders; this only remembers what the owner did on top, so a new rendering (a template
saved in the editor, another language) replaces every draft except the ones edited by hand.
Hand edits are kept per template: switching to another template and back brings them back.
"""

from __future__ import annotations

from dataclasses import replace

from lifecrm.core.drafting.drafts import Draft
from lifecrm.core.drafting.engine import text_to_html


class DraftSet:
    """Drafts in recipient order, for one template at a time."""

    def __init__(self) -> None:
        self.key = ""
        self._rendered: list[Draft] = []
        self._row_of: dict[int, int] = {}
        self._edits: dict[tuple[str, int], Draft] = {}
        self.excluded: set[int] = set()

    def set_rendered(self, key: str, drafts: list[Draft]) -> None:
        self.key = key
        self._rendered = list(drafts)
        self._row_of = {d.customer_id: row for row, d in enumerate(self._rendered)}

    def __len__(self) -> int:
        return len(self._rendered)

    def draft(self, row: int) -> Draft:
        """What the customer would get: the owner's edit if there is one, else core's draft."""
        rendered = self._rendered[row]
        return self._edits.get((self.key, rendered.customer_id), rendered)

    def row_of(self, customer_id: int) -> int | None:
        return self._row_of.get(customer_id)

    def drafts(self) -> list[Draft]:
        return [self.draft(row) for row in range(len(self._rendered))]

    # -- the owner's changes -----------------------------------------------------------

    def edit(self, row: int, subject: str, text: str) -> Draft:
        """Keeps the owner's own words for this customer; templates no longer change them."""
        base = self.draft(row)
        edited = replace(
            base, subject=" ".join(subject.split()), text=text, html=text_to_html(text), edited=True
        )
        self._edits[(self.key, base.customer_id)] = edited
        return edited

    def undo_edit(self, row: int) -> Draft:
        self._edits.pop((self.key, self._rendered[row].customer_id), None)
        return self._rendered[row]

    def set_included(self, row: int, included: bool) -> None:
        customer_id = self._rendered[row].customer_id
        if included:
            self.excluded.discard(customer_id)
        else:
            self.excluded.add(customer_id)

    def included(self, row: int) -> bool:
        return self._rendered[row].customer_id not in self.excluded

    # -- what goes out -----------------------------------------------------------------

    def ready(self) -> list[Draft]:
        """The messages to write: not skipped by core, not left out by the owner."""
        return [d for d in self.drafts() if not d.skipped and d.customer_id not in self.excluded]

    def counts(self) -> tuple[int, int, int]:
        """(ready, skipped, left out)."""
        skipped = sum(1 for d in self._rendered if d.skipped)
        left_out = sum(
            1 for d in self._rendered if not d.skipped and d.customer_id in self.excluded
        )
        return len(self._rendered) - skipped - left_out, skipped, left_out
