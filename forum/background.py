"""A process's background thread: started on first need, woken early, stopped cleanly.

The mail dispatcher, the read-position tracker and the search writer each run one, doing
their own work whenever woken and every `interval` seconds. Started lazily, so CLI
commands and tests that do not use them run no thread.
"""

from __future__ import annotations

import logging
import threading

log = logging.getLogger(__name__)


class BackgroundWorker:
    name = "background-worker"
    interval = 30.0  # seconds between rounds when nobody wakes it
    pause_after_failure = 0.0  # extra wait after a round that raised
    work_at_start = True  # False: gather for one interval before the first round

    def __init__(self) -> None:
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._start_lock = threading.Lock()

    def work(self) -> None:
        """One round. Exceptions are logged and the next round tries again."""
        raise NotImplementedError

    def wake(self) -> None:
        self._wake.set()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def ensure_started(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        with self._start_lock:
            if self._thread is None or not self._thread.is_alive():
                self._stop.clear()
                self._thread = threading.Thread(target=self._run, name=self.name, daemon=True)
                self._thread.start()

    def _run(self) -> None:
        if not self.work_at_start:
            self._wake.wait(self.interval)
        while not self._stop.is_set():
            self._wake.clear()
            try:
                self.work()
            except Exception:
                log.exception("%s failed; it will try again", self.name)
                self._stop.wait(self.pause_after_failure)
            self._wake.wait(self.interval)
