"""The columns of the webshop exports we recognise (Shopify, WooCommerce's three exports):
marker headers that tell the layout, and each known column's field with a rank."""

from __future__ import annotations

from lifecrm.core.importing.fields import Field

F = Field

# Header -> (field, rank); a higher rank wins the field.
SHOPIFY_MARKERS = (
    "Financial Status|Fulfillment Status|Paid at|Fulfilled at|Lineitem quantity|Lineitem name|"
    "Lineitem price|Lineitem sku|Lineitem compare at price|Lineitem requires shipping|"
    "Lineitem taxable|Lineitem fulfillment status|Billing Name|Shipping Name|Accepts Marketing|"
    "Note Attributes|Outstanding Balance|Risk Level|Billing Province Name"
)
SHOPIFY: dict[str, tuple[Field, int]] = {
    "Name": (F.ORDER_NUMBER, 2),  # "#1001", not a person
    "Billing Name": (F.NAME, 2),
    "Shipping Name": (F.NAME, 1),
    "Email": (F.EMAIL, 2),
    "Created at": (F.ORDER_DATE, 2),
    "Total": (F.TOTAL, 2),
    "Currency": (F.CURRENCY, 2),
    "Lineitem name": (F.PRODUCT, 2),
    "Lineitem sku": (F.SKU, 2),
    "Lineitem quantity": (F.QUANTITY, 2),
    "Lineitem price": (F.ITEM_PRICE, 2),
    "Financial Status": (F.STATUS, 2),
    "Cancelled at": (F.CANCELLED_AT, 2),
    "Accepts Marketing": (F.ACCEPTS_MARKETING, 2),
    "Billing Phone": (F.PHONE, 2),
    "Phone": (F.PHONE, 1),
    "Notes": (F.NOTE, 2),
}

# Advanced Order Export For WooCommerce (AlgolPlus) labels.
WOO_ALGOLPLUS_MARKERS = (
    "First Name (Billing)|Last Name (Billing)|Full Name (Billing)|Email (Billing)|"
    "Phone (Billing)|Company (Billing)|City (Billing)|Country Code (Billing)|Order Total Amount|"
    "Order Total Amount (- Refund)|Order Subtotal Amount|Order Shipping Amount|"
    "Order Refund Amount|Item Cost|Quantity (- Refund)|Item #|Payment Method Title"
)
# Customer/Order/Coupon Export (SkyVerge) and the WebToffee suite: snake_case column keys.
WOO_SNAKE_MARKERS = (
    "order_id|order_number|order_number_formatted|order_date|order_total|order_currency|"
    "billing_first_name|billing_last_name|billing_full_name|billing_email|billing_phone|"
    "customer_id|customer_user|customer_email|item_name|item_sku|item_quantity|shipping_total|"
    "tax_total|discount_total|refunded_total|payment_method"
)
# WooCommerce > Analytics > Orders, "Download" button.
WOO_ANALYTICS_MARKERS = "Order #|Customer type|Product(s)|Items sold|Coupon(s)|Net sales"
WOOCOMMERCE: dict[str, tuple[Field, int]] = {
    # AlgolPlus
    "Order Number": (F.ORDER_NUMBER, 2),
    "Order Status": (F.STATUS, 2),
    "Order Date": (F.ORDER_DATE, 2),
    "Customer Note": (F.NOTE, 2),
    "First Name (Billing)": (F.FIRST_NAME, 2),
    "Last Name (Billing)": (F.LAST_NAME, 2),
    "Full Name (Billing)": (F.NAME, 2),
    "Email (Billing)": (F.EMAIL, 2),
    "Phone (Billing)": (F.PHONE, 2),
    "Order Total Amount": (F.TOTAL, 2),
    "Order Total Amount (- Refund)": (F.TOTAL, 1),
    "SKU": (F.SKU, 2),
    "Item Name": (F.PRODUCT, 2),
    "Product Name": (F.PRODUCT, 1),
    "Name": (F.PRODUCT, 0),  # older AlgolPlus versions label the item "Name"
    "Quantity (- Refund)": (F.QUANTITY, 2),
    "Quantity": (F.QUANTITY, 1),
    "Item Cost": (F.ITEM_PRICE, 2),
    "Order Currency": (F.CURRENCY, 2),
    "Customer User ID": (F.CUSTOMER_NUMBER, 2),
    "User ID": (F.CUSTOMER_NUMBER, 1),
    "Item #": (F.IGNORE, 0),  # the line's position in the order, not a product number
    "Order Line Total": (F.IGNORE, 0),
    "Order Subtotal Amount": (F.IGNORE, 0),
    "Order Refund Amount": (F.IGNORE, 0),
    # SkyVerge / WebToffee snake_case
    "order_number_formatted": (F.ORDER_NUMBER, 3),
    "order_number": (F.ORDER_NUMBER, 2),
    "order_id": (F.ORDER_NUMBER, 1),
    "order_date": (F.ORDER_DATE, 2),
    "status": (F.STATUS, 2),
    "order_total": (F.TOTAL, 2),
    "order_currency": (F.CURRENCY, 2),
    "billing_first_name": (F.FIRST_NAME, 2),
    "billing_last_name": (F.LAST_NAME, 2),
    "billing_full_name": (F.NAME, 2),
    "billing_email": (F.EMAIL, 2),
    "customer_email": (F.EMAIL, 1),
    "billing_phone": (F.PHONE, 2),
    "customer_id": (F.CUSTOMER_NUMBER, 2),
    "customer_user": (F.CUSTOMER_NUMBER, 1),
    "item_name": (F.PRODUCT, 2),
    "item_sku": (F.SKU, 2),
    "item_quantity": (F.QUANTITY, 2),
    "item_price": (F.ITEM_PRICE, 2),
    "item_total": (F.IGNORE, 0),  # quantity x price of the line: neither field
    "item_subtotal": (F.IGNORE, 0),
    "customer_note": (F.NOTE, 2),
    # Analytics > Orders
    "Date": (F.ORDER_DATE, 1),
    "Order #": (F.ORDER_NUMBER, 2),
    "Status": (F.STATUS, 1),
    "Customer": (F.NAME, 1),
    "Customer type": (F.IGNORE, 0),
    "Product(s)": (F.PRODUCT, 1),
    "Items sold": (F.QUANTITY, 1),
    "Coupon(s)": (F.IGNORE, 0),
    "Net sales": (F.TOTAL, 1),
}
