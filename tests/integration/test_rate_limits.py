"""Rate limits on sign-in, registration and password reset."""

from __future__ import annotations

import uuid

import pytest
from flask import Flask

from forum import create_app
from forum.extensions import db
from tests.support.openapi import assert_documented
from tests.support.pages import CheckedClient, check_page


@pytest.fixture
def app_overrides() -> dict:
    return {
        "RATELIMIT_SIGN_IN": "3 per minute",
        "RATELIMIT_REGISTER": "2 per minute",
        "RATELIMIT_PASSWORD_RESET": "2 per minute",
        "RATELIMIT_SEARCH": "3 per minute",
    }


def test_sign_in_attempts_are_limited(client: CheckedClient) -> None:
    for _ in range(3):
        response = client.submit("/login", {"email": "x@example.org", "password": "guess" * 3})
        assert response.status_code == 400
    response = client.submit("/login", {"email": "x@example.org", "password": "guess" * 3})

    assert response.status_code == 429
    assert check_page(response).h1 == "Too many attempts"
    assert "Retry-After" in response.headers
    assert client.get("/login").status_code == 200  # reading the page is not limited


@pytest.mark.parametrize(
    ("url", "data"),
    [
        ("/register", {"email": "a@example.org"}),
        ("/password/forgot", {"email": "a@example.org"}),
    ],
)
def test_register_and_reset_are_limited(client: CheckedClient, url: str, data: dict) -> None:
    statuses = [client.submit(url, data, from_page=url).status_code for _ in range(3)]
    assert statuses[-1] == 429
    assert 429 not in statuses[:2]


def test_searches_are_limited_per_address_with_a_json_429_on_the_api(
    client: CheckedClient,
) -> None:
    statuses = [client.get("/api/search?q=graffiti").status_code for _ in range(2)]
    statuses.append(client.get("/search?q=graffiti").status_code)  # one budget for both
    assert statuses == [200, 200, 200]
    limited = client.get("/api/search?q=graffiti")
    assert assert_documented(limited)["status"] == 429
    assert "Retry-After" in limited.headers
    page = client.get("/search?q=graffiti")
    assert page.status_code == 429
    assert check_page(page).h1 == "Too many attempts"
    elsewhere = client.get("/api/search?q=graffiti", environ_base={"REMOTE_ADDR": "192.0.2.9"})
    assert elsewhere.status_code == 200  # counted per client address
    assert client.get("/api/openapi.json").status_code == 200  # the document is not limited


def test_redis_storage_keeps_counts_where_every_worker_sees_them(
    databases, tmp_path, app: Flask
) -> None:
    """With REDIS_URL the counters live in Redis, shared by every gunicorn worker and host."""
    import redis

    from tests.support.databases import base_overrides

    prefix = f"forum-test-{uuid.uuid4().hex}"
    worker = create_app(
        {
            **base_overrides(app.config["SQLALCHEMY_DATABASE_URI"], tmp_path),
            "RATELIMIT_STORAGE_URI": "redis://127.0.0.1:6379/0",
            "RATELIMIT_KEY_PREFIX": prefix,
            "RATELIMIT_SIGN_IN": "3 per minute",
        }
    )
    worker.test_client_class = CheckedClient
    client: CheckedClient = worker.test_client()  # type: ignore[assignment]
    server = redis.Redis.from_url("redis://127.0.0.1:6379/0")
    try:
        statuses = [
            client.submit("/login", {"email": "x@example.org", "password": "g" * 12}).status_code
            for _ in range(4)
        ]
        assert statuses == [400, 400, 400, 429]
        keys = list(server.scan_iter(match=f"*{prefix}*"))
        assert keys, "no rate-limit counters in Redis"
        assert any(int(server.get(key) or 0) >= 3 for key in keys)
    finally:
        for key in server.scan_iter(match=f"*{prefix}*"):
            server.delete(key)
        worker.extensions["mail_dispatcher"].stop()
        with worker.app_context():
            db.engine.dispose()


class TestPostingLimits:
    @pytest.fixture
    def app_overrides(self) -> dict:
        return {"RATELIMIT_POSTING_NEW_MEMBER": "2 per minute", "RATELIMIT_POSTING": "4 per minute"}

    def test_new_members_post_slowly_and_everyone_has_a_flood_limit(
        self, member_client: CheckedClient, mentor_client: CheckedClient
    ) -> None:
        from tests.support.factories import make_board, make_thread, make_user

        thread = make_thread(board=make_board(), author=make_user(role="mentor"))
        url = f"/threads/{thread.id}/reply"

        member = [
            member_client.submit(url, {"body": "Hi"}, from_page="/").status_code for _ in range(3)
        ]
        mentor = [
            mentor_client.submit(url, {"body": "Hi"}, from_page="/").status_code for _ in range(5)
        ]

        assert member == [302, 302, 429]
        assert mentor == [302, 302, 302, 302, 429]
        response = member_client.submit(url, {"body": "Long careful reply"}, from_page="/")
        assert response.status_code == 429
        page = check_page(response)
        assert page.error_summary == [
            "You are posting too quickly. Wait a minute, then post again: your text is kept below"
        ]
        assert page.field_value("body") == "Long careful reply"

    def test_a_new_thread_is_kept_too(self, member_client: CheckedClient) -> None:
        from tests.support.factories import make_board

        make_board(slug="b")
        for _ in range(2):
            member_client.submit("/boards/b/new", {"title": "A title", "body": "x"}, from_page="/")
        response = member_client.submit(
            "/boards/b/new", {"title": "Third thread", "body": "Kept"}, from_page="/"
        )
        assert response.status_code == 429
        page = check_page(response)
        assert (page.field_value("title"), page.field_value("body")) == ("Third thread", "Kept")
