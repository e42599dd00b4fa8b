"""Atom feed URLs: find the public rows, turn them into entries, send the document."""

from __future__ import annotations

from collections.abc import Sequence

from flask import Blueprint, Response, abort, request, url_for

from forum.data import feeds as feed_data
from forum.feeds.atom import ATOM_MEDIA_TYPE, FeedEntry, render_atom
from forum.models.boards import Post, Thread
from forum.templating import SERVICE_NAME

bp = Blueprint("feeds", __name__)

FEED_LENGTH = 30
# Feeds are public and the same for everyone: let shared caches absorb feed readers' polls.
CACHE_CONTROL = "public, max-age=60"
DELETED_FIRST_POST_HTML = '<p class="govuk-body">This post was deleted.</p>'


def _post_entry(post: Post, thread_title: str) -> FeedEntry:
    return FeedEntry(
        path=url_for("boards.post", post_id=post.id),
        title=thread_title if post.position == 1 else f"Re: {thread_title}",
        author=post.author.display_name,
        html=post.html,
        published=post.created_at,
        updated=post.edited_at or post.created_at,
    )


def _thread_entry(started: feed_data.StartedThread) -> FeedEntry:
    thread, first = started.thread, started.first_post
    live = first is not None and not first.is_deleted
    return FeedEntry(
        path=url_for("boards.thread", thread_id=thread.id),
        title=thread.title,
        author=thread.author.display_name,
        html=first.html if live else DELETED_FIRST_POST_HTML,
        published=thread.created_at,
        updated=(first.edited_at if live else None) or thread.created_at,
    )


def _atom_response(
    *,
    title: str,
    self_path: str,
    page_path: str,
    entries: Sequence[FeedEntry],
    subtitle: str = "",
) -> Response:
    body = render_atom(
        base_url=request.host_url,
        title=title,
        self_path=self_path,
        page_path=page_path,
        entries=entries,
        generator=SERVICE_NAME,
        subtitle=subtitle,
    )
    response = Response(body, content_type=f"{ATOM_MEDIA_TYPE}; charset=utf-8")
    response.headers["Cache-Control"] = CACHE_CONTROL
    response.add_etag()
    return response.make_conditional(request)


@bp.route("/feeds/latest.atom")
def latest() -> Response:
    posts = feed_data.latest_public_posts(limit=FEED_LENGTH)
    return _atom_response(
        title=f"Latest posts – {SERVICE_NAME}",
        self_path=url_for("feeds.latest"),
        page_path=url_for("site.home"),
        entries=[_post_entry(post, post.thread.title) for post in posts],
    )


@bp.route("/boards/<slug>/feed.atom")
def board(slug: str) -> Response:
    found = feed_data.public_board(slug=slug)
    if found is None:
        abort(404)
    started = feed_data.threads_started_on_board(board_id=found.id, limit=FEED_LENGTH)
    return _atom_response(
        title=f"New threads on {found.name} – {SERVICE_NAME}",
        subtitle=found.description,
        self_path=url_for("feeds.board", slug=found.slug),
        page_path=url_for("boards.board", slug=found.slug),
        entries=[_thread_entry(row) for row in started],
    )


@bp.route("/threads/<int:thread_id>/feed.atom")
def thread(thread_id: int) -> Response:
    found: Thread | None = feed_data.public_thread(thread_id=thread_id)
    if found is None:
        abort(404)
    posts = feed_data.latest_thread_posts(thread_id=found.id, limit=FEED_LENGTH)
    return _atom_response(
        title=f"{found.title} – {SERVICE_NAME}",
        self_path=url_for("feeds.thread", thread_id=found.id),
        page_path=url_for("boards.thread", thread_id=found.id),
        entries=[_post_entry(post, found.title) for post in posts],
    )
