"""Campaigns and the outbox: every message to send, its state and its stable Message-ID;
an index of each customer's orders by day for the segments' buying-trend condition.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"


def upgrade() -> None:
    op.create_table(
        "campaign",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String, nullable=False),
        sa.Column("template_key", sa.String, nullable=False),
        sa.Column("audience", sa.String, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "campaign_id",
            sa.Integer,
            sa.ForeignKey("campaign.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column(
            "customer_id",
            sa.Integer,
            sa.ForeignKey("customer.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("email", sa.String, nullable=False),
        sa.Column("name", sa.String, nullable=False),
        sa.Column("language", sa.String, nullable=False),
        sa.Column("subject", sa.String, nullable=False),
        sa.Column("text", sa.String, nullable=False),
        sa.Column("html", sa.String, nullable=False),
        sa.Column("raw", sa.String),
        sa.Column("raw_sender", sa.String),
        sa.Column("message_id", sa.String, nullable=False, unique=True),
        sa.Column("state", sa.String, nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True)),
        sa.Column("last_error", sa.String, nullable=False, server_default=""),
        sa.Column("queued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sending_at", sa.DateTime(timezone=True)),
        sa.Column("sent_at", sa.DateTime(timezone=True)),
    )
    op.create_index("ix_outbox_campaign_id", "outbox", ["campaign_id"])
    op.create_index("ix_outbox_state", "outbox", ["state", "next_attempt_at"])
    op.create_index("ix_outbox_customer_sent", "outbox", ["customer_id", "sent_at"])
    op.create_index("ix_outbox_sent_at", "outbox", ["sent_at"])
    # Segments: a customer's purchase days newest first (the buying-trend condition).
    op.create_index("ix_orders_customer_date", "orders", ["customer_id", "order_date", "status"])


def downgrade() -> None:
    op.drop_index("ix_orders_customer_date", "orders")
    op.drop_table("outbox")
    op.drop_table("campaign")
