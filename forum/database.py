"""Engine set-up and the one-transaction-per-request rule."""

from __future__ import annotations

from typing import Any

from flask import Flask, Response, g
from sqlalchemy import event
from sqlalchemy.engine import Engine

from forum.extensions import db

SQLITE_BUSY_TIMEOUT_MS = 5000


def configure(app: Flask) -> None:
    with app.app_context():
        engine = db.engine
    if engine.dialect.name == "sqlite":
        _configure_sqlite(engine)

    @app.after_request
    def commit_or_roll_back(response: Response) -> Response:
        """Models never commit: a request's changes land together, or not at all."""
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
        connection.exec_driver_sql("BEGIN")
