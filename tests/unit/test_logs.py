"""The log line format and request ids (forum.logs), without an app."""

from __future__ import annotations

import json
import logging
import sys
from datetime import datetime

import pytest
from gunicorn.glogging import SafeAtoms

from forum.config import ConfigurationError
from forum.logs import (
    GunicornAccessJSONFormatter,
    JSONFormatter,
    TextFormatter,
    formatter_for,
    gunicorn_logconfig,
    request_id_from,
)


def record(
    message: str = "hello %s",
    args: object = ("world",),
    *,
    level: int = logging.INFO,
    name: str = "forum.test",
    exc_info: object = None,
    **extra: object,
) -> logging.LogRecord:
    return logging.getLogger(name).makeRecord(
        name,
        level,
        __file__,
        1,
        message,
        args,
        exc_info,
        extra=extra or None,  # type: ignore[arg-type]
    )


def line(formatter: logging.Formatter, log_record: logging.LogRecord) -> dict[str, object]:
    text = formatter.format(log_record)
    assert "\n" not in text  # one line per record, even with a traceback
    return json.loads(text)


def test_a_record_is_one_json_line_with_time_level_logger_and_message() -> None:
    fields = line(JSONFormatter(), record())

    assert fields["message"] == "hello world"
    assert fields["level"] == "INFO"
    assert fields["logger"] == "forum.test"
    assert isinstance(fields["time"], str)
    assert fields["time"].endswith("Z")
    moment = datetime.fromisoformat(fields["time"].replace("Z", "+00:00"))
    assert moment.utcoffset() is not None
    assert moment.utcoffset().total_seconds() == 0
    assert "request_id" not in fields  # outside a request
    assert "exception" not in fields


def test_extra_fields_are_kept_and_never_hide_the_records_own() -> None:
    fields = line(
        JSONFormatter(),
        record(worker="host-1:42", jobs=["mail", "search"], when=datetime(2026, 1, 2), time="x"),
    )
    assert fields["worker"] == "host-1:42"
    assert fields["jobs"] == ["mail", "search"]
    assert fields["when"] == "2026-01-02 00:00:00"  # not JSON: written as text, not lost
    assert fields["time"] != "x"


def test_the_request_id_and_the_exception_are_included() -> None:
    try:
        raise ValueError("no such standard")
    except ValueError:
        failed = record("it broke", (), level=logging.ERROR, exc_info=sys.exc_info())
    failed.request_id = "abc-123"

    fields = line(JSONFormatter(), failed)

    assert fields["request_id"] == "abc-123"
    assert fields["level"] == "ERROR"
    assert "Traceback (most recent call last)" in fields["exception"]
    assert "ValueError: no such standard" in fields["exception"]


def test_text_format_for_developers() -> None:
    with_id = record()
    with_id.request_id = "abc-123"
    text = TextFormatter().format(with_id)
    assert text.endswith("INFO forum.test [abc-123]: hello world")
    assert TextFormatter().format(record()).endswith("INFO forum.test: hello world")


def test_only_json_or_text_is_a_format() -> None:
    assert isinstance(formatter_for("json"), JSONFormatter)
    assert isinstance(formatter_for("text"), TextFormatter)
    with pytest.raises(ConfigurationError, match="LOG_FORMAT"):
        formatter_for("xml")


@pytest.mark.parametrize(
    "incoming",
    ["4bf92f3577b34da6a3ce929d0e0e4736", "2f1c6d1e-5d0b-4a57-9a5e-0d7c1f8f3e11", "req.7:a_b-c"],
)
def test_a_sane_incoming_request_id_is_kept(incoming: str) -> None:
    assert request_id_from(incoming) == incoming


@pytest.mark.parametrize(
    "incoming",
    [
        None,
        "",
        "x" * 129,  # too long
        "abc def",
        'abc"}\n{"level": "CRITICAL"',  # an attempt to forge a log line
        "<script>",
        "-starts-with-a-dash",
        "ünïcode",
    ],
)
def test_anything_else_gets_a_new_request_id(incoming: str | None) -> None:
    made = request_id_from(incoming)
    assert made != incoming
    assert len(made) == 32
    assert all(c in "0123456789abcdef" for c in made)
    assert request_id_from(incoming) != made  # a new one each time


def access_record(atoms: dict[str, object]) -> logging.LogRecord:
    """A record as gunicorn's access logger makes it: its atoms are the record's args."""
    return record('%(h)s "%(r)s" %(s)s', SafeAtoms(atoms), name="gunicorn.access")


def test_gunicorn_access_lines_have_the_requests_fields() -> None:
    atoms = {
        "h": "203.0.113.9",
        "r": "GET /boards/3?page=2 HTTP/1.1",
        "m": "GET",
        "U": "/boards/3",
        "q": "page=2",
        "s": "200",
        "B": 5120,
        "D": 12345,
        "a": 'Mozilla/5.0 (quoted "thing")',
        "f": "-",
        "H": "HTTP/1.1",
        "{x-request-id}i": "from-the-balancer",
        "{x-request-id}o": "from-the-balancer",
    }
    fields = line(GunicornAccessJSONFormatter(), access_record(atoms))

    assert fields["logger"] == "gunicorn.access"
    assert fields["method"] == "GET"
    assert fields["path"] == "/boards/3"
    assert fields["query"] == "page=2"
    assert fields["status"] == 200
    assert fields["duration_ms"] == 12.345
    assert fields["remote_addr"] == "203.0.113.9"
    assert fields["request_id"] == "from-the-balancer"
    assert fields["user_agent"] == 'Mozilla/5.0 (quoted "thing")'  # gunicorn's escaping undone
    assert fields["bytes"] == 5120
    assert "referrer" not in fields  # "-" means none
    assert fields["message"].startswith('203.0.113.9 "GET /boards/3?page=2 HTTP/1.1" 200')


def test_gunicorn_logconfig_uses_the_apps_handler_and_format() -> None:
    config = gunicorn_logconfig("json")
    assert config["disable_existing_loggers"] is False
    assert config["handlers"]["console"]["class"] == "forum.logs.StdoutHandler"
    assert config["formatters"]["access"]["()"] == "forum.logs.GunicornAccessJSONFormatter"
    assert config["loggers"]["gunicorn.access"]["propagate"] is False
    text = gunicorn_logconfig("text")
    assert text["formatters"]["access"]["()"] == "forum.logs.TextFormatter"
    with pytest.raises(ConfigurationError):
        gunicorn_logconfig("yaml")
