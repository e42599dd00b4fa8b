"""Documents for the search index, built from the database (the truth), and the outbox."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from html import unescape

from sqlalchemy import delete, func, select
from sqlalchemy.orm import joinedload, selectinload

from forum.extensions import db
from forum.models.accounts import User
from forum.models.boards import Board, Post, Thread
from forum.models.guidance import GuidanceAttachment, GuidancePage, GuidanceStatus
from forum.models.places import Area, Topic
from forum.models.search import IndexedKind, SearchOutboxEntry
from forum.search.documents import EDITORS, PUBLIC, Document

_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")
ATTACHMENT_TEXT_LIMIT = 200_000
BATCH = 500


def text_of(html: str) -> str:
    """Plain text of HTML that forum.content produced (so well-formed): quick, for indexing."""
    return _SPACE.sub(" ", unescape(_TAG.sub(" ", html))).strip()


# -- guidance ------------------------------------------------------------------------------


def guidance_documents(page: GuidancePage) -> list[Document]:
    # Drafts and archived pages: only people who may edit guidance find them.
    audience = PUBLIC if page.status == GuidanceStatus.PUBLISHED else EDITORS
    common = {
        "group": f"guidance:{page.id}",
        "kind": "guidance",
        "title": page.title,
        "created_at": page.updated_at,
        "topics": tuple(t.slug for t in page.topics),
        "topic_names": tuple(t.name for t in page.topics),
        "author": page.owner.display_name if page.owner else None,
        "audience": audience,
    }
    documents = []
    for section in page.sections:
        anchor = section["anchor"]
        body = section["text"]
        if not anchor:  # the introduction carries the summary
            body = f"{page.summary} {body}".strip()
        documents.append(
            Document(
                id=f"section:{page.id}:{anchor}",
                source="section",
                url=f"/guidance/{page.slug}" + (f"#{anchor}" if anchor else ""),
                heading=section["heading"],
                body=body,
                **common,
            )
        )
    if not any(not s["anchor"] for s in page.sections):
        documents.append(
            Document(
                id=f"section:{page.id}:",
                source="section",
                url=f"/guidance/{page.slug}",
                body=page.summary,
                **common,
            )
        )
    # The whole page as one more document: a question answered across several sections
    # finds the page, even when no single section has all its words.
    documents.append(
        Document(
            id=f"page:{page.id}",
            source="page",
            url=f"/guidance/{page.slug}",
            heading=" ".join(s["heading"] for s in page.sections if s["heading"]),
            body=" ".join([page.summary] + [s["text"] for s in page.sections]),
            **common,
        )
    )
    attachments = db.session.scalars(
        select(GuidanceAttachment).where(GuidanceAttachment.page_id == page.id)
    )
    for attachment in attachments:
        documents.append(
            Document(
                id=f"attachment:{attachment.id}",
                source="attachment",
                url=f"/guidance/{page.slug}/attachments/{attachment.id}",
                heading=attachment.filename,
                body=attachment.text[:ATTACHMENT_TEXT_LIMIT],
                **common,
            )
        )
    return documents


def _guidance_query():  # type: ignore[no-untyped-def]
    return select(GuidancePage).options(
        selectinload(GuidancePage.topics), joinedload(GuidancePage.owner)
    )


# -- threads and posts ---------------------------------------------------------------------


def _thread_is_public(thread: Thread) -> bool:
    return not thread.hidden and not thread.board.private


def _thread_fields(thread: Thread) -> dict[str, object]:
    area = thread.area
    return {
        "group": f"thread:{thread.id}",
        "title": thread.title,
        "topics": tuple(t.slug for t in thread.topics),
        "topic_names": tuple(t.name for t in thread.topics),
        "board": thread.board.slug,
        "area": area.slug if area else None,
        "region": area.region.slug if area and area.region else None,
    }


def thread_document(thread: Thread, opening: Post | None) -> Document:
    return Document(
        id=f"thread:{thread.id}",
        kind="thread",
        source="thread",
        url=f"/threads/{thread.id}",
        body=text_of(opening.html) if opening is not None else "",
        author=thread.author.display_name,
        created_at=thread.created_at,
        **_thread_fields(thread),  # type: ignore[arg-type]
    )


def post_document(thread: Thread, post: Post, author_name: str) -> Document:
    return Document(
        id=f"post:{post.id}",
        kind="post",
        source="post",
        url=f"/posts/{post.id}",
        body=text_of(post.html),
        author=author_name,
        created_at=post.created_at,
        **_thread_fields(thread),  # type: ignore[arg-type]
    )


def _post_is_public(post: Post) -> bool:
    return post.deleted_at is None and post.held_at is None


def _thread_query():  # type: ignore[no-untyped-def]
    return select(Thread).options(
        joinedload(Thread.board),
        joinedload(Thread.author),
        joinedload(Thread.area).joinedload(Area.region),
        selectinload(Thread.topics),
    )


def _posts_of(thread_ids: list[int]) -> Iterator[tuple[Post, str]]:
    rows = db.session.execute(
        select(Post, User.display_name)
        .join(User, User.id == Post.author_id)
        .where(Post.thread_id.in_(thread_ids))
        .order_by(Post.thread_id, Post.position)
    )
    yield from ((post, name) for post, name in rows)


def thread_documents(threads: list[Thread]) -> tuple[list[Document], list[str]]:
    """Documents for these threads and their posts, and the groups of threads to remove."""
    public = [t for t in threads if _thread_is_public(t)]
    removed = [f"thread:{t.id}" for t in threads if not _thread_is_public(t)]
    by_id = {t.id: t for t in public}
    documents: list[Document] = []
    openings: dict[int, Post | None] = dict.fromkeys(by_id)
    for post, author_name in _posts_of(list(by_id)) if by_id else ():
        thread = by_id[post.thread_id]
        if post.position == 1:
            openings[thread.id] = post
        elif _post_is_public(post):
            documents.append(post_document(thread, post, author_name))
    documents += [thread_document(by_id[tid], opening) for tid, opening in openings.items()]
    return documents, removed


# -- applying outbox entries ---------------------------------------------------------------


class Changes:
    """What the index must do for a batch of outbox entries: replace groups, drop ids."""

    def __init__(self) -> None:
        self.add: list[Document] = []
        self.remove_ids: list[str] = []
        self.remove_groups: list[str] = []


def pending_entries(*, limit: int) -> list[SearchOutboxEntry]:
    return list(
        db.session.scalars(select(SearchOutboxEntry).order_by(SearchOutboxEntry.id).limit(limit))
    )


def pending_count() -> int:
    return db.session.scalar(select(func.count()).select_from(SearchOutboxEntry)) or 0


def forget_entries(ids: Iterable[int]) -> None:
    ids = list(ids)
    for start in range(0, len(ids), BATCH):  # bounded IN lists
        chunk = ids[start : start + BATCH]
        db.session.execute(delete(SearchOutboxEntry).where(SearchOutboxEntry.id.in_(chunk)))


def entry_ids() -> list[int]:
    return list(db.session.scalars(select(SearchOutboxEntry.id)))


def changes_for(entries: Iterable[SearchOutboxEntry]) -> Changes:
    """Read the current state of every row the entries name, and say how the index follows."""
    wanted: dict[str, set[int]] = {kind.value: set() for kind in IndexedKind}
    for entry in entries:
        wanted[entry.kind].add(entry.object_id)
    changes = Changes()
    _guidance_changes(wanted[IndexedKind.GUIDANCE], changes)
    thread_ids = set(wanted[IndexedKind.THREAD])
    post_ids = wanted[IndexedKind.POST]
    if post_ids:
        posts = db.session.execute(
            select(Post, User.display_name)
            .join(User, User.id == Post.author_id)
            .where(Post.id.in_(post_ids))
        ).all()
        found = {post.id for post, _ in posts}
        changes.remove_ids += [f"post:{pid}" for pid in post_ids - found]
        single: list[tuple[Post, str]] = []
        for post, name in posts:
            if post.position == 1:
                thread_ids.add(post.thread_id)  # the opening post is the thread's document
            elif post.thread_id not in thread_ids:
                single.append((post, name))
        _single_post_changes(single, changes)
    if thread_ids:
        threads = list(db.session.scalars(_thread_query().where(Thread.id.in_(thread_ids))))
        changes.remove_groups += [f"thread:{tid}" for tid in thread_ids - {t.id for t in threads}]
        documents, removed = thread_documents(threads)
        changes.remove_groups += removed + [f"thread:{t.id}" for t in threads]
        changes.add += documents
    # Oldest first: the Whoosh index numbers documents in the order they arrive, and ranks
    # the highest numbers as the newest when a word is in too many documents to rank all.
    changes.add.sort(key=lambda document: (document.created_at, document.id))
    return changes


def _guidance_changes(page_ids: set[int], changes: Changes) -> None:
    if not page_ids:
        return
    pages = list(db.session.scalars(_guidance_query().where(GuidancePage.id.in_(page_ids))))
    changes.remove_groups += [f"guidance:{pid}" for pid in page_ids]
    for page in pages:
        changes.add += guidance_documents(page)


def _single_post_changes(posts: list[tuple[Post, str]], changes: Changes) -> None:
    if not posts:
        return
    thread_ids = {post.thread_id for post, _ in posts}
    threads = {
        t.id: t for t in db.session.scalars(_thread_query().where(Thread.id.in_(thread_ids)))
    }
    for post, name in posts:
        thread = threads[post.thread_id]
        if _thread_is_public(thread) and _post_is_public(post):
            changes.add.append(post_document(thread, post, name))
        else:
            changes.remove_ids.append(f"post:{post.id}")


# -- everything, for reindex and reconcile ---------------------------------------------------


def count_documents_to_build() -> int:
    """Pages and threads to read (what a reindex progress bar counts)."""
    pages = db.session.scalar(select(func.count()).select_from(GuidancePage)) or 0
    threads = db.session.scalar(select(func.count()).select_from(Thread)) or 0
    return pages + threads


def all_documents() -> Iterator[tuple[int, list[Document]]]:
    """Every document, in batches: (how many pages or threads the batch covered, documents)."""
    for page in db.session.scalars(_guidance_query().order_by(GuidancePage.id)):
        yield 1, guidance_documents(page)
    last_id = 0
    while True:
        threads = list(
            db.session.scalars(
                _thread_query().where(Thread.id > last_id).order_by(Thread.id).limit(BATCH)
            )
        )
        if not threads:
            return
        last_id = threads[-1].id
        documents, _removed = thread_documents(threads)
        yield len(threads), documents
        db.session.expunge_all()


# -- checking hits against the database ----------------------------------------------------


def visible_groups(groups: set[str], *, include_unpublished: bool) -> set[str]:
    """The pages and threads among `groups` that may be shown now (the index may lag)."""
    page_ids = {int(g.split(":")[1]) for g in groups if g.startswith("guidance:")}
    thread_ids = {int(g.split(":")[1]) for g in groups if g.startswith("thread:")}
    visible: set[str] = set()
    if page_ids:
        query = select(GuidancePage.id).where(GuidancePage.id.in_(page_ids))
        if not include_unpublished:
            query = query.where(GuidancePage.status == GuidanceStatus.PUBLISHED.value)
        visible |= {f"guidance:{pid}" for pid in db.session.scalars(query)}
    if thread_ids:
        query = (
            select(Thread.id)
            .join(Board, Board.id == Thread.board_id)
            .where(Thread.id.in_(thread_ids), Thread.hidden.is_(False), Board.private.is_(False))
        )
        visible |= {f"thread:{tid}" for tid in db.session.scalars(query)}
    return visible


def hidden_posts(post_ids: set[int]) -> set[int]:
    if not post_ids:
        return set()
    query = select(Post.id).where(
        Post.id.in_(post_ids), (Post.deleted_at.is_not(None)) | (Post.held_at.is_not(None))
    )
    return set(db.session.scalars(query))


def topic_names(slugs: Iterable[str]) -> dict[str, str]:
    slugs = list(slugs)
    if not slugs:
        return {}
    return dict(
        db.session.execute(select(Topic.slug, Topic.name).where(Topic.slug.in_(slugs))).all()
    )


def board_names(slugs: Iterable[str]) -> dict[str, str]:
    slugs = list(slugs)
    if not slugs:
        return {}
    return dict(
        db.session.execute(select(Board.slug, Board.name).where(Board.slug.in_(slugs))).all()
    )
