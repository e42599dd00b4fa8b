"""Atom feeds: valid documents of public content only, newest first, at a fixed cost."""

from __future__ import annotations

from datetime import datetime, timedelta
from xml.etree import ElementTree
from xml.etree.ElementTree import Element

import pytest
from sqlalchemy import select

from forum.extensions import db
from forum.models import Board, Post, Thread, User
from forum.models.types import utcnow
from tests.support.factories import make_board, make_thread, make_user
from tests.support.pages import CheckedClient
from tests.support.queries import queries

NS = "{http://www.w3.org/2005/Atom}"
BASE = "http://localhost"


def fetch_feed(client: CheckedClient, url: str) -> Element:
    """GET a feed, check its headers and the elements Atom requires, return the root."""
    response = client.get(url)
    assert response.status_code == 200, f"GET {url}: {response.status_code}"
    assert response.headers["Content-Type"] == "application/atom+xml; charset=utf-8"
    assert response.headers["Cache-Control"] == "public, max-age=60"
    # Our own document, parsed to check it; nothing untrusted reaches the parser.
    root = ElementTree.fromstring(response.data)  # noqa: S314
    assert root.tag == f"{NS}feed"
    for name in ("id", "title", "updated"):
        assert (root.findtext(f"{NS}{name}") or "").strip(), f"{url}: feed has no <{name}>"
    links = {link.get("rel"): link.get("href") for link in root.findall(f"{NS}link")}
    assert links["self"] == f"{BASE}{url}"
    assert links["alternate"].startswith(f"{BASE}/")
    for entry in root.findall(f"{NS}entry"):
        for name in ("id", "title", "updated", "published"):
            assert (entry.findtext(f"{NS}{name}") or "").strip(), f"entry without <{name}>"
        assert entry.findtext(f"{NS}author/{NS}name")
        assert entry.find(f"{NS}content").get("type") == "html"
        assert entry_link(entry).startswith(f"{BASE}/")
    return root


def entry_link(entry: Element) -> str:
    """The entry's page. feedgen 1.0 writes entry links with href only (python-feedgen#135),
    which Atom reads as rel="alternate"."""
    alternates = [
        link.get("href")
        for link in entry.findall(f"{NS}link")
        if link.get("rel", "alternate") == "alternate"
    ]
    assert len(alternates) == 1, alternates
    return alternates[0]


def entries(root: Element) -> list[Element]:
    return root.findall(f"{NS}entry")


def entry_links(root: Element) -> list[str]:
    return [entry_link(e) for e in entries(root)]


def published(root: Element) -> list[datetime]:
    return [datetime.fromisoformat(e.findtext(f"{NS}published")) for e in entries(root)]


def post_url(post: Post) -> str:
    return f"{BASE}/posts/{post.id}"


def posts_of(thread: Thread) -> list[Post]:
    return list(
        db.session.scalars(select(Post).where(Post.thread_id == thread.id).order_by(Post.position))
    )


def restamp(thread: Thread, start: datetime) -> None:
    """Move a factory thread in time: started at `start`, a post every minute after."""
    thread.created_at = start
    for post in posts_of(thread):
        post.created_at = start + timedelta(minutes=post.position - 1)
    db.session.commit()


@pytest.fixture
def author() -> User:
    return make_user(display_name="Priya Patel")


@pytest.fixture
def board() -> Board:
    return make_board(slug="litter", name="Litter and fly-tipping")


# --- the latest posts site-wide -------------------------------------------------------


def test_latest_feed_lists_public_posts_newest_first(
    client: CheckedClient, author: User, board: Board
) -> None:
    other_board = make_board()
    older = make_thread(board=board, author=author, posts=3, title="Bins on Tuesdays")
    newer = make_thread(board=other_board, author=author, posts=2, title="Graffiti wall")
    restamp(older, utcnow() - timedelta(hours=5))
    restamp(newer, utcnow() - timedelta(hours=2))

    root = fetch_feed(client, "/feeds/latest.atom")

    newer_posts, older_posts = posts_of(newer), posts_of(older)
    expected = [*reversed(newer_posts), *reversed(older_posts)]
    assert entry_links(root) == [post_url(p) for p in expected]
    assert published(root) == sorted(published(root), reverse=True)
    assert root.findtext(f"{NS}updated") == entries(root)[0].findtext(f"{NS}updated")
    titles = [e.findtext(f"{NS}title") for e in entries(root)]
    assert titles[:2] == ["Re: Graffiti wall", "Graffiti wall"]
    assert entries(root)[0].findtext(f"{NS}author/{NS}name") == "Priya Patel"
    assert entries(root)[0].findtext(f"{NS}id") == post_url(newer_posts[-1])
    alternate = root.find(f"{NS}link[@rel='alternate']").get("href")
    assert alternate == f"{BASE}/"


