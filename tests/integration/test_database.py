"""The schema and the connection settings."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask import Flask
from sqlalchemy import inspect, text

from forum.extensions import db
from forum.search.schema import include_object


def test_migrations_create_exactly_what_the_models_describe(app: Flask) -> None:
    with db.engine.connect() as conn:
        context = MigrationContext.configure(
            conn,
            opts={"compare_type": True, "render_as_batch": True, "include_object": include_object},
        )
        differences = compare_metadata(context, db.metadata)
    assert differences == [], "models and migrations disagree: write a migration"


def test_constraints_have_conventional_names(app: Flask) -> None:
    inspector = inspect(db.engine)
    uniques = {c["name"] for c in inspector.get_unique_constraints("user_account")}
    assert {"uq_user_account_email", "uq_user_account_display_name"} <= uniques
    checks = {c["name"] for c in inspector.get_check_constraints("user_account")}
    assert {"ck_user_account_role_valid", "ck_user_account_status_valid"} <= checks
    foreign_keys = {fk["name"] for fk in inspector.get_foreign_keys("user_account")}
    assert "fk_user_account_area_id_area" in foreign_keys


def test_sqlite_connections_use_wal_busy_timeout_and_foreign_keys(app: Flask) -> None:
    if db.engine.dialect.name != "sqlite":
        pytest.skip("SQLite connection settings only apply to SQLite")
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 5000


def test_invalid_role_is_refused_by_the_database(app: Flask) -> None:
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO user_account (email, display_name, password_hash, role, status,"
                " bio, session_version, created_at)"
                " VALUES ('x@example.org', 'X', 'h', 'emperor', 'active', '', 1,"
                " CURRENT_TIMESTAMP)"
            )
        )
