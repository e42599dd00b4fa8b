"""Errors the data layer raises instead of leaking database exceptions to routes."""

from __future__ import annotations


class DuplicateValueError(Exception):
    """A unique constraint said no: `field` names the form field the value came from."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message
