"""Hot pages cost a fixed number of queries, and reading never writes."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from forum.extensions import db
from forum.models import Post, User
from tests.support.factories import make_board, make_thread, make_user
from tests.support.pages import CheckedClient
from tests.support.queries import queries


def statements_for(client: CheckedClient, url: str) -> int:
    with queries() as log:
        assert client.get(url).status_code == 200
    return log.count


@pytest.fixture
def people() -> list[User]:
    return [make_user() for _ in range(6)]


def test_thread_page_cost_does_not_grow_with_posts_or_depth(
    client: CheckedClient, people: list[User]
) -> None:
    board = make_board()
    short = make_thread(board=board, author=people[0], posts=10, repliers=people[1:])
    long = make_thread(board=board, author=people[0], posts=500, repliers=people[1:])

    counts = {
        "10 posts": statements_for(client, f"/threads/{short.id}"),
        "500 posts, page 1": statements_for(client, f"/threads/{long.id}"),
        "500 posts, page 25": statements_for(client, f"/threads/{long.id}?page=25"),
    }

    assert len(set(counts.values())) == 1, counts
    assert counts["10 posts"] <= 4, counts


def test_signed_in_thread_page_cost_is_fixed(
    member_client: CheckedClient, people: list[User]
) -> None:
    board = make_board()
    short = make_thread(board=board, author=people[0], posts=3, repliers=people[1:])
    long = make_thread(board=board, author=people[0], posts=200, repliers=people[1:])

    assert statements_for(member_client, f"/threads/{short.id}") == statements_for(
        member_client, f"/threads/{long.id}?page=10"
    )


def test_board_page_cost_does_not_grow_with_threads(
    client: CheckedClient, people: list[User]
) -> None:
    small = make_board(slug="small")
    big = make_board(slug="big")
    make_thread(board=small, author=people[0])
    for i in range(45):
        make_thread(board=big, author=people[i % 6], last_poster_id=people[(i + 1) % 6].id)

    counts = {
        "1 thread": statements_for(client, "/boards/small"),
        "30 threads": statements_for(client, "/boards/big"),
        "page 2": statements_for(client, "/boards/big?page=2"),
    }

    assert len(set(counts.values())) == 1, counts
    assert counts["1 thread"] <= 3, counts


def test_reading_never_writes(
    client: CheckedClient, member_client: CheckedClient, member: User, people: list[User]
) -> None:
    board = make_board(slug="b")
    thread = make_thread(board=board, author=people[0], posts=25, repliers=[member])
    post = db.session.scalar(select(Post).where(Post.position == 22))
    urls = [
        "/",
        "/boards/",
        "/boards/b",
        f"/threads/{thread.id}",
        f"/threads/{thread.id}?page=2",
        f"/posts/{post.id}",
        f"/users/{member.id}",
        "/login",
        "/healthz",
    ]
    for reader in (client, member_client):
        for url in urls:
            with queries() as log:
                reader.get(url)
            assert log.writes == [], f"GET {url} wrote: {log.writes}"
