"""One logging set-up for the web processes, the worker and gunicorn: a line per record on
standard output, JSON by default (``LOG_FORMAT=text`` for people reading a terminal).

Each JSON line has ``time`` (ISO 8601, UTC), ``level``, ``logger`` and ``message``, the
request's ``request_id`` inside a request, every ``extra=`` field given to the logger, and
``exception`` when there is one. A request's id comes from a sane incoming ``X-Request-ID``
(the load balancer's) or is made here, and goes back in the response's ``X-Request-ID``, so
one id ties the proxy's, gunicorn's and the app's lines together.
"""

from __future__ import annotations

import json
import logging
import re
import sys
import uuid
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any, TextIO

from flask import Flask, Response, g, has_request_context, request
from flask.logging import default_handler

from forum.config import ConfigurationError

REQUEST_ID_HEADER = "X-Request-ID"
# Short and plain, so a client cannot forge log lines or stuff them with junk.
SANE_REQUEST_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,127}")
LOG_FORMATS = ("json", "text")
TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s%(request_id_text)s: %(message)s"
# Chatter at INFO that says nothing to an operator: alembic lists its plugins on import.
QUIET_LOGGERS = ("alembic.runtime.plugins",)

# Attributes every LogRecord has; anything else on a record came from `extra=`.
_PLAIN_RECORD = logging.LogRecord("", logging.INFO, "", 0, "", None, None)
_RECORD_ATTRIBUTES = frozenset(vars(_PLAIN_RECORD)) | {
    "message",
    "asctime",
    "taskName",
    "request_id",
    "request_id_text",
}


def request_id_from(incoming: str | None) -> str:
    """The incoming id when it looks sane, else a new one."""
    if incoming and SANE_REQUEST_ID.fullmatch(incoming):
        return incoming
    return uuid.uuid4().hex


def current_request_id() -> str | None:
    return g.get("request_id") if has_request_context() else None


def _utc_time(record: logging.LogRecord) -> str:
    moment = datetime.fromtimestamp(record.created, UTC)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _extra_fields(record: logging.LogRecord) -> dict[str, Any]:
    return {
        key: value
        for key, value in vars(record).items()
        if key not in _RECORD_ATTRIBUTES and not key.startswith("_")
    }


