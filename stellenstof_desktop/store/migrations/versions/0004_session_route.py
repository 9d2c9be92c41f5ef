"""the route a session follows: the five steps for the couple, or "Alleen verder" (solo)

Existing sessions keep "couple", also those one partner attended alone: that is what
the coach ran with them, and a migration must not change it silently.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29 10:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("sessions", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "route",
                sa.Enum("couple", "solo", name="sessionroute", native_enum=False, length=20),
                server_default="couple",
                nullable=False,
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("sessions", schema=None) as batch_op:
        batch_op.drop_column("route")
