"""Headers, cookies, request limits and error pages."""

from __future__ import annotations

import re

import pytest
from flask import Flask, abort

from forum.models import User
from tests.conftest import sign_in
from tests.support.factories import PASSWORD
from tests.support.pages import CheckedClient, check_page


def test_security_headers_on_every_page(client: CheckedClient) -> None:
    response = client.get("/login")
    csp = response.headers["Content-Security-Policy"]

    assert "default-src 'self'" in csp
    assert "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp
    assert "unsafe-eval" not in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["Cache-Control"] == "no-store"


def test_every_script_carries_this_responses_nonce(client: CheckedClient) -> None:
    first = client.get("/")
    second = client.get("/")
    nonce = re.search(r"'nonce-([^']+)'", first.headers["Content-Security-Policy"]).group(1)
    other = re.search(r"'nonce-([^']+)'", second.headers["Content-Security-Policy"]).group(1)
    assert nonce != other

    page = check_page(first)
    scripts = page.all("script")
    assert scripts
    assert all(script.get("nonce") == nonce for script in scripts)


def test_session_cookie_flags_over_http(client: CheckedClient, member: User) -> None:
    response = client.submit("/login", {"email": member.email, "password": PASSWORD})
    cookie = next(c for c in response.headers.getlist("Set-Cookie") if c.startswith("session="))
    assert "HttpOnly" in cookie
    assert "SameSite=Lax" in cookie
    assert "Secure" not in cookie


def test_session_cookie_is_secure_over_https(app: Flask, member: User) -> None:
    client: CheckedClient = app.test_client()  # type: ignore[assignment]
    token = client.csrf_token("https://localhost/login")
    response = client.post(
        "https://localhost/login",
        data={"email": member.email, "password": PASSWORD, "csrf_token": token},
        headers={"Referer": "https://localhost/login"},
    )
    cookie = next(c for c in response.headers.getlist("Set-Cookie") if c.startswith("session="))
    assert "Secure" in cookie
    assert "Strict-Transport-Security" in response.headers


def test_request_too_large_is_413(app: Flask, client: CheckedClient) -> None:
    app.config["MAX_CONTENT_LENGTH"] = 1024
    response = client.post("/register", data={"bio": "x" * 5000})
    assert response.status_code == 413
    assert check_page(response).h1 == "What you sent is too large"


def test_unknown_page_is_404_in_the_layout(client: CheckedClient) -> None:
    page = client.page("/no/such/page", expected_status=404)
    assert page.h1 == "Page not found"
    assert page.title == "Page not found – Community Contracts Forum"


def test_wrong_method_is_405_with_allow(client: CheckedClient) -> None:
    response = client.delete("/login")
    assert response.status_code == 405
    assert "GET" in response.headers["Allow"]
    assert check_page(response).h1 == "That action is not available here"


def test_forbidden_is_403_in_the_layout(member_client: CheckedClient) -> None:
    page = member_client.page("/admin/users", expected_status=403)
    assert page.h1 == "You do not have permission to do that"


def test_a_crash_is_500_without_a_trace_and_rolls_back(app: Flask) -> None:
    from forum.extensions import db

    @app.route("/boom")
    def boom() -> str:
        db.session.add(User(email="ghost@example.org", display_name="Ghost", password_hash="x"))
        db.session.flush()
        raise RuntimeError("secret internals")

    client: CheckedClient = app.test_client()  # type: ignore[assignment]
    response = client.get("/boom")

    assert response.status_code == 500
    body = response.get_data(as_text=True)
    assert "secret internals" not in body
    assert "Traceback" not in body
    assert check_page(response).h1 == "Sorry, there is a problem with the service"
    from sqlalchemy import select

    assert db.session.scalar(select(User).where(User.email == "ghost@example.org")) is None


def test_a_crash_after_a_failed_statement_shows_the_error_page_to_a_signed_in_person(
    app: Flask, member: User
) -> None:
    """On PostgreSQL a failed statement aborts the transaction: until it is rolled back,
    every query fails, including the ones the error page's layout makes (unread count)."""
    from sqlalchemy import text

    from forum.extensions import db

    @app.route("/fails-after-a-bad-statement")
    def fails_after_a_bad_statement() -> str:
        try:
            db.session.execute(text("SELECT id FROM no_such_table"))
        except Exception as problem:
            raise RuntimeError("the view went on after a failed statement") from problem
        raise AssertionError("the statement should have failed")

    client: CheckedClient = app.test_client()  # type: ignore[assignment]
    sign_in(client, member)
    response = client.get("/fails-after-a-bad-statement")

    assert response.status_code == 500
    page = check_page(response)
    assert page.h1 == "Sorry, there is a problem with the service"
    assert member.display_name in page.text  # the layout for a signed-in person


def test_client_error_rolls_back_the_request(app: Flask) -> None:
    from sqlalchemy import select

    from forum.extensions import db

    @app.route("/half-done")
    def half_done() -> str:
        db.session.add(User(email="half@example.org", display_name="Half", password_hash="x"))
        db.session.flush()
        abort(400)

    client: CheckedClient = app.test_client()  # type: ignore[assignment]
    assert client.get("/half-done").status_code == 400
    assert db.session.scalar(select(User).where(User.email == "half@example.org")) is None


@pytest.mark.parametrize("status", [400, 403, 404, 405, 413, 429, 500])
def test_every_error_page_has_a_title_and_a_next_step(app: Flask, status: int) -> None:
    @app.route(f"/fail/{status}")
    def fail() -> str:
        abort(status)

    client: CheckedClient = app.test_client()  # type: ignore[assignment]
    response = client.get(f"/fail/{status}")
    assert response.status_code == status
    page = check_page(response)
    assert "Go to the home page" in page.text


def test_health_check(client: CheckedClient) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json
    assert (body["status"], body["database"], body["redis"]) == ("ok", "ok", "not configured")
    assert body["search"]["state"] == "ok"
    assert body["worker"] == {"state": "not running"}


def test_health_check_reports_an_unreachable_database(tmp_path) -> None:
    from forum import create_app

    app = create_app(
        {
            "SECRET_KEY": "x" * 32,
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path}/missing/dir/forum.sqlite3",
            "MAIL_DISPATCH": "none",
            "SEARCH_WRITER": "none",
            "SEARCH_INDEX_DIR": str(tmp_path / "index"),
        }
    )
    response = app.test_client().get("/healthz")
    assert response.status_code == 503
    assert response.json["database"] == "unreachable"
