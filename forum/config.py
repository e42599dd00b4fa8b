"""Settings: safe defaults, then the environment, then the caller's overrides.

The embedded default (SQLite + Whoosh in the instance folder, a generated secret) needs no
configuration at all. Every key in ``defaults()`` can be given by an environment variable
of the same name, read as the type of its default (see ``from_environment``). With
``FORUM_ENV=production`` nothing secret, stateful or host-specific is guessed: the app
refuses to start until ``SECRET_KEY``, ``DATABASE_URL`` and ``SITE_URL`` are set.
"""

from __future__ import annotations

import os
import re
import secrets
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from forum.signing import signing_keys

MIB = 1024 * 1024
# Days the mentoring clock counts (see defaults()); each must be at least 1.
MENTORING_DAY_SETTINGS = ("MENTORING_OFFER_DAYS", "MENTORING_ESCALATE_DAYS")
FORUM_ENVIRONMENTS = ("development", "production")
# Settings whose environment variable has the name operators and platforms already use.
ENVIRONMENT_NAMES = {
    "SQLALCHEMY_DATABASE_URI": "DATABASE_URL",
    "RATELIMIT_STORAGE_URI": "REDIS_URL",
}
# Settings that default to None (off) but are whole numbers, not text, when given.
NONE_DEFAULT_INTS = frozenset({"WTF_CSRF_TIME_LIMIT"})
TRUE_WORDS = frozenset({"true", "1", "yes", "on"})
FALSE_WORDS = frozenset({"false", "0", "no", "off"})


class ConfigurationError(RuntimeError):
    """The app cannot start with these settings; the message says what to set."""


def _parse_bool(name: str, raw: str) -> bool:
    word = raw.strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ConfigurationError(f"{name} must be true or false (or 1/0, yes/no, on/off), not {raw!r}.")


def _parse_int(name: str, raw: str) -> int:
    try:
        return int(raw.strip())
    except ValueError as exc:
        raise ConfigurationError(f"{name} must be a whole number, not {raw!r}.") from exc


def _parse_float(name: str, raw: str) -> float:
    try:
        return float(raw.strip())
    except ValueError as exc:
        raise ConfigurationError(f"{name} must be a number, not {raw!r}.") from exc


def _parse_str(name: str, raw: str) -> str:
    return raw


def _parse_list(name: str, raw: str) -> list[str]:
    """Comma- or whitespace-separated words (keys, addresses)."""
    return [word for word in re.split(r"[,\s]+", raw) if word]


def _parser_for(key: str, default: object) -> Callable[[str, str], Any] | None:
    """How to read a setting from its environment variable, judged by its default's type;
    None for settings that are not plain values (dictionaries of engine options)."""
    if default is None:
        return _parse_int if key in NONE_DEFAULT_INTS else _parse_str
    for kind, parser in (
        (bool, _parse_bool),  # before int: a bool is an int to isinstance
        (int, _parse_int),
        (float, _parse_float),
        (str, _parse_str),
        (list, _parse_list),
    ):
        if isinstance(default, kind):
            return parser
    return None


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
        "SECRET_KEY": None,  # unset: generated into the instance folder (not in production)
        # Old keys still accepted after a rotation, oldest first; SECRET_KEY signs (signing.py).
        "SECRET_KEY_FALLBACKS": [],
        "SQLALCHEMY_DATABASE_URI": f"sqlite:///{instance_path / 'forum.sqlite3'}",
        "SEARCH_BACKEND": None,  # unset: "postgres" on PostgreSQL, else "whoosh"
        # In production, Whoosh beside PostgreSQL means an index per host that misses the
        # others' changes; only an operator who runs one host opts in.
        "ALLOW_WHOOSH_WITH_POSTGRES": False,
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
        "MAIL_USE_TLS": False,  # STARTTLS, usually on port 587
        "MAIL_USE_SSL": False,  # implicit TLS, usually on port 465
        "MAIL_USERNAME": None,  # unset: no login
        "MAIL_PASSWORD": None,
        "MAIL_TIMEOUT": 10.0,  # seconds to wait for the mail server
        # "json": one JSON object a line on standard output (web and worker); "text" to read.
        "LOG_FORMAT": "json",
        "LOG_LEVEL": "INFO",
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
        # Searches (the page and /api/search together): generous for people, a brake on scrapers.
        "RATELIMIT_SEARCH": "120 per minute",
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
        "WORKER_POLL_SECONDS": 0.5,  # how often the worker looks for outbox rows and mail
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


def environment_name(key: str) -> str:
    """The environment variable that sets a key: its own name, or the customary one."""
    return ENVIRONMENT_NAMES.get(key, key)


def from_environment(
    known: Mapping[str, Any], environ: Mapping[str, str] = os.environ
) -> dict[str, Any]:
    """The settings in ``known`` (the defaults) that the environment gives, each read as the
    type of its default. An empty variable counts as unset."""
    settings: dict[str, Any] = {}
    for key, default in known.items():
        name = environment_name(key)
        raw = environ.get(name, "")
        parse = _parser_for(key, default)
        if raw.strip() and parse is not None:
            settings[key] = parse(name, raw)
    return settings


def _check_worker_and_mail(settings: Mapping[str, Any]) -> None:
    if not 0 <= int(settings["DIGEST_HOUR"]) <= 23:
        raise ConfigurationError(
            f"DIGEST_HOUR must be an hour from 0 to 23, not {settings['DIGEST_HOUR']}."
        )
    for name in (
        "WORKER_POLL_SECONDS",
        "WORKER_HEARTBEAT_SECONDS",
        "WORKER_JOBS_SECONDS",
        "MENTORING_CHECK_MINUTES",
    ):
        if float(settings[name]) <= 0:
            raise ConfigurationError(f"{name} must be more than 0, not {settings[name]}.")
    if settings["MAIL_USERNAME"] and not (settings["MAIL_USE_TLS"] or settings["MAIL_USE_SSL"]):
        raise ConfigurationError(
            "MAIL_USERNAME needs MAIL_USE_TLS (STARTTLS) or MAIL_USE_SSL: without either the"
            " password would cross the network in clear text."
        )


