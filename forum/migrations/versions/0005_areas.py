"""areas, community contracts and standards ledger

Revision ID: 0005_areas
Revises: 0004_guidance
"""

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision = "0005_areas"
down_revision = "0004_guidance"
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
