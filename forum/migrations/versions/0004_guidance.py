"""guidance library and search outbox

Revision ID: 0004_guidance
Revises: 0003_held_posts
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_guidance"
down_revision = "0003_held_posts"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("board", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("private", sa.Boolean(), server_default=sa.false(), nullable=False)
        )


def downgrade():
    with op.batch_alter_table("board", schema=None) as batch_op:
        batch_op.drop_column("private")
