"""How far each person has read, remembered without a write on every page view.

Thread pages report what was shown to an in-memory tracker; a background thread writes
the furthest position per (person, thread) every few seconds in one transaction, and only
when it moved forward. Losing a few seconds of read positions in a crash is harmless;
serialising every reader on a write lock is not.
"""

from __future__ import annotations

import atexit
import logging
import threading

from flask import Flask

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
        app.extensions["read_tracker"] = self
        atexit.register(self.stop)

    def seen(self, *, user_id: int, thread_id: int, position: int) -> None:
        key = (user_id, thread_id)
        with self._lock:
            if position > self._pending.get(key, 0):
                self._pending[key] = position
        self.ensure_started()

    def pending_position(self, *, user_id: int, thread_id: int) -> int:
        with self._lock:
            return self._pending.get((user_id, thread_id), 0)

    def flush(self) -> int:
        """Write what is pending; returns how many positions were recorded."""
        with self._lock:
            batch, self._pending = self._pending, {}
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
