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

from forum.data import boards as board_data
from forum.database import writing

log = logging.getLogger(__name__)

FLUSH_SECONDS = 5.0


class ReadTracker:
    def __init__(self, app: Flask) -> None:
        self.app = app
        self._pending: dict[tuple[int, int], int] = {}
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        app.extensions["read_tracker"] = self
        atexit.register(self.stop)

    def seen(self, *, user_id: int, thread_id: int, position: int) -> None:
        key = (user_id, thread_id)
        with self._lock:
            if position > self._pending.get(key, 0):
                self._pending[key] = position
        self._ensure_started()

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

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(5)
            self._thread = None
        try:
            self.flush()
        except Exception:  # at interpreter exit the database may already be gone
            log.exception("Could not save read positions on shutdown")

    def _ensure_started(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._stop.clear()
                self._thread = threading.Thread(target=self._run, name="read-tracker", daemon=True)
                self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            self._wake.wait(FLUSH_SECONDS)
            try:
                self.flush()
            except Exception:
                log.exception("Saving read positions failed; will try again")
