"""Changing or deleting an order forgets the recompute's orders stamp, so the stamp itself
can be cheap (the number of orders and the highest id, which every insert changes).

Revision ID: 0008
Revises: 0006
"""

from alembic import op

revision = "0008"
down_revision = "0006"

_FORGET = "BEGIN DELETE FROM setting WHERE key = 'stats_orders_stamp'; END"


def upgrade() -> None:
    op.execute(
        "CREATE TRIGGER orders_changed AFTER UPDATE OF customer_id, status, order_date,"
        f" total_minor, currency ON orders {_FORGET}"
    )
    op.execute(f"CREATE TRIGGER orders_deleted AFTER DELETE ON orders {_FORGET}")
    op.execute("DELETE FROM setting WHERE key = 'stats_orders_stamp'")  # the old, costly kind


def downgrade() -> None:
    op.execute("DROP TRIGGER orders_deleted")
    op.execute("DROP TRIGGER orders_changed")
