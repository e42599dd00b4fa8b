"""Row ids as requests carry them: never more than the database's id columns hold.

Every id (and every per-parent number, such as a standard's) is an INTEGER column.
PostgreSQL refuses a larger number in a query ("integer out of range", which also aborts
the transaction) and SQLite's driver one above 2**63 - 1 (OverflowError). A number beyond
the column names no row, so it is "not found" before any query runs: in a URL's path by the
converter below, in a query string or a form by `parse_id`.
"""

from __future__ import annotations

from typing import Any

from flask import Flask
from werkzeug.routing import IntegerConverter, Map

# PostgreSQL's INTEGER (int4); SQLite's INTEGER holds more, but the schema is shared.
MAX_ID = 2**31 - 1


class IdConverter(IntegerConverter):
    """`<int:...>` in every route: a number no id column can hold matches no route (404)."""

    def __init__(self, url_map: Map, *args: Any, **kwargs: Any) -> None:
        super().__init__(url_map, *args, **kwargs)
        self.max = MAX_ID if self.max is None else min(self.max, MAX_ID)


def register_converter(app: Flask) -> None:
    """Before any blueprint is registered: rules bind their converters when they are added."""
    app.url_map.converters["int"] = IdConverter


def parse_id(value: Any) -> int | None:
    """A row id from text (a query string, a form, a link in a post): a whole number from 1
    to MAX_ID, or None."""
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
        number = int(value.strip())
    else:
        return None
    return number if 1 <= number <= MAX_ID else None
