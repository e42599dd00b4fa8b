"""the worker's shared state: scheduled jobs, heartbeats, daily summaries sent, and
attachments kept in the database

Revision ID: 0010_service
Revises: 0009_search_term_trigrams

Attachments used to be files in the instance folder of whichever host received them, so
every other host answered 404 and backups left them out. Their bytes now live in
`attachment_content`; upgrading copies each file in from the old folder
(GUIDANCE_FILES_DIR, by default instance/guidance-files) and downgrading writes them back.
A file missing from the folder stops the upgrade with a list of what is missing (run it
where the files are, or point GUIDANCE_FILES_DIR at them), unless
DROP_MISSING_ATTACHMENTS=true says those attachments may be removed.
"""

import logging
import os
import secrets
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision = "0010_service"
down_revision = "0009_search_term_trigrams"
branch_labels = None
depends_on = None

log = logging.getLogger("alembic.runtime.migration")
DROP_MISSING = "DROP_MISSING_ATTACHMENTS"


def _legacy_folder():
    try:
        from flask import current_app

        folder = current_app.config.get("GUIDANCE_FILES_DIR") or os.path.join(
            current_app.instance_path, "guidance-files"
        )
    except RuntimeError:  # run outside the app: nothing to copy from
        return None
    return Path(folder)


def upgrade():
    # First, before any table is made (SQLite's DDL is not transactional): a refusal over
    # missing files must leave the database exactly as it was.
    files = _files_to_copy()
    op.create_table(
        "scheduled_job",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("next_run_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_started_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_outcome", sa.String(length=200), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("runs", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_scheduled_job")),
    )
    op.create_table(
        "worker_heartbeat",
        sa.Column("worker_id", sa.String(length=120), nullable=False),
        sa.Column("host", sa.String(length=100), nullable=False),
        sa.Column("pid", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("beat_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("current_job", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("worker_id", name=op.f("pk_worker_heartbeat")),
    )
    with op.batch_alter_table("worker_heartbeat", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_worker_heartbeat_beat_at"), ["beat_at"])
    op.create_table(
        "digest_delivery",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("items", sa.Integer(), nullable=False),
        sa.Column("queued_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["user_account.id"],
            name=op.f("fk_digest_delivery_user_id_user_account"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("user_id", "day", name=op.f("pk_digest_delivery")),
    )
    # SQLite rebuilds guidance_attachment to drop a column, and dropping the old table
    # cascades to rows that refer to it: so the content table is made only afterwards.
    with op.batch_alter_table("guidance_attachment", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_guidance_attachment_stored_name"), type_="unique")
        batch_op.drop_column("stored_name")
    op.create_table(
        "attachment_content",
        sa.Column("attachment_id", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["attachment_id"],
            ["guidance_attachment.id"],
            name=op.f("fk_attachment_content_attachment_id_guidance_attachment"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("attachment_id", name=op.f("pk_attachment_content")),
    )
    content = sa.table(
        "attachment_content", sa.column("attachment_id"), sa.column("data", sa.LargeBinary)
    )
    for attachment_id, path in files:
        op.get_bind().execute(
            content.insert().values(attachment_id=attachment_id, data=path.read_bytes())
        )


def _files_to_copy():
    """(attachment id, file) for every attachment. A missing file stops the upgrade (with
    the list), unless the operator says those attachments may go: the usual cause is
    running it where the files are not (another host, or an installed package whose
    instance folder is elsewhere: set GUIDANCE_FILES_DIR)."""
    bind = op.get_bind()
    rows = bind.execute(sa.text("SELECT id, stored_name FROM guidance_attachment")).all()
    folder = _legacy_folder()
    found, missing = [], []
    for attachment_id, stored_name in rows:
        path = folder / stored_name if folder is not None else None
        if path is not None and path.is_file():
            found.append((attachment_id, path))
        else:
            missing.append((attachment_id, path or stored_name))
    if missing and os.environ.get(DROP_MISSING, "").lower() not in {"1", "true", "yes"}:
        listed = "; ".join(f"attachment {i}: {path}" for i, path in missing[:20])
        raise RuntimeError(
            f"{len(missing)} attachment file(s) are not in {folder} ({listed}). Run init-db "
            "where the files are, or set GUIDANCE_FILES_DIR to their folder; to remove "
            f"those attachments instead, set {DROP_MISSING}=true."
        )
    for attachment_id, path in missing:
        log.warning("Attachment %s: its file %s is missing; removing it", attachment_id, path)
        bind.execute(
            sa.text("DELETE FROM guidance_attachment WHERE id = :id"), {"id": attachment_id}
        )
    return found


def downgrade():
    bind = op.get_bind()
    folder = _legacy_folder()
    rows = bind.execute(sa.text("SELECT attachment_id, data FROM attachment_content")).all()
    if rows and folder is None:
        raise RuntimeError("Downgrading needs the app, to know where to write attachments.")
    written = []
    for attachment_id, data in rows:  # written out first: rebuilding the table drops them
        name = secrets.token_hex(16)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
        written.append((attachment_id, name))
    op.drop_table("attachment_content")
    with op.batch_alter_table("guidance_attachment", schema=None) as batch_op:
        batch_op.add_column(sa.Column("stored_name", sa.String(length=64), nullable=True))
    for attachment_id, name in written:
        bind.execute(
            sa.text("UPDATE guidance_attachment SET stored_name = :name WHERE id = :id"),
            {"name": name, "id": attachment_id},
        )
    bind.execute(sa.text("DELETE FROM guidance_attachment WHERE stored_name IS NULL"))
    with op.batch_alter_table("guidance_attachment", schema=None) as batch_op:
        batch_op.alter_column("stored_name", existing_type=sa.String(length=64), nullable=False)
        batch_op.create_unique_constraint(
            batch_op.f("uq_guidance_attachment_stored_name"), ["stored_name"]
        )
    op.drop_table("digest_delivery")
    with op.batch_alter_table("worker_heartbeat", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_worker_heartbeat_beat_at"))
    op.drop_table("worker_heartbeat")
    op.drop_table("scheduled_job")
