"""Who may do what: the one rule set, shared by routes and templates.

Every function takes the acting user (or an anonymous user) and plain values, and answers
yes or no. Routes call `require(...)`; templates call the same functions as globals.
"""

from __future__ import annotations

from typing import Any, Protocol

from flask import abort

from forum.models.accounts import AccountStatus, Role

ROLE_RANK = {Role.MEMBER: 0, Role.MENTOR: 1, Role.MODERATOR: 2, Role.ADMIN: 3}


class Actor(Protocol):
    is_authenticated: bool


def _role(user: Any) -> Role | None:
    if not getattr(user, "is_authenticated", False):
        return None
    if getattr(user, "status", None) != AccountStatus.ACTIVE:
        return None
    return Role(user.role)


def has_role_at_least(user: Actor, role: Role) -> bool:
    actual = _role(user)
    return actual is not None and ROLE_RANK[actual] >= ROLE_RANK[role]


def can_manage_users(user: Actor) -> bool:
    """List accounts, change roles, suspend and reinstate: admins only."""
    return has_role_at_least(user, Role.ADMIN)


def can_view_audit_log(user: Actor) -> bool:
    return has_role_at_least(user, Role.ADMIN)


def can_change_role(user: Actor, target: Any, new_role: Role) -> bool:
    """Admins change others' roles; nobody changes their own (no accidental lock-out)."""
    return can_manage_users(user) and getattr(user, "id", None) != target.id


def can_suspend(user: Actor, target: Any) -> bool:
    """Admins suspend other accounts, never their own and never another admin's."""
    return (
        can_manage_users(user)
        and getattr(user, "id", None) != target.id
        and target.role != Role.ADMIN
    )


def can_edit_profile(user: Actor, target: Any) -> bool:
    return _role(user) is not None and getattr(user, "id", None) == target.id


def can_post(user: Actor) -> bool:
    """Signed in with an active account: suspended members read but cannot write."""
    return _role(user) is not None


def require(allowed: bool) -> None:
    """Stop the request with 403 unless the rule allowed it."""
    if not allowed:
        abort(403)


TEMPLATE_GLOBALS = {
    "can_manage_users": can_manage_users,
    "can_view_audit_log": can_view_audit_log,
    "can_change_role": can_change_role,
    "can_suspend": can_suspend,
    "can_edit_profile": can_edit_profile,
    "can_post": can_post,
}
