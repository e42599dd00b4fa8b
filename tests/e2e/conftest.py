"""Browser tests: the real app on a real port, real SMTP, Chromium, axe-core and the Nu checker.

One live server, one SMTP server and one browser serve the whole session; each test opens
fresh browser contexts (new visitors with their own cookies). Every page a test looks at
goes through `audit`, which runs axe-core on it and keeps its HTML for the Nu HTML checker
(`test_zz_html_validity.py`, collected last in this directory).

A missing tool fails the run rather than letting it pass silently; set FORUM_SKIP_E2E=1 to
skip these tests on a machine that cannot run them.
"""

from __future__ import annotations

import os
import secrets
import threading
from collections.abc import Callable, Iterator
from email.message import EmailMessage
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from e2e_support import (
    CHROMIUM_ARGS,
    Auditor,
    Contexts,
    HtmlSnapshots,
    LiveServer,
    Mailbox,
    SMTPServer,
    chromium_path,
    free_port,
    missing_tools,
)
from playwright.sync_api import Browser, Page, sync_playwright
from werkzeug.serving import make_server

E2E_DIR = Path(__file__).resolve().parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test under tests/e2e is an e2e test, without each module having to say so.

    They also share one xdist group: the HTML check needs every page saved in its process
    (`pytest -n auto --dist loadgroup` keeps them together).
    """
    for item in items:
        if E2E_DIR in item.path.parents:
            item.add_marker(pytest.mark.e2e)
            item.add_marker(pytest.mark.xdist_group("e2e"))


@pytest.fixture(scope="session", autouse=True)
def e2e_requirements() -> None:
    """Fail loudly when a tool is missing; skip only when FORUM_SKIP_E2E=1 asks for it."""
    missing = missing_tools()
    if not missing:
        return
    message = "The browser tests need " + "; ".join(missing) + "."
    if os.environ.get("FORUM_SKIP_E2E") == "1":
        pytest.skip(f"{message} Skipped because FORUM_SKIP_E2E=1.")
    pytest.fail(f"{message} Install them, or set FORUM_SKIP_E2E=1 to skip the browser tests.")


# --- Mail -----------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def mail_server(e2e_requirements: None) -> Iterator[SMTPServer]:
    mailbox = Mailbox()
    port = free_port()
    controller = Controller(mailbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield SMTPServer(mailbox=mailbox, port=port)
    finally:
        controller.stop()


@pytest.fixture
def mailbox(mail_server: SMTPServer) -> Mailbox:
    return mail_server.mailbox


@pytest.fixture
def wait_for_mail(mailbox: Mailbox) -> Callable[..., EmailMessage]:
    """`wait_for_mail(to, timeout=10)`: the newest email to that address, once it arrives."""
    return mailbox.wait_for


# --- The app --------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def live_server(
    e2e_requirements: None, tmp_path_factory: pytest.TempPathFactory, mail_server: SMTPServer
) -> Iterator[LiveServer]:
    import flask_migrate

    import forum
    from forum.demo.seed import seed_demo
    from forum.extensions import db
    from forum.search import writer as search_writer

    data_dir = tmp_path_factory.mktemp("forum-e2e")
    app = forum.create_app(
        {
            "SECRET_KEY": secrets.token_urlsafe(32),
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{data_dir / 'forum.sqlite3'}",
            "SEARCH_INDEX_DIR": str(data_dir / "search-index"),
            "MAIL_SERVER": "127.0.0.1",
            "MAIL_PORT": mail_server.port,
            "MAIL_DIR": str(data_dir / "mail"),
            "RATELIMIT_STORAGE_URI": "memory://",
            # The whole run comes from 127.0.0.1 within a minute, so the real limits (10
            # sign-ins a minute, 5 registrations an hour) would fail tests that are not about
            # rate limiting as soon as a few more are written. Limits are tested elsewhere.
            "RATELIMIT_SIGN_IN": "1000 per minute",
            "RATELIMIT_REGISTER": "1000 per hour",
            "RATELIMIT_PASSWORD_RESET": "1000 per hour",
        }
    )
    with app.app_context():
        flask_migrate.upgrade(directory=app.extensions["migrate"].directory)
        seed_demo()
        db.session.commit()
    # The seeded content is in the search index before the first test searches; from here
    # on the app's own background writer applies the outbox, as it does in production.
    assert app.config["SEARCH_WRITER"] == "thread", "the e2e server needs the search writer"
    assert search_writer.apply_all(app) > 0, "seed-demo left nothing to index"

    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, name="forum-live-server", daemon=True)
    thread.start()
    try:
        yield LiveServer(app=app, url=f"http://127.0.0.1:{server.server_port}")
    finally:
        server.shutdown()
        thread.join(10)
        server.server_close()
        app.extensions["mail_dispatcher"].stop()
        app.extensions["search_writer"].stop()
        with app.app_context():
            db.engine.dispose()


# --- The browser ----------------------------------------------------------------------------


@pytest.fixture(scope="session")
def browser(e2e_requirements: None) -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def contexts(browser: Browser, live_server: LiveServer) -> Iterator[Contexts]:
    opened = Contexts(browser=browser, base_url=live_server.url)
    try:
        yield opened
    finally:
        opened.close_all()


@pytest.fixture
def new_page(contexts: Contexts) -> Callable[..., Page]:
    """`new_page(java_script_enabled=True)`: a page in a fresh context, as a new visitor."""

    def open_page(*, java_script_enabled: bool = True) -> Page:
        return contexts.new(java_script_enabled=java_script_enabled).new_page()

    return open_page


@pytest.fixture
def page(new_page: Callable[..., Page]) -> Page:
    return new_page()


# --- Auditing -------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def html_snapshots(tmp_path_factory: pytest.TempPathFactory) -> HtmlSnapshots:
    return HtmlSnapshots(directory=tmp_path_factory.mktemp("html-snapshots"))


@pytest.fixture
def audit(
    request: pytest.FixtureRequest, html_snapshots: HtmlSnapshots, contexts: Contexts
) -> Auditor:
    """`audit(page, "step")` on every page a test visits: axe-core, and HTML kept for vnu."""
    return Auditor(test_name=request.node.name, snapshots=html_snapshots, contexts=contexts)
