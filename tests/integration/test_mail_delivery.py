"""Delivering the outbox: a message that can never be built stops nothing else, and a
claim is timed when it is taken, so a slow batch cannot hand its mail to a second sender."""

from __future__ import annotations

from datetime import timedelta
from email.message import EmailMessage

from flask import Flask

from forum.extensions import db
from forum.mail import deliver_due, queue_email
from forum.models import OutboundEmail
from forum.models.types import utcnow


class Recorder:
    def __init__(self) -> None:
        self.sent: list[EmailMessage] = []

    def send(self, message: EmailMessage) -> None:
        self.sent.append(message)


def test_a_message_that_cannot_be_built_fails_alone(app: Flask) -> None:
    broken = OutboundEmail(
        to_address="a@example.org", subject="Broken\r\nBcc: everyone@example.org", body_text="x"
    )
    db.session.add(broken)
    db.session.flush()
    fine = queue_email(to="b@example.org", subject="Fine", body="Hello")
    db.session.commit()
    transport = Recorder()

    report = deliver_due(transport=transport)

    assert (report.sent, report.failed) == (1, 1)
    assert [str(m["To"]) for m in transport.sent] == ["b@example.org"]
    db.session.rollback()
    assert db.session.get(OutboundEmail, broken.id).status == "failed"
    assert db.session.get(OutboundEmail, fine.id).status == "sent"


def test_subjects_are_kept_to_one_line(app: Flask) -> None:
    row = queue_email(to="c@example.org", subject="Replied to “Bins\nBcc: x”", body="Hi")
    assert row.subject == "Replied to “Bins Bcc: x”"


def test_a_claim_runs_from_when_it_is_taken(app: Flask) -> None:
    long_ago = utcnow() - timedelta(hours=1)  # a batch that began long before this send
    row = queue_email(to="d@example.org", subject="Later", body="Hello")
    row.next_attempt_at = long_ago - timedelta(minutes=1)
    db.session.commit()

    deliver_due(transport=Recorder(), now=long_ago)

    db.session.rollback()
    row = db.session.get_one(OutboundEmail, row.id)
    assert row.claimed_until > utcnow() + timedelta(minutes=1)
