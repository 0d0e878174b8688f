"""usage_events.escalated: the user asked another model for this answer.

A click on "Ask <strong model> instead" is the clearest sign the first answer
was not enough; `tandem router train` learns from it, from the stored numeric
features (never from text).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("usage_events") as batch:
        batch.add_column(
            sa.Column("escalated", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("usage_events") as batch:
        batch.drop_column("escalated")
