"""Signing in and out."""

from __future__ import annotations

import pytest
from flask import Flask

from forum.extensions import db
from forum.models import User
from tests.conftest import sign_in
from tests.support.factories import PASSWORD, make_user
from tests.support.pages import CheckedClient, check_page


def test_sign_in_then_out(client: CheckedClient, member: User) -> None:
    response = client.submit("/login", {"email": "MEMBER@example.org ", "password": PASSWORD})
    assert response.status_code == 302
    assert response.headers["Location"] == "/"

    page = client.page("/")
    assert "Morgan Member" in page.text
    assert "Sign out" in page.text
    assert db.session.get(User, member.id).last_sign_in_at is not None

    response = client.submit("/logout", from_page="/")
    assert response.status_code == 302
    assert "Sign in" in client.page("/").text


def test_wrong_password_and_unknown_email_look_the_same(
    client: CheckedClient, member: User
) -> None:
    wrong_password = client.submit("/login", {"email": member.email, "password": "wrong" * 3})
    no_account = client.submit("/login", {"email": "nobody@example.org", "password": "wrong" * 3})

    assert wrong_password.status_code == no_account.status_code == 400
    assert check_page(wrong_password).error_summary == check_page(no_account).error_summary
    assert check_page(no_account).error_summary == [
        "Enter the email address and password for your account"
    ]
    assert check_page(no_account).field_value("email") == "nobody@example.org"


def test_suspended_account_cannot_sign_in(client: CheckedClient) -> None:
    user = make_user(status="suspended")

    correct = client.submit("/login", {"email": user.email, "password": PASSWORD})
    wrong = client.submit("/login", {"email": user.email, "password": "not the password"})

    assert correct.status_code == 400
    assert "Your account is suspended" in check_page(correct).error_summary[0]
    # Only someone who knows the password learns that the account exists.
    assert check_page(wrong).error_summary == [
        "Enter the email address and password for your account"
    ]


def test_remember_me_sets_a_long_lived_cookie(client: CheckedClient, member: User) -> None:
    response = client.submit(
        "/login", {"email": member.email, "password": PASSWORD, "remember": "y"}
    )
    cookies = response.headers.getlist("Set-Cookie")
    remember = [c for c in cookies if c.startswith("remember_token=")]
    assert remember
    assert "HttpOnly" in remember[0]
    assert "SameSite=Lax" in remember[0]


def test_without_remember_me_no_long_lived_cookie(client: CheckedClient, member: User) -> None:
    response = client.submit("/login", {"email": member.email, "password": PASSWORD})
    assert not [c for c in response.headers.getlist("Set-Cookie") if "remember_token=" in c]


@pytest.mark.parametrize(
    ("next_url", "expected"),
    [
        ("/users/1", "/users/1"),
        ("/admin/users?page=2", "/admin/users?page=2"),
        ("https://evil.example/", "/"),
        ("//evil.example/", "/"),
        ("/\\evil.example", "/"),
        ("javascript:alert(1)", "/"),
    ],
)
def test_next_redirects_stay_on_this_site(
    client: CheckedClient, member: User, next_url: str, expected: str
) -> None:
    token = client.csrf_token("/login")
    response = client.post(
        "/login",
        query_string={"next": next_url},
        data={"email": member.email, "password": PASSWORD, "csrf_token": token},
    )
    assert response.status_code == 302
    assert response.headers["Location"] == expected


def test_sign_out_needs_post_and_csrf(member_client: CheckedClient) -> None:
    assert member_client.get("/logout").status_code == 405
    assert member_client.post("/logout").status_code == 400
    assert "Sign out" in member_client.page("/").text


def test_signed_in_visitor_to_login_goes_home(member_client: CheckedClient) -> None:
    response = member_client.get("/login")
    assert response.status_code == 302


def test_protected_page_sends_visitor_to_sign_in_and_back(
    client: CheckedClient, member: User
) -> None:
    response = client.get("/account")
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/login?next=")

    token = client.csrf_token(response.headers["Location"])
    response = client.post(
        response.headers["Location"],
        data={"email": member.email, "password": PASSWORD, "csrf_token": token},
    )
    assert response.headers["Location"] == "/account"


def test_changing_password_signs_out_other_sessions(app: Flask, member: User) -> None:
    laptop: CheckedClient = app.test_client()  # type: ignore[assignment]
    phone: CheckedClient = app.test_client()  # type: ignore[assignment]
    sign_in(laptop, member)
    sign_in(phone, member)

    response = laptop.submit(
        "/account/password",
        {"current_password": PASSWORD, "password": "quarry violet tandem 77"},
        from_page="/account/password",
    )
    assert response.status_code == 302

    assert laptop.get("/account").status_code == 200
    assert phone.get("/account").status_code == 302


def test_change_password_needs_the_current_one(member_client: CheckedClient) -> None:
    response = member_client.submit(
        "/account/password",
        {"current_password": "not it at all", "password": "quarry violet tandem 77"},
        from_page="/account/password",
    )
    assert response.status_code == 400
    assert check_page(response).error_summary == ["Enter your current password correctly"]
