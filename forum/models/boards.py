"""The forum: boards hold threads, threads hold posts in order."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import (
    Boolean,
    Column,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from forum.extensions import db
from forum.models.accounts import User
from forum.models.places import Area, Topic
from forum.models.types import UTCDateTime, one_of, utcnow


class ThreadKind(StrEnum):
    DISCUSSION = "discussion"
    QUESTION = "question"


class Board(db.Model):
    __tablename__ = "board"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(100), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    # A private board (mentoring questions) is never listed, fed or indexed; who may read
    # each of its threads is decided by forum.permissions.
    private: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # Kept on the row so the board list never counts threads or posts.
    thread_count: Mapped[int] = mapped_column(Integer, default=0)
    post_count: Mapped[int] = mapped_column(Integer, default=0)
    last_post_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


thread_topic = Table(
    "thread_topic",
    db.metadata,
    Column("thread_id", ForeignKey("thread.id", ondelete="CASCADE"), primary_key=True),
    Column("topic_id", ForeignKey("topic.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Thread(db.Model):
    __tablename__ = "thread"
    __table_args__ = (
        one_of("kind", ThreadKind),
        # The board page reads one page of threads in exactly this order.
        Index("ix_thread_board_listing", "board_id", "pinned", "last_post_at"),
        Index("ix_thread_last_post_at", "last_post_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    board_id: Mapped[int] = mapped_column(ForeignKey("board.id"))
    author_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"), index=True)
    title: Mapped[str] = mapped_column(String(150))
    kind: Mapped[str] = mapped_column(String(16), default=ThreadKind.DISCUSSION.value)
    pinned: Mapped[bool] = mapped_column(Boolean, default=False)
    locked: Mapped[bool] = mapped_column(Boolean, default=False)
    hidden: Mapped[bool] = mapped_column(Boolean, default=False)
    area_id: Mapped[int | None] = mapped_column(ForeignKey("area.id", ondelete="SET NULL"))
    # The guidance page this thread discusses, if its author chose one.
    guidance_page_id: Mapped[int | None] = mapped_column(
        ForeignKey("guidance_page.id", ondelete="SET NULL"), index=True
    )
    accepted_post_id: Mapped[int | None] = mapped_column(
        ForeignKey("post.id", use_alter=True, ondelete="SET NULL")
    )
    post_count: Mapped[int] = mapped_column(Integer, default=0)
    last_post_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_poster_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    board: Mapped[Board] = relationship()
    author: Mapped[User] = relationship(foreign_keys=[author_id])
    last_poster: Mapped[User | None] = relationship(foreign_keys=[last_poster_id])
    area: Mapped[Area | None] = relationship()
    topics: Mapped[list[Topic]] = relationship(secondary=thread_topic, order_by=Topic.name)

    @property
    def is_question(self) -> bool:
        return self.kind == ThreadKind.QUESTION


class Post(db.Model):
    __tablename__ = "post"
    __table_args__ = (
        # A thread page reads posts by position: page N is a range, whatever N is.
        UniqueConstraint("thread_id", "position"),
        Index("ix_post_author_created", "author_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    thread_id: Mapped[int] = mapped_column(ForeignKey("thread.id", ondelete="CASCADE"))
    author_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    position: Mapped[int] = mapped_column(Integer)
    markdown: Mapped[str] = mapped_column(Text)
    html: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    edited_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    edited_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    deleted_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    # Set while a new member's post waits for a moderator; only they and moderators see it.
    held_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)

    thread: Mapped[Thread] = relationship(foreign_keys=[thread_id])
    author: Mapped[User] = relationship(foreign_keys=[author_id])

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None

    @property
    def is_held(self) -> bool:
        return self.held_at is not None


class PostRevision(db.Model):
    """The text of a post before an edit, so every change can be shown and compared."""

    __tablename__ = "post_revision"

    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("post.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    markdown: Mapped[str] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(String(150))
    editor_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    editor: Mapped[User | None] = relationship()
