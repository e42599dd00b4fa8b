"""Password reset by email, over real SMTP."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from flask import Flask
from sqlalchemy import select

from forum.extensions import db
from forum.mail import deliver_due
from forum.models import OutboundEmail, User
from forum.models.types import utcnow
from tests.conftest import MailCatcher, free_port
from tests.support.factories import PASSWORD, make_user
from tests.support.pages import CheckedClient, check_page

NEW_PASSWORD = "quarry violet tandem 77"


@pytest.fixture
def mail(smtp_server: tuple[MailCatcher, int], app_overrides: dict) -> MailCatcher:
    return smtp_server[0]


@pytest.fixture
def app_overrides(smtp_server: tuple[MailCatcher, int]) -> dict:
    return {"MAIL_SERVER": "127.0.0.1", "MAIL_PORT": smtp_server[1], "MAIL_DISPATCH": "thread"}


def reset_link(message) -> str:
    body = message.get_content()
    match = re.search(r"http://localhost(/password/reset/\S+)", body)
    assert match, body
    return match.group(1)


def request_reset(client: CheckedClient, email: str):
    return client.submit("/password/forgot", {"email": email}, from_page="/password/forgot")


def test_reset_through_the_emailed_link(
    client: CheckedClient, member: User, mail: MailCatcher
) -> None:
    response = request_reset(client, "Member@Example.org")
    assert response.status_code == 200
    assert check_page(response).h1 == "Check your email"

    message = mail.wait_for("member@example.org")
    assert message["Subject"] == "Reset your Community Contracts Forum password"
    link = reset_link(message)

    assert client.page(link).h1 == "Choose a new password"
    response = client.submit(link, {"password": NEW_PASSWORD}, from_page=link)
    assert response.status_code == 302
    assert "Sign out" in client.page("/").text

    fresh: CheckedClient = client.application.test_client()  # type: ignore[assignment]
    old = fresh.submit("/login", {"email": member.email, "password": PASSWORD})
    assert old.status_code == 400
    new = fresh.submit("/login", {"email": member.email, "password": NEW_PASSWORD})
    assert new.status_code == 302


def test_a_link_works_once(client: CheckedClient, member: User, mail: MailCatcher) -> None:
    request_reset(client, member.email)
    link = reset_link(mail.wait_for(member.email))
    client.submit(link, {"password": NEW_PASSWORD}, from_page=link)

    response = client.get(link)
    assert response.status_code == 400
    assert check_page(response).h1 == "This reset link does not work"


def test_an_expired_link_does_not_work(
    client: CheckedClient, member: User, mail: MailCatcher, monkeypatch: pytest.MonkeyPatch
) -> None:
    request_reset(client, member.email)
    link = reset_link(mail.wait_for(member.email))

    import itsdangerous.timed

    real_time = itsdangerous.timed.time.time
    monkeypatch.setattr(itsdangerous.timed.time, "time", lambda: real_time() + 3601)

    assert client.get(link).status_code == 400


def test_a_tampered_link_does_not_work(client: CheckedClient, member: User) -> None:
    assert client.get("/password/reset/not-a-real-token").status_code == 400


def test_weak_new_password_is_refused(
    client: CheckedClient, member: User, mail: MailCatcher
) -> None:
    request_reset(client, member.email)
    link = reset_link(mail.wait_for(member.email))

    response = client.submit(link, {"password": "password1"}, from_page=link)

    assert response.status_code == 400
    assert check_page(response).error_summary == [
        "Enter a password that is at least 10 characters long"
    ]


def test_unknown_address_gets_the_same_answer_and_no_mail(client: CheckedClient) -> None:
    response = request_reset(client, "nobody@example.org")

    assert check_page(response).h1 == "Check your email"
    assert db.session.scalar(select(OutboundEmail)) is None


def test_suspended_account_gets_no_reset_mail(client: CheckedClient) -> None:
    user = make_user(status="suspended")
    request_reset(client, user.email)
    assert db.session.scalar(select(OutboundEmail)) is None


class TestMailServerDown:
    @pytest.fixture
    def app_overrides(self) -> dict:
        # Nothing listens on this port: every delivery attempt fails.
        return {"MAIL_SERVER": "127.0.0.1", "MAIL_PORT": free_port(), "MAIL_DISPATCH": "none"}

    def test_request_succeeds_and_mail_is_retried_later(
        self, app: Flask, client: CheckedClient, member: User, smtp_server
    ) -> None:
        response = request_reset(client, member.email)
        assert response.status_code == 200

        report = deliver_due()
        assert (report.sent, report.retrying) == (0, 1)
        queued = db.session.scalar(select(OutboundEmail))
        assert queued.status == "pending"
        assert queued.attempts == 1
        assert "ConnectionRefusedError" in queued.last_error
        assert queued.next_attempt_at > utcnow()

        # The server comes back; the retry, once due, goes through.
        catcher, port = smtp_server
        app.config["MAIL_PORT"] = port
        assert deliver_due().sent == 0  # not due yet
        report = deliver_due(now=utcnow() + timedelta(minutes=5))
        assert report.sent == 1
        assert catcher.wait_for(member.email)["Subject"].startswith("Reset your")
        db.session.refresh(queued)
        assert queued.status == "sent"