def test_latest_feed_leaves_out_deleted_hidden_and_archived(
    client: CheckedClient, author: User, board: Board
) -> None:
    visible = make_thread(board=board, author=author, posts=2)
    deleted = posts_of(visible)[1]
    deleted.deleted_at = utcnow()
    hidden = make_thread(board=board, author=author, hidden=True)
    archived = make_thread(board=make_board(archived=True), author=author)
    db.session.commit()

    links = entry_links(fetch_feed(client, "/feeds/latest.atom"))

    assert links == [post_url(posts_of(visible)[0])]
    for thread in (hidden, archived):
        assert post_url(posts_of(thread)[0]) not in links
    assert post_url(deleted) not in links


def test_latest_feed_keeps_thirty_posts(client: CheckedClient, author: User, board: Board) -> None:
    make_thread(board=board, author=author, posts=35)

    assert len(entries(fetch_feed(client, "/feeds/latest.atom"))) == 30


def test_entry_content_is_the_stored_html(
    client: CheckedClient, author: User, board: Board
) -> None:
    thread = make_thread(board=board, author=author)
    post = posts_of(thread)[0]
    # Deliberately unlike what the Markdown would render: feeds must send the stored HTML.
    post.markdown = "*Not rendered at read time*"
    post.html = '<p class="govuk-body">Stored <strong>HTML</strong> &amp; more</p>'
    db.session.commit()

    root = fetch_feed(client, "/feeds/latest.atom")

    content = entries(root)[0].find(f"{NS}content")
    assert content.get("type") == "html"
    assert content.text == post.html


def test_empty_feed_has_a_fixed_updated_time(client: CheckedClient) -> None:
    root = fetch_feed(client, "/feeds/latest.atom")

    assert entries(root) == []
    assert datetime.fromisoformat(root.findtext(f"{NS}updated")).year == 1970


def test_unchanged_feed_answers_304(client: CheckedClient, author: User, board: Board) -> None:
    make_thread(board=board, author=author)
    first = client.get("/feeds/latest.atom")

    again = client.get("/feeds/latest.atom", headers={"If-None-Match": first.headers["ETag"]})

    assert again.status_code == 304


# --- a board's new threads ------------------------------------------------------------


def test_board_feed_lists_threads_started_there(
    client: CheckedClient, author: User, board: Board
) -> None:
    replier = make_user(display_name="Sam Reply")
    first = make_thread(board=board, author=author, posts=3, repliers=[replier], title="First")
    second = make_thread(board=board, author=author, title="Second")
    make_thread(board=board, author=author, hidden=True, title="Hidden")
    make_thread(board=make_board(), author=author, title="Elsewhere")
    restamp(first, utcnow() - timedelta(days=2))
    restamp(second, utcnow() - timedelta(days=1))

    root = fetch_feed(client, f"/boards/{board.slug}/feed.atom")

    assert [e.findtext(f"{NS}title") for e in entries(root)] == ["Second", "First"]
    assert entry_links(root) == [f"{BASE}/threads/{second.id}", f"{BASE}/threads/{first.id}"]
    assert published(root) == sorted(published(root), reverse=True)
    opening = entries(root)[1]
    assert opening.find(f"{NS}content").text == posts_of(first)[0].html
    assert opening.findtext(f"{NS}author/{NS}name") == "Priya Patel"
    alternate = root.find(f"{NS}link[@rel='alternate']").get("href")
    assert alternate == f"{BASE}/boards/{board.slug}"
    assert "Litter and fly-tipping" in root.findtext(f"{NS}title")


