"""Writing and reading the audit log."""

from __future__ import annotations

from typing import Any

from flask_sqlalchemy.pagination import Pagination
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from forum.extensions import db
from forum.models.accounts import User
from forum.models.audit import AuditEvent

EVENTS_PER_PAGE = 50
SUBJECT_TYPES = {
    "user_account": "user",
    "board": "board",
    "thread": "thread",
    "post": "post",
    "flag": "flag",
    "guidance_page": "guidance page",
    "matching_round": "matching round",
    "mentoring_match": "mentoring offer",
    "area": "area",
    "service_standard": "standard",
}


def record_event(
    *,
    actor: User | None,
    action: str,
    subject: Any,
    summary: str,
    details: dict[str, Any] | None = None,
) -> AuditEvent:
    """Add an audit event to the current transaction: it lands with the change it records.

    `subject` is the row the change was made to: a user, thread, post or flag.
    """
    db.session.flush()  # a new subject needs its id before it can be recorded
    event = AuditEvent(
        actor_id=actor.id if actor is not None else None,
        action=action,
        subject_type=SUBJECT_TYPES[subject.__tablename__],
        subject_id=subject.id,
        summary=summary,
        details=details or {},
    )
    db.session.add(event)
    return event


def list_events(*, page: int, subject_user_id: int | None = None) -> Pagination:
    query = (
        select(AuditEvent)
        .options(selectinload(AuditEvent.actor))
        .order_by(AuditEvent.created_at.desc(), AuditEvent.id.desc())
    )
    if subject_user_id is not None:
        query = query.where(
            AuditEvent.subject_type == "user", AuditEvent.subject_id == subject_user_id
        )
    return db.paginate(query, page=page, per_page=EVENTS_PER_PAGE, error_out=False)
