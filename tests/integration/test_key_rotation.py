"""Rotating SECRET_KEY: what was signed with the old key keeps working while the old key is
in SECRET_KEY_FALLBACKS, and stops working once it is removed."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from flask import Flask
from flask_login.utils import decode_cookie

from forum import create_app
from forum.accounts.tokens import make_reset_token
from forum.extensions import db
from forum.models import User
from forum.notifications.email import unsubscribe_token
from tests.support.databases import base_overrides
from tests.support.factories import PASSWORD
from tests.support.pages import CheckedClient

NEW_KEY = "the-new-key-" + "b" * 32

Restart = Callable[..., Flask]


@pytest.fixture
def restart(app: Flask, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Restart]:
    """Start the site again on the same database, with its keys given in the environment
    as an operator would."""
    started: list[Flask] = []

    def start(*, secret_key: str, fallbacks: str = "") -> Flask:
        monkeypatch.setenv("SECRET_KEY", secret_key)
        monkeypatch.setenv("SECRET_KEY_FALLBACKS", fallbacks)  # empty: none
        overrides = base_overrides(app.config["SQLALCHEMY_DATABASE_URI"], tmp_path)
        del overrides["SECRET_KEY"]
        restarted = create_app(overrides)
        restarted.test_client_class = CheckedClient
        started.append(restarted)
        return restarted

    yield start
    for restarted in started:
        restarted.extensions["mail_dispatcher"].stop()
        restarted.extensions["read_tracker"].stop()
        with restarted.app_context():
            db.engine.dispose()


@pytest.fixture
def old_key(app: Flask) -> str:
    return app.config["SECRET_KEY"]


def client_of(site: Flask, cookies: dict[str, str] | None = None) -> CheckedClient:
    client: CheckedClient = site.test_client()  # type: ignore[assignment]
    for name, value in (cookies or {}).items():
        client.set_cookie(name, value)
    return client


def cookie(client: CheckedClient, name: str) -> str:
    found = client.get_cookie(name)
    assert found is not None, f"no {name} cookie"
    return found.value


def signed_in(client: CheckedClient) -> bool:
    return "Sign out" in client.page("/").text


def test_a_session_survives_a_rotation_only_with_the_fallback(
    restart: Restart, old_key: str, member_client: CheckedClient
) -> None:
    session = {"session": cookie(member_client, "session")}

    rotated = restart(secret_key=NEW_KEY, fallbacks=f"an-older-key, {old_key}")
    assert signed_in(client_of(rotated, session))

    retired = restart(secret_key=NEW_KEY)
    assert not signed_in(client_of(retired, session))


def test_remember_me_survives_a_rotation_and_moves_to_the_new_key(
    restart: Restart, old_key: str, client: CheckedClient, member: User
) -> None:
    response = client.submit(
        "/login", {"email": member.email, "password": PASSWORD, "remember": "y"}
    )
    assert response.status_code == 302
    remembered = {"remember_token": cookie(client, "remember_token")}  # no session cookie

    rotated = restart(secret_key=NEW_KEY, fallbacks=old_key)
    returning = client_of(rotated, remembered)
    assert signed_in(returning)
    reissued = cookie(returning, "remember_token")
    assert decode_cookie(reissued, key=NEW_KEY) == decode_cookie(
        remembered["remember_token"], key=old_key
    )

    retired = restart(secret_key=NEW_KEY)
    assert not signed_in(client_of(retired, remembered))
    assert signed_in(client_of(retired, {"remember_token": reissued}))


def test_remember_me_after_signing_out_stays_signed_out(
    restart: Restart, old_key: str, client: CheckedClient, member: User
) -> None:
    client.submit("/login", {"email": member.email, "password": PASSWORD, "remember": "y"})
    remembered = cookie(client, "remember_token")
    member.session_version += 1  # signed out everywhere (as a password change does)
    db.session.commit()

    rotated = restart(secret_key=NEW_KEY, fallbacks=old_key)
    assert not signed_in(client_of(rotated, {"remember_token": remembered}))


def test_a_form_opened_before_a_rotation_still_submits(
    restart: Restart, old_key: str, client: CheckedClient, member: User
) -> None:
    token = client.csrf_token("/login")  # signed with the old key, its half kept in the session
    session = {"session": cookie(client, "session")}

    rotated = restart(secret_key=NEW_KEY, fallbacks=old_key)
    response = client_of(rotated, session).post(
        "/login", data={"email": member.email, "password": PASSWORD, "csrf_token": token}
    )
    assert response.status_code == 302


def test_a_reset_link_survives_a_rotation_only_with_the_fallback(
    restart: Restart, old_key: str, member: User
) -> None:
    link = "/password/reset/" + make_reset_token(
        user_id=member.id, password_hash=member.password_hash
    )

    rotated = restart(secret_key=NEW_KEY, fallbacks=old_key)
    assert client_of(rotated).page(link).h1 == "Choose a new password"

    retired = restart(secret_key=NEW_KEY)
    assert client_of(retired).page(link, expected_status=400).h1 == "This reset link does not work"


def test_an_unsubscribe_link_survives_a_rotation_only_with_the_fallback(
    restart: Restart, old_key: str, member: User
) -> None:
    link = "/email/unsubscribe/" + unsubscribe_token(member)

    rotated = restart(secret_key=NEW_KEY, fallbacks=old_key)
    assert client_of(rotated).get(link).status_code == 200

    retired = restart(secret_key=NEW_KEY)
    assert client_of(retired).get(link).status_code == 400


def test_new_links_are_signed_with_the_new_key(
    restart: Restart, old_key: str, member: User
) -> None:
    rotated = restart(secret_key=NEW_KEY, fallbacks=old_key)
    with rotated.app_context():
        link = "/email/unsubscribe/" + unsubscribe_token(member)

    without_the_old_key = restart(secret_key=NEW_KEY)
    assert client_of(without_the_old_key).get(link).status_code == 200
