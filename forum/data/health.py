"""Cheap checks of what the site depends on, for `/healthz`."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from flask import Flask
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from forum.data import search as search_data
from forum.data import service as service_data
from forum.extensions import db
from forum.models.types import utcnow


def database_reachable() -> bool:
    try:
        db.session.execute(text("SELECT 1"))
    except SQLAlchemyError:
        db.session.rollback()
        return False
    return True


def redis_state(app: Flask) -> str:
    """ "ok", "unreachable" (rate limits are then counted in each process), or
    "not configured"."""
    from forum.extensions import limiter

    if not str(app.config["RATELIMIT_STORAGE_URI"]).startswith(("redis://", "rediss://")):
        return "not configured"
    try:
        return "ok" if limiter.storage.check() else "unreachable"
    except Exception:  # any client error means the same to a load balancer
        return "unreachable"


def search_state(app: Flask) -> dict[str, Any]:
    from forum.search.service import backend_for

    try:
        documents = backend_for(app).count()
        waiting = search_data.pending_count()
    except Exception as error:  # a broken index is reported, never a failed health check
        db.session.rollback()
        return {"state": "error", "backend": app.config["SEARCH_BACKEND"], "error": str(error)}
    return {
        "state": "ok",
        "backend": app.config["SEARCH_BACKEND"],
        "documents": documents,
        "waiting_changes": waiting,
    }


def worker_state(app: Flask, *, now: datetime | None = None) -> dict[str, Any]:
    now = now or utcnow()
    try:
        latest = service_data.latest_heartbeat()
    except SQLAlchemyError:
        db.session.rollback()
        return {"state": "unknown"}
    if latest is None:
        return {"state": "not running"}
    age = (now - latest.beat_at).total_seconds()
    return {
        "state": "ok" if age <= float(app.config["WORKER_STALE_SECONDS"]) else "silent",
        "last_heartbeat": latest.beat_at.isoformat(),
        "seconds_since_heartbeat": round(age, 1),
        "host": latest.host,
    }
