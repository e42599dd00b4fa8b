"""Test databases: a fresh one per test on SQLite, a fresh one per run on PostgreSQL.

SQLite: the schema is migrated once into a template file; each test gets its own copy.
PostgreSQL: each run creates `forum_test_<random>`, migrates it, truncates every table after
each test, and drops it at the end, so the shared server is never assumed empty or clean.
"""

from __future__ import annotations

import os
import secrets
import sqlite3
from pathlib import Path
from typing import Protocol

import psycopg
from flask import Flask
from flask_migrate import upgrade
from sqlalchemy import text

from forum import create_app
from forum.extensions import db
from forum.search.schema import SEARCH_TABLES

POSTGRES_ADMIN_URL = os.environ.get("FORUM_TEST_POSTGRES_URL", "postgresql://127.0.0.1:5432/test")


def base_overrides(url: str, workdir: Path) -> dict[str, object]:
    return {
        "SECRET_KEY": secrets.token_urlsafe(32),
        "SQLALCHEMY_DATABASE_URI": url,
        "SEARCH_INDEX_DIR": str(workdir / "search-index"),
        "MAIL_DIR": str(workdir / "mail"),
        "GUIDANCE_FILES_DIR": str(workdir / "guidance-files"),
        "MAIL_DISPATCH": "none",
        "SEARCH_WRITER": "none",  # tests apply the search outbox themselves, when they mean to
        "RATELIMIT_STORAGE_URI": "memory://",
        # Tests sign in many times a minute; test_rate_limits sets tight limits itself.
        "RATELIMIT_SIGN_IN": "1000 per minute",
        "RATELIMIT_REGISTER": "1000 per minute",
        "RATELIMIT_PASSWORD_RESET": "1000 per minute",
        "RATELIMIT_SEARCH": "1000 per minute",
        "RATELIMIT_POSTING": "1000 per minute",
        "RATELIMIT_POSTING_NEW_MEMBER": "1000 per minute",
    }


def migrate(url: str, workdir: Path) -> None:
    app = create_app(base_overrides(url, workdir))
    with app.app_context():
        upgrade(directory=app.extensions["migrate"].directory)
        db.engine.dispose()


class TestDatabases(Protocol):
    name: str

    def url_for_test(self, workdir: Path) -> str: ...

    def clean(self, app: Flask) -> None: ...

    def close(self) -> None: ...


class SQLiteDatabases:
    name = "sqlite"

    def __init__(self, workdir: Path) -> None:
        self.template = workdir / "template.sqlite3"
        migrate(f"sqlite:///{self.template}", workdir)

    def url_for_test(self, workdir: Path) -> str:
        target = workdir / "forum.sqlite3"
        source = sqlite3.connect(self.template)
        destination = sqlite3.connect(target)
        with destination:
            source.backup(destination)
        source.close()
        destination.close()
        return f"sqlite:///{target}"

    def clean(self, app: Flask) -> None:
        """Nothing to do: the test's copy is thrown away with its directory."""

    def close(self) -> None:
        """Nothing to do: the template lives in pytest's temporary directory."""


class PostgresDatabases:
    name = "postgres"

    def __init__(self, workdir: Path) -> None:
        self.database = f"forum_test_{secrets.token_hex(6)}"
        with psycopg.connect(POSTGRES_ADMIN_URL, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{self.database}"')
        base = POSTGRES_ADMIN_URL.rsplit("/", 1)[0]
        self.url = f"{base}/{self.database}"
        migrate(self.url, workdir)

    def url_for_test(self, workdir: Path) -> str:
        return self.url

    def clean(self, app: Flask) -> None:
        names = [table.name for table in db.metadata.sorted_tables] + sorted(SEARCH_TABLES)
        tables = ", ".join(f'"{name}"' for name in names)
        with app.app_context():
            db.session.remove()
            with db.engine.begin() as conn:
                conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
            db.engine.dispose()

    def close(self) -> None:
        with psycopg.connect(POSTGRES_ADMIN_URL, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{self.database}" WITH (FORCE)')
