"""One customer at a glance: who they are, where they stand and why, what they bought, notes.

Everything shown comes from `core.profile.customer_profile`; saving notes calls
`core.profile.save_notes`. The panel only phrases the facts.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lifecrm.core.errors import UserError
from lifecrm.core.profile import CustomerProfile, customer_profile, save_notes
from lifecrm.core.rfm import BEST_PERCENT
from lifecrm.core.storage.db import Database
from lifecrm.ui import formatting
from lifecrm.ui.core_texts import error_text
from lifecrm.ui.widgets import profile_sections as sections
from lifecrm.ui.widgets.customer_actions import CustomerActions
from lifecrm.ui.widgets.stage_badge import stage_color


def _label(text: str = "", *, selectable: bool = False, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.setContentsMargins(0, 10, 0, 2)
    return label


class DetailPanel(QWidget):
    """The right-hand panel of the main window."""

    customer_changed = Signal(int)  # customer id: their notes or details changed

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._customer_id: int | None = None
        self._as_of = date.min  # set by the first show_customer()
        self._saved_notes = ""
        self._pages = QStackedWidget()
        placeholder = _label(self.tr("Select a customer to see their details."))
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        placeholder.setEnabled(False)
        self._pages.addWidget(placeholder)
        self._pages.addWidget(self._build_details())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._pages)

    # -- building ----------------------------------------------------------------------

    def _build_details(self) -> QScrollArea:
        body = QWidget()
        box = QVBoxLayout(body)
        box.setContentsMargins(14, 12, 14, 12)
        box.setSpacing(4)

        self.name_label = _label(selectable=True)
        font = QFont(self.name_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        self.name_label.setFont(font)
        self.subtitle_label = _label()
        self.subtitle_label.setEnabled(False)
        self.opted_out_label = _label(self.tr("Does not want e-mails"))
        self.opted_out_label.setStyleSheet(
            "QLabel { color: #991b1b; background: #fee2e2; border-radius: 4px; padding: 2px 6px; }"
        )
        box.addWidget(self.name_label)
        box.addWidget(self.subtitle_label)
        box.addWidget(self.opted_out_label, 0, Qt.AlignmentFlag.AlignLeft)

        self.actions = CustomerActions(lambda: self._db, self)
        self.actions.changed.connect(self._on_changed)
        contact = QFormLayout()
        contact.setContentsMargins(0, 6, 0, 0)
        self.email_label = _label(selectable=True)
        self.phone_label = _label(selectable=True)
        self.birthday_label = _label()
        self.language_label = _label()
        self.country_label = _label()
        contact.addRow(self.tr("E-mail"), self.email_label)
        contact.addRow(self.tr("Phone"), self.phone_label)
        contact.addRow(self.tr("Birthday"), self.birthday_label)
        contact.addRow(self.tr("Language"), self.language_label)
        contact.addRow(self.tr("Country"), self.country_label)
        box.addLayout(contact)
        box.addWidget(self.actions.edit_button, 0, Qt.AlignmentFlag.AlignLeft)

        stage_frame = QFrame()
        stage_frame.setObjectName("stageFrame")
        stage_box = QVBoxLayout(stage_frame)
        stage_box.setContentsMargins(10, 8, 10, 8)
        self.reason_label = _label()
        reason_font = QFont(self.reason_label.font())
        reason_font.setBold(True)
        self.reason_label.setFont(reason_font)
        self.since_label = _label()
        stage_box.addWidget(self.reason_label)
        stage_box.addWidget(self.since_label)
        self._stage_frame = stage_frame
        box.addSpacing(8)
        box.addWidget(stage_frame)

        figures = QFormLayout()
        figures.setContentsMargins(0, 6, 0, 0)
        self.total_label = _label()
        self.first_order_label = _label()
        self.last_order_label = _label()
        self.rfm_label = _label()
        self.rfm_label.setToolTip(
            self.tr("Recency, frequency and money spent, each scored 1 to 5 (5 is best).")
        )
        figures.addRow(self.tr("Total spent"), self.total_label)
        figures.addRow(self.tr("First order"), self.first_order_label)
        figures.addRow(self.tr("Last order"), self.last_order_label)
        figures.addRow(self.tr("RFM"), self.rfm_label)
        box.addLayout(figures)

        box.addWidget(_heading(self.tr("Orders")))
        self.orders_tree = sections.orders_tree()
        box.addWidget(self.orders_tree)

        box.addWidget(_heading(self.tr("Timeline")))
        self.timeline_list = QTreeWidget()
        self.timeline_list.setColumnCount(2)
        self.timeline_list.setHeaderHidden(True)
        self.timeline_list.setRootIsDecorated(False)
        self.timeline_list.setAlternatingRowColors(True)
        self.timeline_list.setWordWrap(True)
        self.timeline_list.setMinimumHeight(160)
        self.timeline_list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        box.addWidget(self.timeline_list)

        box.addWidget(_heading(self.tr("Notes")))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setPlaceholderText(
            self.tr("What you know about them: preferences, sizes, what you talked about…")
        )
        self.notes_edit.setFixedHeight(96)
        self.notes_edit.textChanged.connect(self._notes_changed)
        box.addWidget(self.notes_edit)
        row = QHBoxLayout()
        self.notes_status = _label(wrap=True)
        self.save_button = QPushButton(self.tr("Save notes"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save_notes)
        row.addWidget(self.notes_status, 1)
        row.addWidget(self.save_button)
        box.addLayout(row)
        box.addWidget(_heading(self.tr("Privacy")))
        box.addLayout(self.actions.privacy_row())
        box.addStretch(1)

        scroll = QScrollArea()
        # As wide as the widest row of text and buttons (Hungarian's are long): nothing is cut.
        bar = scroll.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        scroll.setMinimumWidth(body.minimumSizeHint().width() + bar + 2)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        return scroll

    # -- showing -----------------------------------------------------------------------

    @property
    def customer_id(self) -> int | None:
        return self._customer_id

    def set_database(self, db: Database) -> None:
        self._db = db
        self.show_customer(None, self._as_of)

    def show_customer(self, customer_id: int | None, as_of: date) -> None:
        self._customer_id = customer_id
        self._as_of = as_of
        if customer_id is None:
            self._pages.setCurrentIndex(0)
            return
        with self._db.read() as conn:
            profile = customer_profile(conn, customer_id)
        self._show(profile, as_of)
        self._pages.setCurrentIndex(1)

    def _show(self, profile: CustomerProfile, as_of: date) -> None:
        row = profile.row
        self.name_label.setText(row.name or row.email or self.tr("(no name)"))
        facts = [
            self.tr("First name: %1").replace("%1", row.first_name) if row.first_name else "",
            self.tr("No. %1").replace("%1", row.customer_number) if row.customer_number else "",
        ]
        self.subtitle_label.setText(" · ".join(f for f in facts if f))
        self.opted_out_label.setVisible(row.opted_out)
        self.actions.show_profile(profile)
        self.email_label.setText(row.email or "—")
        self.phone_label.setText(row.phone or "—")
        self.birthday_label.setText(formatting.long_date(profile.birthday) or "—")
        self.language_label.setText(formatting.language_name(row.language) or "—")
        self.country_label.setText(formatting.country_name(profile.country) or "—")

        self.reason_label.setText(sections.stage_reason(profile, as_of))
        self.since_label.setText(sections.stage_since(profile))
        color = stage_color(row.stage)
        self._stage_frame.setStyleSheet(
            f"#stageFrame {{ border-left: 4px solid {color.name()};"
            f" background: rgba({color.red()}, {color.green()}, {color.blue()}, 28);"
            " border-radius: 4px; }"
        )
        self.total_label.setText(formatting.money(row.total_minor, row.currency) or "—")
        self.first_order_label.setText(formatting.short_date(row.first_order) or "—")
        self.last_order_label.setText(formatting.date_with_age(row.last_order, as_of) or "—")
        self.rfm_label.setText(self._rfm_text(profile))

        sections.fill_orders(self.orders_tree, profile.orders)
        self._fill_timeline(profile)
        self._saved_notes = profile.notes
        self.notes_edit.blockSignals(True)
        self.notes_edit.setPlainText(profile.notes)
        self.notes_edit.blockSignals(False)
        self.save_button.setEnabled(False)
        self.notes_status.clear()

    def _rfm_text(self, profile: CustomerProfile) -> str:
        if profile.recency is None:
            return "—"
        text = (
            self.tr("Recency %1 · Frequency %2 · Money %3")
            .replace("%1", str(profile.recency))
            .replace("%2", str(profile.frequency))
            .replace("%3", str(profile.monetary))
        )
        if profile.row.best:
            text += "\n" + self.tr("★ Best customer (top %1 %)").replace("%1", str(BEST_PERCENT))
        return text

    def _fill_timeline(self, profile: CustomerProfile) -> None:
        self.timeline_list.clear()
        for entry in profile.timeline:
            text = sections.timeline_text(entry)
            item = QTreeWidgetItem([formatting.short_date(entry.on), text])
            item.setToolTip(1, text)
            item.setData(0, Qt.ItemDataRole.UserRole, entry.kind)
            self.timeline_list.addTopLevelItem(item)

    def _on_changed(self, customer_id: int) -> None:
        if customer_id == self._customer_id:
            self.show_customer(customer_id, self._as_of)
        self.customer_changed.emit(customer_id)

    # -- notes -------------------------------------------------------------------------

    def _notes_changed(self) -> None:
        self.save_button.setEnabled(self.notes_edit.toPlainText() != self._saved_notes)
        self.notes_status.clear()

    def save_notes(self) -> None:
        if self._customer_id is None:
            return
        customer_id = self._customer_id
        try:
            save_notes(self._db, customer_id, self.notes_edit.toPlainText(), datetime.now(UTC))
        except UserError as error:
            self.notes_status.setText(error_text(error))
            return
        self.show_customer(customer_id, self._as_of)
        self.notes_status.setText(self.tr("Saved"))
        QTimer.singleShot(3000, self.notes_status.clear)
        self.customer_changed.emit(customer_id)