def test_board_feed_never_shows_a_deleted_opening_post(
    client: CheckedClient, author: User, board: Board
) -> None:
    thread = make_thread(board=board, author=author)
    opening = posts_of(thread)[0]
    opening.deleted_at = utcnow()
    db.session.commit()

    root = fetch_feed(client, f"/boards/{board.slug}/feed.atom")

    content = entries(root)[0].find(f"{NS}content").text
    assert "deleted" in content
    assert opening.html not in content


# --- a thread's posts -----------------------------------------------------------------


def test_thread_feed_lists_its_latest_posts(
    client: CheckedClient, author: User, board: Board
) -> None:
    thread = make_thread(board=board, author=author, posts=35, title="Street lighting")
    make_thread(board=board, author=author, posts=2)
    posts = posts_of(thread)
    posts[-1].deleted_at = utcnow()
    db.session.commit()

    root = fetch_feed(client, f"/threads/{thread.id}/feed.atom")

    expected = list(reversed(posts[:-1]))[:30]
    assert entry_links(root) == [post_url(p) for p in expected]
    assert published(root) == sorted(published(root), reverse=True)
    assert root.findtext(f"{NS}title").startswith("Street lighting")
    alternate = root.find(f"{NS}link[@rel='alternate']").get("href")
    assert alternate == f"{BASE}/threads/{thread.id}"


# --- what has no feed -----------------------------------------------------------------


def test_feeds_of_missing_or_non_public_things_are_not_found(
    client: CheckedClient, moderator_client: CheckedClient, author: User, board: Board
) -> None:
    archived = make_board(archived=True)
    hidden = make_thread(board=board, author=author, hidden=True)
    on_archived = make_thread(board=archived, author=author)
    urls = [
        "/boards/no-such-board/feed.atom",
        f"/boards/{archived.slug}/feed.atom",
        "/threads/999999/feed.atom",
        f"/threads/{hidden.id}/feed.atom",
        f"/threads/{on_archived.id}/feed.atom",
    ]

    for who in (client, moderator_client):
        for url in urls:
            assert who.get(url).status_code == 404, url


# --- cost -----------------------------------------------------------------------------


def statements_for(client: CheckedClient, url: str) -> int:
    with queries() as log:
        assert client.get(url).status_code == 200
    assert not log.writes, log.writes
    return log.count


def test_feed_cost_does_not_grow_with_entries(client: CheckedClient, board: Board) -> None:
    people = [make_user() for _ in range(5)]
    small_board = make_board(slug="small")
    small = make_thread(board=small_board, author=people[0], posts=3, repliers=people[1:])
    small_counts = {
        "latest": statements_for(client, "/feeds/latest.atom"),
        "board": statements_for(client, "/boards/small/feed.atom"),
        "thread": statements_for(client, f"/threads/{small.id}/feed.atom"),
    }
    big = make_thread(board=board, author=people[0], posts=40, repliers=people[1:])
    for i in range(34):
        make_thread(board=board, author=people[i % 5])

    big_counts = {
        "latest": statements_for(client, "/feeds/latest.atom"),
        "board": statements_for(client, f"/boards/{board.slug}/feed.atom"),
        "thread": statements_for(client, f"/threads/{big.id}/feed.atom"),
    }

    assert small_counts == big_counts
    assert big_counts["latest"] <= 2, big_counts


# --- pages point at their feeds -------------------------------------------------------


def test_pages_link_to_their_feeds(client: CheckedClient, author: User, board: Board) -> None:
    thread = make_thread(board=board, author=author)

    home = client.page("/")
    board_page = client.page(f"/boards/{board.slug}")
    thread_page = client.page(f"/threads/{thread.id}")

    alternates = [
        link.get("href")
        for link in home.all("link")
        if link.get("rel") == "alternate" and link.get("type") == "application/atom+xml"
    ]
    assert alternates == ["/feeds/latest.atom"]
    assert f"/boards/{board.slug}/feed.atom" in [a.get("href") for a in board_page.all("a")]
    assert f"/threads/{thread.id}/feed.atom" in [a.get("href") for a in thread_page.all("a")]
