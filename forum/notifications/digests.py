"""The daily summary: one email a day for each person who chose it, never two.

The (person, UK day) row in `digest_delivery` is inserted in the same transaction that
queues the email and marks the notifications emailed. Two workers (or a worker and
`send-digests`) summarising at once: the second insert finds the row and sends nothing.
"""

from __future__ import annotations

from datetime import date, datetime

from forum.data import dialects
from forum.data import notifications as notification_data
from forum.extensions import db
from forum.models.service import DigestDelivery
from forum.models.types import utcnow
from forum.worker.schedule import uk_day


def _claim_day(*, user_id: int, day: date, items: int, now: datetime) -> bool:
    claimed = db.session.scalar(
        dialects.insert(DigestDelivery)
        .values(user_id=user_id, day=day, items=items, queued_at=now)
        .on_conflict_do_nothing(index_elements=[DigestDelivery.user_id, DigestDelivery.day])
        .returning(DigestDelivery.user_id)
    )
    return claimed is not None


def queue_daily_summaries(*, now: datetime | None = None) -> int:
    """Queue today's summary for every daily reader with something new; returns how many."""
    from forum.notifications.email import summary_email

    now = now or utcnow()
    day = uk_day(now)
    queued = 0
    for user, items in notification_data.pending_digests():
        if not _claim_day(user_id=user.id, day=day, items=len(items), now=now):
            continue  # already summarised today, by this run's twin or an earlier one
        summary_email(user, items)
        for item in items:
            item.emailed_at = now
        queued += 1
    return queued
