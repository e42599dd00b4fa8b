"""Writing guidance: every save renders the page once and keeps a revision."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from forum.data import guidance as guidance_data
from forum.data.audit import record_event
from forum.guidance.sections import render_page
from forum.models.accounts import User
from forum.models.guidance import GuidancePage, GuidanceRevision, GuidanceStatus
from forum.models.places import Topic
from forum.models.types import utcnow


@dataclass(frozen=True)
class PageText:
    title: str
    summary: str
    markdown: str
    topics: list[Topic]

    def differs_from(self, page: GuidancePage) -> bool:
        return (
            self.title != page.title
            or self.summary != page.summary
            or self.markdown != page.markdown
            or {t.id for t in self.topics} != {t.id for t in page.topics}
        )


def create_page(
    *,
    slug: str,
    text: PageText,
    author: User | None,
    status: GuidanceStatus = GuidanceStatus.DRAFT,
    change_note: str = "First version",
    owner: User | None = None,
    review_by: date | None = None,
) -> GuidancePage:
    now = utcnow()
    page = GuidancePage(
        slug=slug,
        status=status.value,
        owner_id=(owner or author).id if (owner or author) else None,
        review_by=review_by,
        created_at=now,
        revision_count=0,
    )
    _apply_text(page, text)
    page.change_note = change_note
    page.updated_at = now
    if status == GuidanceStatus.PUBLISHED:
        page.published_at = now
    guidance_data.add_page(page)
    guidance_data.flush()
    guidance_data.add_revision(page, author=author, change_note=change_note)
    if author is not None:
        record_event(actor=author, action="guidance.create", subject=page, summary=page.title)
    return page


def update_page(
    *, page: GuidancePage, text: PageText, author: User | None, change_note: str
) -> GuidanceRevision | None:
    """Save new text as a new revision; nothing happens when nothing changed."""
    if not text.differs_from(page):
        return None
    _apply_text(page, text)
    page.change_note = change_note
    page.updated_at = utcnow()
    revision = guidance_data.add_revision(page, author=author, change_note=change_note)
    if author is not None:
        record_event(actor=author, action="guidance.edit", subject=page, summary=change_note)
    return revision


def set_status(*, page: GuidancePage, status: GuidanceStatus, actor: User) -> None:
    if page.status == status.value:
        return
    page.status = status.value
    page.updated_at = utcnow()
    if status == GuidanceStatus.PUBLISHED:
        page.published_at = page.published_at or utcnow()
    record_event(actor=actor, action=f"guidance.{status.value}", subject=page, summary=page.title)


def restore_revision(
    *, page: GuidancePage, revision: GuidanceRevision, author: User
) -> GuidanceRevision | None:
    topics, _unknown = guidance_data.topics_by_slug_or_name(revision.topic_slugs)
    text = PageText(revision.title, revision.summary, revision.markdown, topics)
    return update_page(
        page=page,
        text=text,
        author=author,
        change_note=f"Restored version {revision.number}",
    )


def _apply_text(page: GuidancePage, text: PageText) -> None:
    rendered = render_page(text.markdown)
    page.title = text.title
    page.summary = text.summary
    page.markdown = text.markdown
    page.html = rendered.html
    page.sections = rendered.sections
    page.topics = list(text.topics)
