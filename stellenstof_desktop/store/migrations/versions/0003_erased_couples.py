"""erased couples (ids and dates only), so a restored backup is erased again

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 03:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "erased_couples",
        sa.Column("couple_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("erased_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("couple_id", name=op.f("pk_erased_couples")),
    )


def downgrade() -> None:
    op.drop_table("erased_couples")
