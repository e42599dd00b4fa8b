"""The headers of everything the site sends, as a real SMTP server receives them, and the
one-click unsubscribe that List-Unsubscribe points at (RFC 8058)."""

from __future__ import annotations

import time
from datetime import timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any
from urllib.parse import urlsplit

import pytest
from aiosmtpd.controller import Controller
from flask import Flask
from sqlalchemy import select

from forum.extensions import db
from forum.mail import deliver_due, queue_email
from forum.models import OutboundEmail, Subscription, User
from forum.models.types import utcnow
from forum.notifications.email import unsubscribe_token
from tests.conftest import free_port, sign_in
from tests.support.factories import make_board, make_thread, make_user
from tests.support.pages import CheckedClient, check_page

# Long enough that the List-Unsubscribe URL cannot fit a 78-character line.
SITE_DOMAIN = "community-contracts-forum.councils.example.org"
SITE_URL = f"https://{SITE_DOMAIN}"


class RawCatcher:
    """Keeps each message's bytes as they came off the wire, and the message parsed."""

    def __init__(self) -> None:
        self.received: list[tuple[bytes, EmailMessage]] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802 - aiosmtpd's hook name
        parsed = message_from_bytes(envelope.content, policy=policy.default)
        self.received.append((envelope.content, parsed))  # type: ignore[arg-type]
        return "250 Message accepted for delivery"

    def wait_for(self, to: str, timeout: float = 10.0) -> tuple[bytes, EmailMessage]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for raw, message in self.received:
                if to in str(message["To"]):
                    return raw, message
            time.sleep(0.05)
        raise AssertionError(f"no email to {to} within {timeout} s")


@pytest.fixture
def mail_server() -> Any:
    catcher = RawCatcher()
    controller = Controller(catcher, hostname="127.0.0.1", port=free_port())
    controller.start()
    yield catcher, controller.port
    controller.stop()


@pytest.fixture
def app_overrides(mail_server: tuple[RawCatcher, int]) -> dict[str, object]:
    return {"MAIL_SERVER": "127.0.0.1", "MAIL_PORT": mail_server[1], "SITE_URL": SITE_URL}


@pytest.fixture
def catcher(mail_server: tuple[RawCatcher, int]) -> RawCatcher:
    return mail_server[0]


def raw_header(raw: bytes, name: str) -> str:
    """A header exactly as sent, folded lines joined: what a mail client reads."""
    head = raw.split(b"\r\n\r\n", 1)[0].replace(b"\r\n", b"\n").decode("ascii")
    unfolded = head.replace("\n ", " ").replace("\n\t", " ")
    values = [
        line.split(":", 1)[1].strip()
        for line in unfolded.split("\n")
        if line.lower().startswith(name.lower() + ":")
    ]
    assert len(values) == 1, f"{name}: {values}"
    return values[0]


def assert_automatic_from_the_site(raw: bytes) -> str:
    """Every message: Auto-Submitted (RFC 3834) and a Message-ID on the site's domain."""
    assert raw_header(raw, "Auto-Submitted") == "auto-generated"
    message_id = raw_header(raw, "Message-ID")
    assert message_id.startswith("<")
    assert message_id.endswith(f"@{SITE_DOMAIN}>")
    return message_id


def assert_one_click(raw: bytes) -> str:
    """List-Unsubscribe as a plain <URL> (never RFC 2047 encoded words) with one-click."""
    header = raw_header(raw, "List-Unsubscribe")
    assert "=?" not in header, header
    assert header.startswith("<")
    assert header.endswith(">")
    assert raw_header(raw, "List-Unsubscribe-Post") == "List-Unsubscribe=One-Click"
    return header[1:-1]


def reply_to_members_thread(app: Flask, member: User, text: str = "Here is an idea.") -> None:
    thread = make_thread(board=make_board(), author=member)
    db.session.add(Subscription(user_id=member.id, thread_id=thread.id))
    db.session.commit()
    client: CheckedClient = app.test_client()  # type: ignore[assignment]
    sign_in(client, make_user(display_name="Riley Replier"))
    client.submit(f"/threads/{thread.id}/reply", {"body": text}, from_page="/")


