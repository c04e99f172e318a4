"""The outbox's two lists as Qt models: campaigns with their counts, and one campaign's entries.

Small lists (a shop sends a few campaigns a month, a campaign has hundreds of entries), so each
model holds its rows and is reset when the outbox changes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from lifecrm.core.sending.outbox import CampaignSummary, Entry, State
from lifecrm.ui.sending.texts import audience_text, day_and_time, state_text, tr

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

DATE, NAME, AUDIENCE, SENT, TO_SEND, REFUSED, SKIPPED, MAYBE = range(8)
_CAMPAIGN_HEADERS = (
    QT_TRANSLATE_NOOP("Sending", "Date"), QT_TRANSLATE_NOOP("Sending", "Campaign"),
    QT_TRANSLATE_NOOP("Sending", "Audience"), QT_TRANSLATE_NOOP("Sending", "Sent"),
    QT_TRANSLATE_NOOP("Sending", "To send"), QT_TRANSLATE_NOOP("Sending", "Refused"),
    QT_TRANSLATE_NOOP("Sending", "Skipped"), QT_TRANSLATE_NOOP("Sending", "May have been sent"),
)  # fmt: skip
E_NAME, E_EMAIL, E_STATE, E_ATTEMPTS, E_SUBJECT = range(5)
_ENTRY_HEADERS = (
    QT_TRANSLATE_NOOP("Sending", "Name"), QT_TRANSLATE_NOOP("Sending", "E-mail"),
    QT_TRANSLATE_NOOP("Sending", "What happened"), QT_TRANSLATE_NOOP("Sending", "Tries"),
    QT_TRANSLATE_NOOP("Sending", "Subject"),
)  # fmt: skip
_NUMBERS = (SENT, TO_SEND, REFUSED, SKIPPED, MAYBE)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class CampaignsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[CampaignSummary] = []

    def set_rows(self, rows: list[CampaignSummary]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(_CAMPAIGN_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(_CAMPAIGN_HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMBERS:
            return int(_RIGHT.value)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    @staticmethod
    def _text(row: CampaignSummary, column: int) -> str:
        counts = row.counts
        if column == DATE:
            return day_and_time(row.created_at)
        if column == NAME:
            return row.name
        if column == AUDIENCE:
            return audience_text(row.audience)
        number = {
            SENT: counts[State.SENT],
            TO_SEND: counts[State.QUEUED] + counts[State.SENDING],
            REFUSED: counts[State.FAILED],
            SKIPPED: counts[State.SKIPPED],
            MAYBE: counts[State.UNCERTAIN],
        }[column]
        return str(number) if number else ""

    def row_of(self, campaign_id: int) -> int | None:
        return next((n for n, row in enumerate(self.rows) if row.id == campaign_id), None)


class EntriesModel(QAbstractTableModel):
    def __init__(self, clock: Callable[[], datetime], parent: Any = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.rows: list[Entry] = []
        self._now = clock()

    def set_rows(self, rows: list[Entry]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._now = self.clock()
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(_ENTRY_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(_ENTRY_HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        entry, column = self.rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._text(entry, column)
            if role == Qt.ItemDataRole.ToolTipRole and column == E_STATE and entry.last_error:
                return f"{text}\n{entry.last_error}"
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole and column == E_ATTEMPTS:
            return int(_RIGHT.value)
        if role == Qt.ItemDataRole.UserRole:
            return entry.id
        return None

    def _text(self, entry: Entry, column: int) -> str:
        if column == E_NAME:
            return entry.name
        if column == E_EMAIL:
            return entry.email
        if column == E_SUBJECT:
            return entry.subject
        if column == E_STATE:
            return state_text(entry, self._now)
        return str(entry.attempts) if entry.attempts else ""
