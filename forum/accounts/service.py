"""What happens when people register, sign in, reset passwords and edit profiles.

Plain functions over the data layer: routes parse forms, call these, and render.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from forum.accounts.passwords import hash_password, verify_password
from forum.accounts.tokens import make_reset_token, read_reset_token, token_matches
from forum.data.audit import record_event
from forum.data.errors import DuplicateValueError
from forum.data.users import (
    UNIQUE_FIELDS,
    display_name_taken,
    get_user,
    get_user_by_email,
    normalise_email,
    save_user,
)
from forum.mail import queue_email
from forum.models.accounts import AccountStatus, Role, User
from forum.models.types import utcnow


class SignInOutcome(Enum):
    SIGNED_IN = "signed_in"
    WRONG_CREDENTIALS = "wrong_credentials"
    SUSPENDED = "suspended"


@dataclass(frozen=True)
class SignInResult:
    outcome: SignInOutcome
    user: User | None = None


def register(*, email: str, display_name: str, password: str, role: Role = Role.MEMBER) -> User:
    """Create an account; raises DuplicateValueError naming the field already taken."""
    _check_display_name_free(display_name)
    user = User(
        email=normalise_email(email),
        display_name=display_name.strip(),
        password_hash=hash_password(password),
        role=role.value,
        status=AccountStatus.ACTIVE.value,
        session_version=1,
        bio="",
    )
    return save_user(user)


def _check_display_name_free(display_name: str, except_user_id: int | None = None) -> None:
    """Display names are unique ignoring case, so "@Sam" always means one person."""
    if display_name_taken(display_name=display_name, except_user_id=except_user_id):
        field, message = UNIQUE_FIELDS["uq_user_account_display_name"]
        raise DuplicateValueError(field, message)


def authenticate(*, email: str, password: str) -> SignInResult:
    """Check credentials without revealing whether the account exists.

    A suspended account is only reported as suspended to someone who knows its password.
    """
    user = get_user_by_email(email=email)
    if not verify_password(user.password_hash if user else None, password) or user is None:
        return SignInResult(SignInOutcome.WRONG_CREDENTIALS)
    if not user.is_active:
        return SignInResult(SignInOutcome.SUSPENDED, user)
    user.last_sign_in_at = utcnow()
    return SignInResult(SignInOutcome.SIGNED_IN, user)


RESET_EMAIL = """Hello {name},

Someone asked to reset the password for your Community Contracts Forum account.
If it was you, choose a new password here:

{link}

The link works once, within {minutes} minutes. If you did not ask for this, you can
ignore this email: your password has not changed.
"""


def request_password_reset(
    *, email: str, link_for: Callable[[str], str], max_age_seconds: int
) -> None:
    """Email a reset link if an active account has this address; say nothing either way."""
    user = get_user_by_email(email=email)
    if user is None or not user.is_active:
        return
    token = make_reset_token(user_id=user.id, password_hash=user.password_hash)
    link = link_for(token)
    queue_email(
        to=user.email,
        subject="Reset your Community Contracts Forum password",
        body=RESET_EMAIL.format(name=user.display_name, link=link, minutes=max_age_seconds // 60),
    )


def user_for_reset_token(token: str) -> User | None:
    """The account a reset link is for, if the link is genuine, unexpired and unused."""
    contents = read_reset_token(token)
    if contents is None:
        return None
    user_id, fingerprint = contents
    user = get_user(user_id=user_id)
    if user is None or not user.is_active or not token_matches(fingerprint, user.password_hash):
        return None
    return user


def set_password(*, user: User, password: str, reason: str) -> None:
    """Change the password and end every other session of this account."""
    user.password_hash = hash_password(password)
    user.session_version += 1
    record_event(
        actor=user, action=f"password.{reason}", subject=user, summary=f"Password {reason}"
    )


def check_password(*, user: User, password: str) -> bool:
    return verify_password(user.password_hash, password)


@dataclass(frozen=True)
class ProfileChanges:
    display_name: str
    bio: str
    organisation_id: int | None
    area_id: int | None
    region_id: int | None


def update_profile(*, user: User, changes: ProfileChanges) -> User:
    _check_display_name_free(changes.display_name, except_user_id=user.id)
    user.display_name = changes.display_name.strip()
    user.bio = changes.bio.strip()
    user.organisation_id = changes.organisation_id
    user.area_id = changes.area_id
    user.region_id = changes.region_id
    return save_user(user)
