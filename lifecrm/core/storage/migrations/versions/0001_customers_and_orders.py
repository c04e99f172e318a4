"""Customers, orders with items, timeline events and settings.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None


def upgrade() -> None:
    op.create_table(
        "customer",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String, nullable=False, server_default=""),
        sa.Column("first_name", sa.String),
        sa.Column("last_name", sa.String),
        sa.Column("middle_name", sa.String),
        sa.Column("email", sa.String),
        sa.Column("email_key", sa.String, unique=True),
        sa.Column("phone", sa.String),
        sa.Column("customer_number", sa.String, index=True),
        sa.Column("birthday", sa.Date),
        sa.Column("language", sa.String),
        sa.Column("country", sa.String),
        sa.Column("notes", sa.String, nullable=False, server_default=""),
        sa.Column("opted_out", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "orders",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "customer_id",
            sa.Integer,
            sa.ForeignKey("customer.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("number", sa.String),
        sa.Column("source", sa.String),
        sa.Column("order_date", sa.Date, nullable=False),
        sa.Column("total_minor", sa.Integer, nullable=False),
        sa.Column("currency", sa.String, nullable=False),
        sa.Column("status", sa.String, nullable=False, server_default="completed"),
        sa.UniqueConstraint("source", "number", name="uq_orders_source_number"),
    )
    op.create_index(
        "ix_orders_lifecycle",
        "orders",
        ["customer_id", "status", "order_date", "total_minor", "currency"],
    )
    op.create_table(
        "order_item",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "order_id", sa.Integer, sa.ForeignKey("orders.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("product", sa.String, nullable=False),
        sa.Column("sku", sa.String),
        sa.Column("quantity", sa.Integer, nullable=False, server_default="1"),
        sa.Column("unit_price_minor", sa.Integer),
    )
    op.create_index("ix_order_item_order_id", "order_item", ["order_id"])
    op.create_table(
        "event",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "customer_id",
            sa.Integer,
            sa.ForeignKey("customer.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("occurred_at", sa.DateTime, nullable=False),
        sa.Column("kind", sa.String, nullable=False),
        sa.Column("summary", sa.String, nullable=False),
        sa.Column("detail", sa.String, nullable=False, server_default=""),
    )
    op.create_index("ix_event_customer_id", "event", ["customer_id"])
    op.create_table(
        "setting",
        sa.Column("key", sa.String, primary_key=True),
        sa.Column("value", sa.String, nullable=False),
    )


def downgrade() -> None:
    for table in ("setting", "event", "order_item", "orders", "customer"):
        op.drop_table(table)
