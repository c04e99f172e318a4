"""Lifecycle stats, stage history, and folded name/search keys for non-ASCII search.

Revision ID: 0002
Revises: 0001
"""

import re
import unicodedata

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"


# Frozen copy of lifecrm.core.text as it was when this migration was written: a migration must
# give the same result forever, whatever the live code becomes.
def _fold(text: str | None) -> str:
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", stripped.casefold()).strip()


def customer_keys(
    name: str | None,
    first_name: str | None,
    last_name: str | None,
    email: str | None,
    phone: str | None,
) -> dict[str, str]:
    digits = re.sub(r"\D", "", phone or "")
    parts = [_fold(name), _fold(first_name), _fold(last_name), _fold(email), digits]
    return {"name_key": _fold(name), "search_key": " ".join(p for p in parts if p)}


def upgrade() -> None:
    with op.batch_alter_table("customer") as batch:
        batch.add_column(sa.Column("name_key", sa.String, nullable=False, server_default=""))
        batch.add_column(sa.Column("search_key", sa.String, nullable=False, server_default=""))
        batch.create_index("ix_customer_name_key", ["name_key"])

    conn = op.get_bind()
    rows = conn.execute(
        sa.text("SELECT id, name, first_name, last_name, email, phone FROM customer")
    ).all()
    if rows:
        conn.execute(
            sa.text("UPDATE customer SET name_key=:name_key, search_key=:search_key WHERE id=:id"),
            [
                {"id": r.id, **customer_keys(r.name, r.first_name, r.last_name, r.email, r.phone)}
                for r in rows
            ],
        )

    op.create_table(
        "stage_change",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "customer_id",
            sa.Integer,
            sa.ForeignKey("customer.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("from_stage", sa.String),
        sa.Column("to_stage", sa.String, nullable=False),
        sa.Column("changed_on", sa.Date, nullable=False),
    )
    op.create_index("ix_stage_change_customer_id", "stage_change", ["customer_id"])
    op.create_table(
        "customer_stats",
        sa.Column(
            "customer_id",
            sa.Integer,
            sa.ForeignKey("customer.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("orders", sa.Integer, nullable=False, server_default="0"),
        sa.Column("total_minor", sa.Integer, nullable=False, server_default="0"),
        sa.Column("currency", sa.String),
        sa.Column("first_order", sa.Date),
        sa.Column("last_order", sa.Date),
        sa.Column("stage", sa.String, nullable=False),
        sa.Column("stage_since", sa.Date),
        sa.Column("recency", sa.Integer),
        sa.Column("frequency", sa.Integer),
        sa.Column("monetary", sa.Integer),
        sa.Column("rfm", sa.Integer),
        sa.Column("best", sa.Boolean, nullable=False, server_default=sa.false()),
    )
    for name, cols in {
        "ix_stats_stage_total": ["stage", "total_minor"],
        "ix_stats_stage_last": ["stage", "last_order"],
        "ix_stats_stage_orders": ["stage", "orders"],
        "ix_stats_total": ["total_minor"],
        "ix_stats_last": ["last_order"],
        "ix_stats_orders": ["orders"],
        "ix_stats_rfm": ["rfm"],
    }.items():
        op.create_index(name, "customer_stats", cols)


def downgrade() -> None:
    op.drop_table("customer_stats")
    op.drop_table("stage_change")
    with op.batch_alter_table("customer") as batch:
        batch.drop_index("ix_customer_name_key")
        batch.drop_column("search_key")
        batch.drop_column("name_key")
