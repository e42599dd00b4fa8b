"""Queries for flags."""

from __future__ import annotations

from collections.abc import Sequence

from flask_sqlalchemy.pagination import Pagination
from sqlalchemy import func, select, update
from sqlalchemy.orm import joinedload

from forum.extensions import db
from forum.models.boards import Post
from forum.models.moderation import Flag

FLAGS_PER_PAGE = 30


def open_flag_exists(*, post_id: int, reporter_id: int) -> bool:
    query = select(Flag.id).where(
        Flag.post_id == post_id, Flag.reporter_id == reporter_id, Flag.resolved_at.is_(None)
    )
    return db.session.scalar(query.limit(1)) is not None


def open_flags(*, page: int) -> Pagination:
    query = (
        select(Flag)
        .options(
            joinedload(Flag.reporter),
            joinedload(Flag.post).joinedload(Post.author),
            joinedload(Flag.post).joinedload(Post.thread),
        )
        .where(Flag.resolved_at.is_(None))
        .order_by(Flag.created_at, Flag.id)
    )
    return db.paginate(query, page=page, per_page=FLAGS_PER_PAGE, error_out=False)


def count_open_flags() -> int:
    return db.session.scalar(select(func.count(Flag.id)).where(Flag.resolved_at.is_(None))) or 0


def get_flag(*, flag_id: int) -> Flag | None:
    return db.session.scalar(
        select(Flag)
        .options(joinedload(Flag.post).joinedload(Post.author), joinedload(Flag.reporter))
        .where(Flag.id == flag_id)
    )


def other_open_flags(*, post_id: int, except_id: int) -> Sequence[Flag]:
    return db.session.scalars(
        select(Flag).where(
            Flag.post_id == post_id, Flag.resolved_at.is_(None), Flag.id != except_id
        )
    ).all()


def close_flags(*, post_id: int, values: dict[str, object]) -> None:
    db.session.execute(
        update(Flag).where(Flag.post_id == post_id, Flag.resolved_at.is_(None)).values(**values)
    )
