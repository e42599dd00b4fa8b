"""How far each person has read, remembered without a write on every page view.

Thread pages report what was shown to an in-memory tracker, which writes the furthest
position per (person, thread) every few seconds in one upsert, only ever forward: from a
background thread, or (with BACKGROUND_WORK=worker, when web processes run no threads)
after the response of a request that saw something, once the last write is a few seconds
old. Losing a few seconds of read positions in a crash is harmless;
serialising every reader on a write lock is not.
"""

from __future__ import annotations

import atexit
import logging
import threading
import time

from flask import Flask, Response, after_this_request, g, has_request_context

from forum.background import BackgroundWorker
from forum.data import boards as board_data
from forum.database import writing

log = logging.getLogger(__name__)

FLUSH_SECONDS = 5.0


class ReadTracker(BackgroundWorker):
    name = "read-tracker"
    interval = FLUSH_SECONDS
    work_at_start = False  # positions are gathered and written a few seconds later

    def __init__(self, app: Flask) -> None:
        super().__init__()
        self.app = app
        self._pending: dict[tuple[int, int], int] = {}
        self._lock = threading.Lock()
        self.threaded = app.config.get("BACKGROUND_WORK", "threads") == "threads"
        self._last_flush = time.monotonic()
        app.extensions["read_tracker"] = self
        atexit.register(self.stop)

    def seen(self, *, user_id: int, thread_id: int, position: int) -> None:
        key = (user_id, thread_id)
        with self._lock:
            if position > self._pending.get(key, 0):
                self._pending[key] = position
        if self.threaded:
            self.ensure_started()
        elif has_request_context() and not g.get("read_flush_planned"):
            g.read_flush_planned = True
            after_this_request(self._flush_when_closed)

    def _flush_when_closed(self, response: Response) -> Response:
        response.call_on_close(self._flush_if_due)
        return response

    def _flush_if_due(self) -> None:
        if time.monotonic() - self._last_flush < self.interval:
            return
        try:
            self.flush()
        except Exception:  # a read position is never worth a failed page
            log.exception("Could not save read positions")

    def pending_position(self, *, user_id: int, thread_id: int) -> int:
        with self._lock:
            return self._pending.get((user_id, thread_id), 0)

    def flush(self) -> int:
        """Write what is pending; returns how many positions were recorded."""
        with self._lock:
            batch, self._pending = self._pending, {}
            self._last_flush = time.monotonic()
        if not batch:
            return 0
        with self.app.app_context(), writing():
            board_data.advance_read_positions(positions=batch)
        return len(batch)

    def work(self) -> None:
        self.flush()

    def stop(self, timeout: float = 5.0) -> None:
        super().stop(timeout)
        try:
            self.flush()
        except Exception:  # at interpreter exit the database may already be gone
            log.exception("Could not save read positions on shutdown")
