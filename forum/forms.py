"""Form pieces shared by every blueprint."""

from __future__ import annotations

from typing import Any

from flask import abort, request
from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovSelect
from wtforms import Field, SelectField, ValidationError

from forum.ids import MAX_ID, parse_id

# No list shows more than 100 rows a page, so a page beyond this starts past any row an
# INTEGER position or offset can reach.
MAX_PAGE = MAX_ID // 100


class OneOfTheChoices:
    """Checks a select, radio or checkbox value against its choices, with an instruction.

    Fields using it set ``validate_choice=False``: WTForms' own check says "Not a valid
    choice", which tells nobody what to do.
    """

    def __init__(self, message: str) -> None:
        self.message = message

    def __call__(self, form: FlaskForm, field: Field) -> None:
        allowed = {field.coerce(choice.value) for choice in field.choices or []}  # type: ignore[attr-defined]
        values: Any = field.data if isinstance(field.data, list) else [field.data]
        if any(value not in allowed for value in values):
            raise ValidationError(self.message)


def strip(value: object) -> object:
    return value.strip() if isinstance(value, str) else value


def optional_id(value: Any) -> int | None:
    """Coerce a select's value to a row id; "" means none; junk, and numbers no id column
    holds, match no choice."""
    if value in (None, "", "None"):
        return None
    found = parse_id(value)
    return -1 if found is None else found


class EmptyForm(FlaskForm):
    """A form with only a CSRF token, for POST buttons such as "Sign out" or "Lock"."""


def require_button() -> None:
    """A one-button POST form must carry a valid CSRF token; anything else is a 400."""
    if not EmptyForm().validate_on_submit():
        abort(400)


def page_number() -> int:
    """The `?page=` of a listing: a whole number from 1; anything else means page 1. Pages
    past MAX_PAGE are MAX_PAGE: empty (or "not found" where an empty page is), never a
    number too large for a query."""
    return min(max(request.args.get("page", 1, type=int) or 1, 1), MAX_PAGE)


def id_arg(name: str) -> int | None:
    """A row id from the query string; None when it is absent or names no possible row
    (not a whole number, or more than an id column holds)."""
    return parse_id(request.args.get(name))


def id_select(label: str, message: str, *, description: str | None = None) -> SelectField:
    """A select of rows by id ("" for none), checked against its choices with `message`,
    an instruction such as "Select a board from the list". Choices are set by the route."""
    return SelectField(
        label,
        description=description or "",
        widget=GovSelect(),
        coerce=optional_id,
        validate_choice=False,
        validators=[OneOfTheChoices(message)],
    )
