"""Reading and writing guidance pages, their revisions and attachments."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import case, delete, func, literal, select
from sqlalchemy.orm import joinedload, selectinload

from forum.data import dialects
from forum.extensions import db
from forum.models.accounts import User
from forum.models.boards import Board, Thread, thread_topic
from forum.models.guidance import (
    GuidanceAttachment,
    GuidancePage,
    GuidanceReviewReminder,
    GuidanceRevision,
    GuidanceStatus,
    guidance_topic,
)
from forum.models.places import Topic
from forum.models.service import AttachmentContent
from forum.models.types import utcnow

RELATED_LIMIT = 5
THREADS_LIMIT = 8


def get_page(*, slug: str) -> GuidancePage | None:
    return db.session.scalar(
        select(GuidancePage)
        .where(GuidancePage.slug == slug)
        .options(selectinload(GuidancePage.topics), joinedload(GuidancePage.owner))
    )


def slug_taken(*, slug: str, except_id: int | None = None) -> bool:
    query = select(GuidancePage.id).where(GuidancePage.slug == slug)
    if except_id is not None:
        query = query.where(GuidancePage.id != except_id)
    return db.session.scalar(query) is not None


def pages(*, statuses: Iterable[str], topic: Topic | None = None) -> list[GuidancePage]:
    query = (
        select(GuidancePage)
        .where(GuidancePage.status.in_(list(statuses)))
        .options(selectinload(GuidancePage.topics))
        .order_by(GuidancePage.title)
    )
    if topic is not None:
        query = query.join(guidance_topic).where(guidance_topic.c.topic_id == topic.id)
    return list(db.session.scalars(query))


def due_for_review(*, today: date) -> list[GuidancePage]:
    return list(
        db.session.scalars(
            select(GuidancePage)
            .where(
                GuidancePage.review_by.is_not(None),
                GuidancePage.review_by < today,
                GuidancePage.status != GuidanceStatus.ARCHIVED.value,
            )
            .options(joinedload(GuidancePage.owner))
            .order_by(GuidancePage.review_by)
        )
    )


def pages_reaching_review(*, today: date) -> list[GuidancePage]:
    """Pages in use whose review date has come and whose owner was not yet reminded of it."""
    reminded = select(GuidanceReviewReminder.page_id).where(
        GuidanceReviewReminder.page_id == GuidancePage.id,
        GuidanceReviewReminder.review_by == GuidancePage.review_by,
    )
    return list(
        db.session.scalars(
            select(GuidancePage)
            .where(
                GuidancePage.review_by.is_not(None),
                GuidancePage.review_by <= today,
                GuidancePage.status != GuidanceStatus.ARCHIVED.value,
                ~reminded.exists(),
            )
            .options(joinedload(GuidancePage.owner))
            .order_by(GuidancePage.review_by, GuidancePage.id)
        )
    )


def claim_review_reminder(*, page_id: int, review_by: date) -> bool:
    """Record that the owner is being reminded; False if another run already did."""
    claimed = db.session.scalar(
        dialects.insert(GuidanceReviewReminder)
        .values(page_id=page_id, review_by=review_by, sent_at=utcnow())
        .on_conflict_do_nothing(
            index_elements=[GuidanceReviewReminder.page_id, GuidanceReviewReminder.review_by]
        )
        .returning(GuidanceReviewReminder.page_id)
    )
    return claimed is not None


def topics_by_slug_or_name(values: Iterable[str]) -> tuple[list[Topic], list[str]]:
    """The topics named (by slug or name, any case), and the values that name none."""
    all_topics = list(db.session.scalars(select(Topic)))
    lookup = {t.slug.lower(): t for t in all_topics} | {t.name.lower(): t for t in all_topics}
    found: list[Topic] = []
    unknown: list[str] = []
    for value in values:
        topic = lookup.get(str(value).strip().lower())
        if topic is None:
            unknown.append(str(value))
        elif topic not in found:
            found.append(topic)
    return found, unknown


def all_topics() -> list[Topic]:
    return list(db.session.scalars(select(Topic).order_by(Topic.name)))


def topic_by_slug(slug: str) -> Topic | None:
    return db.session.scalar(select(Topic).where(Topic.slug == slug))


def editors() -> list[User]:
    from forum.models.accounts import Role

    return list(
        db.session.scalars(
            select(User)
            .where(User.role.in_([Role.MODERATOR.value, Role.ADMIN.value]))
            .order_by(User.display_name)
        )
    )


def user_by_id(user_id: int) -> User | None:
    return db.session.get(User, user_id)


def add_page(page: GuidancePage) -> None:
    db.session.add(page)


def add_revision(page: GuidancePage, *, author: User | None, change_note: str) -> GuidanceRevision:
    page.revision_count = (page.revision_count or 0) + 1
    revision = GuidanceRevision(
        page_id=page.id,
        number=page.revision_count,
        title=page.title,
        summary=page.summary,
        markdown=page.markdown,
        topic_slugs=[t.slug for t in page.topics],
        change_note=change_note,
        status=page.status,
        author_id=author.id if author is not None else None,
    )
    db.session.add(revision)
    return revision


def revisions(*, page: GuidancePage) -> list[GuidanceRevision]:
    return list(
        db.session.scalars(
            select(GuidanceRevision)
            .where(GuidanceRevision.page_id == page.id)
            .options(joinedload(GuidanceRevision.author))
            .order_by(GuidanceRevision.number.desc())
        )
    )


def revision(*, page: GuidancePage, number: int) -> GuidanceRevision | None:
    return db.session.scalar(
        select(GuidanceRevision).where(
            GuidanceRevision.page_id == page.id, GuidanceRevision.number == number
        )
    )


def related_pages(*, page: GuidancePage, limit: int = RELATED_LIMIT) -> list[GuidancePage]:
    """Published pages sharing the most topics with this one."""
    topic_ids = [t.id for t in page.topics]
    if not topic_ids:
        return []
    shared = func.count(guidance_topic.c.topic_id)
    query = (
        select(GuidancePage)
        .join(guidance_topic, guidance_topic.c.page_id == GuidancePage.id)
        .where(
            guidance_topic.c.topic_id.in_(topic_ids),
            GuidancePage.id != page.id,
            GuidancePage.status == GuidanceStatus.PUBLISHED.value,
        )
        .group_by(GuidancePage.id)
        .order_by(shared.desc(), GuidancePage.title)
        .limit(limit)
    )
    return list(db.session.scalars(query))


def _public_threads():  # type: ignore[no-untyped-def]
    return (
        select(Thread)
        .join(Board, Board.id == Thread.board_id)
        .where(Thread.hidden.is_(False), Board.private.is_(False))
        .options(joinedload(Thread.board))
    )


def discussing_threads(*, page: GuidancePage, limit: int = THREADS_LIMIT) -> list[Thread]:
    """Threads whose authors said they discuss this page, most recent first."""
    query = (
        _public_threads()
        .where(Thread.guidance_page_id == page.id)
        .order_by(Thread.last_post_at.desc())
        .limit(limit)
    )
    return list(db.session.scalars(query))


def suggested_threads(
    *, topic_ids: list[int], exclude: Iterable[int] = (), limit: int = THREADS_LIMIT
) -> list[Thread]:
    """Recent threads sharing the most topics (suggestions, not links anyone made)."""
    if not topic_ids:
        return []
    shared = func.count(thread_topic.c.topic_id)
    query = (
        _public_threads()
        .join(thread_topic, thread_topic.c.thread_id == Thread.id)
        .where(thread_topic.c.topic_id.in_(topic_ids), Thread.id.not_in(list(exclude)))
        .group_by(Thread.id, Board.id)
        .order_by(shared.desc(), Thread.last_post_at.desc())
        .limit(limit)
    )
    return list(db.session.scalars(query))


def published_choices() -> list[tuple[int, str]]:
    rows = db.session.execute(
        select(GuidancePage.id, GuidancePage.title)
        .where(GuidancePage.status == GuidanceStatus.PUBLISHED.value)
        .order_by(GuidancePage.title)
    )
    return [(row.id, row.title) for row in rows]


def attachments(*, page: GuidancePage) -> list[GuidanceAttachment]:
    return list(
        db.session.scalars(
            select(GuidanceAttachment)
            .where(GuidanceAttachment.page_id == page.id)
            .order_by(GuidanceAttachment.created_at)
        )
    )


def attachment(*, page: GuidancePage, attachment_id: int) -> GuidanceAttachment | None:
    return db.session.scalar(
        select(GuidanceAttachment).where(
            GuidanceAttachment.id == attachment_id, GuidanceAttachment.page_id == page.id
        )
    )


def add_attachment(
    *,
    page_id: int,
    filename: str,
    content_type: str,
    data: bytes,
    text: str,
    uploaded_by_id: int | None,
) -> GuidanceAttachment:
    """Attach a file: its row and its bytes, in the shared database, in one transaction."""
    row = GuidanceAttachment(
        page_id=page_id,
        filename=filename[:200],
        content_type=content_type,
        size=len(data),
        text=text,
        uploaded_by_id=uploaded_by_id,
    )
    db.session.add(row)
    db.session.flush()
    db.session.add(AttachmentContent(attachment_id=row.id, data=data))
    return row


def attachment_bytes(*, attachment_id: int) -> bytes | None:
    return db.session.scalar(
        select(AttachmentContent.data).where(AttachmentContent.attachment_id == attachment_id)
    )


def delete_attachment(row: GuidanceAttachment) -> None:
    """Remove the attachment and its bytes (the content row goes with it, on every host)."""
    db.session.execute(delete(AttachmentContent).where(AttachmentContent.attachment_id == row.id))
    db.session.delete(row)


def flush() -> None:
    db.session.flush()


def discussion_board() -> Board | None:
    return db.session.scalar(
        select(Board)
        .where(Board.archived.is_(False), Board.private.is_(False))
        .order_by(Board.position, Board.id)
        .limit(1)
    )


def guidance_for_thread(
    *, page_id: int | None, topic_ids: list[int], limit: int = 3
) -> list[GuidancePage]:
    """The page a thread links (first), then published pages sharing most of its topics."""
    if page_id is None and not topic_ids:
        return []
    shared = func.count(guidance_topic.c.topic_id)
    linked = case((GuidancePage.id == page_id, 1), else_=0) if page_id else literal(0)
    query = (
        select(GuidancePage)
        .outerjoin(
            guidance_topic,
            (guidance_topic.c.page_id == GuidancePage.id)
            & guidance_topic.c.topic_id.in_(topic_ids or [-1]),
        )
        .where(GuidancePage.status == GuidanceStatus.PUBLISHED.value)
        .group_by(GuidancePage.id)
        .having((shared > 0) | (GuidancePage.id == (page_id or -1)))
        .order_by(linked.desc(), shared.desc(), GuidancePage.title)
        .limit(limit)
    )
    return list(db.session.scalars(query))


def recently_updated(*, limit: int) -> list[GuidancePage]:
    return list(
        db.session.scalars(
            select(GuidancePage)
            .where(GuidancePage.status == GuidanceStatus.PUBLISHED.value)
            .order_by(GuidancePage.updated_at.desc(), GuidancePage.id.desc())
            .limit(limit)
        )
    )
