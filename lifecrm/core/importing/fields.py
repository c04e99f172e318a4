"""The fields a column of an imported file can be mapped to (the names a mapping accepts)."""

from __future__ import annotations

from enum import StrEnum


class Field(StrEnum):
    CUSTOMER_NUMBER = "customer_number"
    NAME = "name"  # one full-name column
    FIRST_NAME = "first_name"
    LAST_NAME = "last_name"
    EMAIL = "email"
    PHONE = "phone"
    BIRTHDAY = "birthday"
    ORDER_NUMBER = "order_number"
    ORDER_DATE = "order_date"
    TOTAL = "total"  # the order's total (counted once per order, however many rows it spans)
    CURRENCY = "currency"
    PRODUCT = "product"
    SKU = "sku"
    QUANTITY = "quantity"
    ITEM_PRICE = "item_price"  # the price of one unit of the line item
    STATUS = "status"
    CANCELLED_AT = "cancelled_at"  # Shopify: filled in when the order was cancelled
    ACCEPTS_MARKETING = "accepts_marketing"
    NOTE = "note"
    IGNORE = "ignore"


# Order statuses after normalisation; the last three do not count toward stages and totals.
class Status(StrEnum):
    COMPLETED = "completed"
    PENDING = "pending"
    CANCELLED = "cancelled"
    REFUNDED = "refunded"
    FAILED = "failed"


CUSTOMER_FIELDS = frozenset(
    {
        Field.CUSTOMER_NUMBER,
        Field.NAME,
        Field.FIRST_NAME,
        Field.LAST_NAME,
        Field.EMAIL,
        Field.PHONE,
        Field.BIRTHDAY,
        Field.ACCEPTS_MARKETING,
    }
)
IDENTIFYING_FIELDS = frozenset(
    {Field.EMAIL, Field.CUSTOMER_NUMBER, Field.NAME, Field.FIRST_NAME, Field.LAST_NAME}
)
