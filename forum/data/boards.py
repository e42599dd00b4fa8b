"""Queries for boards, threads and posts: each hot page is a fixed, small number of them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import aliased, joinedload, selectinload

from forum.data import dialects
from forum.extensions import db
from forum.models.accounts import User
from forum.models.boards import Board, Post, PostRevision, Thread, ThreadKind
from forum.models.engagement import ReadPosition
from forum.models.places import Topic
from forum.models.types import utcnow
from forum.pagination import PageOf

THREADS_PER_PAGE = 30
POSTS_PER_PAGE = 20


def page_for_position(position: int, per_page: int = POSTS_PER_PAGE) -> int:
    return (position - 1) // per_page + 1


def list_boards(
    *, include_archived: bool = False, include_private: bool = False
) -> Sequence[Board]:
    """Boards in order; private boards (mentoring questions) only when asked for."""
    query = select(Board).order_by(Board.position, Board.name)
    if not include_archived:
        query = query.where(Board.archived.is_(False))
    if not include_private:
        query = query.where(Board.private.is_(False))
    return db.session.scalars(query).all()


def get_board(*, slug: str) -> Board | None:
    return db.session.scalar(select(Board).where(Board.slug == slug))


# Built once: an alias made per call costs more than the query it serves.
_THREAD_AUTHOR = aliased(User, name="thread_author")
_LAST_POSTER = aliased(User, name="last_poster")


@dataclass(frozen=True)
class ThreadSummary:
    """One line of a board page: plain values, so listing 30 threads builds no ORM objects."""

    id: int
    title: str
    kind: str
    pinned: bool
    locked: bool
    answered: bool
    post_count: int
    last_post_at: datetime
    author_name: str
    last_poster_name: str | None

    @property
    def is_question(self) -> bool:
        return self.kind == ThreadKind.QUESTION


def board_threads(*, board: Board, page: int) -> PageOf[ThreadSummary]:
    """Pinned first, then most recently active; the count comes from the board's row."""
    author, last_poster = _THREAD_AUTHOR, _LAST_POSTER
    rows = db.session.execute(
        select(
            Thread.id,
            Thread.title,
            Thread.kind,
            Thread.pinned,
            Thread.locked,
            Thread.accepted_post_id.is_not(None),
            Thread.post_count,
            Thread.last_post_at,
            author.display_name,
            last_poster.display_name,
        )
        .join(author, author.id == Thread.author_id)
        .outerjoin(last_poster, last_poster.id == Thread.last_poster_id)
        .where(Thread.board_id == board.id, Thread.hidden.is_(False))
        .order_by(Thread.pinned.desc(), Thread.last_post_at.desc(), Thread.id.desc())
        .limit(THREADS_PER_PAGE)
        .offset((page - 1) * THREADS_PER_PAGE)
    ).all()
    return PageOf([ThreadSummary(*row) for row in rows], page, THREADS_PER_PAGE, board.thread_count)


def get_thread(*, thread_id: int) -> Thread | None:
    return db.session.scalar(
        select(Thread)
        .options(joinedload(Thread.board), selectinload(Thread.topics), joinedload(Thread.area))
        .where(Thread.id == thread_id)
    )


def thread_posts(*, thread: Thread, page: int) -> PageOf[Post]:
    """Posts `(page-1)*20+1 .. page*20` by position: page 500 costs what page 1 costs."""
    first = (page - 1) * POSTS_PER_PAGE + 1
    rows = db.session.scalars(
        select(Post)
        .options(joinedload(Post.author).joinedload(User.organisation))
        .where(
            Post.thread_id == thread.id,
            Post.position.between(first, first + POSTS_PER_PAGE - 1),
        )
        .order_by(Post.position)
    ).all()
    return PageOf(rows, page, POSTS_PER_PAGE, thread.post_count)


def get_post(*, post_id: int) -> Post | None:
    return db.session.scalar(
        select(Post).options(joinedload(Post.thread)).where(Post.id == post_id)
    )


def get_post_with_author(*, post_id: int) -> Post | None:
    return db.session.scalar(
        select(Post)
        .options(joinedload(Post.author).joinedload(User.organisation))
        .where(Post.id == post_id)
    )


def topics_by_id(*, topic_ids: Sequence[int]) -> Sequence[Topic]:
    if not topic_ids:
        return []
    return db.session.scalars(select(Topic).where(Topic.id.in_(topic_ids))).all()


def next_position(*, thread_id: int) -> int:
    """Claim the next position in a thread atomically, with the counter on the row."""
    return db.session.execute(
        update(Thread)
        .where(Thread.id == thread_id)
        .values(post_count=Thread.post_count + 1)
        .returning(Thread.post_count)
    ).scalar_one()


