"""Every change to something searchable leaves a note in the search outbox, in the same
transaction as the change, so the index can never silently miss one.

A session hook does it, rather than each place that writes posts or pages: a new way of
changing a post (a moderation tool, a script) cannot forget to tell the index.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import event, insert, select
from sqlalchemy.orm import Session, attributes

from forum.models.accounts import User
from forum.models.boards import Board, Post, Thread
from forum.models.guidance import GuidanceAttachment, GuidancePage
from forum.models.places import Area
from forum.models.search import IndexedKind, SearchOutboxEntry

# Changes to these attributes alter what a document says or who may find it.
_WATCHED: dict[type, tuple[str, ...]] = {
    Post: ("markdown", "html", "deleted_at", "held_at", "thread_id", "author_id"),
    Thread: ("title", "hidden", "board_id", "kind", "area_id", "topics", "author_id"),
    GuidancePage: (
        "slug",
        "title",
        "summary",
        "html",
        "sections",
        "status",
        "topics",
        "updated_at",
        "owner_id",
    ),
    Board: ("slug", "name", "private", "archived"),
    User: ("display_name",),  # shown as the author, and searched by author:
    Area: ("slug", "region_id"),  # the area: and region: filters
}


def _nobody_listening() -> None:
    return None


# Called after a commit that wrote entries; forum.search.writer wakes its writers.
on_commit: Callable[[], None] = _nobody_listening


def _changed(obj: Any) -> bool:
    names = _WATCHED.get(type(obj), ())
    return any(attributes.get_history(obj, name).has_changes() for name in names)


def _entries_for(session: Session, obj: Any) -> Iterable[tuple[str, int]]:
    if isinstance(obj, Post):
        yield IndexedKind.POST.value, obj.id
    elif isinstance(obj, Thread):
        yield IndexedKind.THREAD.value, obj.id
    elif isinstance(obj, GuidancePage):
        yield IndexedKind.GUIDANCE.value, obj.id
    elif isinstance(obj, GuidanceAttachment):
        yield IndexedKind.GUIDANCE.value, obj.page_id
    elif isinstance(obj, Board | User | Area) and obj.id is not None:
        # Rare changes that touch many documents: their threads (with all their posts),
        # and for a person also their replies elsewhere and the pages they own.
        yield from _fan_out(session, obj)


def _fan_out(session: Session, obj: Board | User | Area) -> Iterable[tuple[str, int]]:
    connection = session.connection()
    if isinstance(obj, Board):
        threads = select(Thread.id).where(Thread.board_id == obj.id)
    elif isinstance(obj, Area):
        threads = select(Thread.id).where(Thread.area_id == obj.id)
    else:
        threads = select(Thread.id).where(Thread.author_id == obj.id)
        posts = select(Post.id).where(Post.author_id == obj.id, Post.position > 1)
        pages = select(GuidancePage.id).where(GuidancePage.owner_id == obj.id)
        yield from ((IndexedKind.POST.value, pid) for (pid,) in connection.execute(posts))
        yield from ((IndexedKind.GUIDANCE.value, gid) for (gid,) in connection.execute(pages))
    yield from ((IndexedKind.THREAD.value, tid) for (tid,) in connection.execute(threads))


@event.listens_for(Session, "after_flush")
def _record_changes(session: Session, _flush_context: Any) -> None:
    wanted: set[tuple[str, int]] = set()
    for obj in session.new:
        if isinstance(obj, Post | Thread | GuidancePage | GuidanceAttachment):
            wanted.update(_entries_for(session, obj))
    for obj in session.dirty:
        if type(obj) in _WATCHED and _changed(obj):
            wanted.update(_entries_for(session, obj))
    for obj in session.deleted:
        if isinstance(obj, Post | Thread | GuidancePage | GuidanceAttachment):
            wanted.update(_entries_for(session, obj))
    if wanted:
        session.connection().execute(
            insert(SearchOutboxEntry.__table__),
            [{"kind": kind, "object_id": object_id} for kind, object_id in sorted(wanted)],
        )
        session.info["search_outbox_written"] = True


@event.listens_for(Session, "after_commit")
def _wake_writer(session: Session) -> None:
    if session.info.pop("search_outbox_written", False):
        on_commit()


@event.listens_for(Session, "after_rollback")
def _forget(session: Session) -> None:
    session.info.pop("search_outbox_written", None)
