"""Import history: each import's batch, what it created, and before-images to undo it.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"


def upgrade() -> None:
    op.create_table(
        "import_batch",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("file_name", sa.String, nullable=False),
        sa.Column("source", sa.String, nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("rows", sa.Integer, nullable=False, server_default="0"),
        sa.Column("customers_created", sa.Integer, nullable=False, server_default="0"),
        sa.Column("customers_updated", sa.Integer, nullable=False, server_default="0"),
        sa.Column("orders_created", sa.Integer, nullable=False, server_default="0"),
        sa.Column("orders_updated", sa.Integer, nullable=False, server_default="0"),
        sa.Column("orders_unchanged", sa.Integer, nullable=False, server_default="0"),
        sa.Column("problems", sa.Integer, nullable=False, server_default="0"),
        sa.Column("undone_at", sa.DateTime(timezone=True)),
    )
    op.create_table(
        "import_undo",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "import_id",
            sa.Integer,
            sa.ForeignKey("import_batch.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("kind", sa.String, nullable=False),
        sa.Column("row_id", sa.Integer, nullable=False),
        sa.Column("before", sa.String, nullable=False),
    )
    op.create_index("ix_import_undo_import_id", "import_undo", ["import_id"])
    with op.batch_alter_table("customer") as batch:
        batch.add_column(sa.Column("import_id", sa.Integer))
        batch.add_column(sa.Column("accepts_marketing", sa.Boolean))
        batch.create_index("ix_customer_import_id", ["import_id"])
        batch.create_index("ix_customer_phone_key", ["name_key", "phone"])
    with op.batch_alter_table("orders") as batch:
        batch.add_column(sa.Column("source_key", sa.String))
        batch.add_column(sa.Column("import_id", sa.Integer))
        batch.create_index("ix_orders_import_id", ["import_id"])
        batch.create_unique_constraint("uq_orders_source_key", ["source", "source_key"])


def downgrade() -> None:
    with op.batch_alter_table("orders") as batch:
        batch.drop_constraint("uq_orders_source_key", type_="unique")
        batch.drop_index("ix_orders_import_id")
        batch.drop_column("import_id")
        batch.drop_column("source_key")
    with op.batch_alter_table("customer") as batch:
        batch.drop_index("ix_customer_phone_key")
        batch.drop_index("ix_customer_import_id")
        batch.drop_column("accepts_marketing")
        batch.drop_column("import_id")
    op.drop_table("import_undo")
    op.drop_table("import_batch")
