"""Each customer's buying trend, kept with their stats so segments filter on it directly.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"


def upgrade() -> None:
    with op.batch_alter_table("customer_stats") as batch:
        batch.add_column(sa.Column("trend", sa.String))
        batch.create_index("ix_stats_trend", ["trend"])
    # The next recompute fills it: make sure it is a full one.
    op.execute("DELETE FROM setting WHERE key = 'stats_orders_stamp'")


def downgrade() -> None:
    with op.batch_alter_table("customer_stats") as batch:
        batch.drop_index("ix_stats_trend")
        batch.drop_column("trend")
