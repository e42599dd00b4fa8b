"""Starting threads and replying: counters, subscriptions and notifications in one place."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime

from forum.content import render_markdown
from forum.data import boards as board_data
from forum.data import engagement
from forum.extensions import db
from forum.models.accounts import User
from forum.models.boards import Board, Post, Thread, ThreadKind
from forum.models.engagement import Notification, NotificationKind
from forum.models.places import Topic
from forum.models.types import utcnow
from forum.notifications.email import email_at_once

MENTION = re.compile(r"(?<![\w@])@([\w][\w.'-]{1,59})")
QUOTED_POST = re.compile(r"^>.*\]\(/posts/(\d+)\)", re.MULTILINE)


def mentioned_names(markdown: str) -> set[str]:
    """`@Sam-Jones` mentions the person whose display name is "Sam Jones"."""
    return {match.rstrip(".'-").replace("-", " ") for match in MENTION.findall(markdown)}


def quoted_post_ids(markdown: str) -> set[int]:
    return {int(post_id) for post_id in QUOTED_POST.findall(markdown)}


def quote_markdown(post: Post) -> str:
    """The text a reply starts with when someone quotes `post`."""
    quoted = "\n".join(f"> {line}" if line else ">" for line in post.markdown.splitlines())
    return f"> **{post.author.display_name}** [wrote](/posts/{post.id}):\n>\n{quoted}\n\n"


def _append_post(thread: Thread, author: User, body: str, now: datetime) -> Post:
    position = board_data.next_position(thread_id=thread.id)
    post = Post(
        thread_id=thread.id,
        author_id=author.id,
        position=position,
        markdown=body,
        html=render_markdown(body),
        created_at=now,
    )
    db.session.add(post)
    db.session.flush()
    return post


def _notify(post: Post, thread: Thread, author: User, *, new_thread: bool, by_email: bool) -> None:
    """One notification per person per post, the most specific reason winning."""
    reasons: dict[int, NotificationKind] = {}
    if new_thread:
        for person in engagement.subscribers(board_id=thread.board_id, excluding=[author.id]):
            reasons[person.id] = NotificationKind.NEW_THREAD
    else:
        for person in engagement.subscribers(thread_id=thread.id, excluding=[author.id]):
            reasons[person.id] = NotificationKind.REPLY
    for quoted_id in quoted_post_ids(post.markdown):
        quoted = board_data.get_post(post_id=quoted_id)
        if quoted is not None and quoted.author_id != author.id:
            reasons[quoted.author_id] = NotificationKind.QUOTE
    for person in engagement.users_by_display_names(names=mentioned_names(post.markdown)):
        if person.id != author.id:
            reasons[person.id] = NotificationKind.MENTION
    created = [
        Notification(
            user_id=user_id,
            kind=kind.value,
            actor_id=author.id,
            thread_id=thread.id,
            post_id=post.id,
            created_at=post.created_at,
        )
        for user_id, kind in reasons.items()
    ]
    db.session.add_all(created)
    if by_email and created:
        db.session.flush()
        email_at_once(created)


def start_thread(
    *,
    board: Board,
    author: User,
    title: str,
    body: str,
    kind: ThreadKind = ThreadKind.DISCUSSION,
    topics: Sequence[Topic] = (),
    area_id: int | None = None,
    now: datetime | None = None,
    notify_by_email: bool = True,
) -> Thread:
    now = now or utcnow()
    thread = Thread(
        board_id=board.id,
        author_id=author.id,
        title=title.strip(),
        kind=kind.value,
        area_id=area_id,
        topics=list(topics),
        post_count=0,
        last_post_at=now,
        last_poster_id=author.id,
        created_at=now,
    )
    db.session.add(thread)
    db.session.flush()
    post = _append_post(thread, author, body, now)
    board_data.add_to_board_counters(board_id=board.id, threads=1, posts=1, at=now)
    engagement.subscribe(user_id=author.id, thread_id=thread.id)
    _notify(post, thread, author, new_thread=True, by_email=notify_by_email)
    return thread


def reply(
    *,
    thread: Thread,
    author: User,
    body: str,
    now: datetime | None = None,
    notify_by_email: bool = True,
) -> Post:
    now = now or utcnow()
    post = _append_post(thread, author, body, now)
    thread.last_post_at = now
    thread.last_poster_id = author.id
    board_data.add_to_board_counters(board_id=thread.board_id, threads=0, posts=1, at=now)
    engagement.subscribe(user_id=author.id, thread_id=thread.id)
    _notify(post, thread, author, new_thread=False, by_email=notify_by_email)
    return post
