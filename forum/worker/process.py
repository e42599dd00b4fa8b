"""The worker's loop: search outbox, mail, scheduled jobs and a heartbeat, until SIGTERM.

One thread does one thing at a time, so stopping is simple: SIGTERM (or Ctrl+C) sets a
flag, the step in hand finishes (a job's transaction commits or rolls back whole), the
heartbeat is removed and the process exits. A second signal exits at once; whatever was
in hand is rolled back by the database and done again by the next worker.
"""

from __future__ import annotations

import logging
import os
import signal
import socket
import threading
import time
import uuid
from collections.abc import Callable
from types import FrameType

from flask import Flask

from forum.data import service as service_data
from forum.database import writing
from forum.extensions import db
from forum.worker.jobs import Job, jobs_for
from forum.worker.runner import run_due_jobs

log = logging.getLogger(__name__)

LONGEST_PAUSE_SECONDS = 30.0


class _Step:
    """One part of the worker's round, and when it may run next."""

    def __init__(
        self, name: str, action: Callable[[], object], every: float, *, backs_off: bool = True
    ) -> None:
        self.name, self.action, self.every, self.backs_off = name, action, every, backs_off
        self.next_at = 0.0
        self.failures = 0

    def ran(self, *, ok: bool, now: float) -> None:
        self.failures = 0 if ok or not self.backs_off else self.failures + 1
        pause = self.every
        if self.failures:
            pause = max(pause, min(0.5 * 2**self.failures, LONGEST_PAUSE_SECONDS))
        self.next_at = now + pause


class Worker:
    def __init__(self, app: Flask, *, jobs: dict[str, Job] | None = None) -> None:
        self.app = app
        self.jobs = jobs if jobs is not None else jobs_for(app)
        self.host = socket.gethostname()[:100]
        self.pid = os.getpid()
        self.worker_id = f"{self.host}:{self.pid}:{uuid.uuid4().hex[:8]}"
        config = app.config
        self.poll_seconds = float(config["WORKER_POLL_SECONDS"])
        self.heartbeat_seconds = float(config["WORKER_HEARTBEAT_SECONDS"])
        self.jobs_seconds = float(config["WORKER_JOBS_SECONDS"])
        self._stopping = threading.Event()
        self._current: str | None = None

    # ------------------------------------------------------------ signals

    def install_signal_handlers(self) -> None:
        signal.signal(signal.SIGTERM, self._on_signal)
        signal.signal(signal.SIGINT, self._on_signal)

    def _on_signal(self, signum: int, _frame: FrameType | None) -> None:
        if self._stopping.is_set():
            log.warning("second signal: stopping at once", extra={"worker": self.worker_id})
            raise SystemExit(1)
        log.info(
            "stopping after the step in hand (%s)",
            self._current or "idle",
            extra={"worker": self.worker_id, "signal": signal.Signals(signum).name},
        )
        self._stopping.set()

    def stop(self) -> None:
        self._stopping.set()

    # ------------------------------------------------------------ the loop

    def run(self) -> None:
        log.info(
            "worker started",
            extra={"worker": self.worker_id, "jobs": sorted(self.jobs), "poll": self.poll_seconds},
        )
        # Each step has its own schedule: every round for the outbox and mail, less often
        # for the heartbeat and the jobs. A step that fails waits longer each time (up to
        # LONGEST_PAUSE_SECONDS) without slowing the others, so one broken part does not
        # log twice a second, and the heartbeat keeps its own interval whatever happens.
        steps = [
            _Step("heartbeat", self._beat, self.heartbeat_seconds, backs_off=False),
            _Step("search-outbox", self._apply_search_outbox, 0.0),
            _Step("mail", self._deliver_mail, 0.0),
            _Step("scheduled-jobs", lambda: run_due_jobs(self.app, self.jobs), self.jobs_seconds),
        ]
        try:
            while not self._stopping.is_set():
                for step in steps:
                    if time.monotonic() >= step.next_at and not self._stopping.is_set():
                        step.ran(ok=self._step(step.name, step.action), now=time.monotonic())
                self._stopping.wait(self.poll_seconds)
        finally:
            self._forget()
            log.info("worker stopped", extra={"worker": self.worker_id})

    def _step(self, name: str, action: Callable[[], object]) -> bool:
        """Run one part of a round; False if it failed (logged, and tried again later)."""
        self._current = name
        try:
            action()
        except Exception:  # one part failing (a mail server, the index) stops no other
            log.exception("worker step %s failed; it will be tried again", name)
            return False
        finally:
            self._current = None
        return True

    def _beat(self) -> None:
        with self.app.app_context(), writing():
            try:
                service_data.beat(
                    worker_id=self.worker_id, host=self.host, pid=self.pid, current_job=None
                )
                db.session.commit()
            finally:
                db.session.remove()

    def _apply_search_outbox(self) -> None:
        from forum.search.writer import apply_pending

        while not self._stopping.is_set() and apply_pending(self.app):
            pass

    def _deliver_mail(self) -> None:
        from forum.mail.outbox import deliver_due

        with self.app.app_context(), writing():
            try:
                report = deliver_due()
                if report.sent or report.retrying or report.failed:
                    log.info(
                        "mail: sent %s, will retry %s, gave up on %s",
                        report.sent,
                        report.retrying,
                        report.failed,
                        extra={"sent": report.sent, "retrying": report.retrying},
                    )
            finally:
                db.session.remove()

    def _forget(self) -> None:
        try:
            with self.app.app_context(), writing():
                service_data.forget_worker(worker_id=self.worker_id)
                db.session.commit()
                db.session.remove()
        except Exception:
            log.exception("could not remove this worker's heartbeat")
