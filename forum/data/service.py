"""The worker's shared records: scheduled jobs' rows and workers' heartbeats."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import delete, select

from forum.extensions import db
from forum.models.mail import MailStatus, OutboundEmail
from forum.models.service import ScheduledJob, WorkerHeartbeat
from forum.models.types import utcnow


def job_row(*, name: str, first_due: datetime) -> ScheduledJob:
    """The job's row, created due at `first_due` the first time any worker sees the job."""
    row = db.session.get(ScheduledJob, name)
    if row is None:
        row = ScheduledJob(name=name, next_run_at=first_due, runs=0, failures=0)
        db.session.add(row)
        db.session.flush()
    return row


def job_rows() -> Sequence[ScheduledJob]:
    return db.session.scalars(select(ScheduledJob).order_by(ScheduledJob.name)).all()


def record_job_failure(*, name: str, error: str, now: datetime, retry_at: datetime) -> None:
    row = db.session.get(ScheduledJob, name)
    if row is None:
        return
    row.failures += 1
    row.last_error = error[:4000]
    row.last_finished_at = now
    row.last_outcome = "failed"
    row.next_run_at = min(row.next_run_at, retry_at) if row.next_run_at > now else retry_at


def beat(*, worker_id: str, host: str, pid: int, current_job: str | None) -> None:
    now = utcnow()
    row = db.session.get(WorkerHeartbeat, worker_id)
    if row is None:
        db.session.add(
            WorkerHeartbeat(
                worker_id=worker_id,
                host=host,
                pid=pid,
                started_at=now,
                beat_at=now,
                current_job=current_job,
            )
        )
    else:
        row.beat_at = now
        row.current_job = current_job


def forget_worker(*, worker_id: str) -> None:
    db.session.execute(delete(WorkerHeartbeat).where(WorkerHeartbeat.worker_id == worker_id))


def latest_heartbeat() -> WorkerHeartbeat | None:
    return db.session.scalar(
        select(WorkerHeartbeat).order_by(WorkerHeartbeat.beat_at.desc()).limit(1)
    )


def forget_silent_workers(*, silent_for: timedelta, now: datetime) -> int:
    """Heartbeats of workers killed without a clean stop; kept a while for /healthz."""
    result = db.session.execute(
        delete(WorkerHeartbeat).where(WorkerHeartbeat.beat_at < now - silent_for)
    )
    return result.rowcount  # type: ignore[attr-defined]


def forget_sent_mail(*, sent_before: datetime) -> int:
    """Sent messages are kept a while for support questions, then removed."""
    result = db.session.execute(
        delete(OutboundEmail).where(
            OutboundEmail.status == MailStatus.SENT, OutboundEmail.sent_at < sent_before
        )
    )
    return result.rowcount  # type: ignore[attr-defined]
