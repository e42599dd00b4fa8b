"""What the background worker keeps in the database, so that every host shares it.

A scheduled job's row says when it is next due; the run that moves it on commits in the
same transaction as the job's effects, so a worker killed mid-job leaves the job due and
the next worker runs it again. Heartbeats let `/healthz` say whether any worker is alive.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from forum.extensions import db
from forum.models.types import UTCDateTime, utcnow


class ScheduledJob(db.Model):
    """One row per scheduled job (daily summaries, offer expiry, ...)."""

    __tablename__ = "scheduled_job"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    next_run_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_started_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_outcome: Mapped[str | None] = mapped_column(String(200))
    last_error: Mapped[str | None] = mapped_column(Text)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    runs: Mapped[int] = mapped_column(Integer, default=0)


class WorkerHeartbeat(db.Model):
    """A running worker, stamped every few seconds; removed when it stops cleanly."""

    __tablename__ = "worker_heartbeat"

    worker_id: Mapped[str] = mapped_column(String(120), primary_key=True)
    host: Mapped[str] = mapped_column(String(100))
    pid: Mapped[int] = mapped_column(Integer)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    beat_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    current_job: Mapped[str | None] = mapped_column(String(64))


class DigestDelivery(db.Model):
    """A daily summary queued for a person on a (UK) day: the primary key is what makes
    two workers, or a worker and `send-digests`, unable to send one reader two."""

    __tablename__ = "digest_delivery"

    user_id: Mapped[int] = mapped_column(
        ForeignKey("user_account.id", ondelete="CASCADE"), primary_key=True
    )
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    items: Mapped[int] = mapped_column(Integer)
    queued_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class AttachmentContent(db.Model):
    """An attachment's bytes, in the database every host shares (and every backup holds).
    Kept apart from `GuidanceAttachment` so listing attachments never loads a file."""

    __tablename__ = "attachment_content"

    attachment_id: Mapped[int] = mapped_column(
        ForeignKey("guidance_attachment.id", ondelete="CASCADE"), primary_key=True
    )
    data: Mapped[bytes] = mapped_column(LargeBinary)
