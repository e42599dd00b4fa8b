"""The one writer: applies the search outbox to the index, and rebuilds or repairs it.

Each web process runs a writer thread, woken right after a commit that wrote outbox entries
(and every POLL_SECONDS in case another process wrote them). Writers take turns through the
backend's lock (Whoosh's file lock, or a PostgreSQL advisory lock), and read the outbox and
the rows it names only once they hold it, so an older view of a row can never overwrite a
newer one. Outbox entries are deleted only after the index has committed them: a writer
killed mid-batch leaves them in place, and the next one applies them again (harmlessly:
applying an entry re-reads the row).
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable
from dataclasses import dataclass

from flask import Flask

from forum.background import BackgroundWorker
from forum.data import search as search_data
from forum.database import writing
from forum.extensions import db
from forum.search import outbox
from forum.search.service import backend_for

log = logging.getLogger(__name__)

POLL_SECONDS = 1.0
BATCH = 500


def apply_pending(app: Flask, *, limit: int = BATCH) -> int:
    """Apply up to `limit` outbox entries; returns how many were applied."""
    backend = backend_for(app)
    with app.app_context():
        try:
            with backend.writing() as sink:
                entries = search_data.pending_entries(limit=limit)
                ids = [entry.id for entry in entries]
                if entries:
                    changes = search_data.changes_for(entries)
                    sink.update(
                        add=changes.add,
                        remove_ids=changes.remove_ids,
                        remove_groups=changes.remove_groups,
                    )
            if not ids:
                db.session.rollback()
                return 0
            if getattr(backend, "shares_database", False):
                search_data.forget_entries(ids)
                db.session.commit()
            else:
                db.session.rollback()  # a read snapshot; SQLite wants writes to start afresh
                with writing():
                    search_data.forget_entries(ids)
                    db.session.commit()
            return len(ids)
        finally:
            db.session.remove()


def apply_all(app: Flask) -> int:
    applied = 0
    while count := apply_pending(app):
        applied += count
    return applied


@dataclass
class RebuildReport:
    documents: int
    seconds: float


def rebuild(app: Flask, progress: Callable[[int], None] | None = None) -> int:
    """Rebuild the whole index from the database. Searches keep using the old index until
    the new one commits; outbox entries written meanwhile are applied afterwards."""
    backend = backend_for(app)
    written = 0
    with app.app_context():
        try:
            with backend.writing(clear=True) as sink:
                # Entries committed before it starts are covered by what this rebuild reads
                # (their ids, not "every id up to": a lower id may still be uncommitted).
                covered_entries = search_data.entry_ids()
                for covered, documents in search_data.all_documents():
                    sink.update(add=documents)
                    written += len(documents)
                    if progress is not None:
                        progress(covered)
            if getattr(backend, "shares_database", False):
                search_data.forget_entries(covered_entries)
                db.session.commit()
            else:
                db.session.rollback()
                with writing():
                    search_data.forget_entries(covered_entries)
                    db.session.commit()
        finally:
            db.session.remove()
    return written


@dataclass
class Drift:
    missing: int = 0
    stale: int = 0
    extra: int = 0

    @property
    def total(self) -> int:
        return self.missing + self.stale + self.extra


def reconcile(app: Flask) -> Drift:
    """Compare every document the database implies with what the index holds; fix the
    difference (after a crash, a restore from backup, or an index copied from elsewhere)."""
    backend = backend_for(app)
    drift = Drift()
    with app.app_context():
        try:
            with backend.writing() as sink:
                indexed = backend.stamps()
                wanted = {}
                for _covered, documents in search_data.all_documents():
                    wanted.update({d.id: d for d in documents})
                to_add = []
                for doc_id, document in wanted.items():
                    stamp = indexed.get(doc_id)
                    if stamp != document.stamp:
                        to_add.append(document)
                        if stamp is None:
                            drift.missing += 1
                        else:
                            drift.stale += 1
                extra = [doc_id for doc_id in indexed if doc_id not in wanted]
                drift.extra = len(extra)
                sink.update(add=to_add, remove_ids=extra)
            db.session.commit()
        finally:
            db.session.remove()
    return drift


_writers: weakref.WeakSet[SearchWriter] = weakref.WeakSet()


def _wake_all() -> None:
    for writer in list(_writers):
        writer.wake()


outbox.on_commit = _wake_all


class SearchWriter(BackgroundWorker):
    """This process's writer thread. Started at the first request, so CLI commands and
    tests that do not ask for it run no thread."""

    name = "search-writer"
    interval = POLL_SECONDS
    pause_after_failure = POLL_SECONDS * 5

    def __init__(self, app: Flask) -> None:
        super().__init__()
        self.app = app
        self.enabled = (
            app.config.get("SEARCH_WRITER", "thread") == "thread"
            and app.config.get("BACKGROUND_WORK", "threads") == "threads"
        )
        app.extensions["search_writer"] = self
        _writers.add(self)
        if self.enabled:
            app.before_request(self.ensure_started)

    def work(self) -> None:
        while not self._stop.is_set() and apply_pending(self.app):
            pass
