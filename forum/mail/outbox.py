"""Queueing messages with the request's data, and delivering what is due."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from urllib.parse import urlsplit

from flask import current_app, has_request_context
from sqlalchemy import or_, select, update

from forum.database import after_commit
from forum.extensions import db
from forum.mail.transport import Transport, transport_for
from forum.models.mail import MailStatus, OutboundEmail
from forum.models.types import utcnow

log = logging.getLogger(__name__)

CLAIM_FOR = timedelta(minutes=2)
FIRST_RETRY = timedelta(seconds=30)
LONGEST_RETRY = timedelta(hours=6)
# Headers fold only at RFC 5322's hard limit of 998 characters. At Python's default of 78, a
# List-Unsubscribe URL (no space to fold at) would be sent as RFC 2047 encoded words, which
# mail clients do not read as a link.
MESSAGE_POLICY = policy.default.clone(max_line_length=998)


@dataclass(frozen=True)
class DeliveryReport:
    sent: int = 0
    retrying: int = 0
    failed: int = 0


def queue_email(
    *, to: str, subject: str, body: str, unsubscribe_url: str | None = None
) -> OutboundEmail:
    """Add a message to the outbox in the current transaction; it is sent after commit.

    ``unsubscribe_url`` (mail a person chose to get, and can stop) is sent as
    List-Unsubscribe with RFC 8058 one-click: the URL must stop the mail on a POST of
    ``List-Unsubscribe=One-Click``, with no session or CSRF token.
    """
    message = OutboundEmail(
        to_address=to,
        subject=" ".join(subject.split())[:200],  # one line: a header cannot hold a newline
        body_text=body,
        message_id_header=new_message_id(),
        unsubscribe_url=unsubscribe_url,
    )
    db.session.add(message)
    if has_request_context():
        dispatcher = current_app.extensions.get("mail_dispatcher")
        if dispatcher is not None:
            after_commit(dispatcher.wake)
    return message


def retry_delay(attempts: int) -> timedelta:
    """Exponential back-off: 30 s, 1 min, 2 min, ... capped at 6 hours."""
    return min(FIRST_RETRY * (2 ** max(attempts - 1, 0)), LONGEST_RETRY)


def site_domain() -> str:
    """The host of SITE_URL: the right-hand side of the site's Message-IDs."""
    host = urlsplit(current_app.config["SITE_URL"]).hostname or "localhost"
    return f"[{host}]" if ":" in host else host  # an IPv6 address, as a domain literal


def new_message_id() -> str:
    return make_msgid(domain=site_domain())


def _build_message(row: OutboundEmail, sender: str, now: datetime) -> EmailMessage:
    message = EmailMessage(policy=MESSAGE_POLICY)
    message["From"] = sender
    message["To"] = row.to_address
    message["Subject"] = row.subject
    message["Date"] = format_datetime(now)
    message["Message-ID"] = row.message_id_header or new_message_id()
    # RFC 3834: everything the site sends is automatic, so vacation responders and other
    # robots do not answer it.
    message["Auto-Submitted"] = "auto-generated"
    if row.unsubscribe_url:
        message["List-Unsubscribe"] = f"<{row.unsubscribe_url}>"
        message["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    message.set_content(row.body_text)
    return message


def _claim_window() -> timedelta:
    """How long a claim keeps other senders off: well past the slowest send (each SMTP
    step may take MAIL_TIMEOUT), so a claim never lapses while its sender is still busy."""
    return max(CLAIM_FOR, timedelta(seconds=10 * float(current_app.config["MAIL_TIMEOUT"])))


def _claim(message_id: int) -> datetime | None:
    """Take a message for sending: the claim's expiry, or None when another sender holds it
    or it is done. Timed when taken, not when the batch began: a batch of slow sends must
    not write claims that have already lapsed."""
    now = utcnow()
    until = now + _claim_window()
    result = db.session.execute(
        update(OutboundEmail)
        .where(
            OutboundEmail.id == message_id,
            OutboundEmail.status == MailStatus.PENDING,
            or_(OutboundEmail.claimed_until.is_(None), OutboundEmail.claimed_until < now),
        )
        .values(claimed_until=until)
    )
    db.session.commit()
    return until if result.rowcount == 1 else None  # type: ignore[attr-defined]


def deliver_due(
    *, transport: Transport | None = None, now: datetime | None = None, limit: int = 100
) -> DeliveryReport:
    """Send every pending message whose time has come; record failures for retry."""
    now = now or utcnow()
    sender = current_app.config["MAIL_DEFAULT_SENDER"]
    max_attempts = int(current_app.config["MAIL_MAX_ATTEMPTS"])
    due_ids = db.session.scalars(
        select(OutboundEmail.id)
        .where(OutboundEmail.status == MailStatus.PENDING, OutboundEmail.next_attempt_at <= now)
        .order_by(OutboundEmail.next_attempt_at, OutboundEmail.id)
        .limit(limit)
    ).all()
    db.session.commit()
    if due_ids and transport is None:
        transport = transport_for(current_app)  # made only when there is mail (TLS setup)

    sent = retrying = failed = 0
    for message_id in due_ids:
        if _claim(message_id) is None:
            continue
        row = db.session.get_one(OutboundEmail, message_id)
        row.attempts += 1
        row.message_id_header = row.message_id_header or new_message_id()  # queued before 0011
        attempts = row.attempts
        try:
            message = _build_message(row, sender, now)
        except (ValueError, TypeError) as exc:  # it can never be sent: say so, move on
            log.error("Email %s cannot be built and will not be sent: %s", message_id, exc)
            row.status = MailStatus.FAILED
            row.last_error = f"{type(exc).__name__}: {exc}"[:2000]
            row.claimed_until = None
            db.session.commit()
            failed += 1
            continue
        # Sent outside any transaction: a slow mail server must never hold a database lock
        # (on SQLite, the write lock every post waits for). The claim keeps others off it.
        db.session.commit()
        assert transport is not None
        try:
            transport.send(message)
        except Exception as exc:  # any transport failure is recorded and retried
            log.warning("Sending email %s failed (attempt %s): %s", message_id, attempts, exc)
            row = db.session.get_one(OutboundEmail, message_id)
            row.last_error = f"{type(exc).__name__}: {exc}"[:2000]
            row.claimed_until = None
            if attempts >= max_attempts:
                row.status = MailStatus.FAILED
                failed += 1
            else:
                row.next_attempt_at = now + retry_delay(attempts)
                retrying += 1
        else:
            row = db.session.get_one(OutboundEmail, message_id)
            row.status = MailStatus.SENT
            row.sent_at = now
            row.last_error = None
            sent += 1
        db.session.commit()
    return DeliveryReport(sent=sent, retrying=retrying, failed=failed)
