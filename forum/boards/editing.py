"""Changing what is already posted: edits with revisions, deletion, answers, moderation.

Every moderator action on someone else's content writes an audit event.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from datetime import datetime

from forum.boards import posting
from forum.content import render_markdown
from forum.data import boards as board_data
from forum.data.audit import record_event
from forum.extensions import db
from forum.models.accounts import User
from forum.models.boards import Board, Post, PostRevision, Thread
from forum.models.engagement import Notification, NotificationKind
from forum.models.types import utcnow
from forum.notifications.email import email_at_once
from forum.permissions import can_moderate


class EditError(Exception):
    """The change cannot be made; the message is shown to the person."""


def _audit_if_moderating(
    actor: User, owner_id: int, action: str, subject: object, summary: str
) -> None:
    if actor.id != owner_id and can_moderate(actor):
        record_event(actor=actor, action=action, subject=subject, summary=summary)


def edit_post(
    *, post: Post, editor: User, body: str, title: str | None = None, now: datetime | None = None
) -> PostRevision | None:
    """Save a new version, keeping the old one as a revision; None when nothing changed."""
    thread = post.thread
    new_title = title.strip() if title is not None and post.position == 1 else thread.title
    if body == post.markdown and new_title == thread.title:
        return None
    now = now or utcnow()
    revision = PostRevision(
        post_id=post.id,
        number=board_data.count_revisions(post_id=post.id) + 1,
        markdown=post.markdown,
        title=thread.title if post.position == 1 else None,
        editor_id=post.edited_by_id or post.author_id,
        created_at=post.edited_at or post.created_at,
    )
    db.session.add(revision)
    html_before = post.html
    post.markdown = body
    post.html = render_markdown(body)
    if post.html != html_before:
        posting.record_standard_links(post, edited=True)
    post.edited_at = now
    post.edited_by_id = editor.id
    thread.title = new_title
    _audit_if_moderating(editor, post.author_id, "post.edited", post, "Post edited by a moderator")
    return revision


@dataclass(frozen=True)
class DiffLine:
    kind: str  # "added", "removed" or "same"
    text: str


def diff_versions(before: str, after: str) -> list[DiffLine]:
    """A line diff for people to read, shown with <ins>/<del> by the template."""
    lines = []
    for line in difflib.ndiff(before.splitlines(), after.splitlines()):
        marker, text = line[:2], line[2:]
        if marker == "? ":
            continue
        kind = {"+ ": "added", "- ": "removed"}.get(marker, "same")
        lines.append(DiffLine(kind, text))
    return lines


def delete_post(*, post: Post, actor: User, now: datetime | None = None) -> None:
    """Soft delete: the post keeps its place and shows as deleted; moderators can restore it.

    Deleting a thread's opening post hides the whole thread.
    """
    post.deleted_at = now or utcnow()
    post.deleted_by_id = actor.id
    thread = post.thread
    if thread.accepted_post_id == post.id:
        thread.accepted_post_id = None
    if post.position == 1:
        set_hidden(thread=thread, actor=actor, hidden=True)
    _audit_if_moderating(actor, post.author_id, "post.deleted", post, "Post deleted by a moderator")


def restore_post(*, post: Post, actor: User) -> None:
    post.deleted_at = None
    post.deleted_by_id = None
    if post.position == 1 and post.thread.hidden:
        set_hidden(thread=post.thread, actor=actor, hidden=False)
    record_event(actor=actor, action="post.restored", subject=post, summary="Post restored")


def set_hidden(*, thread: Thread, actor: User, hidden: bool) -> None:
    if thread.hidden == hidden:
        return
    thread.hidden = hidden
    change = -1 if hidden else 1
    board_data.add_to_board_counters(
        board_id=thread.board_id, threads=change, posts=change * thread.post_count, at=None
    )
    if actor.id != thread.author_id:
        record_event(
            actor=actor,
            action="thread.hidden" if hidden else "thread.shown",
            subject=thread,
            summary="Thread hidden" if hidden else "Thread shown again",
        )


def toggle_accepted(*, thread: Thread, post: Post, actor: User) -> bool:
    """Mark `post` as the answer (or unmark it); returns whether it is now accepted."""
    if post.thread_id != thread.id:
        raise EditError("That post is not in this thread.")
    if thread.accepted_post_id == post.id:
        thread.accepted_post_id = None
        return False
    thread.accepted_post_id = post.id
    if post.author_id != actor.id:
        notification = Notification(
            user_id=post.author_id,
            kind=NotificationKind.ACCEPTED.value,
            actor_id=actor.id,
            thread_id=thread.id,
            post_id=post.id,
        )
        db.session.add(notification)
        db.session.flush()
        email_at_once([notification])
    return True


def set_locked(*, thread: Thread, actor: User, locked: bool) -> None:
    _set_audited(thread, actor, "locked", locked, ("Thread locked", "Thread unlocked"))


def set_pinned(*, thread: Thread, actor: User, pinned: bool) -> None:
    _set_audited(thread, actor, "pinned", pinned, ("Thread pinned", "Thread unpinned"))


def _set_audited(
    thread: Thread, actor: User, flag: str, on: bool, summaries: tuple[str, str]
) -> None:
    setattr(thread, flag, on)
    record_event(
        actor=actor,
        action=f"thread.{flag}" if on else f"thread.un{flag}",
        subject=thread,
        summary=summaries[0] if on else summaries[1],
    )


def move_thread(*, thread: Thread, actor: User, to: Board) -> None:
    if to.id == thread.board_id:
        raise EditError(f"The thread is already in {to.name}.")
    if to.archived:
        raise EditError(f"{to.name} is archived: choose another board.")
    source = thread.board
    if not thread.hidden:
        board_data.add_to_board_counters(
            board_id=source.id, threads=-1, posts=-thread.post_count, at=None
        )
        board_data.add_to_board_counters(
            board_id=to.id, threads=1, posts=thread.post_count, at=thread.last_post_at
        )
    thread.board_id = to.id
    record_event(
        actor=actor,
        action="thread.moved",
        subject=thread,
        summary=f"Thread moved from {source.name} to {to.name}",
        details={"from": source.slug, "to": to.slug},
    )
