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


# The PostgreSQL search backend's documents: the same fields as the Whoosh schema, with a
# weighted tsvector (title A, headings and topics B, body C) kept by the database itself.
POSTGRES_SEARCH_SCHEMA = (
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    """
    CREATE TABLE search_document (
        id text PRIMARY KEY,
        grp text NOT NULL,
        kind text NOT NULL,
        source text NOT NULL,
        title text NOT NULL,
        heading text NOT NULL DEFAULT '',
        body text NOT NULL DEFAULT '',
        topic_names text NOT NULL DEFAULT '',
        url text NOT NULL,
        topics text[] NOT NULL DEFAULT '{}',
        board text,
        area text,
        region text,
        author text,
        audience text NOT NULL DEFAULT 'public',
        created_at timestamptz NOT NULL,
        tsv tsvector GENERATED ALWAYS AS (
            setweight(to_tsvector('english', title), 'A')
            || setweight(to_tsvector('english', heading || ' ' || topic_names), 'B')
            || setweight(to_tsvector('english', body), 'C')
        ) STORED
    )
    """,
    "CREATE INDEX ix_search_document_tsv ON search_document USING gin (tsv)",
    # Guidance is always ranked in full, so it has its own small index.
    "CREATE INDEX ix_search_document_tsv_guidance ON search_document USING gin (tsv)"
    " WHERE kind = 'guidance'",
    "CREATE INDEX ix_search_document_kind_created_at ON search_document (kind, created_at)",
    "CREATE INDEX ix_search_document_grp ON search_document (grp)",
    "CREATE INDEX ix_search_document_topics ON search_document USING gin (topics)",
    "CREATE INDEX ix_search_document_created_at ON search_document (created_at)",
    # Words seen in the index, for "did you mean": found by trigram similarity.
    "CREATE TABLE search_term (word text PRIMARY KEY, doc_count integer NOT NULL)",
    "CREATE INDEX ix_search_term_trgm ON search_term USING gin (word gin_trgm_ops)",
)


def upgrade():
    with op.batch_alter_table("board", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("private", sa.Boolean(), server_default=sa.false(), nullable=False)
        )

    op.create_table(
        "guidance_page",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("slug", sa.String(length=100), nullable=False),
        sa.Column("title", sa.String(length=150), nullable=False),
        sa.Column("summary", sa.String(length=400), nullable=False),
        sa.Column("markdown", sa.Text(), nullable=False),
        sa.Column("html", sa.Text(), nullable=False),
        sa.Column("sections", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("review_by", sa.Date(), nullable=True),
        sa.Column("revision_count", sa.Integer(), nullable=False),
        sa.Column("change_note", sa.String(length=300), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "status IN ('draft', 'published', 'archived')",
            name=op.f("ck_guidance_page_status_valid"),
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["user_account.id"],
            name=op.f("fk_guidance_page_owner_id_user_account"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_guidance_page")),
        sa.UniqueConstraint("slug", name=op.f("uq_guidance_page_slug")),
    )
    with op.batch_alter_table("guidance_page", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_guidance_page_owner_id"), ["owner_id"])
        batch_op.create_index(batch_op.f("ix_guidance_page_review_by"), ["review_by"])
        batch_op.create_index(batch_op.f("ix_guidance_page_status"), ["status"])

    op.create_table(
        "guidance_topic",
        sa.Column("page_id", sa.Integer(), nullable=False),
        sa.Column("topic_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["page_id"],
            ["guidance_page.id"],
            name=op.f("fk_guidance_topic_page_id_guidance_page"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["topic_id"],
            ["topic.id"],
            name=op.f("fk_guidance_topic_topic_id_topic"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("page_id", "topic_id", name=op.f("pk_guidance_topic")),
    )
    with op.batch_alter_table("guidance_topic", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_guidance_topic_topic_id"), ["topic_id"])

    op.create_table(
        "guidance_revision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("page_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=150), nullable=False),
        sa.Column("summary", sa.String(length=400), nullable=False),
        sa.Column("markdown", sa.Text(), nullable=False),
        sa.Column("topic_slugs", sa.JSON(), nullable=False),
        sa.Column("change_note", sa.String(length=300), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_id"],
            ["user_account.id"],
            name=op.f("fk_guidance_revision_author_id_user_account"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["page_id"],
            ["guidance_page.id"],
            name=op.f("fk_guidance_revision_page_id_guidance_page"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_guidance_revision")),
        sa.UniqueConstraint("page_id", "number", name=op.f("uq_guidance_revision_page_id_number")),
    )

    op.create_table(
        "guidance_attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("page_id", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(length=200), nullable=False),
        sa.Column("stored_name", sa.String(length=64), nullable=False),
        sa.Column("content_type", sa.String(length=100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("uploaded_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["page_id"],
            ["guidance_page.id"],
            name=op.f("fk_guidance_attachment_page_id_guidance_page"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["uploaded_by_id"],
            ["user_account.id"],
            name=op.f("fk_guidance_attachment_uploaded_by_id_user_account"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_guidance_attachment")),
        sa.UniqueConstraint("stored_name", name=op.f("uq_guidance_attachment_stored_name")),
    )
    with op.batch_alter_table("guidance_attachment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_guidance_attachment_page_id"), ["page_id"])

    op.create_table(
        "search_outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("object_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "kind IN ('guidance', 'thread', 'post')", name=op.f("ck_search_outbox_kind_valid")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_search_outbox")),
    )

    with op.batch_alter_table("thread", schema=None) as batch_op:
        batch_op.add_column(sa.Column("guidance_page_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_thread_guidance_page_id"), ["guidance_page_id"])
        batch_op.create_foreign_key(
            batch_op.f("fk_thread_guidance_page_id_guidance_page"),
            "guidance_page",
            ["guidance_page_id"],
            ["id"],
            ondelete="SET NULL",
        )

    if op.get_bind().dialect.name == "postgresql":
        for statement in POSTGRES_SEARCH_SCHEMA:
            op.execute(statement)


def downgrade():
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TABLE search_document")
        op.execute("DROP TABLE search_term")
    with op.batch_alter_table("thread", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_thread_guidance_page_id_guidance_page"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_thread_guidance_page_id"))
        batch_op.drop_column("guidance_page_id")
    op.drop_table("search_outbox")
    op.drop_table("guidance_attachment")
    op.drop_table("guidance_revision")
    op.drop_table("guidance_topic")
    op.drop_table("guidance_page")
    with op.batch_alter_table("board", schema=None) as batch_op:
        batch_op.drop_column("private")
