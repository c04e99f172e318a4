"""The words the import wizard uses for core's values: fields, encodings, delimiters, counts.

Labels are marked with QT_TRANSLATE_NOOP at module level and translated when shown, so the
names stay the core's (`Field.EMAIL`) and only the owner sees "E-mail".
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from lifecrm.core.errors import UserError
from lifecrm.core.importing.fields import Field
from lifecrm.core.importing.importer import MissingCurrency
from lifecrm.core.importing.plan import AmbiguousDates, BadMapping
from lifecrm.ui.core_texts import core_text, error_text

_CONTEXT = "ImportWizard"


def reason(text: str) -> str:
    """Why core could not use a row or a value, in the owner's language (English if unknown)."""
    return core_text(text)


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(_CONTEXT, text, "", n)


# In the order the mapping dropdown lists them: who the customer is, then the order.
FIELD_LABELS: dict[Field, str] = {
    Field.IGNORE: QT_TRANSLATE_NOOP("ImportWizard", "— not imported —"),
    Field.EMAIL: QT_TRANSLATE_NOOP("ImportWizard", "E-mail"),
    Field.NAME: QT_TRANSLATE_NOOP("ImportWizard", "Name"),
    Field.FIRST_NAME: QT_TRANSLATE_NOOP("ImportWizard", "First name"),
    Field.LAST_NAME: QT_TRANSLATE_NOOP("ImportWizard", "Last name"),
    Field.CUSTOMER_NUMBER: QT_TRANSLATE_NOOP("ImportWizard", "Customer number"),
    Field.PHONE: QT_TRANSLATE_NOOP("ImportWizard", "Phone"),
    Field.BIRTHDAY: QT_TRANSLATE_NOOP("ImportWizard", "Birthday"),
    Field.ACCEPTS_MARKETING: QT_TRANSLATE_NOOP("ImportWizard", "Accepts newsletters"),
    Field.ORDER_NUMBER: QT_TRANSLATE_NOOP("ImportWizard", "Order number"),
    Field.ORDER_DATE: QT_TRANSLATE_NOOP("ImportWizard", "Order date"),
    Field.TOTAL: QT_TRANSLATE_NOOP("ImportWizard", "Total"),
    Field.CURRENCY: QT_TRANSLATE_NOOP("ImportWizard", "Currency"),
    Field.PRODUCT: QT_TRANSLATE_NOOP("ImportWizard", "Product"),
    Field.SKU: QT_TRANSLATE_NOOP("ImportWizard", "Product code"),
    Field.QUANTITY: QT_TRANSLATE_NOOP("ImportWizard", "Quantity"),
    Field.ITEM_PRICE: QT_TRANSLATE_NOOP("ImportWizard", "Item price"),
    Field.STATUS: QT_TRANSLATE_NOOP("ImportWizard", "Order status"),
    Field.CANCELLED_AT: QT_TRANSLATE_NOOP("ImportWizard", "Cancelled on"),
    Field.NOTE: QT_TRANSLATE_NOOP("ImportWizard", "Note"),
}
assert set(FIELD_LABELS) == set(Field), "every field needs a label"

ENCODING_LABELS: dict[str, str] = {
    "utf-8": QT_TRANSLATE_NOOP("ImportWizard", "Unicode (UTF-8)"),
    "utf-8-sig": QT_TRANSLATE_NOOP("ImportWizard", "Unicode (UTF-8)"),
    "utf-16": QT_TRANSLATE_NOOP("ImportWizard", "Unicode (UTF-16)"),
    "utf-16-le": QT_TRANSLATE_NOOP("ImportWizard", "Unicode (UTF-16)"),
    "utf-16-be": QT_TRANSLATE_NOOP("ImportWizard", "Unicode (UTF-16)"),
    "cp1250": QT_TRANSLATE_NOOP("ImportWizard", "Windows-1250 (Central European)"),
    "cp1251": QT_TRANSLATE_NOOP("ImportWizard", "Windows-1251 (Cyrillic)"),
    "cp1252": QT_TRANSLATE_NOOP("ImportWizard", "Windows-1252 (Western European)"),
    "iso8859-2": QT_TRANSLATE_NOOP("ImportWizard", "ISO-8859-2 (Central European)"),
    "iso8859-5": QT_TRANSLATE_NOOP("ImportWizard", "ISO-8859-5 (Cyrillic)"),
}

DELIMITER_LABELS: dict[str, str] = {
    ",": QT_TRANSLATE_NOOP("ImportWizard", "commas"),
    ";": QT_TRANSLATE_NOOP("ImportWizard", "semicolons"),
    "\t": QT_TRANSLATE_NOOP("ImportWizard", "tabs"),
    "|": QT_TRANSLATE_NOOP("ImportWizard", "vertical bars"),
}

LAYOUT_NAMES = {"shopify": "Shopify", "woocommerce": "WooCommerce"}
CURRENCIES = ("HUF", "EUR", "RUB", "ISK", "USD", "GBP")
FILE_FILTER = QT_TRANSLATE_NOOP(
    "ImportWizard", "Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt)"
)


def field_label(field: Field) -> str:
    return tr(FIELD_LABELS[field])


def encoding_label(name: str) -> str:
    return tr(ENCODING_LABELS[name]) if name in ENCODING_LABELS else name


def delimiter_label(delimiter: str) -> str:
    if delimiter in DELIMITER_LABELS:
        return tr(DELIMITER_LABELS[delimiter])
    return tr("“%1”").replace("%1", delimiter)


def orders(n: int) -> str:
    return tr("%n order(s)", n)


def customers(n: int) -> str:
    return tr("%n customer(s)", n)


def rows(n: int) -> str:
    return tr("%n row(s)", n)


def joined(parts: list[str]) -> str:
    """ "a", "a and b", "a, b and c" """
    if len(parts) <= 1:
        return "".join(parts)
    return tr("%1 and %2").replace("%1", ", ".join(parts[:-1])).replace("%2", parts[-1])


def friendly(error: UserError) -> str:
    """Core's sentence, or the wizard's own where core speaks of command-line options."""
    if isinstance(error, MissingCurrency):
        return tr("The amounts in this file name no currency. Choose one below, then check again.")
    if isinstance(error, AmbiguousDates):
        return tr("Say how the dates are written (the question below), then check again.")
    if isinstance(error, BadMapping):
        return tr(
            "No column says who the customer is. Above the column with the e-mail addresses, "
            "names or customer numbers, choose “E-mail”, “Name” or “Customer number”."
        )
    return error_text(error)