class JSONFormatter(logging.Formatter):
    """A record as one line of JSON."""

    def fields(self, record: logging.LogRecord) -> dict[str, Any]:
        fields: dict[str, Any] = {
            "time": _utc_time(record),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        request_id = getattr(record, "request_id", None)
        if request_id:
            fields["request_id"] = request_id
        for key, value in _extra_fields(record).items():
            fields.setdefault(key, value)  # an extra never hides the record's own fields
        if record.exc_info:
            fields["exception"] = self.formatException(record.exc_info)
        elif record.exc_text:
            fields["exception"] = record.exc_text
        if record.stack_info:
            fields["stack"] = self.formatStack(record.stack_info)
        return fields

    def format(self, record: logging.LogRecord) -> str:
        # default=str: an extra that JSON cannot hold (a datetime, a path) is still logged.
        return json.dumps(self.fields(record), default=str, ensure_ascii=False)


class TextFormatter(logging.Formatter):
    """For developers: a readable line, with the request id in brackets."""

    def __init__(self) -> None:
        super().__init__(TEXT_FORMAT)

    def format(self, record: logging.LogRecord) -> str:
        request_id = getattr(record, "request_id", None)
        record.request_id_text = f" [{request_id}]" if request_id else ""
        return super().format(record)


def _unescape(value: object) -> object:
    # gunicorn escapes double quotes in its atoms for its text format; JSON does its own.
    return value.replace('\\"', '"') if isinstance(value, str) else value


# gunicorn access-log atom -> field name (http://docs.gunicorn.org/en/stable/settings.html)
ACCESS_FIELDS = {
    "m": "method",
    "U": "path",
    "q": "query",
    "s": "status",
    "B": "bytes",
    "h": "remote_addr",
    "a": "user_agent",
    "f": "referrer",
    "H": "protocol",
}


class GunicornAccessJSONFormatter(JSONFormatter):
    """gunicorn's access log as JSON: its record carries the request's atoms in ``args``."""

    def fields(self, record: logging.LogRecord) -> dict[str, Any]:
        fields = super().fields(record)
        atoms = record.args
        if not isinstance(atoms, Mapping):
            return fields
        for atom, name in ACCESS_FIELDS.items():
            value = dict.get(atoms, atom)  # dict.get: gunicorn's SafeAtoms answers "-"
            if value not in (None, "", "-"):
                fields[name] = _unescape(value)
        if isinstance(fields.get("status"), str) and fields["status"].isdigit():
            fields["status"] = int(fields["status"])
        microseconds = dict.get(atoms, "D")
        if isinstance(microseconds, int):
            fields["duration_ms"] = round(microseconds / 1000, 3)
        request_id = dict.get(atoms, "{x-request-id}o")  # the id the app settled on
        if request_id not in (None, "", "-"):
            fields["request_id"] = _unescape(request_id)
        return fields


# Paths whose last part is a secret: a password reset link (valid for an hour) and an
# email's unsubscribe link. Access logs travel to collectors; tokens must not.
SECRET_PATHS = re.compile(r"(/password/reset/|/email/unsubscribe/)[^/?\s\"]+")


def redact(text: str) -> str:
    return SECRET_PATHS.sub(r"\1[redacted]", text)


class RedactSecretsFilter(logging.Filter):
    """Removes tokens from gunicorn's access-log atoms (request line, path, referrer)."""

    def filter(self, record: logging.LogRecord) -> bool:
        atoms = record.args
        if isinstance(atoms, Mapping):
            for atom in ("r", "U", "f"):
                value = dict.get(atoms, atom)
                if isinstance(value, str):
                    dict.__setitem__(atoms, atom, redact(value))  # type: ignore[index]
        return True


class RequestIdFilter(logging.Filter):
    """Stamps each record with the current request's id (on the handler, so records from
    every logger get it)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "request_id", None) is None:
            record.request_id = current_request_id()
        return True


class StdoutHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever ``sys.stdout`` is at the time, not the one there when the handler
    was made (a test runner swaps it, and closes the old one)."""

    def __init__(self) -> None:
        super().__init__()
        self.addFilter(RequestIdFilter())

    @property  # type: ignore[override]
    def stream(self) -> TextIO:
        return sys.stdout

    @stream.setter
    def stream(self, _value: TextIO) -> None:
        pass


def formatter_for(log_format: str) -> logging.Formatter:
    if log_format not in LOG_FORMATS:
        raise ConfigurationError(f"LOG_FORMAT must be 'json' or 'text', not {log_format!r}.")
    return JSONFormatter() if log_format == "json" else TextFormatter()


def _our_handler() -> StdoutHandler | None:
    return next((h for h in logging.root.handlers if isinstance(h, StdoutHandler)), None)


def configure_logging(app: Flask) -> None:
    """Send every record to standard output, once per process however many apps are made
    (tests make hundreds); other handlers on the root logger (pytest's) are left alone."""
    formatter = formatter_for(app.config["LOG_FORMAT"])
    level = logging.getLevelName(str(app.config["LOG_LEVEL"]).upper())
    if not isinstance(level, int):
        raise ConfigurationError(
            f"LOG_LEVEL must be DEBUG, INFO, WARNING or ERROR, not {app.config['LOG_LEVEL']!r}."
        )
    handler = _our_handler()
    if handler is None:
        handler = StdoutHandler()
        logging.root.addHandler(handler)
    handler.setFormatter(formatter)
    logging.root.setLevel(level)
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(max(level, logging.WARNING))
    # Flask gives its app logger a stderr handler when none is set up: ours is, so drop
    # one an earlier app may have added, or each record would be written twice.
    app.logger.removeHandler(default_handler)
    _track_request_ids(app)


def _track_request_ids(app: Flask) -> None:
    def take_request_id() -> None:
        g.request_id = request_id_from(request.headers.get(REQUEST_ID_HEADER))

    def return_request_id(response: Response) -> Response:
        if "request_id" in g:
            response.headers[REQUEST_ID_HEADER] = g.request_id
        return response

    # First of all before_request functions, so whatever they log carries the id.
    app.before_request_funcs.setdefault(None, []).insert(0, take_request_id)
    app.after_request(return_request_id)


def gunicorn_logconfig(log_format: str) -> dict[str, Any]:
    """gunicorn's ``logconfig_dict``: its error and access logs in the app's format, through
    the handler class the app uses (so the app, loaded in each worker, adds no second one)."""
    app_formatter = f"forum.logs.{type(formatter_for(log_format)).__name__}"
    access_formatter = (
        "forum.logs.GunicornAccessJSONFormatter" if log_format == "json" else app_formatter
    )
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"app": {"()": app_formatter}, "access": {"()": access_formatter}},
        "filters": {"redact": {"()": "forum.logs.RedactSecretsFilter"}},
        "handlers": {
            "console": {"class": "forum.logs.StdoutHandler", "formatter": "app"},
            "access": {
                "class": "forum.logs.StdoutHandler",
                "formatter": "access",
                "filters": ["redact"],
            },
        },
        "root": {"level": "INFO", "handlers": ["console"]},
        "loggers": {
            "gunicorn.error": {"level": "INFO", "handlers": ["console"], "propagate": False},
            "gunicorn.access": {"level": "INFO", "handlers": ["access"], "propagate": False},
        },
    }
