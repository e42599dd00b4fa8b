"""Tables the PostgreSQL search backend owns (created by migration 0004, not by models)."""

from __future__ import annotations

from typing import Any

SEARCH_TABLES = frozenset({"search_document", "search_term"})


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """For Alembic's comparisons: leave the search backend's own tables alone."""
    table = obj if type_ == "table" else getattr(obj, "table", None)
    table_name = name if type_ == "table" else getattr(table, "name", None)
    return table_name not in SEARCH_TABLES
