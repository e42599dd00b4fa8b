"""With HOLD_NEW_MEMBERS_POSTS on, new members' first posts wait for a moderator."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from forum.extensions import db
from forum.models import Board, Notification, Post, Subscription, Thread, User
from tests.support.factories import make_board, make_thread, make_user
from tests.support.pages import CheckedClient


@pytest.fixture
def app_overrides() -> dict:
    return {"HOLD_NEW_MEMBERS_POSTS": True}


def test_a_new_members_reply_waits_then_is_published(
    member_client: CheckedClient,
    moderator_client: CheckedClient,
    client: CheckedClient,
    member: User,
) -> None:
    author = make_user(display_name="Thread Starter", role="mentor")
    thread = make_thread(board=make_board(), author=author, posts=1)
    db.session.add(Subscription(user_id=author.id, thread_id=thread.id))
    db.session.commit()

    response = member_client.submit(
        f"/threads/{thread.id}/reply", {"body": "My first reply"}, from_page="/"
    )

    assert response.status_code == 302
    post = db.session.scalar(select(Post).where(Post.position == 2))
    assert post.held_at is not None
    assert "My first reply" not in client.page(f"/threads/{thread.id}").text
    assert "Waiting for a moderator" in member_client.page(f"/threads/{thread.id}").text
    assert db.session.scalar(select(Notification)) is None
    assert "My first reply" in moderator_client.page("/moderation/").text

    moderator_client.submit(f"/moderation/held/{post.id}/approve", from_page="/")

    assert "My first reply" in client.page(f"/threads/{thread.id}").text
    assert db.session.get(User, member.id).trusted
    assert db.session.scalar(select(Notification.user_id)) == author.id
    member_client.submit(f"/threads/{thread.id}/reply", {"body": "Second"}, from_page="/")
    assert db.session.scalar(select(Post).where(Post.position == 3)).held_at is None


def test_a_new_members_thread_is_hidden_until_approved(
    member_client: CheckedClient, moderator_client: CheckedClient, client: CheckedClient
) -> None:
    board = make_board(slug="b")

    member_client.submit(
        "/boards/b/new", {"title": "My first thread", "body": "Hello all"}, from_page="/"
    )

    thread = db.session.scalar(select(Thread))
    assert thread.hidden
    assert client.get(f"/threads/{thread.id}").status_code == 404
    assert member_client.get(f"/threads/{thread.id}").status_code == 200
    assert db.session.get(Board, board.id).thread_count == 0

    post = db.session.scalar(select(Post))
    moderator_client.submit(f"/moderation/held/{post.id}/approve", from_page="/")

    assert client.get(f"/threads/{thread.id}").status_code == 200
    assert db.session.get(Board, board.id).thread_count == 1


def test_rejecting_deletes_the_post(
    member_client: CheckedClient, moderator_client: CheckedClient, member: User
) -> None:
    thread = make_thread(board=make_board(), author=make_user(role="mentor"))
    member_client.submit(f"/threads/{thread.id}/reply", {"body": "Buy now"}, from_page="/")
    post = db.session.scalar(select(Post).where(Post.position == 2))

    moderator_client.submit(f"/moderation/held/{post.id}/reject", from_page="/")

    post = db.session.get(Post, post.id)
    assert (post.held_at, post.deleted_at is not None) == (None, True)
    assert not db.session.get(User, member.id).trusted


def test_mentors_and_trusted_members_are_not_held(
    mentor_client: CheckedClient, mentor: User
) -> None:
    thread = make_thread(board=make_board(), author=make_user())
    mentor_client.submit(f"/threads/{thread.id}/reply", {"body": "Advice"}, from_page="/")
    assert db.session.scalar(select(Post).where(Post.position == 2)).held_at is None