def test_a_notification_has_one_click_unsubscribe_that_works_from_the_header(
    app: Flask, member: User, catcher: RawCatcher
) -> None:
    reply_to_members_thread(app, member)
    queued = db.session.scalar(select(OutboundEmail))

    assert deliver_due().sent == 1
    raw, message = catcher.wait_for(member.email)

    assert assert_automatic_from_the_site(raw) == queued.message_id_header
    url = assert_one_click(raw)
    assert url == queued.unsubscribe_url
    assert url in message.get_content()  # the same link as the footer's
    path = urlsplit(url).path
    assert path.startswith("/email/unsubscribe/")

    # What a mail provider does with it: a POST with no cookies and no CSRF token.
    provider: CheckedClient = app.test_client()  # type: ignore[assignment]
    response = provider.post(
        path,
        data="List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    assert db.session.get(User, member.id).email_frequency == "never"


def test_a_daily_summary_has_one_click_unsubscribe_on_the_site_url(
    app: Flask, member: User, catcher: RawCatcher
) -> None:
    member.email_frequency = "daily"
    db.session.commit()
    reply_to_members_thread(app, member)
    result = app.test_cli_runner().invoke(args=["send-digests"])
    assert "Queued 1 daily summary" in result.output, result.output
    db.session.rollback()

    assert deliver_due().sent == 1
    raw, _message = catcher.wait_for(member.email)

    assert_automatic_from_the_site(raw)
    # Queued outside any request: the link is built on SITE_URL.
    assert assert_one_click(raw) == f"{SITE_URL}/email/unsubscribe/{unsubscribe_token(member)}"


def test_a_password_reset_is_automatic_but_not_a_list(
    client: CheckedClient, member: User, catcher: RawCatcher
) -> None:
    client.submit("/password/forgot", {"email": member.email}, from_page="/password/forgot")

    assert deliver_due().sent == 1
    raw, message = catcher.wait_for(member.email)

    assert message["Subject"] == "Reset your Community Contracts Forum password"
    assert_automatic_from_the_site(raw)
    assert message["List-Unsubscribe"] is None  # nobody can opt out of their own reset link
    assert message["List-Unsubscribe-Post"] is None


def test_mail_queued_with_the_original_keywords_is_automatic_and_not_a_list(
    app: Flask, member: User, catcher: RawCatcher
) -> None:
    """As a moderator's warning is queued: no unsubscribe URL."""
    queue_email(to=member.email, subject="A moderator's note", body="Please keep it civil.")
    db.session.commit()

    assert deliver_due().sent == 1
    raw, message = catcher.wait_for(member.email)
    assert_automatic_from_the_site(raw)
    assert message["List-Unsubscribe"] is None


class TestARetry:
    @pytest.fixture
    def app_overrides(self, mail_server: tuple[RawCatcher, int]) -> dict[str, object]:
        # Nothing listens here at first: the first attempt fails.
        return {"MAIL_SERVER": "127.0.0.1", "MAIL_PORT": free_port(), "SITE_URL": SITE_URL}

    def test_carries_the_message_id_chosen_when_queued(
        self, app: Flask, member: User, mail_server: tuple[RawCatcher, int]
    ) -> None:
        reply_to_members_thread(app, member)
        queued = db.session.scalar(select(OutboundEmail))
        chosen = queued.message_id_header
        assert chosen.endswith(f"@{SITE_DOMAIN}>")

        assert deliver_due().retrying == 1
        catcher, port = mail_server
        app.config["MAIL_PORT"] = port
        assert deliver_due(now=utcnow() + timedelta(minutes=5)).sent == 1

        raw, _message = catcher.wait_for(member.email)
        assert raw_header(raw, "Message-ID") == chosen

    def test_of_a_message_queued_before_message_ids_were_kept_keeps_its_first_one(
        self, app: Flask, member: User, mail_server: tuple[RawCatcher, int]
    ) -> None:
        db.session.add(OutboundEmail(to_address=member.email, subject="Old", body_text="Hi"))
        db.session.commit()

        assert deliver_due().retrying == 1
        queued = db.session.scalar(select(OutboundEmail))
        first = queued.message_id_header
        assert first.endswith(f"@{SITE_DOMAIN}>")

        catcher, port = mail_server
        app.config["MAIL_PORT"] = port
        assert deliver_due(now=utcnow() + timedelta(minutes=5)).sent == 1
        raw, _message = catcher.wait_for(member.email)
        assert raw_header(raw, "Message-ID") == first


# --- The one-click handler ----------------------------------------------------------------


def test_the_link_asks_first_and_a_get_changes_nothing(client: CheckedClient, member: User) -> None:
    page = client.page(f"/email/unsubscribe/{unsubscribe_token(member)}")
    assert page.h1 == "Stop emails from the forum"
    assert db.session.get(User, member.id).email_frequency == "immediate"


@pytest.mark.parametrize("encoding", ["urlencoded", "multipart"])
def test_one_click_needs_no_session_and_no_csrf_token(
    client: CheckedClient, member: User, encoding: str
) -> None:
    """RFC 8058 lets the provider send the body either way; it has no cookie of ours."""
    url = f"/email/unsubscribe/{unsubscribe_token(member)}"
    if encoding == "multipart":
        response = client.post(
            url, data={"List-Unsubscribe": "One-Click"}, content_type="multipart/form-data"
        )
    else:
        response = client.post(url, data={"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert check_page(response).h1 == "You will not get any more emails"
    assert db.session.get(User, member.id).email_frequency == "never"


@pytest.mark.parametrize("body", [{}, {"List-Unsubscribe": "yes"}, {"csrf_token": "forged"}])
def test_any_other_post_still_needs_the_pages_csrf_token(
    client: CheckedClient, member: User, body: dict[str, str]
) -> None:
    """Only the one-click body is exempt: a cross-site form posting to a leaked link
    without it is refused."""
    response = client.post(f"/email/unsubscribe/{unsubscribe_token(member)}", data=body)
    assert response.status_code == 400
    assert db.session.get(User, member.id).email_frequency == "immediate"


def test_one_click_with_a_forged_token_changes_nothing(client: CheckedClient, member: User) -> None:
    payload, signature = unsubscribe_token(member).split(".", 1)
    forged = ("B" if signature[0] == "A" else "A") + signature[1:]
    response = client.post(
        f"/email/unsubscribe/{payload}.{forged}", data={"List-Unsubscribe": "One-Click"}
    )
    assert response.status_code == 400
    assert db.session.get(User, member.id).email_frequency == "immediate"
