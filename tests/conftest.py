"""Fixtures shared by every test layer: apps on a real database, clients by role, mail."""

from __future__ import annotations

import socket
import time
from collections.abc import Callable, Iterator
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from flask import Flask

from forum import create_app
from forum.extensions import db, limiter
from forum.models import User
from tests.support.databases import (
    PostgresDatabases,
    SQLiteDatabases,
    TestDatabases,
    base_overrides,
)
from tests.support.factories import PASSWORD, make_user
from tests.support.pages import CheckedClient


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--db",
        choices=["sqlite", "postgres"],
        default="sqlite",
        help="database for integration tests (postgres: 127.0.0.1:5432, a fresh database per run)",
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """A test taking `search_backend` runs on Whoosh, and with --db=postgres on PostgreSQL
    full-text search too (Whoosh also runs beside PostgreSQL: the index is separate)."""
    if "search_backend" in metafunc.fixturenames:
        on_postgres = metafunc.config.getoption("--db") == "postgres"
        metafunc.parametrize(
            "search_backend", ["whoosh", "postgres"] if on_postgres else ["whoosh"]
        )


@pytest.fixture(scope="session")
def databases(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[TestDatabases]:
    workdir = tmp_path_factory.mktemp("databases")
    chosen: TestDatabases = (
        PostgresDatabases(workdir)
        if request.config.getoption("--db") == "postgres"
        else SQLiteDatabases(workdir)
    )
    yield chosen
    chosen.close()


@pytest.fixture
def app_overrides() -> dict[str, Any]:
    """Override in a test module to change settings for its app."""
    return {}


@pytest.fixture
def app(databases: TestDatabases, tmp_path: Path, app_overrides: dict[str, Any]) -> Iterator[Flask]:
    overrides = base_overrides(databases.url_for_test(tmp_path), tmp_path)
    overrides.update(app_overrides)
    application = create_app(overrides)
    application.test_client_class = CheckedClient
    limiter.reset()
    ctx = application.app_context()
    ctx.push()
    yield application
    application.extensions["mail_dispatcher"].stop()
    application.extensions["read_tracker"].stop()
    db.session.remove()
    ctx.pop()
    databases.clean(application)
    with application.app_context():
        db.engine.dispose()


@pytest.fixture
def client(app: Flask) -> CheckedClient:
    return app.test_client()  # type: ignore[return-value]


def sign_in(client: CheckedClient, user: User, password: str = PASSWORD) -> None:
    response = client.submit("/login", {"email": user.email, "password": password})
    assert response.status_code == 302, f"could not sign in as {user.email}"


@pytest.fixture
def member(app: Flask) -> User:
    return make_user(role="member", display_name="Morgan Member", email="member@example.org")


@pytest.fixture
def mentor(app: Flask) -> User:
    return make_user(role="mentor", display_name="Mina Mentor", email="mentor@example.org")


@pytest.fixture
def moderator(app: Flask) -> User:
    return make_user(role="moderator", display_name="Mo Moderator", email="mod@example.org")


@pytest.fixture
def admin(app: Flask) -> User:
    return make_user(role="admin", display_name="Ada Admin", email="admin@example.org")


def _client_for(app: Flask, user: User) -> CheckedClient:
    client: CheckedClient = app.test_client()  # type: ignore[assignment]
    sign_in(client, user)
    return client


@pytest.fixture
def member_client(app: Flask, member: User) -> CheckedClient:
    return _client_for(app, member)


@pytest.fixture
def mentor_client(app: Flask, mentor: User) -> CheckedClient:
    return _client_for(app, mentor)


@pytest.fixture
def moderator_client(app: Flask, moderator: User) -> CheckedClient:
    return _client_for(app, moderator)


@pytest.fixture
def admin_client(app: Flask, admin: User) -> CheckedClient:
    return _client_for(app, admin)


@pytest.fixture
def client_for(app: Flask) -> Callable[[User], CheckedClient]:
    return lambda user: _client_for(app, user)


# --- Mail: a real SMTP server on a free port -------------------------------------------


class MailCatcher:
    """An aiosmtpd handler that keeps every message it receives."""

    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        message = message_from_bytes(envelope.content, policy=policy.default)
        self.messages.append(message)  # type: ignore[arg-type]
        return "250 Message accepted for delivery"

    def wait_for(self, to: str, timeout: float = 10.0) -> EmailMessage:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for message in self.messages:
                if to in str(message["To"]):
                    return message
            time.sleep(0.05)
        raise AssertionError(f"no email to {to} within {timeout} s")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def smtp_server() -> Iterator[tuple[MailCatcher, int]]:
    catcher = MailCatcher()
    port = free_port()
    controller = Controller(catcher, hostname="127.0.0.1", port=port)
    controller.start()
    yield catcher, port
    controller.stop()
