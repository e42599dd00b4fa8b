"""mentor profiles, matching rounds, offers and mentoring questions

Revision ID: 0006_mentoring
Revises: 0005_areas

Notifications can now be about a mentoring offer (match_id) rather than a thread, and gain
the mentoring kinds. The "Mentoring questions" board is made on first use (or by seed-demo).

Downgrading drops who may read each private question, and the code before this revision
shows any thread to anyone who has its address. So the questions not yet published are
hidden first (moderators and each asker still see their own), and the notifications and
other people's subscriptions that point at them go: nothing private is left readable.
An upgrade afterwards leaves them hidden, for staff to restore.
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_mentoring"
down_revision = "0005_areas"
branch_labels = None
depends_on = None

OLD_KINDS = "'reply', 'quote', 'mention', 'accepted', 'new_thread'"
NEW_KINDS = (
    OLD_KINDS
    + ", 'offer', 'offer_accepted', 'offer_declined', 'offer_expired', 'match_ended', 'question'"
    + ", 'question_open'"
)


def upgrade():
    op.create_table(
        "matching_round",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["user_account.id"],
            name=op.f("fk_matching_round_created_by_id_user_account"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_matching_round")),
    )
    op.create_table(
        "mentor_profile",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("bio_markdown", sa.Text(), nullable=False),
        sa.Column("bio_html", sa.Text(), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("available", sa.Boolean(), server_default=sa.true(), nullable=False),
        sa.Column("areas_mentored", sa.Integer(), nullable=False),
        sa.Column("years_experience", sa.Integer(), nullable=False),
        sa.Column("signed_contracts", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "areas_mentored >= 0 AND years_experience >= 0 AND signed_contracts >= 0",
            name=op.f("ck_mentor_profile_experience_not_negative"),
        ),
        sa.CheckConstraint("capacity > 0", name=op.f("ck_mentor_profile_capacity_positive")),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["user_account.id"],
            name=op.f("fk_mentor_profile_user_id_user_account"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_mentor_profile")),
    )
    op.create_table(
        "matching_proposal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("area_id", sa.Integer(), nullable=False),
        sa.Column("mentor_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("reasons", sa.JSON(), nullable=False),
        sa.Column("adjusted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.ForeignKeyConstraint(
            ["area_id"],
            ["area.id"],
            name=op.f("fk_matching_proposal_area_id_area"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["mentor_id"],
            ["user_account.id"],
            name=op.f("fk_matching_proposal_mentor_id_user_account"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["matching_round.id"],
            name=op.f("fk_matching_proposal_round_id_matching_round"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_matching_proposal")),
        sa.UniqueConstraint(
            "round_id", "area_id", name=op.f("uq_matching_proposal_round_id_area_id")
        ),
    )
    op.create_table(
        "mentor_conflict_area",
        sa.Column("mentor_id", sa.Integer(), nullable=False),
        sa.Column("area_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["area_id"],
            ["area.id"],
            name=op.f("fk_mentor_conflict_area_area_id_area"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["mentor_id"],
            ["mentor_profile.user_id"],
            name=op.f("fk_mentor_conflict_area_mentor_id_mentor_profile"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("mentor_id", "area_id", name=op.f("pk_mentor_conflict_area")),
    )
    op.create_table(
        "mentor_conflict_organisation",
        sa.Column("mentor_id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["mentor_id"],
            ["mentor_profile.user_id"],
            name=op.f("fk_mentor_conflict_organisation_mentor_id_mentor_profile"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_mentor_conflict_organisation_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "mentor_id", "organisation_id", name=op.f("pk_mentor_conflict_organisation")
        ),
    )
    op.create_table(
        "mentor_expertise",
        sa.Column("mentor_id", sa.Integer(), nullable=False),
        sa.Column("topic_id", sa.Integer(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.CheckConstraint("level BETWEEN 1 AND 3", name=op.f("ck_mentor_expertise_level_valid")),
        sa.ForeignKeyConstraint(
            ["mentor_id"],
            ["mentor_profile.user_id"],
            name=op.f("fk_mentor_expertise_mentor_id_mentor_profile"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["topic_id"],
            ["topic.id"],
            name=op.f("fk_mentor_expertise_topic_id_topic"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("mentor_id", "topic_id", name=op.f("pk_mentor_expertise")),
    )
    op.create_table(
        "mentor_region",
        sa.Column("mentor_id", sa.Integer(), nullable=False),
        sa.Column("region_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["mentor_id"],
            ["mentor_profile.user_id"],
            name=op.f("fk_mentor_region_mentor_id_mentor_profile"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["region_id"],
            ["region.id"],
            name=op.f("fk_mentor_region_region_id_region"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("mentor_id", "region_id", name=op.f("pk_mentor_region")),
    )
    op.create_table(
        "mentoring_match",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("area_id", sa.Integer(), nullable=False),
        sa.Column("mentor_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("reasons", sa.JSON(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=True),
        sa.Column("requested_by_id", sa.Integer(), nullable=True),
        sa.Column("deadline", sa.DateTime(timezone=True), nullable=True),
        sa.Column("offered_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("decline_reason", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "status IN ('offered', 'accepted', 'declined', 'expired', 'active', 'ended')",
            name=op.f("ck_mentoring_match_status_valid"),
        ),
        sa.ForeignKeyConstraint(
            ["area_id"],
            ["area.id"],
            name=op.f("fk_mentoring_match_area_id_area"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["mentor_id"],
            ["user_account.id"],
            name=op.f("fk_mentoring_match_mentor_id_user_account"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["requested_by_id"],
            ["user_account.id"],
            name=op.f("fk_mentoring_match_requested_by_id_user_account"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["matching_round.id"],
            name=op.f("fk_mentoring_match_round_id_matching_round"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mentoring_match")),
    )
    with op.batch_alter_table("mentoring_match", schema=None) as batch_op:
        batch_op.create_index("ix_mentoring_match_area_status", ["area_id", "status"], unique=False)
        batch_op.create_index(
            "ix_mentoring_match_mentor_status", ["mentor_id", "status"], unique=False
        )
        batch_op.create_index(
            "ix_mentoring_match_status_deadline", ["status", "deadline"], unique=False
        )

    op.create_table(
        "mentoring_match_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("match_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "status IN ('offered', 'accepted', 'declined', 'expired', 'active', 'ended')",
            name=op.f("ck_mentoring_match_event_status_valid"),
        ),
        sa.ForeignKeyConstraint(
            ["actor_id"],
            ["user_account.id"],
            name=op.f("fk_mentoring_match_event_actor_id_user_account"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["match_id"],
            ["mentoring_match.id"],
            name=op.f("fk_mentoring_match_event_match_id_mentoring_match"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mentoring_match_event")),
    )
    with op.batch_alter_table("mentoring_match_event", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_mentoring_match_event_match_id"), ["match_id"], unique=False
        )

    op.create_table(
        "mentoring_question",
        sa.Column("thread_id", sa.Integer(), nullable=False),
        sa.Column("area_id", sa.Integer(), nullable=False),
        sa.Column("mentor_id", sa.Integer(), nullable=True),
        sa.Column("asked_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("first_answer_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("first_answer_by_id", sa.Integer(), nullable=True),
        sa.Column("offered_to_all_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("publish_consent", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["area_id"],
            ["area.id"],
            name=op.f("fk_mentoring_question_area_id_area"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["first_answer_by_id"],
            ["user_account.id"],
            name=op.f("fk_mentoring_question_first_answer_by_id_user_account"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["mentor_id"],
            ["user_account.id"],
            name=op.f("fk_mentoring_question_mentor_id_user_account"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["thread_id"],
            ["thread.id"],
            name=op.f("fk_mentoring_question_thread_id_thread"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("thread_id", name=op.f("pk_mentoring_question")),
    )
    with op.batch_alter_table("mentoring_question", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_mentoring_question_area_id"), ["area_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_mentoring_question_first_answer_by_id"),
            ["first_answer_by_id"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_mentoring_question_mentor_id"), ["mentor_id"], unique=False
        )
        batch_op.create_index(
            "ix_mentoring_question_open", ["first_answer_at", "asked_at"], unique=False
        )

    with op.batch_alter_table("notification", schema=None) as batch_op:
        batch_op.add_column(sa.Column("match_id", sa.Integer(), nullable=True))
        batch_op.alter_column("thread_id", existing_type=sa.INTEGER(), nullable=True)
        batch_op.create_foreign_key(
            batch_op.f("fk_notification_match_id_mentoring_match"),
            "mentoring_match",
            ["match_id"],
            ["id"],
            ondelete="CASCADE",
        )
        batch_op.drop_constraint(batch_op.f("ck_notification_kind_valid"), type_="check")
        batch_op.create_check_constraint(
            batch_op.f("ck_notification_kind_valid"), f"kind IN ({NEW_KINDS})"
        )


UNPUBLISHED_QUESTIONS = "SELECT thread_id FROM mentoring_question WHERE published_at IS NULL"


def _keep_questions_private():
    hide = f"UPDATE thread SET hidden = :hidden WHERE id IN ({UNPUBLISHED_QUESTIONS})"  # noqa: S608 - constants
    op.execute(sa.text(hide).bindparams(hidden=True))
    op.execute(f"DELETE FROM notification WHERE thread_id IN ({UNPUBLISHED_QUESTIONS})")  # noqa: S608 - constants
    op.execute(
        "DELETE FROM subscription WHERE thread_id IN ("
        "SELECT thread.id FROM thread JOIN mentoring_question "
        "ON mentoring_question.thread_id = thread.id "
        "WHERE mentoring_question.published_at IS NULL "
        "AND thread.author_id <> subscription.user_id)"
    )


def downgrade():
    _keep_questions_private()
    op.execute(f"DELETE FROM notification WHERE kind NOT IN ({OLD_KINDS}) OR thread_id IS NULL")  # noqa: S608 - constants
    with op.batch_alter_table("notification", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_notification_kind_valid"), type_="check")
        batch_op.create_check_constraint(
            batch_op.f("ck_notification_kind_valid"), f"kind IN ({OLD_KINDS})"
        )
        batch_op.drop_constraint(
            batch_op.f("fk_notification_match_id_mentoring_match"), type_="foreignkey"
        )
        batch_op.alter_column("thread_id", existing_type=sa.INTEGER(), nullable=False)
        batch_op.drop_column("match_id")

    with op.batch_alter_table("mentoring_question", schema=None) as batch_op:
        batch_op.drop_index("ix_mentoring_question_open")
        batch_op.drop_index(batch_op.f("ix_mentoring_question_mentor_id"))
        batch_op.drop_index(batch_op.f("ix_mentoring_question_first_answer_by_id"))
        batch_op.drop_index(batch_op.f("ix_mentoring_question_area_id"))

    op.drop_table("mentoring_question")
    with op.batch_alter_table("mentoring_match_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mentoring_match_event_match_id"))

    op.drop_table("mentoring_match_event")
    with op.batch_alter_table("mentoring_match", schema=None) as batch_op:
        batch_op.drop_index("ix_mentoring_match_status_deadline")
        batch_op.drop_index("ix_mentoring_match_mentor_status")
        batch_op.drop_index("ix_mentoring_match_area_status")

    op.drop_table("mentoring_match")
    op.drop_table("mentor_region")
    op.drop_table("mentor_expertise")
    op.drop_table("mentor_conflict_organisation")
    op.drop_table("mentor_conflict_area")
    op.drop_table("matching_proposal")
    op.drop_table("mentor_profile")
    op.drop_table("matching_round")
