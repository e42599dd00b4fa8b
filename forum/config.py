"""Settings: safe defaults, then the environment, then the caller's overrides.

The embedded default (SQLite + Whoosh in the instance folder, a generated secret) needs no
configuration at all. With ``FORUM_ENV=production`` nothing secret or stateful is guessed:
the app refuses to start until ``SECRET_KEY`` and ``DATABASE_URL`` are set.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Mapping
from pathlib import Path
from typing import Any

MIB = 1024 * 1024
# Days the mentoring clock counts (see defaults()); operators may set them in the environment.
MENTORING_DAY_SETTINGS = ("MENTORING_OFFER_DAYS", "MENTORING_ESCALATE_DAYS")


class ConfigurationError(RuntimeError):
    """The app cannot start with these settings; the message says what to set."""


def _env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise ConfigurationError(f"{name} must be a whole number, not {raw!r}.") from exc


def _env_days(name: str, default: int) -> int:
    days = _env_int(name, default)
    if days < 1:
        raise ConfigurationError(f"{name} must be a whole number of days from 1, not {days}.")
    return days


def normalise_database_url(url: str) -> str:
    """Point PostgreSQL URLs at psycopg 3, whatever scheme the host platform gives."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def _instance_secret(instance_path: Path) -> str:
    """A random secret kept in the instance folder, so demo sessions survive restarts."""
    path = instance_path / "secret_key"
    if not path.exists():
        path.write_text(secrets.token_urlsafe(48), encoding="utf-8")
        path.chmod(0o600)
    return path.read_text(encoding="utf-8").strip()


def defaults(instance_path: Path) -> dict[str, Any]:
    return {
        "FORUM_ENV": "development",
        "SQLALCHEMY_DATABASE_URI": f"sqlite:///{instance_path / 'forum.sqlite3'}",
        "SEARCH_INDEX_DIR": str(instance_path / "search-index"),
        # "thread": each web process applies the search outbox in the background;
        # "none": only `flask --app forum search-worker` (or tests) apply it.
        "SEARCH_WRITER": "thread",
        "GUIDANCE_FILES_DIR": str(instance_path / "guidance-files"),
        "GUIDANCE_ATTACHMENT_MAX_BYTES": 5 * 1024 * 1024,
        "SITE_URL": "http://127.0.0.1:5000",
        "MAIL_SERVER": None,
        "MAIL_PORT": 25,
        "MAIL_DEFAULT_SENDER": "Community Contracts Forum <no-reply@forum.invalid>",
        "MAIL_DIR": str(instance_path / "mail"),
        "MAIL_DISPATCH": "thread",
        "MAIL_MAX_ATTEMPTS": 8,
        "RATELIMIT_STORAGE_URI": "memory://",
        "RATELIMIT_HEADERS_ENABLED": True,
        # Redis down: count in this process (with a logged warning) rather than fail the
        # request, and go back to Redis when it answers again.
        "RATELIMIT_IN_MEMORY_FALLBACK_ENABLED": True,
        "RATELIMIT_SWALLOW_ERRORS": True,
        # Per client address. Generous enough for an office behind one address, tight enough
        # to make password guessing slow.
        "RATELIMIT_SIGN_IN": "30 per minute;300 per hour",
        "RATELIMIT_REGISTER": "20 per hour",
        "RATELIMIT_PASSWORD_RESET": "10 per hour",
        # Per person. Everyone has a flood limit; new members (see POSTING_NEW_MEMBER_POSTS)
        # a tight one, as Discourse does for new users.
        "RATELIMIT_POSTING": "600 per minute",
        "RATELIMIT_POSTING_NEW_MEMBER": "5 per minute;30 per hour",
        # Spam defence: people with fewer than POSTING_NEW_MEMBER_POSTS posts may include
        # only a few links; everyone else a generous number.
        "POSTING_NEW_MEMBER_POSTS": 3,
        # When on, new members' posts wait for a moderator before anyone else sees them.
        "HOLD_NEW_MEMBERS_POSTS": False,
        "POSTING_LINK_LIMIT_NEW_MEMBER": 2,
        "POSTING_LINK_LIMIT": 20,
        # Mentoring: days a mentor has to answer an offer before it passes to the next-ranked
        # mentor, and days a question to a named mentor waits before every mentor may answer.
        "MENTORING_OFFER_DAYS": 5,
        "MENTORING_ESCALATE_DAYS": 3,
        # The worker (`flask --app forum worker`): "threads" lets each web process also
        # apply the search outbox and send mail in background threads (enough on one
        # machine without a worker); "worker" leaves all of it to the worker processes.
        "BACKGROUND_WORK": "threads",
        "DIGEST_HOUR": 7,  # daily summaries go out at this hour, UK time
        "MENTORING_CHECK_MINUTES": 5,  # how often offer deadlines and questions are checked
        "MAIL_KEEP_DAYS": 30,  # sent email is kept this long, then removed
        "WORKER_POLL_SECONDS": 1.0,  # how often the worker looks for outbox rows and mail
        "WORKER_HEARTBEAT_SECONDS": 10.0,
        "WORKER_JOBS_SECONDS": 30.0,  # how often it checks which scheduled jobs are due
        # A worker whose heartbeat is older than this is reported as not running.
        "WORKER_STALE_SECONDS": 90,
        "MAX_CONTENT_LENGTH": 10 * MIB,
        "MAX_FORM_MEMORY_SIZE": 1 * MIB,
        "PASSWORD_RESET_MAX_AGE": 3600,
        "WTF_CSRF_ENABLED": True,
        "WTF_CSRF_TIME_LIMIT": None,
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_SECURE": False,
        "REMEMBER_COOKIE_HTTPONLY": True,
        "REMEMBER_COOKIE_SAMESITE": "Lax",
        "REMEMBER_COOKIE_SECURE": False,
        "REMEMBER_COOKIE_DURATION": 60 * 60 * 24 * 30,
        "PROXY_FIX_HOPS": 0,
        "SQLALCHEMY_ENGINE_OPTIONS": {"pool_pre_ping": True},
    }


