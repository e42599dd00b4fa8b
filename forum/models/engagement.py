"""Keeping up: subscriptions, notifications and how far each person has read."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from forum.extensions import db
from forum.models.accounts import User
from forum.models.boards import Board, Post, Thread
from forum.models.types import UTCDateTime, one_of, utcnow


class NotificationKind(StrEnum):
    REPLY = "reply"
    QUOTE = "quote"
    MENTION = "mention"
    ACCEPTED = "accepted"
    NEW_THREAD = "new_thread"
    # Mentoring (forum.mentoring): offers and matches, and questions to mentors. OFFER tells
    # the mentor; OFFER_MADE and OFFER_PASSED (to the next-ranked mentor) tell the area and
    # programme staff.
    OFFER = "offer"
    OFFER_MADE = "offer_made"
    OFFER_PASSED = "offer_passed"
    OFFER_ACCEPTED = "offer_accepted"
    OFFER_DECLINED = "offer_declined"
    OFFER_EXPIRED = "offer_expired"
    MATCH_ENDED = "match_ended"
    QUESTION = "question"
    QUESTION_OPEN = "question_open"


class Subscription(db.Model):
    """Someone follows a thread, or every new thread on a board."""

    __tablename__ = "subscription"
    __table_args__ = (
        UniqueConstraint("user_id", "thread_id"),
        UniqueConstraint("user_id", "board_id"),
        Index("ix_subscription_thread", "thread_id"),
        Index("ix_subscription_board", "board_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user_account.id", ondelete="CASCADE"))
    thread_id: Mapped[int | None] = mapped_column(ForeignKey("thread.id", ondelete="CASCADE"))
    board_id: Mapped[int | None] = mapped_column(ForeignKey("board.id", ondelete="CASCADE"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    thread: Mapped[Thread | None] = relationship()
    board: Mapped[Board | None] = relationship()


class Notification(db.Model):
    __tablename__ = "notification"
    __table_args__ = (
        one_of("kind", NotificationKind),
        Index("ix_notification_user_unread", "user_id", "read_at", "created_at"),
        Index("ix_notification_email_due", "emailed_at", "user_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user_account.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id", ondelete="SET NULL"))
    # A notification is about a thread (and post), or about a mentoring offer (match_id).
    thread_id: Mapped[int | None] = mapped_column(ForeignKey("thread.id", ondelete="CASCADE"))
    match_id: Mapped[int | None] = mapped_column(
        ForeignKey("mentoring_match.id", ondelete="CASCADE")
    )
    post_id: Mapped[int | None] = mapped_column(ForeignKey("post.id", ondelete="CASCADE"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    read_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Set once the notification has gone out by email (at once or in a digest).
    emailed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    user: Mapped[User] = relationship(foreign_keys=[user_id])
    actor: Mapped[User | None] = relationship(foreign_keys=[actor_id])
    thread: Mapped[Thread | None] = relationship()
    post: Mapped[Post | None] = relationship()
    match: Mapped[Any] = relationship("MentoringMatch")


class ReadPosition(db.Model):
    """The last post position someone has seen in a thread; written only when it advances."""

    __tablename__ = "read_position"

    user_id: Mapped[int] = mapped_column(
        ForeignKey("user_account.id", ondelete="CASCADE"), primary_key=True
    )
    thread_id: Mapped[int] = mapped_column(
        ForeignKey("thread.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
