"""Telling people about offers and questions: in the site and by email, in one transaction."""

from __future__ import annotations

from collections.abc import Iterable

from forum.extensions import db
from forum.models.accounts import User
from forum.models.boards import Thread
from forum.models.engagement import Notification, NotificationKind
from forum.models.mentoring import MentoringMatch
from forum.models.types import utcnow
from forum.notifications.email import email_at_once


def _unique(people: Iterable[User], actor: User | None) -> list[User]:
    seen: dict[int, User] = {}
    for person in people:
        if person is not None and (actor is None or person.id != actor.id):
            seen.setdefault(person.id, person)
    return list(seen.values())


def about_match(
    *,
    people: Iterable[User],
    kind: NotificationKind,
    match: MentoringMatch,
    actor: User | None,
    by_email: bool = True,
) -> int:
    return _notify(people, kind, actor, by_email=by_email, match_id=match.id)


def about_question(
    *,
    people: Iterable[User],
    kind: NotificationKind,
    thread: Thread,
    actor: User | None,
    by_email: bool = True,
) -> int:
    return _notify(people, kind, actor, by_email=by_email, thread_id=thread.id)


def _notify(
    people: Iterable[User],
    kind: NotificationKind,
    actor: User | None,
    *,
    by_email: bool,
    **subject: int,
) -> int:
    """One notification each (never to the actor), about a match or a question thread."""
    created = [
        Notification(
            user_id=person.id,
            kind=kind.value,
            actor_id=actor.id if actor else None,
            created_at=utcnow(),
            **subject,
        )
        for person in _unique(people, actor)
    ]
    return _send(created, by_email=by_email)


def _send(created: list[Notification], *, by_email: bool) -> int:
    if created:
        db.session.add_all(created)
        db.session.flush()
        if by_email:
            email_at_once(created)
    return len(created)
