"""Redis down: no 5xx anywhere; rate limits count in each process with a logged warning,
and go back to Redis when it answers again. The Redis here is a real one, killed."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import redis
from flask import Flask

from forum.models import User
from tests.support.factories import PASSWORD, make_board, make_thread
from tests.support.pages import CheckedClient
from tests.support.processes import RedisServer, wait_until


@pytest.fixture
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisServer]:
    server = RedisServer(tmp_path_factory.mktemp("redis"))
    server.start()
    yield server
    server.kill()


@pytest.fixture
def app_overrides(redis_server: RedisServer) -> dict[str, Any]:
    return {"RATELIMIT_STORAGE_URI": redis_server.url}


def _sign_in(client: CheckedClient, user: User) -> int:
    response = client.submit(
        "/login", {"email": user.email, "password": PASSWORD}, from_page="/login"
    )
    return response.status_code


def test_with_redis_killed_nothing_fails_and_limits_come_back(
    app: Flask,
    client: CheckedClient,
    member: User,
    redis_server: RedisServer,
    caplog: pytest.LogCaptureFixture,
    tmp_path: Path,
) -> None:
    thread = make_thread(board=make_board(), author=member)
    assert _sign_in(client, member) == 302
    assert client.get("/healthz").json["redis"] == "ok"
    counters = redis.Redis.from_url(redis_server.url)
    assert counters.keys("LIMITS*"), "limits are counted in Redis while it is up"

    redis_server.kill()
    with caplog.at_level(logging.WARNING):
        signed_out: CheckedClient = app.test_client()  # type: ignore[assignment]
        assert _sign_in(signed_out, member) == 302
        reply = signed_out.submit(
            f"/threads/{thread.id}/reply", {"body": "Still here"}, from_page=f"/threads/{thread.id}"
        )
        assert reply.status_code == 302
        for path in ("/", f"/threads/{thread.id}", "/search?q=litter", "/boards/"):
            assert signed_out.get(path).status_code == 200, path
    health = client.get("/healthz")
    assert (health.status_code, health.json["redis"]) == (200, "unreachable")
    assert "Rate limit storage unreachable - falling back to in-memory storage" in caplog.text

    redis_server.start()  # the same address again, empty
    assert client.get("/healthz").json["redis"] == "ok"

    def counted_in_redis_again() -> bool:
        _sign_in(app.test_client(), member)  # type: ignore[arg-type]
        return bool(redis.Redis.from_url(redis_server.url).keys("LIMITS*"))

    wait_until(counted_in_redis_again, timeout=40, every=0.5)
