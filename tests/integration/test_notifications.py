"""Notifications in the site and by email."""

from __future__ import annotations

import pytest
from flask import Flask
from sqlalchemy import select

from forum.extensions import db
from forum.models import Notification, OutboundEmail, Subscription, User
from forum.notifications.email import unsubscribe_token
from tests.conftest import sign_in
from tests.support.factories import make_board, make_thread, make_user
from tests.support.pages import CheckedClient, check_page


@pytest.fixture
def replied(app: Flask, member: User) -> Notification:
    """Someone replied to the member's thread."""
    thread = make_thread(board=make_board(), author=member)
    db.session.add(Subscription(user_id=member.id, thread_id=thread.id))
    db.session.commit()
    replier = make_user(display_name="Riley Replier")
    client: CheckedClient = app.test_client()  # type: ignore[assignment]
    sign_in(client, replier)
    client.submit(f"/threads/{thread.id}/reply", {"body": "Here is an idea."}, from_page="/")
    return db.session.scalar(select(Notification))


def test_notification_list_unread_count_and_open(
    member_client: CheckedClient, replied: Notification
) -> None:
    page = member_client.page("/")
    assert "Notifications 1 unread" in page.text

    page = member_client.page("/notifications")
    assert "Riley Replier replied to" in page.text

    response = member_client.submit(f"/notifications/{replied.id}/open", from_page="/")
    assert response.headers["Location"] == f"/posts/{replied.post_id}"
    assert db.session.get(Notification, replied.id).read_at is not None
    assert "unread" not in member_client.page("/").text


def test_mark_all_as_read(member_client: CheckedClient, replied: Notification) -> None:
    response = member_client.submit("/notifications/read-all", from_page="/")
    assert response.status_code == 302
    assert db.session.get(Notification, replied.id).read_at is not None


def test_reply_emails_people_who_want_it_at_once(replied: Notification, member: User) -> None:
    mail = db.session.scalar(select(OutboundEmail))
    assert mail.to_address == member.email
    assert mail.subject.startswith("Riley Replier replied to")
    assert "Here is an idea." in mail.body_text
    assert "/email/unsubscribe/" in mail.body_text
    assert db.session.get(Notification, replied.id).emailed_at is not None


def test_daily_readers_get_one_summary(app: Flask, member: User) -> None:
    member.email_frequency = "daily"
    db.session.commit()
    thread = make_thread(board=make_board(), author=member)
    db.session.add(Subscription(user_id=member.id, thread_id=thread.id))
    db.session.commit()
    replier = make_user()
    client: CheckedClient = app.test_client()  # type: ignore[assignment]
    sign_in(client, replier)
    for text in ("First reply", "Second reply"):
        client.submit(f"/threads/{thread.id}/reply", {"body": text}, from_page="/")
    assert db.session.scalar(select(OutboundEmail)) is None

    result = app.test_cli_runner().invoke(args=["send-digests"])
    db.session.rollback()  # the command ran in its own session: read what it committed

    assert "Queued 1 daily summary" in result.output
    [mail] = db.session.scalars(select(OutboundEmail)).all()
    assert mail.subject.startswith("Your daily summary: 2 new")
    again = app.test_cli_runner().invoke(args=["send-digests"])
    assert "Queued 0" in again.output


def test_never_means_no_email(app: Flask, member: User) -> None:
    member.email_frequency = "never"
    db.session.commit()
    thread = make_thread(board=make_board(), author=member)
    db.session.add(Subscription(user_id=member.id, thread_id=thread.id))
    db.session.commit()
    client: CheckedClient = app.test_client()  # type: ignore[assignment]
    sign_in(client, make_user())
    client.submit(f"/threads/{thread.id}/reply", {"body": "Hello"}, from_page="/")
    assert db.session.scalar(select(Notification)) is not None
    assert db.session.scalar(select(OutboundEmail)) is None


def test_email_settings(member_client: CheckedClient, member: User) -> None:
    assert member_client.page("/notifications/settings").field_value("email_frequency")
    response = member_client.submit(
        "/notifications/settings", {"email_frequency": "daily"}, from_page="/"
    )
    assert response.status_code == 302
    assert db.session.get(User, member.id).email_frequency == "daily"
    bad = member_client.submit(
        "/notifications/settings", {"email_frequency": "hourly"}, from_page="/"
    )
    assert check_page(bad).error_summary == ["Select how often we should email you"]


def test_unsubscribe_link_asks_then_stops_emails(
    app: Flask, client: CheckedClient, member: User
) -> None:
    token = unsubscribe_token(member)
    page = client.page(f"/email/unsubscribe/{token}")
    assert page.h1 == "Stop emails from the forum"
    assert db.session.get(User, member.id).email_frequency == "immediate"  # GET changes nothing

    response = client.submit(f"/email/unsubscribe/{token}", from_page=f"/email/unsubscribe/{token}")

    assert check_page(response).h1 == "You will not get any more emails"
    assert db.session.get(User, member.id).email_frequency == "never"


def test_one_click_unsubscribe_from_a_mail_client(client: CheckedClient, member: User) -> None:
    response = client.post(
        f"/email/unsubscribe/{unsubscribe_token(member)}",
        data={"List-Unsubscribe": "One-Click"},
    )
    assert response.status_code == 200
    assert db.session.get(User, member.id).email_frequency == "never"


def test_tampered_unsubscribe_link(client: CheckedClient, member: User) -> None:
    payload, signature = unsubscribe_token(member).split(".")
    # Change the signature's first character: every one of its six bits is signature. (The
    # last character carries only two, so swapping it for a neighbour can decode the same.)
    forged = ("B" if signature[0] == "A" else "A") + signature[1:]
    assert client.get(f"/email/unsubscribe/{payload}.{forged}").status_code == 400
