"""Step 2: the file as LifeCRM reads it, and the few questions only the owner can answer.

The page shows and asks; the wizard owns the choices and asks core again when one changes.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lifecrm.core.importing.dates import DateOrder, date_parser
from lifecrm.core.importing.fields import Field
from lifecrm.core.importing.plan import ImportPlan
from lifecrm.core.importing.readers.text import CANDIDATE_ENCODINGS
from lifecrm.core.importing.table import RawTable
from lifecrm.core.importing.values import ValueProblem
from lifecrm.ui import formatting
from lifecrm.ui.importing.mapping_header import MAX_COLUMN, MappingHeader
from lifecrm.ui.importing.preview_model import PREVIEW_ROWS, PreviewModel
from lifecrm.ui.importing.texts import (
    CURRENCIES,
    DELIMITER_LABELS,
    LAYOUT_NAMES,
    delimiter_label,
    encoding_label,
)

_SPACE = object()  # a gap between two parts of a sentence row
_NOTE_STYLE = "QLabel { background: #eef4fb; border-radius: 6px; padding: 6px 10px; }"


def two_readings(values: Iterable[object]) -> tuple[str, date, date] | None:
    """The first value that means one day read day-first and another read month-first."""
    day_first, month_first = date_parser(DateOrder.DMY), date_parser(DateOrder.MDY)
    for value in values:
        if not isinstance(value, str):
            continue
        try:
            a, b = day_first(value), month_first(value)
        except ValueProblem:
            continue
        if a != b:
            return value.strip(), a, b
    return None


class DateQuestion(QGroupBox):
    """ "Which is right?" for one date column, with an example read both ways."""

    answered = Signal(int, object)  # column, DateOrder

    def __init__(self, column: int, header: str, example: tuple[str, date, date] | None) -> None:
        super().__init__()
        self.column = column
        self.setTitle(self.tr("How are the dates in “%1” written?").replace("%1", header))
        if example is None:
            first = self.tr("Day first (31/12/2025)")
            second = self.tr("Month first (12/31/2025)")
        else:
            text, dmy, mdy = example
            first = self.tr("Day first: %1 is %2").replace("%1", text)
            first = first.replace("%2", formatting.long_date(dmy))
            second = self.tr("Month first: %1 is %2").replace("%1", text)
            second = second.replace("%2", formatting.long_date(mdy))
        self.day_first = QRadioButton(first)
        self.month_first = QRadioButton(second)
        self.group = QButtonGroup(self)
        row = QHBoxLayout(self)
        for order, button in ((DateOrder.DMY, self.day_first), (DateOrder.MDY, self.month_first)):
            self.group.addButton(button)
            button.setProperty("order", order.value)
            row.addWidget(button)
        row.addStretch(1)
        self.group.buttonClicked.connect(
            lambda b: self.answered.emit(self.column, DateOrder(b.property("order")))
        )

    def set_answer(self, order: DateOrder | None) -> None:
        self.day_first.setChecked(order == DateOrder.DMY)
        self.month_first.setChecked(order == DateOrder.MDY)


class PreviewPage(QWidget):
    """Facts about the file, its first rows under the mapping dropdowns, then the questions."""

    sheet_chosen = Signal(str)
    encoding_chosen = Signal(str)
    delimiter_chosen = Signal(str)
    field_chosen = Signal(int, object)  # column, Field
    date_answered = Signal(int, object)  # column, DateOrder
    currency_chosen = Signal(object)  # str | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.facts = QLabel()
        self.facts.setWordWrap(True)

        self.sheet = QComboBox()
        self.sheet.setObjectName("sheet")
        self.sheet.activated.connect(lambda _i: self.sheet_chosen.emit(self.sheet.currentText()))
        self.sheet_row = self._sentence([self.tr("Sheet:"), self.sheet])
        self.encoding = QComboBox()
        self.encoding.setObjectName("encoding")
        self.encoding.activated.connect(
            lambda _i: self.encoding_chosen.emit(self.encoding.currentData())
        )
        self.delimiter = QComboBox()
        self.delimiter.setObjectName("delimiter")
        self.delimiter.activated.connect(
            lambda _i: self.delimiter_chosen.emit(self.delimiter.currentData())
        )
        self.text_row = self._sentence(
            [
                self.tr("Text read as"),
                self.encoding,
                _SPACE,
                self.tr("Columns separated by"),
                self.delimiter,
            ]
        )
        self.note = QLabel()
        self.note.setObjectName("previewNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(_NOTE_STYLE)

        self.model = PreviewModel(self)
        self.header = MappingHeader()
        self.header.field_chosen.connect(self.field_chosen)
        self.table = QTableView()
        self.table.setObjectName("previewTable")
        self.table.setModel(self.model)
        self.table.setHorizontalHeader(self.header)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalScrollBar().valueChanged.connect(self.header.scrolled)
        self.caption = QLabel()
        self.caption.setObjectName("previewCaption")
        self.caption.setWordWrap(True)

        self.questions = QVBoxLayout()
        self.questions.setSpacing(8)
        self.date_questions: dict[int, DateQuestion] = {}
        self.currency = QComboBox()
        self.currency.setObjectName("currency")
        self.currency.activated.connect(
            lambda _i: self.currency_chosen.emit(self.currency.currentData())
        )
        self.currency_row = self._sentence(
            [self.tr("Amounts that name no currency are in"), self.currency]
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.facts)
        layout.addWidget(self.sheet_row)
        layout.addWidget(self.text_row)
        layout.addWidget(self.note)
        layout.addWidget(self.caption)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.questions)
        layout.addWidget(self.currency_row)

    @staticmethod
    def _sentence(parts: list[str | QWidget | object]) -> QWidget:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(6)
        for part in parts:
            if part is _SPACE:
                line.addSpacing(18)
            else:
                line.addWidget(QLabel(part) if isinstance(part, str) else part)
        line.addStretch(1)
        return row

    # -- showing -----------------------------------------------------------------------

    def show_table(self, table: RawTable, mapping: dict[int, Field]) -> None:
        """A newly read table: facts, reading choices, rows and dropdowns."""
        total = len(table.rows)
        if table.sheet:
            facts = self.tr(
                "%Ln row(s) on the sheet “%1”, under the column names in row %2.", "", total
            )
            facts = facts.replace("%1", table.sheet)
        else:
            facts = self.tr("%Ln row(s) under the column names in row %2.", "", total)
        self.facts.setText(facts.replace("%2", str(table.header_row)))

        self.sheet_row.setVisible(len(table.sheets) > 1)
        self.sheet.clear()
        self.sheet.addItems(table.sheets)
        self.sheet.setCurrentText(table.sheet or "")
        self.text_row.setVisible(table.encoding is not None)
        self.encoding.clear()
        if table.encoding is not None:
            names = [table.encoding, "utf-8", *CANDIDATE_ENCODINGS]
            for name in dict.fromkeys(names):
                self.encoding.addItem(encoding_label(name), name)
        self.delimiter.clear()
        if table.delimiter is not None:
            for sep in dict.fromkeys([table.delimiter, *DELIMITER_LABELS]):
                self.delimiter.addItem(delimiter_label(sep), sep)

        for question in self.date_questions.values():  # they belong to the table before
            question.deleteLater()
        self.date_questions.clear()
        self.model.set_table(table, self._used(mapping))
        self.header.set_mapping(len(table.headers), mapping)
        self._size_columns()
        self.table.scrollToTop()
        shown = min(total, PREVIEW_ROWS)
        caption = self.tr(
            "Above each column, choose what it holds. Greyed-out columns are not imported."
        )
        if shown < total:
            first = self.tr("Showing the first %1 of %Ln row(s).", "", total).replace(
                "%1", str(shown)
            )
            caption = f"{first} {caption}"
        self.caption.setText(caption)

    def _size_columns(self) -> None:
        self.table.resizeColumnsToContents()
        wanted = self.header.combo_width() + 12
        for column in range(self.model.columnCount()):
            width = max(self.table.columnWidth(column), wanted)
            self.table.setColumnWidth(column, min(width, MAX_COLUMN))

    @staticmethod
    def _used(mapping: dict[int, Field]) -> set[int]:
        return {i for i, f in mapping.items() if f != Field.IGNORE}

    def show_mapping(self, mapping: dict[int, Field]) -> None:
        self.model.set_used(self._used(mapping))
        self.header.set_mapping(self.model.columnCount(), mapping)

    def show_notes(self, plan: ImportPlan | None, *, remembered: bool) -> None:
        notes = []
        if plan is not None and plan.layout:
            name = LAYOUT_NAMES.get(plan.layout, plan.layout)
            notes.append(self.tr("Recognised as a %1 orders export.").replace("%1", name))
        if remembered:
            notes.append(self.tr("Using the columns you chose last time for this kind of file."))
        self.note.setText(" ".join(notes))
        self.note.setVisible(bool(notes))

    def show_date_questions(
        self, table: RawTable, asked: list[int], answers: dict[int, DateOrder]
    ) -> None:
        """One question per date column whose order the owner must (or did) choose."""
        for column in list(self.date_questions):
            if column not in asked:
                self.date_questions.pop(column).deleteLater()
        for column in asked:
            question = self.date_questions.get(column)
            if question is None:
                values = (cells[column] for _n, cells in table.rows)
                question = DateQuestion(column, table.headers[column], two_readings(values))
                question.answered.connect(self.date_answered)
                self.date_questions[column] = question
                self.questions.addWidget(question)
            question.set_answer(answers.get(column))

    def show_currency(self, wanted: bool, suggestion: str | None, chosen: str | None) -> None:
        self.currency_row.setVisible(wanted)
        self.currency.clear()
        if chosen is None and suggestion is None:
            self.currency.addItem(self.tr("Choose…"), None)
        for code in dict.fromkeys([*CURRENCIES, *(c for c in (suggestion, chosen) if c)]):
            self.currency.addItem(code, code)
        index = self.currency.findData(chosen or suggestion)
        self.currency.setCurrentIndex(max(index, 0))

    def column_field(self, column: int) -> Field:
        return Field(self.header.combos[column].currentData())
