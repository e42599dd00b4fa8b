"""areas, community contracts and standards ledger

Revision ID: 0005_areas
Revises: 0004_guidance

The contract stages become the issue's six: exploring, drafting, consulting, signed,
monitoring, reviewing. Old values move to their nearest new stage: "getting_started" to
"exploring" (no draft exists yet), "developing" to "drafting", and "lapsed" to "reviewing"
(a lapsed contract is restarted by reviewing it with residents).
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_areas"
down_revision = "0004_guidance"
branch_labels = None
depends_on = None

NEW_STAGES = "'exploring', 'drafting', 'consulting', 'signed', 'monitoring', 'reviewing'"
OLD_STAGES = (
    "'exploring', 'getting_started', 'developing', 'signed', 'monitoring', 'reviewing', 'lapsed'"
)
UPGRADE_STAGES = {"getting_started": "exploring", "developing": "drafting", "lapsed": "reviewing"}
DOWNGRADE_STAGES = {"drafting": "developing", "consulting": "developing"}


def _move_stages(mapping: dict[str, str]) -> None:
    area = sa.table("area", sa.column("contract_stage", sa.String))
    for old, new in mapping.items():
        op.execute(area.update().where(area.c.contract_stage == old).values(contract_stage=new))


def _user_fk(column: str, table: str, ondelete: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column],
        ["user_account.id"],
        name=op.f(f"fk_{table}_{column}_user_account"),
        ondelete=ondelete,
    )


def upgrade():
    with op.batch_alter_table("area", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_area_contract_stage_valid"), type_="check")
    _move_stages(UPGRADE_STAGES)
    with op.batch_alter_table("area", schema=None) as batch_op:
        batch_op.create_check_constraint(
            op.f("ck_area_contract_stage_valid"), f"contract_stage IN ({NEW_STAGES})"
        )

    op.create_table(
        "area_member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("area_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "role IN ('officer', 'residents_representative', 'partner')",
            name=op.f("ck_area_member_role_valid"),
        ),
        sa.ForeignKeyConstraint(
            ["area_id"], ["area.id"], name=op.f("fk_area_member_area_id_area"), ondelete="CASCADE"
        ),
        _user_fk("user_id", "area_member", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_area_member")),
        sa.UniqueConstraint("area_id", "user_id", name=op.f("uq_area_member_area_id_user_id")),
    )
    with op.batch_alter_table("area_member", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_area_member_user_id"), ["user_id"], unique=False)

    op.create_table(
        "community_contract",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("area_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=150), nullable=False),
        sa.Column("parties", sa.JSON(), nullable=False),
        sa.Column("residents_commitments", sa.JSON(), nullable=False),
        sa.Column("redress_options", sa.JSON(), nullable=False),
        sa.Column("response_days", sa.Integer(), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.Column("review_on", sa.Date(), nullable=True),
        sa.Column("standards_issued", sa.Integer(), nullable=False),
        sa.Column("revision_count", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "response_days BETWEEN 1 AND 365",
            name=op.f("ck_community_contract_response_days_range"),
        ),
        sa.ForeignKeyConstraint(
            ["area_id"],
            ["area.id"],
            name=op.f("fk_community_contract_area_id_area"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_community_contract")),
        sa.UniqueConstraint("area_id", name=op.f("uq_community_contract_area_id")),
    )

    op.create_table(
        "service_standard",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("area_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("topic_id", sa.Integer(), nullable=False),
        sa.Column("provider", sa.String(length=150), nullable=False),
        sa.Column("description", sa.String(length=300), nullable=False),
        sa.Column("target", sa.String(length=150), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("withdrawn_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["area_id"],
            ["area.id"],
            name=op.f("fk_service_standard_area_id_area"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["topic_id"], ["topic.id"], name=op.f("fk_service_standard_topic_id_topic")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_standard")),
        sa.UniqueConstraint("area_id", "number", name=op.f("uq_service_standard_area_id_number")),
    )
    with op.batch_alter_table("service_standard", schema=None) as batch_op:
        batch_op.create_index("ix_service_standard_topic_id", ["topic_id"], unique=False)

    op.create_table(
        "ledger_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("standard_id", sa.Integer(), nullable=False),
        sa.Column("recorded_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("measured_value", sa.String(length=100), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("evidence_html", sa.Text(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "status IN ('met', 'at_risk', 'missed')", name=op.f("ck_ledger_entry_status_valid")
        ),
        _user_fk("author_id", "ledger_entry", "SET NULL"),
        sa.ForeignKeyConstraint(
            ["standard_id"],
            ["service_standard.id"],
            name=op.f("fk_ledger_entry_standard_id_service_standard"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ledger_entry")),
    )
    with op.batch_alter_table("ledger_entry", schema=None) as batch_op:
        batch_op.create_index(
            "ix_ledger_entry_standard", ["standard_id", "recorded_on"], unique=False
        )

    op.create_table(
        "progress_update",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("area_id", sa.Integer(), nullable=False),
        sa.Column("recorded_on", sa.Date(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("html", sa.Text(), nullable=False),
        sa.Column("standard_id", sa.Integer(), nullable=True),
        sa.Column("measured_value", sa.String(length=100), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["area_id"],
            ["area.id"],
            name=op.f("fk_progress_update_area_id_area"),
            ondelete="CASCADE",
        ),
        _user_fk("author_id", "progress_update", "SET NULL"),
        sa.ForeignKeyConstraint(
            ["standard_id"],
            ["service_standard.id"],
            name=op.f("fk_progress_update_standard_id_service_standard"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_progress_update")),
    )
    with op.batch_alter_table("progress_update", schema=None) as batch_op:
        batch_op.create_index("ix_progress_update_area", ["area_id", "recorded_on"], unique=False)

    op.create_table(
        "standard_thread",
        sa.Column("standard_id", sa.Integer(), nullable=False),
        sa.Column("thread_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("ledger_entry_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "kind IN ('discussion', 'redress')", name=op.f("ck_standard_thread_kind_valid")
        ),
        sa.ForeignKeyConstraint(
            ["ledger_entry_id"],
            ["ledger_entry.id"],
            name=op.f("fk_standard_thread_ledger_entry_id_ledger_entry"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["standard_id"],
            ["service_standard.id"],
            name=op.f("fk_standard_thread_standard_id_service_standard"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["thread_id"],
            ["thread.id"],
            name=op.f("fk_standard_thread_thread_id_thread"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("standard_id", "thread_id", name=op.f("pk_standard_thread")),
    )
    with op.batch_alter_table("standard_thread", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_standard_thread_thread_id"), ["thread_id"], unique=False
        )

    op.create_table(
        "contract_revision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("area_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("editor_id", sa.Integer(), nullable=True),
        sa.Column("summary", sa.String(length=300), nullable=False),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["area_id"],
            ["area.id"],
            name=op.f("fk_contract_revision_area_id_area"),
            ondelete="CASCADE",
        ),
        _user_fk("editor_id", "contract_revision", "SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contract_revision")),
        sa.UniqueConstraint("area_id", "number", name=op.f("uq_contract_revision_area_id_number")),
    )


def downgrade():
    op.drop_table("contract_revision")
    op.drop_table("standard_thread")
    op.drop_table("progress_update")
    op.drop_table("ledger_entry")
    op.drop_table("service_standard")
    op.drop_table("community_contract")
    op.drop_table("area_member")
    with op.batch_alter_table("area", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_area_contract_stage_valid"), type_="check")
    _move_stages(DOWNGRADE_STAGES)
    with op.batch_alter_table("area", schema=None) as batch_op:
        batch_op.create_check_constraint(
            op.f("ck_area_contract_stage_valid"), f"contract_stage IN ({OLD_STAGES})"
        )
