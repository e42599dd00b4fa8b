"""posts that link to a standard's page, so the page lists their threads

Revision ID: 0008_standard_post_links
Revises: 0007_offer_notices

From now on the links are recorded as posts are written and edited. The upgrade reads the
posts already written once, so threads that linked a standard before it are listed too
(full links count when they name SITE_URL's host; relative ones always).
"""

from urllib.parse import urlsplit

import sqlalchemy as sa
from alembic import op
from flask import current_app

from forum.areas.standard_links import standard_references

revision = "0008_standard_post_links"
down_revision = "0007_offer_notices"
branch_labels = None
depends_on = None


def upgrade():
    links = op.create_table(
        "standard_post_link",
        sa.Column("post_id", sa.Integer(), nullable=False),
        sa.Column("standard_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["post_id"],
            ["post.id"],
            name=op.f("fk_standard_post_link_post_id_post"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["standard_id"],
            ["service_standard.id"],
            name=op.f("fk_standard_post_link_standard_id_service_standard"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("post_id", "standard_id", name=op.f("pk_standard_post_link")),
    )
    with op.batch_alter_table("standard_post_link", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_standard_post_link_standard_id"), ["standard_id"], unique=False
        )
    _record_existing_links(links)


def _record_existing_links(links):
    bind = op.get_bind()
    standards = {
        (slug, number): standard_id
        for standard_id, slug, number in bind.execute(
            sa.text(
                "SELECT service_standard.id, area.slug, service_standard.number "
                "FROM service_standard JOIN area ON area.id = service_standard.area_id"
            )
        )
    }
    if not standards:
        return
    hosts = {urlsplit(current_app.config["SITE_URL"]).netloc.lower()}
    rows = []
    posts = bind.execute(sa.text("SELECT id, html FROM post WHERE html LIKE '%/standards/%'"))
    for post_id, html in posts:
        for reference in standard_references(html, site_hosts=hosts):
            standard_id = standards.get(tuple(reference))
            if standard_id is not None:
                rows.append({"post_id": post_id, "standard_id": standard_id})
    if rows:
        op.bulk_insert(links, rows)


def downgrade():
    with op.batch_alter_table("standard_post_link", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_standard_post_link_standard_id"))
    op.drop_table("standard_post_link")
