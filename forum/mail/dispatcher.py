"""A background thread per process that sends the outbox soon after each commit."""

from __future__ import annotations

import logging
import threading

from flask import Flask

from forum.database import writing

log = logging.getLogger(__name__)

POLL_SECONDS = 30.0


class MailDispatcher:
    """Sends due mail when woken (after a commit that queued some) and every POLL_SECONDS.

    Started lazily, so CLI commands and idle workers run no thread. Several processes may
    each run one: the outbox's claim step makes sure a message is sent once.
    """

    def __init__(self, app: Flask) -> None:
        self.app = app
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self.enabled = app.config.get("MAIL_DISPATCH", "thread") == "thread"
        app.extensions["mail_dispatcher"] = self

    def wake(self) -> None:
        if not self.enabled:
            return
        self._ensure_started()
        self._wake.set()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _ensure_started(self) -> None:
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._stop.clear()
                self._thread = threading.Thread(
                    target=self._run, name="mail-dispatcher", daemon=True
                )
                self._thread.start()

    def _run(self) -> None:
        from forum.mail.outbox import deliver_due

        while not self._stop.is_set():
            self._wake.clear()
            try:
                with self.app.app_context(), writing():
                    deliver_due()
            except Exception:
                log.exception("The mail dispatcher failed; it will try again")
            self._wake.wait(POLL_SECONDS)
