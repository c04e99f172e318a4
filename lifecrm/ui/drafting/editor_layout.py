"""The template editor's widgets and their arrangement, kept apart from its behaviour.

Left: the subject and the message. Middle: the details LifeCRM can fill in (double-click to
insert). Right: the message as the chosen customer would get it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QComboBox,
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
from lifecrm.ui.core_texts import core_text
from lifecrm.ui.drafting.highlighter import VARIABLE_COLOR, TemplateHighlighter
from lifecrm.ui.drafting.preview import MessagePreview
from lifecrm.ui.drafting.texts import tr

if TYPE_CHECKING:
    from lifecrm.ui.drafting.template_editor import TemplateEditor

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


def build_editor_layout(editor: TemplateEditor) -> None:
    editor.title = QLabel()
    title_font = QFont(editor.title.font())
    title_font.setBold(True)
    title_font.setPointSizeF(title_font.pointSizeF() * 1.25)
    editor.title.setFont(title_font)
    editor.languages = QComboBox()
    editor.languages.setObjectName("templateLanguage")
    editor.address_note = QLabel()
    editor.address_note.setStyleSheet(NOTE_STYLE)
    titles = QVBoxLayout()
    titles.setSpacing(2)
    titles.addWidget(editor.title)
    titles.addWidget(editor.address_note)
    header = QHBoxLayout()
    header.addLayout(titles, 1)
    header.addWidget(QLabel(tr("Language:")), 0, Qt.AlignmentFlag.AlignTop)
    header.addWidget(editor.languages, 0, Qt.AlignmentFlag.AlignTop)

    editor.subject = QLineEdit()
    editor.subject.setObjectName("templateSubject")
    editor.body = QPlainTextEdit()
    editor.body.setObjectName("templateBody")
    editor.body.setTabChangesFocus(True)
    editor.body.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
    editor.highlighter = TemplateHighlighter(editor.body.document())
    editor.error_label = QLabel()
    editor.error_label.setObjectName("templateError")
    editor.error_label.setWordWrap(True)
    editor.error_label.setStyleSheet(ERROR_STYLE)
    editor.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    editor.error_label.hide()
    left = QWidget()
    left_layout = QVBoxLayout(left)
    left_layout.setContentsMargins(0, 0, 0, 0)
    left_layout.addWidget(_caption(tr("Subject")))
    left_layout.addWidget(editor.subject)
    left_layout.addSpacing(6)
    left_layout.addWidget(_caption(tr("Message")))
    left_layout.addWidget(editor.body, 1)
    left_layout.addWidget(editor.error_label)

    editor.variables = QListWidget()
    editor.variables.setObjectName("templateVariables")
    editor.variables.setItemDelegate(_VariableDelegate(editor.variables))
    editor.variables.setUniformItemSizes(True)
    editor.variables.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    for name in VARIABLES:
        item = QListWidgetItem(name)
        item.setToolTip(variable_description(name))
        editor.variables.addItem(item)
    editor.variable_help = QLabel()
    editor.variable_help.setWordWrap(True)
    editor.variable_help.setStyleSheet(NOTE_STYLE)
    editor.variables.currentTextChanged.connect(
        lambda name: editor.variable_help.setText(variable_description(name) if name else "")
    )
    middle = QWidget()
    middle_layout = QVBoxLayout(middle)
    middle_layout.setContentsMargins(0, 0, 0, 0)
    middle_layout.addWidget(_caption(tr("Details to fill in")))
    hint = QLabel(tr("Double-click one to put it where you are typing."))
    hint.setWordWrap(True)
    hint.setStyleSheet(NOTE_STYLE)
    middle_layout.addWidget(hint)
    middle_layout.addWidget(editor.variables, 1)
    middle_layout.addWidget(editor.variable_help)

    editor.customers = QComboBox()
    editor.customers.setObjectName("previewCustomer")
    editor.customers.setEditable(True)
    editor.customers.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    editor.customers.setMaxVisibleItems(15)
    editor.no_customers = QLabel(tr("An example customer"))
    editor.preview = MessagePreview()
    right = QWidget()
    right_layout = QVBoxLayout(right)
    right_layout.setContentsMargins(0, 0, 0, 0)
    picker = QHBoxLayout()
    picker.addWidget(_caption(tr("Preview for")))
    picker.addWidget(editor.customers, 1)
    picker.addWidget(editor.no_customers, 1)
    right_layout.addLayout(picker)
    right_layout.addWidget(editor.preview, 1)

    splitter = QSplitter(Qt.Orientation.Horizontal)
    for widget in (left, middle, right):
        splitter.addWidget(widget)
    splitter.setChildrenCollapsible(False)
    splitter.setSizes([540, 250, 510])

    editor.reset_button = QPushButton(tr("Back to the original…"))
    editor.reset_button.setToolTip(tr("Use LifeCRM's own text for this language again."))
    editor.cancel_button = QPushButton(tr("Cancel"))
    editor.save_button = QPushButton(tr("Save"))
    editor.save_button.setDefault(True)
    buttons = QHBoxLayout()
    buttons.addWidget(editor.reset_button)
    buttons.addStretch(1)
    buttons.addWidget(editor.cancel_button)
    buttons.addWidget(editor.save_button)

    layout = QVBoxLayout(editor)
    layout.setContentsMargins(20, 16, 20, 16)
    layout.setSpacing(12)
    layout.addLayout(header)
    layout.addWidget(splitter, 1)
    layout.addLayout(buttons)
    editor.resize(1320, 780)
