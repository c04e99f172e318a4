"""Order lines indexed by product name and by SKU, for segments on what customers bought.

"Bought X but not Y" read every order line (1.7M in the 100k-customer demo) once per product
condition; with these it reads only the lines of the products named.

Revision ID: 0007
Revises: 0006
"""

from alembic import op

revision = "0007"
down_revision = "0006"


def upgrade() -> None:
    op.create_index("ix_order_item_product", "order_item", ["product", "order_id"])
    op.create_index("ix_order_item_sku", "order_item", ["sku", "order_id"])


def downgrade() -> None:
    op.drop_index("ix_order_item_sku", table_name="order_item")
    op.drop_index("ix_order_item_product", table_name="order_item")
