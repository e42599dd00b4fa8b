"""guidance library and search outbox

Revision ID: 0004_guidance
Revises: 0003_held_posts
"""

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision = "0004_guidance"
down_revision = "0003_held_posts"
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
