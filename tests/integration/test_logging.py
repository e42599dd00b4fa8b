"""Logs as an operator reads them: one JSON line per record on standard output, each
request's lines tied together by its X-Request-ID, from the app and from gunicorn."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Any

import pytest
from flask import Flask

from forum import create_app
from forum.logs import StdoutHandler
from tests.support.databases import base_overrides
from tests.support.pages import CheckedClient
from tests.support.processes import (
    free_port,
    http,
    running,
    service_env,
    wait_for_http,
    wait_until,
)

log = logging.getLogger("forum.tests.logging")


def json_lines(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.startswith("{")]


@pytest.fixture
def logging_routes(app: Flask) -> Flask:
    """Two pages that log, added before the app serves its first request."""

    def logs_something() -> dict[str, bool]:
        log.info("standard checked", extra={"standard_id": 7, "outcome": "met"})
        return {"ok": True}

    def fails() -> dict[str, bool]:
        raise RuntimeError("the council's feed is down")

    app.add_url_rule("/test-only/log", "test_log", logs_something)
    app.add_url_rule("/test-only/fail", "test_fail", fails)
    return app


def test_every_response_has_a_request_id(client: CheckedClient) -> None:
    first = client.get("/").headers["X-Request-ID"]
    second = client.get("/").headers["X-Request-ID"]
    assert len(first) == 32
    assert first != second


def test_a_sane_incoming_request_id_is_returned_and_a_strange_one_replaced(
    client: CheckedClient,
) -> None:
    kept = client.get("/", headers={"X-Request-ID": "lb-4bf92f3577b34da6"})
    assert kept.headers["X-Request-ID"] == "lb-4bf92f3577b34da6"

    strange = client.get("/", headers={"X-Request-ID": "x" * 500})
    assert strange.headers["X-Request-ID"] != "x" * 500
    assert len(strange.headers["X-Request-ID"]) == 32


@pytest.mark.usefixtures("logging_routes")
def test_a_requests_log_lines_carry_its_request_id(
    client: CheckedClient, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    response = client.get("/test-only/log", headers={"X-Request-ID": "req-from-the-balancer"})
    assert response.status_code == 200

    [line] = [r for r in json_lines(capsys.readouterr().out) if r["logger"] == log.name]
    assert line["message"] == "standard checked"
    assert line["request_id"] == "req-from-the-balancer"
    assert (line["standard_id"], line["outcome"]) == (7, "met")
    assert line["level"] == "INFO"
    assert line["time"].endswith("Z")


@pytest.mark.usefixtures("logging_routes")
def test_an_error_is_logged_with_its_traceback_and_request_id(
    client: CheckedClient, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    response = client.get("/test-only/fail")
    assert response.status_code == 500

    [line] = [r for r in json_lines(capsys.readouterr().out) if r["level"] == "ERROR"]
    assert line["request_id"] == response.headers["X-Request-ID"]
    assert "RuntimeError: the council's feed is down" in line["exception"]
    assert "Traceback" in line["exception"]


def test_making_many_apps_keeps_one_handler_and_caplog_still_works(
    app: Flask, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    for _ in range(3):
        create_app(base_overrides(app.config["SQLALCHEMY_DATABASE_URI"], tmp_path))

    ours = [h for h in logging.root.handlers if isinstance(h, StdoutHandler)]
    assert len(ours) == 1
    assert not app.logger.handlers  # Flask's own stderr handler would write it all twice

    with caplog.at_level(logging.INFO):
        log.info("still seen by caplog")
    assert "still seen by caplog" in caplog.text


class TestTextFormat:
    @pytest.fixture
    def app_overrides(self) -> dict[str, object]:
        return {"LOG_FORMAT": "text"}

    @pytest.mark.usefixtures("logging_routes")
    def test_is_one_readable_line_with_the_request_id(
        self, client: CheckedClient, capsys: pytest.CaptureFixture[str]
    ) -> None:
        capsys.readouterr()
        client.get("/test-only/log", headers={"X-Request-ID": "abc-123"})
        [line] = [x for x in capsys.readouterr().out.splitlines() if log.name in x]
        assert line.endswith(f"INFO {log.name} [abc-123]: standard checked")


def test_gunicorn_writes_its_access_and_error_logs_as_json(app: Flask, tmp_path: Path) -> None:
    """The production command, as the README gives it."""
    port = free_port()
    command = [
        sys.executable,
        "-m",
        "gunicorn",
        "-c",
        "python:forum.gunicorn_conf",
        "--workers",
        "1",
        "--bind",
        f"127.0.0.1:{port}",
        "forum:create_app()",
    ]
    with running(command, service_env(app, tmp_path), tmp_path / "gunicorn.log") as server:
        wait_for_http(f"http://127.0.0.1:{port}/healthz")
        status, _body = http(
            f"http://127.0.0.1:{port}/healthz?from=test",
            headers={"X-Request-ID": "edge-7f3a", "User-Agent": "forum-tests/1.0"},
        )
        assert status == 200
        for secret in ("/password/reset/Zx9-reset-token", "/email/unsubscribe/Qw7.unsub-token"):
            http(f"http://127.0.0.1:{port}{secret}?x=1")

        def access_line() -> dict[str, Any] | None:
            return next(
                (
                    r
                    for r in server.log_records()
                    if r.get("logger") == "gunicorn.access" and r.get("request_id") == "edge-7f3a"
                ),
                None,
            )

        line = wait_until(access_line, timeout=10)
        wait_until(lambda: server.output().count("[redacted]") >= 2, timeout=10)
        output = server.output()

    assert line["method"] == "GET"
    assert line["path"] == "/healthz"
    assert line["query"] == "from=test"
    assert line["status"] == 200
    assert line["remote_addr"] == "127.0.0.1"
    assert line["user_agent"] == "forum-tests/1.0"
    assert isinstance(line["duration_ms"], float)
    assert line["time"].endswith("Z")
    # Everything gunicorn and the app wrote is JSON, one object a line.
    lines = [x for x in output.splitlines() if x.strip()]
    assert lines
    assert all(x.startswith("{") for x in lines), output
    loggers = {json.loads(x)["logger"] for x in lines}
    assert "gunicorn.error" in loggers  # "Starting gunicorn", "Booting worker"
    # Reset and unsubscribe tokens never reach the logs.
    assert "reset-token" not in output
    assert "unsub-token" not in output
