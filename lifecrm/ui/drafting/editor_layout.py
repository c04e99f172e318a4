"""The template editor's widgets and their arrangement, kept apart from its behaviour.

Left: the subject and the message. Middle: the details LifeCRM can fill in (double-click to
insert). Right: the message as the chosen customer would get it.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from lifecrm.core.drafting.engine import VARIABLES
from lifecrm.ui.common.frame import button_row, dialog_layout
from lifecrm.ui.core_texts import core_text
from lifecrm.ui.drafting.highlighter import VARIABLE_COLOR, TemplateHighlighter
from lifecrm.ui.drafting.preview import MessagePreview
from lifecrm.ui.drafting.texts import tr

Index = QModelIndex | QPersistentModelIndex

ERROR_STYLE = (
    "QLabel { background: #fdecec; color: #991b1b; border-left: 4px solid #dc2626;"
    " border-radius: 4px; padding: 8px 12px; }"
)
NOTE_STYLE = "QLabel { color: palette(placeholder-text); padding-top: 2px; }"  # room for Ö, Á


def _caption(text: str) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


def variable_description(name: str) -> str:
    """Core's one-line description, in the window's language (core's catalogs)."""
    return core_text(VARIABLES[name])


class _VariableDelegate(QStyledItemDelegate):
    """Each detail as its name (coloured like in the message) over a muted description."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        lines = option.fontMetrics.lineSpacing()
        return QSize(option.rect.width(), 2 * lines + 10)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        name, opt.text = opt.text, ""
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = opt.palette
        rect = opt.rect.adjusted(8, 4, -6, -4)
        line = opt.fontMetrics.lineSpacing()
        painter.save()
        lit = palette.color(QPalette.ColorRole.HighlightedText)
        painter.setPen(lit if selected else QColor(VARIABLE_COLOR))
        painter.drawText(rect.adjusted(0, 0, 0, -line), Qt.AlignmentFlag.AlignLeft, name)
        painter.setPen(lit if selected else palette.color(QPalette.ColorRole.PlaceholderText))
        description = opt.fontMetrics.elidedText(
            variable_description(name), Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.drawText(rect.adjusted(0, line, 0, 0), Qt.AlignmentFlag.AlignLeft, description)
        painter.restore()


class TemplateEditorWidgets:
    """The widgets `TemplateEditor` works with, built and laid out by `build_widgets`: a holder
    the dialog inherits, so this module never imports the dialog back."""

    title: QLabel
    address_note: QLabel
    languages: QComboBox
    subject: QLineEdit
    body: QPlainTextEdit
    error_label: QLabel
    variables: QListWidget
    variable_help: QLabel
    customers: QComboBox
    no_customers: QLabel
    preview: MessagePreview
    reset_button: QPushButton
    cancel_button: QPushButton
    save_button: QPushButton

    def build_widgets(self, dialog: QDialog) -> None:
        self.title = QLabel()
        title_font = QFont(self.title.font())
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.25)
        self.title.setFont(title_font)
        self.languages = QComboBox()
        self.languages.setObjectName("templateLanguage")
        self.address_note = QLabel()
        self.address_note.setStyleSheet(NOTE_STYLE)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title)
        titles.addWidget(self.address_note)
        header = QHBoxLayout()
        header.addLayout(titles, 1)
        header.addWidget(QLabel(tr("Language:")), 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.languages, 0, Qt.AlignmentFlag.AlignTop)

        self.subject = QLineEdit()
        self.subject.setObjectName("templateSubject")
        self.body = QPlainTextEdit()
        self.body.setObjectName("templateBody")
        self.body.setTabChangesFocus(True)
        self.body.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.highlighter = TemplateHighlighter(self.body.document())
        self.error_label = QLabel()
        self.error_label.setObjectName("templateError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(_caption(tr("Subject")))
        left_layout.addWidget(self.subject)
        left_layout.addSpacing(6)
        left_layout.addWidget(_caption(tr("Message")))
        left_layout.addWidget(self.body, 1)
        left_layout.addWidget(self.error_label)

        self.variables = QListWidget()
        self.variables.setObjectName("templateVariables")
        self.variables.setItemDelegate(_VariableDelegate(self.variables))
        self.variables.setUniformItemSizes(True)
        self.variables.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for name in VARIABLES:
            item = QListWidgetItem(name)
            item.setToolTip(variable_description(name))
            self.variables.addItem(item)
        self.variable_help = QLabel()
        self.variable_help.setWordWrap(True)
        self.variable_help.setStyleSheet(NOTE_STYLE)
        self.variables.currentTextChanged.connect(
            lambda name: self.variable_help.setText(variable_description(name) if name else "")
        )
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(_caption(tr("Details to fill in")))
        hint = QLabel(tr("Double-click one to put it where you are typing."))
        hint.setWordWrap(True)
        hint.setStyleSheet(NOTE_STYLE)
        middle_layout.addWidget(hint)
        middle_layout.addWidget(self.variables, 1)
        middle_layout.addWidget(self.variable_help)

        self.customers = QComboBox()
        self.customers.setObjectName("previewCustomer")
        self.customers.setEditable(True)
        self.customers.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.customers.setMaxVisibleItems(15)
        self.no_customers = QLabel(tr("An example customer"))
        self.preview = MessagePreview()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        picker = QHBoxLayout()
        picker.addWidget(_caption(tr("Preview for")))
        picker.addWidget(self.customers, 1)
        picker.addWidget(self.no_customers, 1)
        right_layout.addLayout(picker)
        right_layout.addWidget(self.preview, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        for widget in (left, middle, right):
            splitter.addWidget(widget)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([540, 250, 510])

        self.reset_button = QPushButton(tr("Back to the original…"))
        self.reset_button.setToolTip(tr("Use LifeCRM's own text for this language again."))
        self.cancel_button = QPushButton(tr("Cancel"))
        self.save_button = QPushButton(tr("Save"))
        self.save_button.setDefault(True)
        buttons = button_row([self.reset_button], [self.cancel_button, self.save_button])

        layout = dialog_layout(dialog, spacing=12)
        layout.addLayout(header)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        dialog.resize(1320, 780)
