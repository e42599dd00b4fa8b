"""Counting the SQL statements a request issues."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event

from forum.extensions import db


class QueryLog:
    def __init__(self) -> None:
        self.statements: list[str] = []

    @property
    def count(self) -> int:
        return len(self.statements)

    @property
    def writes(self) -> list[str]:
        verbs = ("INSERT", "UPDATE", "DELETE", "REPLACE")
        return [s for s in self.statements if s.lstrip().upper().startswith(verbs)]


@contextmanager
def queries() -> Iterator[QueryLog]:
    """Log every statement sent on the app's engine (including other app contexts)."""
    log = QueryLog()
    engine = db.engine

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if (
            not statement.lstrip()
            .upper()
            .startswith(("BEGIN", "COMMIT", "ROLLBACK", "PRAGMA", "SAVEPOINT", "RELEASE"))
        ):
            log.statements.append(statement)

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield log
    finally:
        event.remove(engine, "before_cursor_execute", record)
