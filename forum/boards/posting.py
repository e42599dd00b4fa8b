"""Starting threads and replying: counters, subscriptions and notifications in one place."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from forum.areas.standard_links import standard_references
from forum.content import render_markdown
from forum.data import boards as board_data
from forum.data import engagement
from forum.data import mentoring as mentoring_data
from forum.data import standards as standard_data
from forum.data.audit import record_event
from forum.data.users import get_user
from forum.extensions import db
from forum.ids import parse_id
from forum.models.accounts import User
from forum.models.boards import Board, Post, Thread, ThreadKind
from forum.models.engagement import Notification, NotificationKind
from forum.models.places import Topic
from forum.models.types import utcnow
from forum.notifications.email import email_at_once
from forum.permissions import can_view_thread
from forum.urls import site_hosts

MENTION = re.compile(r"(?<![\w@])@([\w][\w.'-]{1,59})")
QUOTED_POST = re.compile(r"^>.*\]\(/posts/(\d+)\)", re.MULTILINE)


def mentioned_names(markdown: str) -> set[str]:
    """`@Sam-Jones` mentions the person whose display name is "Sam Jones"."""
    return {match.rstrip(".'-").replace("-", " ") for match in MENTION.findall(markdown)}


def quoted_post_ids(markdown: str) -> set[int]:
    """Posts a reply quotes; a link to a number no post id can be quotes nothing."""
    found = (parse_id(post_id) for post_id in QUOTED_POST.findall(markdown))
    return {post_id for post_id in found if post_id is not None}


def quote_markdown(post: Post) -> str:
    """The text a reply starts with when someone quotes `post`."""
    quoted = "\n".join(f"> {line}" if line else ">" for line in post.markdown.splitlines())
    return f"> **{post.author.display_name}** [wrote](/posts/{post.id}):\n>\n{quoted}\n\n"


def should_hold(*, author: User, settings: Mapping[str, Any]) -> bool:
    """With HOLD_NEW_MEMBERS_POSTS on, a new member's posts wait for a moderator."""
    return bool(settings["HOLD_NEW_MEMBERS_POSTS"]) and is_new_member(
        author=author, settings=settings
    )


def is_new_member(*, author: User, settings: Mapping[str, Any]) -> bool:
    """Members with few posts, not yet trusted by a moderator: held, link- and rate-limited."""
    return (
        author.role == "member"
        and not author.trusted
        and board_data.count_user_posts(user_id=author.id) < settings["POSTING_NEW_MEMBER_POSTS"]
    )


def _append_post(
    thread: Thread, author: User, body: str, now: datetime, *, hold: bool = False
) -> Post:
    position = board_data.next_position(thread_id=thread.id)
    post = Post(
        thread_id=thread.id,
        author_id=author.id,
        position=position,
        markdown=body,
        html=render_markdown(body),
        created_at=now,
        held_at=now if hold else None,
    )
    db.session.add(post)
    db.session.flush()
    record_standard_links(post, edited=False)
    return post


def record_standard_links(post: Post, *, edited: bool) -> None:
    """Note which standards the post links to, for their pages: read from the text once,
    as it is saved, so a standard's page never scans posts."""
    if edited:
        standard_data.unlink_post_from_standards(post_id=post.id)
    standard_data.link_post_to_standards(
        post_id=post.id, references=standard_references(post.html, site_hosts=site_hosts())
    )


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
    if thread.board.private:
        reasons = _readers_only(thread, reasons)
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


def _readers_only(
    thread: Thread, reasons: dict[int, NotificationKind]
) -> dict[int, NotificationKind]:
    """On a private board, nobody hears of a post they may not read (say, by a mention)."""
    readers = {}
    for user_id, kind in reasons.items():
        person = get_user(user_id=user_id)
        if person is not None and can_view_thread(person, thread):
            readers[user_id] = kind
    return readers


def start_thread(
    *,
    board: Board,
    author: User,
    title: str,
    body: str,
    kind: ThreadKind = ThreadKind.DISCUSSION,
    topics: Sequence[Topic] = (),
    area_id: int | None = None,
    guidance_page_id: int | None = None,
    now: datetime | None = None,
    notify_by_email: bool = True,
    hold: bool = False,
) -> Thread:
    """Start a thread; a held one stays hidden, off the board's counts, until approved."""
    now = now or utcnow()
    thread = Thread(
        board_id=board.id,
        author_id=author.id,
        title=title.strip(),
        kind=kind.value,
        area_id=area_id,
        guidance_page_id=guidance_page_id,
        topics=list(topics),
        post_count=0,
        last_post_at=now,
        last_poster_id=author.id,
        created_at=now,
        hidden=hold,
    )
    db.session.add(thread)
    db.session.flush()
    post = _append_post(thread, author, body, now, hold=hold)
    engagement.subscribe(user_id=author.id, thread_id=thread.id)
    if not hold:
        board_data.add_to_board_counters(board_id=board.id, threads=1, posts=1, at=now)
        _notify(post, thread, author, new_thread=True, by_email=notify_by_email)
    return thread


def reply(
    *,
    thread: Thread,
    author: User,
    body: str,
    now: datetime | None = None,
    notify_by_email: bool = True,
    hold: bool = False,
) -> Post:
    """Reply; a held reply keeps its place but nobody hears of it until it is approved."""
    now = now or utcnow()
    post = _append_post(thread, author, body, now, hold=hold)
    board_data.add_to_board_counters(board_id=thread.board_id, threads=0, posts=1, at=None)
    engagement.subscribe(user_id=author.id, thread_id=thread.id)
    if not hold:
        _publish(post, thread, author, by_email=notify_by_email)
        if thread.board.private:
            mentoring_data.note_reply(thread=thread, author=author, at=post.created_at)
    return post


def _publish(post: Post, thread: Thread, author: User, *, by_email: bool) -> None:
    thread.last_post_at = max(thread.last_post_at, post.created_at)
    thread.last_poster_id = author.id
    board_data.add_to_board_counters(
        board_id=thread.board_id, threads=0, posts=0, at=thread.last_post_at
    )
    _notify(post, thread, author, new_thread=False, by_email=by_email)


def approve(*, post: Post, moderator: User) -> None:
    """Publish a held post: it appears, people hear of it, and its author is trusted."""
    thread, author = post.thread, post.author
    post.held_at = None
    author.trusted = True
    if post.position == 1:
        thread.hidden = False
        board_data.add_to_board_counters(
            board_id=thread.board_id, threads=1, posts=thread.post_count, at=post.created_at
        )
        _notify(post, thread, author, new_thread=True, by_email=True)
    else:
        _publish(post, thread, author, by_email=True)
    record_event(
        actor=moderator, action="post.approved", subject=post, summary="Held post approved"
    )


def link_problem(*, author: User, html: str, settings: Mapping[str, Any]) -> str | None:
    """Say why a post has too many links for its author, as an instruction, or None."""
    links = html.count("<a ")
    is_new = is_new_member(author=author, settings=settings)
    limit = settings["POSTING_LINK_LIMIT_NEW_MEMBER"] if is_new else settings["POSTING_LINK_LIMIT"]
    if links <= limit:
        return None
    if is_new:
        return f"Remove some links: new members can include up to {limit} links in a post"
    return f"Remove some links: a post can include up to {limit} links"
