"""`flask bench-data`: the synthetic data set the benchmarks in bench/ run against.

Small sizes here (the real run is 200 users / 5 boards / 2,000 threads / 50,000 posts and
is timed by bench/run.sh, never by a test). The command adds no routes, so the route-access
table in test_route_access.py is unchanged.
"""

from __future__ import annotations

import json

import pytest
from flask import Flask
from sqlalchemy import func, select

from forum.bench_data import BENCH_PASSWORD
from forum.extensions import db
from forum.models import Board, Post, Subscription, Thread, User
from tests.support.factories import make_user
from tests.support.pages import CheckedClient

SMALL = ("--users", "5", "--boards", "2", "--threads", "20", "--posts", "600")


def run(app: Flask, *args: str):
    return app.test_cli_runner().invoke(args=["bench-data", *args])


def count(model) -> int:
    return db.session.scalar(select(func.count()).select_from(model))


@pytest.fixture
def paths(app: Flask) -> dict[str, str]:
    result = run(app, *SMALL)
    assert result.exit_code == 0, result.output
    return json.loads(result.output.strip().splitlines()[-1])


def test_it_builds_the_requested_sizes(app: Flask, paths: dict[str, str]) -> None:
    assert (count(User), count(Board), count(Thread), count(Post)) == (5, 2, 20, 600)
    assert set(paths) == {"board", "short_thread", "long_thread"}
    first = db.session.get_one(User, 1)
    assert first.role == "admin"
    assert first.email == "user001@example.org"
    # every thread's author follows it, as when a thread is started on the site
    assert count(Subscription) == 20


def test_one_thread_has_500_posts_and_one_has_10(app: Flask, paths: dict[str, str]) -> None:
    long = db.session.get_one(Thread, int(paths["long_thread"].rsplit("/", 1)[1]))
    short = db.session.get_one(Thread, int(paths["short_thread"].rsplit("/", 1)[1]))
    assert (long.post_count, short.post_count) == (500, 10)
    assert paths["board"] == f"/boards/{long.board.slug}" == f"/boards/{short.board.slug}"
    busiest = max(db.session.scalars(select(Board)), key=lambda board: board.thread_count)
    assert long.board_id == busiest.id


def test_positions_are_contiguous_and_thread_counters_match(app: Flask, paths: object) -> None:
    per_thread = db.session.execute(
        select(
            Post.thread_id,
            func.count(Post.id),
            func.min(Post.position),
            func.max(Post.position),
            func.max(Post.created_at),
        ).group_by(Post.thread_id)
    ).all()
    threads = {t.id: t for t in db.session.scalars(select(Thread))}
    assert len(per_thread) == len(threads) == 20
    for thread_id, posts, lowest, highest, latest in per_thread:
        thread = threads[thread_id]
        assert (lowest, highest) == (1, posts) == (1, thread.post_count)
        assert thread.last_post_at == latest
        first_post, last_post = (
            db.session.scalar(select(Post).where(Post.thread_id == thread_id, Post.position == n))
            for n in (1, posts)
        )
        assert first_post is not None
        assert last_post is not None
        assert thread.author_id == first_post.author_id
        assert thread.created_at == first_post.created_at
        assert thread.last_poster_id == last_post.author_id


def test_board_counters_match(app: Flask, paths: object) -> None:
    for board in db.session.scalars(select(Board)):
        threads = db.session.scalar(
            select(func.count(Thread.id)).where(Thread.board_id == board.id)
        )
        posts, latest = db.session.execute(
            select(func.count(Post.id), func.max(Post.created_at))
            .join(Thread, Thread.id == Post.thread_id)
            .where(Thread.board_id == board.id)
        ).one()
        assert (board.thread_count, board.post_count, board.last_post_at) == (
            threads,
            posts,
            latest,
        )


def test_the_printed_pages_exist(client: CheckedClient, paths: dict[str, str]) -> None:
    for path in paths.values():
        client.page(path)
    client.page(paths["long_thread"] + "?page=25")  # 500 posts, 20 a page
    client.page(paths["long_thread"] + "?page=26", expected_status=404)


def test_the_published_password_signs_in(client: CheckedClient, paths: object) -> None:
    response = client.submit("/login", {"email": "user002@example.org", "password": BENCH_PASSWORD})
    assert response.status_code == 302


def test_it_refuses_a_database_that_has_users(app: Flask) -> None:
    make_user()
    result = run(app, *SMALL)
    assert result.exit_code != 0
    assert "needs an empty database" in result.output
    assert (count(Board), count(Thread), count(Post)) == (0, 0, 0)


def test_it_refuses_sizes_that_cannot_hold_the_long_thread(app: Flask) -> None:
    result = run(app, "--users", "2", "--boards", "1", "--threads", "5", "--posts", "100")
    assert result.exit_code != 0
    assert "--posts from 513 to 1410" in result.output
    assert count(User) == 0