def add_to_board_counters(*, board_id: int, threads: int, posts: int, at: datetime | None) -> None:
    """Adjust a board's counters in SQL (safe under concurrent posts); `at` a new post time."""
    values: dict[str, object] = {
        "thread_count": Board.thread_count + threads,
        "post_count": Board.post_count + posts,
    }
    if at is not None:
        values["last_post_at"] = at
    db.session.execute(update(Board).where(Board.id == board_id).values(**values))


def count_revisions(*, post_id: int) -> int:
    return (
        db.session.scalar(
            select(func.count(PostRevision.id)).where(PostRevision.post_id == post_id)
        )
        or 0
    )


def post_revisions(*, post_id: int) -> Sequence[PostRevision]:
    return db.session.scalars(
        select(PostRevision)
        .options(joinedload(PostRevision.editor))
        .where(PostRevision.post_id == post_id)
        .order_by(PostRevision.number)
    ).all()


def latest_threads(*, limit: int) -> Sequence[Thread]:
    return db.session.scalars(
        select(Thread)
        .options(joinedload(Thread.board), joinedload(Thread.last_poster))
        .join(Board, Board.id == Thread.board_id)
        .where(Thread.hidden.is_(False), Board.archived.is_(False), Board.private.is_(False))
        .order_by(Thread.last_post_at.desc(), Thread.id.desc())
        .limit(limit)
    ).all()


def unanswered_questions(*, limit: int) -> Sequence[Thread]:
    return db.session.scalars(
        select(Thread)
        .options(joinedload(Thread.board), joinedload(Thread.author))
        .join(Board, Board.id == Thread.board_id)
        .where(
            Thread.kind == ThreadKind.QUESTION,
            Thread.accepted_post_id.is_(None),
            Thread.hidden.is_(False),
            Thread.locked.is_(False),
            Board.archived.is_(False),
            Board.private.is_(False),
        )
        .order_by(Thread.post_count, Thread.created_at.desc())
        .limit(limit)
    ).all()


def user_threads(*, user_id: int, limit: int) -> Sequence[Thread]:
    """A profile's threads: never those on private boards, whoever is looking."""
    return db.session.scalars(
        select(Thread)
        .join(Board, Board.id == Thread.board_id)
        .options(joinedload(Thread.board))
        .where(Thread.author_id == user_id, Thread.hidden.is_(False), Board.private.is_(False))
        .order_by(Thread.created_at.desc())
        .limit(limit)
    ).all()


def user_posts(*, user_id: int, limit: int) -> Sequence[Post]:
    return db.session.scalars(
        select(Post)
        .options(joinedload(Post.thread))
        .join(Thread, Thread.id == Post.thread_id)
        .join(Board, Board.id == Thread.board_id)
        .where(
            Post.author_id == user_id,
            Post.deleted_at.is_(None),
            Post.held_at.is_(None),
            Thread.hidden.is_(False),
            Board.private.is_(False),
        )
        .order_by(Post.created_at.desc())
        .limit(limit)
    ).all()


def count_user_posts(*, user_id: int) -> int:
    return (
        db.session.scalar(
            select(func.count(Post.id)).where(Post.author_id == user_id, Post.deleted_at.is_(None))
        )
        or 0
    )


UPSERT_CHUNK = 1000


def advance_read_positions(*, positions: dict[tuple[int, int], int]) -> None:
    """Record read positions in one transaction: one upsert that keeps the furthest.

    Two processes may record the same person and thread for the first time at once; an
    insert-if-missing would then fail on the primary key and lose the whole batch.
    """
    if not positions:
        return
    now = utcnow()
    rows = [
        {"user_id": user_id, "thread_id": thread_id, "position": position, "updated_at": now}
        for (user_id, thread_id), position in sorted(positions.items())
    ]
    for start in range(0, len(rows), UPSERT_CHUNK):  # within SQLite's bound-parameter limit
        statement = dialects.insert(ReadPosition).values(rows[start : start + UPSERT_CHUNK])
        db.session.execute(
            statement.on_conflict_do_update(
                index_elements=[ReadPosition.user_id, ReadPosition.thread_id],
                set_={"position": statement.excluded.position, "updated_at": now},
                where=ReadPosition.position < statement.excluded.position,
            )
        )
    db.session.commit()


def read_position(*, user_id: int, thread_id: int) -> int:
    row = db.session.get(ReadPosition, (user_id, thread_id))
    return row.position if row is not None else 0


def post_at_position(*, thread_id: int, position: int) -> Post | None:
    return db.session.scalar(
        select(Post).where(Post.thread_id == thread_id, Post.position == position)
    )


def held_posts(*, limit: int) -> Sequence[Post]:
    return db.session.scalars(
        select(Post)
        .options(joinedload(Post.author), joinedload(Post.thread))
        .where(Post.held_at.is_not(None), Post.deleted_at.is_(None))
        .order_by(Post.held_at)
        .limit(limit)
    ).all()
