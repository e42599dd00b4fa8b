"""Registering an account."""

from __future__ import annotations

from sqlalchemy import select

from forum.extensions import db
from forum.models import User
from tests.support.factories import make_user
from tests.support.pages import CheckedClient, check_page

GOOD = {
    "email": "Sam.Jones@Example.org",
    "display_name": "Sam Jones",
    "password": "harbour lantern pebble 42",
}


def test_register_creates_a_signed_in_member(client: CheckedClient) -> None:
    response = client.submit("/register", GOOD, from_page="/register")

    assert response.status_code == 302
    assert response.headers["Location"] == "/account"
    user = db.session.scalar(select(User).where(User.email == "sam.jones@example.org"))
    assert user is not None
    assert user.role == "member"
    assert user.password_hash.startswith("scrypt:")
    assert "harbour" not in user.password_hash
    page = client.page("/account")
    assert page.field_value("display_name") == "Sam Jones"


def test_empty_form_lists_every_problem(client: CheckedClient) -> None:
    response = client.submit("/register", {}, from_page="/register")

    assert response.status_code == 400
    page = check_page(response)
    assert page.title.startswith("Create an account – Error")
    assert page.error_summary == [
        "Enter your email address",
        "Enter a display name",
        "Enter a password",
    ]
    links = [a.get("href") for box in page.with_class("govuk-error-summary") for a in box.iter("a")]
    assert links == ["#email", "#display_name", "#password"]
    assert db.session.scalar(select(User)) is None


def test_weak_password_is_refused_and_the_rest_is_kept(client: CheckedClient) -> None:
    response = client.submit(
        "/register", {**GOOD, "password": "password1234"}, from_page="/register"
    )

    assert response.status_code == 400
    page = check_page(response)
    assert page.error_summary[0].startswith("Enter a password that is harder to guess")
    assert page.field_value("email") == "Sam.Jones@Example.org"
    assert page.field_value("display_name") == "Sam Jones"
    assert page.field_value("password") is None  # never echo a password back


def test_short_password_and_bad_email_have_instructions(client: CheckedClient) -> None:
    response = client.submit(
        "/register",
        {"email": "not-an-email", "display_name": "Sam", "password": "short"},
        from_page="/register",
    )

    page = check_page(response)
    assert page.error_summary == [
        "Enter an email address in the correct format, like name@example.org",
        "Enter a password that is at least 10 characters long",
    ]


def test_password_may_not_be_built_from_your_own_name(client: CheckedClient) -> None:
    response = client.submit(
        "/register",
        {"email": "olubunmi@example.org", "display_name": "Olubunmi", "password": "olubunmi1"},
        from_page="/register",
    )
    assert response.status_code == 400


def test_email_already_registered_any_case(client: CheckedClient) -> None:
    make_user(email="sam.jones@example.org")

    response = client.submit("/register", GOOD, from_page="/register")

    page = check_page(response)
    assert response.status_code == 400
    assert page.error_summary == [
        "An account with this email address already exists. Sign in or reset your password."
    ]
    assert page.field_value("display_name") == "Sam Jones"


def test_display_name_already_taken(client: CheckedClient) -> None:
    make_user(display_name="Sam Jones")

    response = client.submit("/register", GOOD, from_page="/register")

    assert check_page(response).error_summary == [
        "Someone already uses that display name. Choose a different one."
    ]


def test_register_without_csrf_token_is_refused(client: CheckedClient) -> None:
    response = client.post("/register", data=GOOD)

    assert response.status_code == 400
    assert check_page(response).h1 == "Your form expired"
    assert db.session.scalar(select(User)) is None


def test_display_name_taken_ignoring_case(client: CheckedClient) -> None:
    make_user(display_name="SAM JONES")

    response = client.submit("/register", GOOD, from_page="/register")

    assert response.status_code == 400
