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
    """Hidden threads (deleted, or held for review) stay visible to moderators and the author.

    Threads on a private board (mentoring questions) follow `can_read_mentoring_question`.
    """
    if thread.board.private and not can_read_mentoring_question(user, thread):
        return False
    if not thread.hidden or can_moderate(user):
        return True
    return _role(user) is not None and getattr(user, "id", None) == thread.author_id


def can_see_post(user: Actor, post: Any) -> bool:
    """A post held for review shows only to its author and moderators."""
    if not post.is_held or can_moderate(user):
        return True
    return _role(user) is not None and getattr(user, "id", None) == post.author_id


def can_start_thread(user: Actor, board: Any) -> bool:
    """Not on a private board: mentoring questions are asked from the mentoring pages."""
    return can_post(user) and not board.archived and not board.private


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


# ---------------------------------------------------------------- mentoring (forum.mentoring)
# Programme staff are admins. Area members are people an area has added (AreaMember), never
# whoever names the area on their own profile.


def _user_id(user: Actor) -> int | None:
    return getattr(user, "id", None) if _role(user) is not None else None


def is_mentor(user: Actor) -> bool:
    return _role(user) == Role.MENTOR


def is_area_member(user: Actor, area: Any) -> bool:
    user_id = _user_id(user)
    return user_id is not None and any(m.user_id == user_id for m in area.members)


def can_run_matching(user: Actor) -> bool:
    """Run a programme-wide matching round, adjust it and send offers: programme staff."""
    return has_role_at_least(user, Role.ADMIN)


def can_edit_mentor_profile(user: Actor, mentor: Any) -> bool:
    """Mentors edit their own profile; programme staff edit anyone's."""
    if can_run_matching(user):
        return True
    return is_mentor(user) and _user_id(user) == mentor.id


def can_view_match(user: Actor, match: Any) -> bool:
    """An offer and its history: the mentor, the area's members and programme staff."""
    return (
        can_run_matching(user)
        or (_user_id(user) is not None and _user_id(user) == match.mentor_id)
        or is_area_member(user, match.area)
    )


def can_answer_offer(user: Actor, match: Any) -> bool:
    """Only the mentor it was offered to accepts or declines it."""
    return is_mentor(user) and _user_id(user) == match.mentor_id


def can_end_match(user: Actor, match: Any) -> bool:
    return can_run_matching(user) or can_answer_offer(user, match)


def can_request_mentor(user: Actor, area: Any) -> bool:
    """An area's members (or programme staff) ask for a mentor from a shortlist."""
    return can_run_matching(user) or (can_post(user) and is_area_member(user, area))


def can_ask_mentor(user: Actor, area: Any) -> bool:
    """An area's members ask its mentor, or any mentor, a private question."""
    return can_post(user) and is_area_member(user, area)


def can_read_mentoring_question(user: Actor, thread: Any) -> bool:
    """A private question: the asker, the area's members, its mentors, the mentor it names,
    every mentor once it is open to all ("any mentor", or unanswered too long), and staff."""
    if can_moderate(user):
        return True
    user_id = _user_id(user)
    if user_id is None:
        return False
    if user_id == thread.author_id:
        return True
    question = getattr(thread, "mentoring", None)
    if question is None:
        return False
    if is_area_member(user, question.area):
        return True
    if not is_mentor(user):
        return False
    return (
        user_id == question.mentor_id
        or question.open_to_all_mentors
        or user_id in question.area_mentor_ids()
    )


def can_consent_to_publish(user: Actor, thread: Any) -> bool:
    return _user_id(user) is not None and _user_id(user) == thread.author_id


def can_publish_question(user: Actor, question: Any) -> bool:
    """Staff publish an answered question, once the asker has agreed."""
    return (
        can_moderate(user)
        and question.publish_consent
        and question.first_answer_at is not None
        and question.published_at is None
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
        "can_run_matching": can_run_matching,
        "can_edit_mentor_profile": can_edit_mentor_profile,
        "can_view_match": can_view_match,
        "can_answer_offer": can_answer_offer,
        "can_end_match": can_end_match,
        "can_request_mentor": can_request_mentor,
        "can_ask_mentor": can_ask_mentor,
        "can_consent_to_publish": can_consent_to_publish,
        "can_publish_question": can_publish_question,
        "is_mentor": is_mentor,
    }
)


# ---------------------------------------------------------------- areas (forum.areas)
# An area's contract is edited by the people the area has added as members (AreaMember:
# officers, residents' representatives, partners) and by admins. Naming an area on your own
# profile grants nothing.


def _member_of(user: Actor, area: Any) -> bool:
    user_id = getattr(user, "id", None) if _role(user) is not None else None
    return user_id is not None and any(m.user_id == user_id for m in area.members)


def can_edit_area(user: Actor, area: Any) -> bool:
    """Edit the contract, its standards and details, and log progress and performance."""
    return has_role_at_least(user, Role.ADMIN) or _member_of(user, area)


def can_manage_area_members(user: Actor, area: Any) -> bool:
    """Add or remove the area's members: its existing members and admins."""
    return can_edit_area(user, area)


def can_discuss_standard(user: Actor) -> bool:
    """Start a discussion or a redress thread about a standard: anyone who may post."""
    return can_post(user)


def can_manage_areas(user: Actor) -> bool:
    """Add areas and change their name, council, region and programme: programme staff."""
    return has_role_at_least(user, Role.ADMIN)


TEMPLATE_RULES.can_edit_area = can_edit_area
TEMPLATE_RULES.can_manage_areas = can_manage_areas
TEMPLATE_RULES.can_manage_area_members = can_manage_area_members
TEMPLATE_RULES.can_discuss_standard = can_discuss_standard


# -- Guidance ------------------------------------------------------------------------------


def can_edit_guidance(user: Actor) -> bool:
    """Programme staff (moderators and admins) write, publish and archive guidance."""
    return has_role_at_least(user, Role.MODERATOR)


def can_read_guidance(user: Actor, page: Any) -> bool:
    """Published pages are for everyone; drafts and archived pages only for editors."""
    return page.status == "published" or can_edit_guidance(user)


TEMPLATE_RULES.can_edit_guidance = can_edit_guidance
TEMPLATE_RULES.can_read_guidance = can_read_guidance
