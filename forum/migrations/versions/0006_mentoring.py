"""mentor profiles, matching rounds, offers and mentoring questions

Revision ID: 0006_mentoring
Revises: 0005_areas
"""

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision = "0006_mentoring"
down_revision = "0005_areas"
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
