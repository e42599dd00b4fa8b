"""INSERT ... ON CONFLICT, which PostgreSQL and SQLite both have, spelled by each dialect."""

from __future__ import annotations

from typing import Any

from sqlalchemy.dialects import postgresql, sqlite

from forum.extensions import db


def insert(model: Any) -> Any:
    """An INSERT for `model` with `on_conflict_do_nothing/_update`, for the database in use:
    the upserts and claims that keep concurrent writers from doubling or losing a row."""
    dialect = postgresql if db.engine.dialect.name == "postgresql" else sqlite
    return dialect.insert(model)
