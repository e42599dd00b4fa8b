"""Who may do what: the one rule set, shared by routes and templates.

Every function takes the acting user (or an anonymous user) and plain values, and answers
yes or no. Routes call `require(...)`; templates call the same functions as globals.
"""

from __future__ import annotations

from types import SimpleNamespace
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


def can_manage_boards(user: Actor) -> bool:
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


def can_moderate(user: Actor) -> bool:
    """Moderators and admins: lock, pin, move, hide, restore and handle flags."""
    return has_role_at_least(user, Role.MODERATOR)


def can_view_thread(user: Actor, thread: Any) -> bool:
    """Hidden threads (deleted, or held for review) stay visible to moderators and the author."""
    if not thread.hidden or can_moderate(user):
        return True
    return _role(user) is not None and getattr(user, "id", None) == thread.author_id


def can_see_post(user: Actor, post: Any) -> bool:
    """A post held for review shows only to its author and moderators."""
    if not post.is_held or can_moderate(user):
        return True
    return _role(user) is not None and getattr(user, "id", None) == post.author_id


def can_start_thread(user: Actor, board: Any) -> bool:
    return can_post(user) and not board.archived


def can_reply(user: Actor, thread: Any) -> bool:
    """Anyone who may post, unless the thread is locked (moderators may still answer)."""
    if not can_post(user) or not can_view_thread(user, thread) or thread.board.archived:
        return False
    return not thread.locked or can_moderate(user)


def _is_author(user: Actor, post: Any) -> bool:
    return _role(user) is not None and getattr(user, "id", None) == post.author_id


def can_edit_post(user: Actor, post: Any) -> bool:
    """Authors edit their own live posts in open threads; moderators edit any."""
    if can_moderate(user):
        return True
    return _is_author(user, post) and not post.is_deleted and not post.thread.locked


def can_delete_post(user: Actor, post: Any) -> bool:
    if post.is_deleted:
        return False
    return can_moderate(user) or (_is_author(user, post) and not post.thread.locked)


def can_restore_post(user: Actor, post: Any) -> bool:
    return post.is_deleted and can_moderate(user)


def can_see_deleted_text(user: Actor) -> bool:
    return can_moderate(user)


def can_accept_answer(user: Actor, thread: Any, post: Any) -> bool:
    """The asker or a moderator picks one reply (never the question itself) as the answer."""
    if thread.kind != "question" or post.position == 1 or post.is_deleted:
        return False
    asker = _role(user) is not None and getattr(user, "id", None) == thread.author_id
    return asker or can_moderate(user)


def can_flag(user: Actor, post: Any) -> bool:
    return can_post(user) and not post.is_deleted and getattr(user, "id", None) != post.author_id


def can_suspend_author(user: Actor, author: Any) -> bool:
    """From the flag queue, moderators may suspend members and mentors (not staff)."""
    return (
        can_moderate(user)
        and author.role in (Role.MEMBER, Role.MENTOR)
        and (getattr(user, "id", None) != author.id)
    )


def require(allowed: bool) -> None:
    """Stop the request with 403 unless the rule allowed it."""
    if not allowed:
        abort(403)


# Templates see the rules as one global, `permissions.can_reply(...)`: Jinja re-checks every
# global on each macro import, so one name costs far less than twenty.
TEMPLATE_RULES = SimpleNamespace(
    **{
        "can_manage_users": can_manage_users,
        "can_view_audit_log": can_view_audit_log,
        "can_manage_boards": can_manage_boards,
        "can_change_role": can_change_role,
        "can_suspend": can_suspend,
        "can_edit_profile": can_edit_profile,
        "can_post": can_post,
        "can_moderate": can_moderate,
        "can_view_thread": can_view_thread,
        "can_see_post": can_see_post,
        "can_start_thread": can_start_thread,
        "can_reply": can_reply,
        "can_edit_post": can_edit_post,
        "can_delete_post": can_delete_post,
        "can_restore_post": can_restore_post,
        "can_see_deleted_text": can_see_deleted_text,
        "can_accept_answer": can_accept_answer,
        "can_flag": can_flag,
        "can_suspend_author": can_suspend_author,
    }
)
