"""A new member's thread about a standard waits for a moderator before it is listed."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from forum.extensions import db
from forum.models import Post, StandardThread, Thread
from tests.support.factories import make_area, make_board, make_standard, make_topic
from tests.support.pages import CheckedClient


@pytest.fixture
def app_overrides() -> dict:
    return {"HOLD_NEW_MEMBERS_POSTS": True}


def test_held_standard_thread_is_listed_once_approved(
    member_client: CheckedClient, moderator_client: CheckedClient, client: CheckedClient
) -> None:
    area = make_area(slug="springwell", name="Springwell")
    make_standard(area=area, topic=make_topic())
    board = make_board(name="Standards talk")
    url = "/areas/springwell/standards/1/threads/new"
    token = member_client.csrf_token(url)
    response = member_client.post(
        url,
        data={
            "board": str(board.id),
            "title": "Is 48 hours realistic?",
            "body": "Asking.",
            "csrf_token": token,
        },
    )
    assert response.status_code == 302
    thread = db.session.scalar(select(Thread))
    assert thread.hidden
    assert db.session.scalar(select(StandardThread)).thread_id == thread.id
    assert "Is 48 hours realistic?" not in client.page("/areas/springwell/standards/1").text

    post = db.session.scalar(select(Post).where(Post.thread_id == thread.id))
    approve = f"/moderation/held/{post.id}/approve"
    token = moderator_client.csrf_token("/moderation/")
    assert moderator_client.post(approve, data={"csrf_token": token}).status_code == 302
    assert "Is 48 hours realistic?" in client.page("/areas/springwell/standards/1").text
