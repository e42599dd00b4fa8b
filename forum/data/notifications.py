"""Queries for notifications that still need emailing."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import groupby

from sqlalchemy import select
from sqlalchemy.orm import joinedload

from forum.extensions import db
from forum.models.accounts import AccountStatus, EmailFrequency, User
from forum.models.engagement import Notification


def pending_digests() -> Iterator[tuple[User, Sequence[Notification]]]:
    rows = db.session.scalars(
        select(Notification)
        .join(User, User.id == Notification.user_id)
        .options(
            joinedload(Notification.user),
            joinedload(Notification.actor),
            joinedload(Notification.thread),
        )
        .where(
            Notification.emailed_at.is_(None),
            Notification.read_at.is_(None),
            User.email_frequency == EmailFrequency.DAILY,
            User.status == AccountStatus.ACTIVE,
        )
        .order_by(Notification.user_id, Notification.created_at)
    ).all()
    for _user_id, items in groupby(rows, key=lambda n: n.user_id):
        batch = list(items)
        yield batch[0].user, batch
