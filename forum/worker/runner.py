"""Running one job: under its lock, only when due, effects and schedule in one commit.

A worker killed mid-job (even with SIGKILL) never commits: its transaction is rolled back
by the database, the lock goes with the connection, and the job is still due for the next
worker. A job that raises is logged, retried after a back-off, and blocks no other job.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from datetime import datetime, timedelta

from flask import Flask

from forum.data import service as service_data
from forum.database import writing
from forum.extensions import db
from forum.models.types import utcnow
from forum.worker.jobs import Job
from forum.worker.locks import take_job_lock

log = logging.getLogger(__name__)

FIRST_RETRY = timedelta(minutes=1)
LONGEST_RETRY = timedelta(hours=1)


@dataclass(frozen=True)
class JobRun:
    job: str
    outcome: str  # what it did, in words; "busy" or "not due" when it did not run
    ran: bool
    failed: bool = False
    seconds: float = 0.0


def retry_delay(failures: int) -> timedelta:
    return min(FIRST_RETRY * (2 ** max(failures - 1, 0)), LONGEST_RETRY)


def run_job(
    app: Flask, job: Job, *, now: datetime | None = None, force: bool = False, wait: bool = False
) -> JobRun:
    """Run `job` if it is due (or `force`); `wait` for a run elsewhere to finish first
    rather than skip (the commands do; workers skip, and find it done next time)."""
    now = now or utcnow()
    started = time.monotonic()
    with app.app_context(), writing():
        try:
            if not take_job_lock(job.name, wait=wait):
                db.session.rollback()
                return JobRun(job.name, "busy: running elsewhere", ran=False)
            row = service_data.job_row(name=job.name, first_due=job.schedule.first_due(now))
            if not force and row.next_run_at > now:
                db.session.rollback()
                return JobRun(job.name, "not due", ran=False)
            row.last_started_at = now
            outcome = job.run(now)
            if not force:
                row.next_run_at = job.schedule.next_after(now)
            row.runs += 1
            row.failures = 0
            row.last_error = None
            row.last_outcome = outcome[:200]
            row.last_finished_at = utcnow()
            db.session.commit()
        except Exception as error:
            db.session.rollback()
            seconds = time.monotonic() - started
            log.exception(
                "job %s failed", job.name, extra={"job": job.name, "seconds": round(seconds, 3)}
            )
            _record_failure(job, error, now, forced=force)
            return JobRun(job.name, f"failed: {error}", ran=True, failed=True, seconds=seconds)
        finally:
            db.session.remove()
    seconds = time.monotonic() - started
    log.info(
        "job %s: %s",
        job.name,
        outcome,
        extra={"job": job.name, "outcome": outcome, "seconds": round(seconds, 3)},
    )
    return JobRun(job.name, outcome, ran=True, seconds=seconds)


def _record_failure(job: Job, error: Exception, now: datetime, *, forced: bool) -> None:
    """Note the failure on the job's row; a scheduled run is retried after a back-off, while
    a forced one (a command run by hand) leaves the schedule as it was."""
    try:
        take_job_lock(job.name, wait=True)
        row = service_data.job_row(name=job.name, first_due=job.schedule.first_due(now))
        service_data.record_job_failure(
            name=job.name,
            error=f"{type(error).__name__}: {error}",
            now=utcnow(),
            retry_at=row.next_run_at if forced else now + retry_delay(row.failures + 1),
        )
        db.session.commit()
    except Exception:  # the database itself may be what failed: the job stays due
        db.session.rollback()
        log.exception("could not record the failure of job %s", job.name)


def run_due_jobs(app: Flask, jobs: dict[str, Job], *, now: datetime | None = None) -> list[JobRun]:
    return [run_job(app, job, now=now) for job in jobs.values()]
