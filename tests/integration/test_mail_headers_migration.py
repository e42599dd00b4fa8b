"""Migration 0011 (mail headers): mail queued before it, or across a downgrade, is still
sent, with a Message-ID of its own; and the schema is what the models describe."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask import Flask
from flask_migrate import downgrade, upgrade
from sqlalchemy import inspect, select

from forum.extensions import db
from forum.mail import deliver_due, queue_email
from forum.models import OutboundEmail
from tests.conftest import MailCatcher

NEW_COLUMNS = {"message_id_header", "unsubscribe_url"}


def test_queued_mail_survives_a_downgrade_and_upgrade(
    app: Flask, smtp_server: tuple[MailCatcher, int]
) -> None:
    catcher, port = smtp_server
    app.config.update(MAIL_SERVER="127.0.0.1", MAIL_PORT=port, SITE_URL="https://forum.example.org")
    queue_email(
        to="waiting@example.org",
        subject="Queued before the downgrade",
        body="Hello",
        unsubscribe_url="https://forum.example.org/email/unsubscribe/x",
    )
    db.session.commit()
    directory = app.extensions["migrate"].directory
    db.session.remove()
    downgrade(directory=directory, revision="0010_service")
    try:
        columns = {c["name"] for c in inspect(db.engine).get_columns("outbound_email")}
    finally:
        upgrade(directory=directory)
    assert not columns & NEW_COLUMNS

    row = db.session.scalar(select(OutboundEmail))
    assert (row.message_id_header, row.unsubscribe_url) == (None, None)  # as if queued before 0011
    assert deliver_due().sent == 1
    message = catcher.wait_for("waiting@example.org")
    assert message["Message-ID"].endswith("@forum.example.org>")
    assert message["Auto-Submitted"] == "auto-generated"
    assert message["List-Unsubscribe"] is None

    with db.engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), db.metadata)
    ours = [d for d in differences if "outbound_email" in str(d)]
    assert not ours, ours
