"""The mail outbox: messages are written in the request's transaction and sent after it."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from forum.extensions import db
from forum.models.types import UTCDateTime, one_of, utcnow


class MailStatus(StrEnum):
    PENDING = "pending"
    SENT = "sent"
    FAILED = "failed"


class OutboundEmail(db.Model):
    __tablename__ = "outbound_email"
    __table_args__ = (
        one_of("status", MailStatus),
        Index("ix_outbound_email_due", "status", "next_attempt_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    to_address: Mapped[str] = mapped_column(String(254))
    subject: Mapped[str] = mapped_column(String(200))
    body_text: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default=MailStatus.PENDING.value)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # A sender claims a message until this time, so two workers never send it twice.
    claimed_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(Text)
    # Chosen when queued, so every retry of a message carries the same Message-ID and a
    # receiving server can tell a retry from a new message. (Rows queued before 0011 get one
    # at their first attempt.)
    message_id_header: Mapped[str | None] = mapped_column(String(300))
    # Set on mail a person can stop (notifications, summaries): sent as List-Unsubscribe.
    unsubscribe_url: Mapped[str | None] = mapped_column(String(2000))
