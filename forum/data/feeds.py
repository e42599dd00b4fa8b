"""Queries behind the Atom feeds: public content only, one fixed set of statements per feed.

Feeds are cached by shared caches and read by anyone, so they never depend on who asks:
deleted posts, hidden threads, archived boards and private boards (mentoring questions)
are left out here for everybody, moderators included.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import and_, select
from sqlalchemy.orm import contains_eager, joinedload

from forum.extensions import db
from forum.models.boards import Board, Post, Thread


@dataclass(frozen=True)
class StartedThread:
    """A thread with its opening post (None only if that row is missing)."""

    thread: Thread
    first_post: Post | None


def public_board(*, slug: str) -> Board | None:
    return db.session.scalar(
        select(Board).where(Board.slug == slug, Board.archived.is_(False), Board.private.is_(False))
    )


def public_thread(*, thread_id: int) -> Thread | None:
    """The thread with its board, unless it is hidden or on an archived board."""
    return db.session.scalar(
        select(Thread)
        .join(Thread.board)
        .options(contains_eager(Thread.board))
        .where(
            Thread.id == thread_id,
            Thread.hidden.is_(False),
            Board.archived.is_(False),
            Board.private.is_(False),
        )
    )


def latest_public_posts(*, limit: int) -> Sequence[Post]:
    """The newest live posts site-wide, with thread and author, in one statement."""
    return db.session.scalars(
        select(Post)
        .join(Post.thread)
        .join(Thread.board)
        .options(contains_eager(Post.thread), joinedload(Post.author))
        .where(
            Post.deleted_at.is_(None),
            Post.held_at.is_(None),
            Thread.hidden.is_(False),
            Board.archived.is_(False),
            Board.private.is_(False),
        )
        .order_by(Post.created_at.desc(), Post.id.desc())
        .limit(limit)
    ).all()


def threads_started_on_board(*, board_id: int, limit: int) -> Sequence[StartedThread]:
    """The newest visible threads of a board, each with its author and opening post."""
    first_post = and_(Post.thread_id == Thread.id, Post.position == 1)
    rows = db.session.execute(
        select(Thread, Post)
        .outerjoin(Post, first_post)
        .options(joinedload(Thread.author))
        .where(Thread.board_id == board_id, Thread.hidden.is_(False))
        .order_by(Thread.created_at.desc(), Thread.id.desc())
        .limit(limit)
    ).all()
    return [StartedThread(thread=thread, first_post=post) for thread, post in rows]


def latest_thread_posts(*, thread_id: int, limit: int) -> Sequence[Post]:
    """A thread's newest live posts, newest first, read by the `(thread_id, position)` key."""
    return db.session.scalars(
        select(Post)
        .options(joinedload(Post.author))
        .where(Post.thread_id == thread_id, Post.deleted_at.is_(None), Post.held_at.is_(None))
        .order_by(Post.position.desc())
        .limit(limit)
    ).all()
