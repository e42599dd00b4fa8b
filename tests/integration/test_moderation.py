"""Flags and the moderators' queue."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from forum.extensions import db
from forum.models import AuditEvent, Flag, OutboundEmail, Post, User
from tests.support.factories import make_board, make_thread, make_user
from tests.support.pages import CheckedClient, check_page


@pytest.fixture
def flagged(member_client: CheckedClient, member: User) -> Post:
    author = make_user(display_name="Rude Poster")
    thread = make_thread(board=make_board(), author=author, posts=2)
    post = db.session.scalar(select(Post).where(Post.thread_id == thread.id, Post.position == 2))
    response = member_client.submit(
        f"/posts/{post.id}/flag", {"reason": "abusive", "details": "Name-calling"}, from_page="/"
    )
    assert response.status_code == 302
    return post


def test_member_flags_a_post_once(member_client: CheckedClient, flagged: Post) -> None:
    flag = db.session.scalar(select(Flag))
    assert (flag.reason, flag.details, flag.post_id) == ("abusive", "Name-calling", flagged.id)

    member_client.submit(f"/posts/{flagged.id}/flag", {"reason": "spam"}, from_page="/")
    assert len(db.session.scalars(select(Flag)).all()) == 1


def test_flag_needs_a_reason(member_client: CheckedClient, flagged: Post) -> None:
    response = member_client.submit(f"/posts/{flagged.id}/flag", {}, from_page="/")
    assert response.status_code == 400
    assert check_page(response).error_summary == ["Select why you are flagging this post"]


def test_you_cannot_flag_your_own_post(member_client: CheckedClient, member: User) -> None:
    thread = make_thread(board=make_board(), author=member)
    post = db.session.scalar(select(Post).where(Post.thread_id == thread.id))
    assert member_client.get(f"/posts/{post.id}/flag").status_code == 403


def test_queue_and_hide(moderator_client: CheckedClient, flagged: Post, moderator: User) -> None:
    page = moderator_client.page("/moderation/")
    assert "Abusive: post by Rude Poster" in page.text
    flag = db.session.scalar(select(Flag))

    response = moderator_client.submit(
        f"/moderation/flags/{flag.id}", {"resolution": "hide", "note": "Abuse"}, from_page="/"
    )

    assert response.status_code == 302
    assert db.session.get(Post, flagged.id).deleted_at is not None
    flag = db.session.get(Flag, flag.id)
    assert (flag.resolution, flag.resolved_by_id) == ("hide", moderator.id)
    actions = set(db.session.scalars(select(AuditEvent.action)))
    assert {"post.deleted", "flag.hide"} <= actions
    assert "Nothing waiting" in moderator_client.page("/moderation/").text


def test_warn_emails_the_author(moderator_client: CheckedClient, flagged: Post) -> None:
    flag = db.session.scalar(select(Flag))
    response = moderator_client.submit(
        f"/moderation/flags/{flag.id}", {"resolution": "warn", "note": ""}, from_page="/"
    )
    assert response.status_code == 400
    assert check_page(response).error_summary == ["Enter the warning to send to the author"]

    moderator_client.submit(
        f"/moderation/flags/{flag.id}",
        {"resolution": "warn", "note": "Please keep it civil."},
        from_page="/",
    )
    mail = db.session.scalar(select(OutboundEmail))
    assert mail.to_address == flagged.author.email
    assert "Please keep it civil." in mail.body_text


def test_suspend_from_a_flag(moderator_client: CheckedClient, flagged: Post) -> None:
    flag = db.session.scalar(select(Flag))
    moderator_client.submit(
        f"/moderation/flags/{flag.id}", {"resolution": "suspend", "note": "Abuse"}, from_page="/"
    )
    assert db.session.get(User, flagged.author_id).status == "suspended"


def test_moderators_cannot_suspend_staff_from_a_flag(
    moderator_client: CheckedClient, member_client: CheckedClient
) -> None:
    staff = make_user(role="moderator")
    thread = make_thread(board=make_board(), author=staff)
    post = db.session.scalar(select(Post).where(Post.thread_id == thread.id))
    member_client.submit(f"/posts/{post.id}/flag", {"reason": "spam"}, from_page="/")
    flag = db.session.scalar(select(Flag))

    response = moderator_client.submit(
        f"/moderation/flags/{flag.id}", {"resolution": "suspend"}, from_page="/"
    )
    assert response.status_code == 403
    assert db.session.get(User, staff.id).status == "active"


def test_dismiss_closes_every_flag_on_the_post(
    app, moderator_client: CheckedClient, flagged: Post, mentor_client: CheckedClient
) -> None:
    mentor_client.submit(f"/posts/{flagged.id}/flag", {"reason": "spam"}, from_page="/")
    first = db.session.scalar(select(Flag).order_by(Flag.id))
    moderator_client.submit(
        f"/moderation/flags/{first.id}", {"resolution": "dismiss"}, from_page="/"
    )
    assert all(f.resolved_at for f in db.session.scalars(select(Flag)))
    assert db.session.get(Post, flagged.id).deleted_at is None
