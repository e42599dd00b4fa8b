"""email headers of a mature sender: a Message-ID kept across retries, List-Unsubscribe

Revision ID: 0011_mail_headers
Revises: 0010_service

`outbound_email.message_id_header` is chosen when a message is queued, so a retry carries
the same Message-ID; rows already queued get one at their next attempt.
`outbound_email.unsubscribe_url` is sent as the List-Unsubscribe header (RFC 8058
one-click) on notifications and daily summaries. Downgrading drops both: messages still
queued then go out without those headers.
"""

import sqlalchemy as sa
from alembic import op

revision = "0011_mail_headers"
down_revision = "0010_service"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("outbound_email", schema=None) as batch_op:
        batch_op.add_column(sa.Column("message_id_header", sa.String(length=300), nullable=True))
        batch_op.add_column(sa.Column("unsubscribe_url", sa.String(length=2000), nullable=True))


def downgrade():
    with op.batch_alter_table("outbound_email", schema=None) as batch_op:
        batch_op.drop_column("unsubscribe_url")
        batch_op.drop_column("message_id_header")