def from_environment() -> dict[str, Any]:
    """Settings that operators give through environment variables."""
    env = os.environ
    settings: dict[str, Any] = {}
    if env.get("FORUM_ENV"):
        settings["FORUM_ENV"] = env["FORUM_ENV"]
    if env.get("SECRET_KEY"):
        settings["SECRET_KEY"] = env["SECRET_KEY"]
    if env.get("DATABASE_URL"):
        settings["SQLALCHEMY_DATABASE_URI"] = env["DATABASE_URL"]
    if env.get("REDIS_URL"):
        settings["RATELIMIT_STORAGE_URI"] = env["REDIS_URL"]
    if env.get("MAIL_SERVER"):
        settings["MAIL_SERVER"] = env["MAIL_SERVER"]
        settings["MAIL_PORT"] = _env_int("MAIL_PORT", 25)
    if env.get("MAIL_DEFAULT_SENDER"):
        settings["MAIL_DEFAULT_SENDER"] = env["MAIL_DEFAULT_SENDER"]
    if env.get("SITE_URL"):
        settings["SITE_URL"] = env["SITE_URL"]
    if env.get("SEARCH_BACKEND"):
        settings["SEARCH_BACKEND"] = env["SEARCH_BACKEND"]
    if env.get("SEARCH_INDEX_DIR"):
        settings["SEARCH_INDEX_DIR"] = env["SEARCH_INDEX_DIR"]
    if env.get("PROXY_FIX_HOPS"):
        settings["PROXY_FIX_HOPS"] = _env_int("PROXY_FIX_HOPS", 0)
    settings.update(_mentoring_days())
    return settings


def _mentoring_days() -> dict[str, int]:
    return {name: _env_days(name, 1) for name in MENTORING_DAY_SETTINGS if os.environ.get(name)}


def build_config(instance_path: Path, overrides: Mapping[str, Any] | None) -> dict[str, Any]:
    """Merge defaults, environment and overrides, then check the result can run."""
    settings = defaults(instance_path)
    environment = from_environment()
    settings.update(environment)
    settings.update(overrides or {})

    if settings["FORUM_ENV"] == "production":
        database_given = "SQLALCHEMY_DATABASE_URI" in environment or "SQLALCHEMY_DATABASE_URI" in (
            overrides or {}
        )
        missing = [
            name
            for name, present in (
                ("SECRET_KEY", bool(settings.get("SECRET_KEY"))),
                ("DATABASE_URL", database_given),
            )
            if not present
        ]
        if missing:
            raise ConfigurationError(
                "FORUM_ENV=production needs "
                + " and ".join(missing)
                + " set in the environment: a production site must not run on a generated"
                " secret or fall back to the embedded SQLite file."
            )
        settings["SESSION_COOKIE_SECURE"] = True
        settings["REMEMBER_COOKIE_SECURE"] = True

    if not settings.get("SECRET_KEY"):
        settings["SECRET_KEY"] = _instance_secret(instance_path)

    settings["SQLALCHEMY_DATABASE_URI"] = normalise_database_url(
        settings["SQLALCHEMY_DATABASE_URI"]
    )
    uses_postgres = settings["SQLALCHEMY_DATABASE_URI"].startswith("postgresql")
    settings.setdefault("SEARCH_BACKEND", "postgres" if uses_postgres else "whoosh")
    if settings["SEARCH_BACKEND"] not in {"whoosh", "postgres"}:
        raise ConfigurationError(
            f"SEARCH_BACKEND must be 'whoosh' or 'postgres', not {settings['SEARCH_BACKEND']!r}."
        )
    if settings["BACKGROUND_WORK"] not in {"threads", "worker"}:
        raise ConfigurationError(
            f"BACKGROUND_WORK must be 'threads' or 'worker', not {settings['BACKGROUND_WORK']!r}."
        )
    if str(settings["RATELIMIT_STORAGE_URI"]).startswith(("redis://", "rediss://")):
        # A Redis that stops answering must not hang requests: fail fast, count locally.
        settings.setdefault(
            "RATELIMIT_STORAGE_OPTIONS", {"socket_connect_timeout": 0.5, "socket_timeout": 0.5}
        )
    if settings["SEARCH_BACKEND"] == "postgres" and not uses_postgres:
        raise ConfigurationError(
            "SEARCH_BACKEND 'postgres' needs a PostgreSQL database (set DATABASE_URL)."
        )
    return settings
