"""Queries and writes for user accounts."""

from __future__ import annotations

from dataclasses import dataclass

from flask_sqlalchemy.pagination import Pagination
from sqlalchemy import func, or_, select
from sqlalchemy.exc import IntegrityError

from forum.data.errors import DuplicateValueError
from forum.extensions import db
from forum.models.accounts import User

USERS_PER_PAGE = 50

# Constraint name -> (form field, message): a violated one becomes an error beside the field.
UNIQUE_FIELDS = {
    "uq_user_account_email": (
        "email",
        "An account with this email address already exists. Sign in or reset your password.",
    ),
    "uq_user_account_display_name": (
        "display_name",
        "Someone already uses that display name. Choose a different one.",
    ),
}


def normalise_email(email: str) -> str:
    return email.strip().lower()


def get_user(*, user_id: int) -> User | None:
    return db.session.get(User, user_id)


def get_user_by_email(*, email: str) -> User | None:
    return db.session.scalar(select(User).where(User.email == normalise_email(email)))


def display_name_taken(*, display_name: str, except_user_id: int | None = None) -> bool:
    query = select(User.id).where(func.lower(User.display_name) == display_name.strip().lower())
    if except_user_id is not None:
        query = query.where(User.id != except_user_id)
    return db.session.scalar(query.limit(1)) is not None


def save_user(user: User) -> User:
    """Add or update a user, turning a unique-constraint violation into a field error."""
    try:
        with db.session.begin_nested():
            db.session.add(user)
            db.session.flush()
    except IntegrityError as exc:
        message = str(exc.orig)
        for constraint, (field, text) in UNIQUE_FIELDS.items():
            column = constraint.removeprefix("uq_user_account_")
            if constraint in message or f"user_account.{column}" in message:
                raise DuplicateValueError(field, text) from exc
        raise
    return user


@dataclass(frozen=True)
class UserFilter:
    query: str = ""
    role: str = ""
    status: str = ""


def list_users(*, filters: UserFilter, page: int) -> Pagination:
    query = select(User).order_by(User.created_at.desc(), User.id.desc())
    if filters.query:
        pattern = f"%{filters.query.strip().lower()}%"
        query = query.where(
            or_(func.lower(User.email).like(pattern), func.lower(User.display_name).like(pattern))
        )
    if filters.role:
        query = query.where(User.role == filters.role)
    if filters.status:
        query = query.where(User.status == filters.status)
    return db.paginate(query, page=page, per_page=USERS_PER_PAGE, error_out=False)


def count_users() -> int:
    return db.session.scalar(select(func.count(User.id))) or 0
