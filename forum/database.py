"""Engine set-up and the one-transaction-per-request rule."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from flask import Flask, Response, g, has_request_context, request
from sqlalchemy import event
from sqlalchemy.engine import Engine

from forum.extensions import db

SQLITE_BUSY_TIMEOUT_MS = 5000
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def configure(app: Flask) -> None:
    with app.app_context():
        engine = db.engine
    if engine.dialect.name == "sqlite":
        _configure_sqlite(engine)

    @app.after_request
    def commit_or_roll_back(response: Response) -> Response:
        """Models never commit: a request's changes land together, or not at all.

        Reads have nothing to commit (and must not write): their session is simply closed
        at teardown, which also spares expiring every row they loaded.
        """
        if request.method in SAFE_METHODS:
            return response
        if response.status_code < 400:
            db.session.commit()
            for callback in g.pop("after_commit", []):
                callback()
        else:
            db.session.rollback()
        return response


def after_commit(callback: Any) -> None:
    """Run `callback` once this request's transaction has committed (e.g. wake a sender)."""
    g.setdefault("after_commit", []).append(callback)


def _configure_sqlite(engine: Engine) -> None:
    """WAL, a busy timeout and foreign keys on every connection.

    pysqlite begins transactions lazily and on its own terms, which breaks SAVEPOINTs; this
    is SQLAlchemy's documented remedy: turn its handling off and emit BEGIN ourselves.
    """

    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection: Any) -> None:
        # A deferred transaction that reads, then writes, fails at once with "database is
        # locked" if another process committed in between (SQLite cannot upgrade a stale
        # snapshot). Requests that may write, and background writers, take the write lock
        # up front instead and wait their turn (busy_timeout); reads stay concurrent.
        connection.exec_driver_sql("BEGIN IMMEDIATE" if _may_write() else "BEGIN")


_writer: ContextVar[bool] = ContextVar("forum_sqlite_writer", default=False)


def _may_write() -> bool:
    if _writer.get():
        return True
    return has_request_context() and request.method not in SAFE_METHODS


@contextmanager
def writing() -> Iterator[None]:
    """Mark background work that writes (senders, trackers) so SQLite locks it up front."""
    token = _writer.set(True)
    try:
        yield
    finally:
        _writer.reset(token)
