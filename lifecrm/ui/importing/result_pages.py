"""Steps 3 and 4: what the import will do (or did), the rows it cannot use, and work in progress.

The same page shows the check (a dry run) and the summary after the import, so the owner sees
the same figures, in the same words, before and after.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lifecrm.core.errors import UserError
from lifecrm.core.importing.importer import ImportResult
from lifecrm.core.importing.report import save_problems
from lifecrm.ui.core_texts import error_text
from lifecrm.ui.file_dialogs import save_workbook, start_folder
from lifecrm.ui.importing.texts import customers, joined, orders, reason
from lifecrm.ui.models.text_table import TextTableModel


def _table(model: TextTableModel, name: str, stretch: int) -> QTableView:
    """A read-only list whose `stretch` column (the one saying why) takes the spare room."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def _headline_font(label: QLabel, scale: float) -> None:
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)


class WorkingPage(QWidget):
    """A sentence and a progress bar: reading, checking, importing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        _headline_font(self.label, 1.15)
        self.progress = QProgressBar()
        self.progress.setFixedWidth(420)
        self.progress.setTextVisible(False)
        self.hint = QLabel()
        self.hint.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.label)
        layout.addSpacing(8)
        layout.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.hint)
        layout.addStretch(3)

    def start(self, text: str, hint: str = "") -> None:
        self.label.setText(text)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self.progress.setRange(0, 0)  # busy until the first report

    def set_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))


class ResultPage(QWidget):
    """Headline, a few plain lines, then the problem rows and the name conflicts."""

    def __init__(self, *, final: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.final = final
        self.result: ImportResult | None = None
        self.folder: Path | None = None  # where "Save them" proposes to save
        self.file_dialog: QFileDialog | None = None
        self.headline = QLabel()
        self.headline.setObjectName("resultHeadline")
        self.headline.setWordWrap(True)
        _headline_font(self.headline, 1.3)
        self.details = QLabel()
        self.details.setObjectName("resultDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)

        self.show_button = QPushButton(self.tr("Show them"))
        self.show_button.setCheckable(True)
        self.show_button.toggled.connect(self._show_lists)
        self.save_button = QPushButton(self.tr("Save them as a spreadsheet…"))
        self.save_button.clicked.connect(self.choose_problems_file)
        self.actions = QWidget()
        buttons = QHBoxLayout(self.actions)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.show_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        self.saved = QLabel()
        self.saved.setWordWrap(True)

        self.problems_label = QLabel()
        self.problems = TextTableModel(
            [
                self.tr("Row"),
                self.tr("Column"),
                self.tr("Value"),
                self.tr("Problem"),
                self.tr("What happens"),
            ],
            right_columns=[0],
            parent=self,
        )
        self.problems_view = _table(self.problems, "problemTable", 3)
        self.conflicts_label = QLabel(
            self.tr("The same customer appears with different names; LifeCRM keeps one:")
        )
        self.conflicts_label.setWordWrap(True)
        self.conflicts = TextTableModel(
            [
                self.tr("Row"),
                self.tr("Customer"),
                self.tr("Name kept"),
                self.tr("Name not used"),
                self.tr("Why"),
            ],
            right_columns=[0],
            parent=self,
        )
        self.conflicts_view = _table(self.conflicts, "conflictTable", 4)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.headline)
        layout.addWidget(self.details)
        layout.addWidget(self.actions)
        layout.addWidget(self.saved)
        layout.addSpacing(6)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems_view, 2)
        layout.addWidget(self.conflicts_label)
        layout.addWidget(self.conflicts_view, 1)
        layout.addStretch(0)

    # -- showing -----------------------------------------------------------------------

    def show_result(self, result: ImportResult) -> None:
        self.result = result
        self.headline.setText(self._headline(result))
        self.details.setText("\n".join(self._lines(result)))
        self.problems.set_rows(
            [
                [
                    str(p.row),
                    p.column or self.tr("(whole row)"),
                    p.value,
                    reason(p.reason),
                    self.tr("Row skipped") if p.skipped else self.tr("Imported without this value"),
                ]
                for p in result.problems
            ]
        )
        self.conflicts.set_rows(
            [
                [str(c.row), c.identity, c.kept, c.dropped, reason(c.reason)]
                for c in result.conflicts
            ]
        )
        for view in (self.problems_view, self.conflicts_view):
            view.resizeColumnsToContents()
        self.problems_label.setText(
            self.tr("Rows with a problem:") if self.final else self.tr("These rows have a problem:")
        )
        self.saved.clear()
        self.saved.hide()
        self.actions.setVisible(self.final and bool(result.problems))
        self.show_button.setChecked(False)
        self._show_lists(not self.final)

    def show_cancelled(self) -> None:
        self.result = None
        self.headline.setText(self.tr("Nothing was imported; your data is as it was."))
        self.details.setText(self.tr("You can start the import again whenever you like."))
        self.actions.hide()
        self.saved.hide()
        self._show_lists(False, force=True)

    def choose_problems_file(self) -> QFileDialog:
        assert self.result is not None
        stem = Path(self.result.file).stem
        name = self.tr("%1 - problems.xlsx").replace("%1", stem)
        folder = self.folder or start_folder()
        title = self.tr("Save the rows with a problem")
        self.file_dialog = save_workbook(self, title, folder / name, self.save_problems_to)
        return self.file_dialog

    def save_problems_to(self, path: Path) -> None:
        """Writes the problem rows to `path` (an .xlsx), then says where they went."""
        assert self.result is not None
        headers = (self.tr("Row"), self.tr("Column"), self.tr("Value"), self.tr("Problem"))
        try:
            problems = [replace(p, reason=reason(p.reason)) for p in self.result.problems]
            save_problems(problems, path, headers=headers)
        except UserError as exc:
            self.saved.setText(error_text(exc))
        else:
            self.saved.setText(self.tr("Saved as %1.").replace("%1", str(path)))
        self.saved.show()

    def _show_lists(self, shown: bool, *, force: bool = False) -> None:
        result = None if force else self.result
        has_problems = result is not None and bool(result.problems)
        has_conflicts = result is not None and bool(result.conflicts)
        for widget in (self.problems_label, self.problems_view):
            widget.setVisible(shown and has_problems)
        for widget in (self.conflicts_label, self.conflicts_view):
            widget.setVisible(shown and has_conflicts)
        self.show_button.setText(self.tr("Hide them") if shown else self.tr("Show them"))

    # -- words -------------------------------------------------------------------------

    def _headline(self, r: ImportResult) -> str:
        added = [orders(r.orders_created)] if r.orders_created else []
        added += [customers(r.customers_created)] if r.customers_created else []
        if not added:
            if self.final:
                return self.tr("Nothing new was added.")
            return self.tr("Nothing new to add: this file holds nothing LifeCRM does not have.")
        text = self.tr("Added %1.") if self.final else self.tr("This will add %1.")
        return text.replace("%1", joined(added))

    def _lines(self, r: ImportResult) -> list[str]:
        lines = []
        updated = [customers(r.customers_updated)] if r.customers_updated else []
        updated += [orders(r.orders_updated)] if r.orders_updated else []
        if updated:
            text = self.tr("Updated: %1.") if self.final else self.tr("To be updated: %1.")
            lines.append(text.replace("%1", joined(updated)))
        if r.orders_unchanged:
            lines.append(
                self.tr("Already in LifeCRM, left as they are: %1.").replace(
                    "%1", orders(r.orders_unchanged)
                )
            )
        if r.skipped_rows:
            lines.append(self.tr("Rows skipped because of a problem: %Ln.", "", r.skipped_rows))
        left_out = sum(1 for p in r.problems if not p.skipped)
        if left_out:
            lines.append(self.tr("Values left out because they cannot be read: %Ln.", "", left_out))
        if r.conflicts:
            lines.append(
                self.tr("Customers who appear with different names: %Ln.", "", len(r.conflicts))
            )
        if not self.final and not r.problems and not r.conflicts:
            lines.append(self.tr("Every row can be imported."))
        if self.final:
            lines.append(self.tr("Stages are up to date: close this window to see your customers."))
        return lines
