"""guidance owners are reminded, once, when a page's review date comes

Revision ID: 0012_guidance_review_reminders
Revises: 0011_mail_headers
"""

import sqlalchemy as sa
from alembic import op

revision = "0012_guidance_review_reminders"
down_revision = "0011_mail_headers"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "guidance_review_reminder",
        sa.Column("page_id", sa.Integer(), nullable=False),
        sa.Column("review_by", sa.Date(), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["page_id"],
            ["guidance_page.id"],
            name=op.f("fk_guidance_review_reminder_page_id_guidance_page"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("page_id", "review_by", name=op.f("pk_guidance_review_reminder")),
    )


def downgrade():
    op.drop_table("guidance_review_reminder")
