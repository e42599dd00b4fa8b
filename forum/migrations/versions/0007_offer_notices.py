"""area members and programme staff hear when an offer is made or passes on

Revision ID: 0007_offer_notices
Revises: 0006_mentoring

Two notification kinds: "offer_made" (an offer was made to a mentor for your area) and
"offer_passed" (after a decline or expiry, the offer went to the next-ranked mentor).
Downgrading deletes those notifications: the code before this revision cannot show them.
"""

from alembic import op

revision = "0007_offer_notices"
down_revision = "0006_mentoring"
branch_labels = None
depends_on = None

OLD_KINDS = (
    "'reply', 'quote', 'mention', 'accepted', 'new_thread', 'offer', 'offer_accepted'"
    ", 'offer_declined', 'offer_expired', 'match_ended', 'question', 'question_open'"
)
NEW_KINDS = OLD_KINDS + ", 'offer_made', 'offer_passed'"


def _allow(kinds):
    with op.batch_alter_table("notification", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_notification_kind_valid"), type_="check")
        batch_op.create_check_constraint(
            batch_op.f("ck_notification_kind_valid"), f"kind IN ({kinds})"
        )


def upgrade():
    _allow(NEW_KINDS)


def downgrade():
    op.execute("DELETE FROM notification WHERE kind IN ('offer_made', 'offer_passed')")
    _allow(OLD_KINDS)