def build_config(instance_path: Path, overrides: Mapping[str, Any] | None) -> dict[str, Any]:
    """Merge defaults, environment and overrides, then check the result can run."""
    settings = defaults(instance_path)
    environment = from_environment(settings)
    settings.update(environment)
    settings.update(overrides or {})
    given = environment.keys() | (overrides or {}).keys()

    _check_forum_env(settings)
    _check_mentoring_days(settings)
    _check_site_url(settings["SITE_URL"])
    _check_worker_and_mail(settings)
    settings["SECRET_KEY_FALLBACKS"] = _key_list(settings["SECRET_KEY_FALLBACKS"])

    production = settings["FORUM_ENV"] == "production"
    if production:
        _check_production_has_its_own(settings, given)
        settings["SESSION_COOKIE_SECURE"] = True
        settings["REMEMBER_COOKIE_SECURE"] = True

    if not settings.get("SECRET_KEY"):
        settings["SECRET_KEY"] = _instance_secret(instance_path)
    if settings["SECRET_KEY_FALLBACKS"]:
        # Forms opened before a key rotation still submit: Flask-WTF hands this list to
        # itsdangerous, which signs with the last key and accepts any.
        settings.setdefault("WTF_CSRF_SECRET_KEY", signing_keys(settings))

    settings["SQLALCHEMY_DATABASE_URI"] = normalise_database_url(
        settings["SQLALCHEMY_DATABASE_URI"]
    )
    uses_postgres = settings["SQLALCHEMY_DATABASE_URI"].startswith("postgresql")
    if uses_postgres:
        # A database host that stops answering must fail fast (so /healthz can say 503),
        # not hang every request for the kernel's TCP timeout.
        options = dict(settings["SQLALCHEMY_ENGINE_OPTIONS"])
        options.setdefault("connect_args", {}).setdefault("connect_timeout", 5)
        settings["SQLALCHEMY_ENGINE_OPTIONS"] = options
    if not settings["SEARCH_BACKEND"]:
        settings["SEARCH_BACKEND"] = "postgres" if uses_postgres else "whoosh"
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
    if production and uses_postgres and settings["SEARCH_BACKEND"] == "whoosh":
        _check_whoosh_beside_postgres_is_chosen(settings)
    return settings


def _check_forum_env(settings: Mapping[str, Any]) -> None:
    if settings["FORUM_ENV"] not in FORUM_ENVIRONMENTS:
        raise ConfigurationError(
            f"FORUM_ENV must be 'development' or 'production', not {settings['FORUM_ENV']!r}."
        )


def _check_mentoring_days(settings: Mapping[str, Any]) -> None:
    for name in MENTORING_DAY_SETTINGS:
        days = settings[name]
        if isinstance(days, bool) or not isinstance(days, int) or days < 1:
            raise ConfigurationError(f"{name} must be a whole number of days from 1, not {days!r}.")


def _check_site_url(url: object) -> None:
    """Links in email are built on SITE_URL, so it must be a full http(s) address."""
    parts = urlsplit(url) if isinstance(url, str) else None
    if (
        parts is None
        or parts.scheme not in {"http", "https"}
        or not parts.hostname
        or parts.query
        or parts.fragment
    ):
        raise ConfigurationError(
            "SITE_URL must be the site's full address, starting http:// or https://"
            f" (such as https://forum.example.org), not {url!r}."
        )


def _key_list(value: object) -> list[str]:
    """SECRET_KEY_FALLBACKS as a list, whether given as one or as text (as from the
    environment)."""
    keys = _parse_list("SECRET_KEY_FALLBACKS", value) if isinstance(value, str) else value
    if not isinstance(keys, list | tuple) or not all(isinstance(k, str) and k for k in keys):
        raise ConfigurationError(
            "SECRET_KEY_FALLBACKS must be a list of old keys (in the environment: separated"
            " by commas or spaces)."
        )
    return list(keys)


def _check_production_has_its_own(settings: Mapping[str, Any], given: set[str]) -> None:
    """Production never runs on a guess: a generated secret, the embedded SQLite file, or
    email links to 127.0.0.1."""
    missing = [
        name
        for name, present in (
            ("SECRET_KEY", bool(settings.get("SECRET_KEY"))),
            ("DATABASE_URL", "SQLALCHEMY_DATABASE_URI" in given),
            ("SITE_URL", "SITE_URL" in given),
        )
        if not present
    ]
    if missing:
        *others, last = missing
        names = f"{', '.join(others)} and {last}" if others else last
        raise ConfigurationError(
            f"FORUM_ENV=production needs {names} set in the environment: a production site"
            " must not run on a generated secret, fall back to the embedded SQLite file or"
            " send links in email to the default address."
        )


def _check_whoosh_beside_postgres_is_chosen(settings: Mapping[str, Any]) -> None:
    if not settings["ALLOW_WHOOSH_WITH_POSTGRES"]:
        raise ConfigurationError(
            "SEARCH_BACKEND=whoosh with a PostgreSQL database keeps a separate search index"
            " on each host, which misses the changes made through the others: leave"
            " SEARCH_BACKEND unset to search in PostgreSQL, or set"
            " ALLOW_WHOOSH_WITH_POSTGRES=true if only one host will ever serve the site."
        )
