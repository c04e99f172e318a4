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
    # Stats without a trend are stale: the window recomputes at start, and the full way.
    op.execute("DELETE FROM setting WHERE key IN ('stats_orders_stamp', 'stats_as_of')")


def downgrade() -> None:
    with op.batch_alter_table("customer_stats") as batch:
        batch.drop_index("ix_stats_trend")
        batch.drop_column("trend")
