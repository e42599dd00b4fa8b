"""Good-practice guidance: pages with revisions, sections and attachments."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import (
    JSON,
    Column,
    Date,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from forum.extensions import db
from forum.models.accounts import User
from forum.models.places import Topic
from forum.models.types import UTCDateTime, one_of, utcnow


class GuidanceStatus(StrEnum):
    DRAFT = "draft"
    PUBLISHED = "published"
    ARCHIVED = "archived"


guidance_topic = Table(
    "guidance_topic",
    db.metadata,
    Column("page_id", ForeignKey("guidance_page.id", ondelete="CASCADE"), primary_key=True),
    Column("topic_id", ForeignKey("topic.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class GuidancePage(db.Model):
    """The current text of a page. Every saved version is also kept as a GuidanceRevision.

    `html` and `sections` are rendered once, when the text is saved: a reader never pays
    for Markdown. `sections` is a list of {"anchor", "heading"} in page order.
    """

    __tablename__ = "guidance_page"
    __table_args__ = (one_of("status", GuidanceStatus),)

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(100), unique=True)
    title: Mapped[str] = mapped_column(String(150))
    summary: Mapped[str] = mapped_column(String(400), default="")
    markdown: Mapped[str] = mapped_column(Text)
    html: Mapped[str] = mapped_column(Text)
    sections: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    status: Mapped[str] = mapped_column(String(16), default=GuidanceStatus.DRAFT.value, index=True)
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL"), index=True
    )
    review_by: Mapped[date | None] = mapped_column(Date, index=True)
    revision_count: Mapped[int] = mapped_column(Integer, default=0)
    change_note: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    owner: Mapped[User | None] = relationship()
    topics: Mapped[list[Topic]] = relationship(secondary=guidance_topic, order_by=Topic.name)

    @property
    def is_published(self) -> bool:
        return self.status == GuidanceStatus.PUBLISHED


class GuidanceRevision(db.Model):
    """One saved version of a page, with what changed and why."""

    __tablename__ = "guidance_revision"
    __table_args__ = (UniqueConstraint("page_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    page_id: Mapped[int] = mapped_column(ForeignKey("guidance_page.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(150))
    summary: Mapped[str] = mapped_column(String(400), default="")
    markdown: Mapped[str] = mapped_column(Text)
    topic_slugs: Mapped[list[str]] = mapped_column(JSON, default=list)
    change_note: Mapped[str] = mapped_column(String(300), default="")
    status: Mapped[str] = mapped_column(String(16))
    author_id: Mapped[int | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    author: Mapped[User | None] = relationship()


class GuidanceAttachment(db.Model):
    """A file attached to a page. Its bytes are an `AttachmentContent` row in the shared
    database; its text is extracted once, on upload, so it can be searched."""

    __tablename__ = "guidance_attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    page_id: Mapped[int] = mapped_column(
        ForeignKey("guidance_page.id", ondelete="CASCADE"), index=True
    )
    filename: Mapped[str] = mapped_column(String(200))
    content_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text, default="")
    uploaded_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    page: Mapped[GuidancePage] = relationship()


class GuidanceReviewReminder(db.Model):
    """A page's owner was reminded that its review date came: once per (page, date). A new
    review date, set when the page is reviewed, earns a new reminder when it comes."""

    __tablename__ = "guidance_review_reminder"

    page_id: Mapped[int] = mapped_column(
        ForeignKey("guidance_page.id", ondelete="CASCADE"), primary_key=True
    )
    review_by: Mapped[date] = mapped_column(Date, primary_key=True)
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
