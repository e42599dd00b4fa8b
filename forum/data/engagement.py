"""Queries for subscriptions and notifications."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from flask_sqlalchemy.pagination import Pagination
from sqlalchemy import func, select, update
from sqlalchemy.orm import joinedload

from forum.extensions import db
from forum.models.accounts import AccountStatus, User
from forum.models.engagement import Notification, Subscription
from forum.models.types import utcnow

NOTIFICATIONS_PER_PAGE = 30


def is_subscribed(
    *, user_id: int, thread_id: int | None = None, board_id: int | None = None
) -> bool:
    query = select(Subscription.id).where(Subscription.user_id == user_id)
    if thread_id is not None:
        query = query.where(Subscription.thread_id == thread_id)
    else:
        query = query.where(Subscription.board_id == board_id)
    return db.session.scalar(query.limit(1)) is not None


def subscribe(*, user_id: int, thread_id: int | None = None, board_id: int | None = None) -> None:
    if not is_subscribed(user_id=user_id, thread_id=thread_id, board_id=board_id):
        db.session.add(Subscription(user_id=user_id, thread_id=thread_id, board_id=board_id))


def unsubscribe(*, user_id: int, thread_id: int | None = None, board_id: int | None = None) -> None:
    query = select(Subscription).where(Subscription.user_id == user_id)
    if thread_id is not None:
        query = query.where(Subscription.thread_id == thread_id)
    else:
        query = query.where(Subscription.board_id == board_id)
    for row in db.session.scalars(query):
        db.session.delete(row)


def subscribers(
    *, thread_id: int | None = None, board_id: int | None = None, excluding: Iterable[int] = ()
) -> Sequence[User]:
    """Active people following the thread or the board."""
    condition = (
        Subscription.thread_id == thread_id
        if thread_id is not None
        else Subscription.board_id == board_id
    )
    query = (
        select(User)
        .join(Subscription, Subscription.user_id == User.id)
        .where(condition, User.status == AccountStatus.ACTIVE)
    )
    excluded = list(excluding)
    if excluded:
        query = query.where(User.id.not_in(excluded))
    return db.session.scalars(query).all()


def users_by_display_names(*, names: Iterable[str]) -> Sequence[User]:
    lowered = {name.lower() for name in names}
    if not lowered:
        return []
    return db.session.scalars(
        select(User).where(
            func.lower(User.display_name).in_(lowered), User.status == AccountStatus.ACTIVE
        )
    ).all()


def subscribed_threads(*, user_id: int, limit: int) -> Sequence[Subscription]:
    return db.session.scalars(
        select(Subscription)
        .options(joinedload(Subscription.thread), joinedload(Subscription.board))
        .where(Subscription.user_id == user_id)
        .order_by(Subscription.created_at.desc())
        .limit(limit)
    ).all()


def unread_count(*, user_id: int) -> int:
    return (
        db.session.scalar(
            select(func.count(Notification.id)).where(
                Notification.user_id == user_id, Notification.read_at.is_(None)
            )
        )
        or 0
    )


def list_notifications(*, user_id: int, page: int) -> Pagination:
    query = (
        select(Notification)
        .options(
            joinedload(Notification.actor),
            joinedload(Notification.thread),
        )
        .where(Notification.user_id == user_id)
        .order_by(Notification.created_at.desc(), Notification.id.desc())
    )
    return db.paginate(query, page=page, per_page=NOTIFICATIONS_PER_PAGE, error_out=False)


def mark_all_read(*, user_id: int) -> int:
    result = db.session.execute(
        update(Notification)
        .where(Notification.user_id == user_id, Notification.read_at.is_(None))
        .values(read_at=utcnow())
    )
    return result.rowcount  # type: ignore[attr-defined]


def get_notification(*, notification_id: int) -> Notification | None:
    return db.session.get(Notification, notification_id)
