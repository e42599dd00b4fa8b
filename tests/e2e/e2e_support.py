"""What the browser tests are built from; the fixtures that wire it up are in conftest.py.

Kept out of conftest.py so test modules can import the types and constants by name
(`from e2e_support import ...`) without importing a conftest module.
"""

from __future__ import annotations

import email
import email.policy
import json
import re
import shutil
import socket
import subprocess
import threading
import time
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from flask import Flask
from playwright.sync_api import Browser, BrowserContext, Locator, Page, Route, expect

PROJECT_ROOT = Path(__file__).resolve().parents[2]
AXE_JS = PROJECT_ROOT / "node_modules" / "axe-core" / "axe.min.js"
VNU_JAR = PROJECT_ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
SCRIPT_ELEMENT = re.compile(r"<script\b[^>]*>.*?</script>", re.IGNORECASE | re.DOTALL)

ADMIN_EMAIL = "admin@example.org"
MODERATOR_EMAIL = "moderator@example.org"
MENTOR_EMAIL = "mentor@example.org"
MEMBER_EMAIL = "member@example.org"
MEMBER_NAME = "Jess Turner"
DEMO_PASSWORD = "litter-pick-on-tuesday"  # published on purpose, see forum.demo.seed
STRONG_PASSWORD = "harbour lantern pebble 42"


# --- Tools ----------------------------------------------------------------------------------


def chromium_path() -> str | None:
    found = shutil.which("chromium")
    if found:
        return found
    return "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None


def missing_tools() -> list[str]:
    """What this machine lacks to run the browser tests, with how to get each."""
    missing = []
    if chromium_path() is None:
        missing.append("Chromium at /usr/bin/chromium (apt-get install -y chromium)")
    if shutil.which("java") is None:
        missing.append("Java, to run the Nu HTML checker (apt-get install -y default-jre-headless)")
    for path in (AXE_JS, VNU_JAR):
        if not path.exists():
            missing.append(
                f"{path.relative_to(PROJECT_ROOT)} (run `npm install --no-audit --no-fund`)"
            )
    return missing


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# --- Mail -----------------------------------------------------------------------------------


class Mailbox:
    """An aiosmtpd handler that keeps every message it is sent."""

    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []
        self._lock = threading.Lock()

    async def handle_DATA(self, _server: Any, _session: Any, envelope: Any) -> str:  # noqa: N802 - aiosmtpd's hook name
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        with self._lock:
            self.messages.append(message)  # type: ignore[arg-type]
        return "250 Message accepted for delivery"

    def sent_to(self, to: str) -> list[EmailMessage]:
        with self._lock:
            return [m for m in self.messages if to.lower() in str(m["To"]).lower()]

    def wait_for(self, to: str, timeout: float = 10) -> EmailMessage:
        """The newest message to `to`, waiting while the app's mail thread sends it."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.sent_to(to)
            if found:
                return found[-1]
            time.sleep(0.05)
        with self._lock:
            seen = [str(m["To"]) for m in self.messages]
        raise AssertionError(f"No email to {to} within {timeout} s. Mail received for: {seen}")


@dataclass
class SMTPServer:
    mailbox: Mailbox
    port: int


# --- The app --------------------------------------------------------------------------------


@dataclass
class LiveServer:
    app: Flask
    url: str

    def create_account(
        self, *, email: str, display_name: str, password: str = STRONG_PASSWORD
    ) -> int:
        """Arrange an account straight in the database, as `flask create-user` would."""
        from forum.accounts import service
        from forum.extensions import db

        with self.app.app_context():
            user = service.register(email=email, display_name=display_name, password=password)
            db.session.commit()
            return int(user.id)


# --- Browser contexts -----------------------------------------------------------------------


@dataclass
class Contexts:
    """Browser contexts opened by one test, and which of them run JavaScript."""

    browser: Browser
    base_url: str
    opened: list[tuple[BrowserContext, bool]] = field(default_factory=list)

    def new(self, *, java_script_enabled: bool = True) -> BrowserContext:
        # bypass_csp lets the audit inject axe-core; the app's CSP itself stays strict.
        context = self.browser.new_context(
            base_url=self.base_url, bypass_csp=True, java_script_enabled=java_script_enabled
        )
        context.set_default_timeout(10_000)
        self.opened.append((context, java_script_enabled))
        return context

    def runs_javascript(self, page: Page) -> bool:
        return next((js for context, js in self.opened if context is page.context), True)

    def close_all(self) -> None:
        for context, _ in self.opened:
            context.close()


# --- Accessibility and HTML validity --------------------------------------------------------


@dataclass
class HtmlSnapshots:
    """Every page the tests audited, saved for one run of the Nu HTML checker."""

    directory: Path
    files: list[Path] = field(default_factory=list)

    def save(self, name: str, html: str) -> Path:
        path = self.directory / f"{len(self.files):03d}-{name}.html"
        path.write_text(html, encoding="utf-8")
        self.files.append(path)
        return path


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-")[:80] or "page"


RUN_AXE = """async (tags) => {
  const results = await axe.run(document, {runOnly: {type: "tag", values: tags}});
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    helpUrl: v.helpUrl,
    nodes: v.nodes.map((n) => ({target: n.target, summary: n.failureSummary})),
  }));
}"""


def format_violations(violations: list[dict[str, Any]], where: str) -> str:
    lines = [f"axe-core found {len(violations)} accessibility problem(s) on {where}:"]
    for violation in violations:
        lines.append(f"- {violation['id']} ({violation['impact']}): {violation['help']}")
        lines.append(f"  {violation['helpUrl']}")
        for node in violation["nodes"]:
            lines.append(f"  * {' '.join(str(t) for t in node['target'])}")
            summary = (node["summary"] or "").replace("\n", "\n      ")
            lines.append(f"      {summary}")
    return "\n".join(lines)


class Auditor:
    """`audit(page, "step name")`: axe-core must find nothing; the HTML is kept for vnu.

    Call it once the page under test has loaded (after an `expect` about its content), so it
    checks the page a person would see and not the one being left.
    """

    def __init__(self, *, test_name: str, snapshots: HtmlSnapshots, contexts: Contexts) -> None:
        self.test_name = test_name
        self.snapshots = snapshots
        self.contexts = contexts
        self._replay_page: Page | None = None

    def __call__(self, page: Page, step: str) -> None:
        page.wait_for_load_state("load")
        html = page.content()  # taken before axe's own script joins the document
        self.snapshots.save(f"{_slug(self.test_name)}--{_slug(step)}", html)
        target = page if self.contexts.runs_javascript(page) else self._replay(page.url, html)
        if not target.evaluate("typeof window.axe !== 'undefined'"):
            # axe stays loaded in the window; its <script> element goes, so a second audit of
            # the same document (after the page changed in place) saves the page's own HTML.
            target.add_script_tag(path=str(AXE_JS)).evaluate("element => element.remove()")
        violations = target.evaluate(RUN_AXE, AXE_TAGS)
        assert not violations, format_violations(
            violations, f"{page.url} ({self.test_name}, step: {step!r})"
        )

    def _replay(self, url: str, html: str) -> Page:
        """The no-JavaScript page rebuilt where axe-core can run.

        axe-core needs timers, and they never fire in a context that runs no JavaScript. So
        the page's HTML, as that browser built it (no script ran), is served again at the
        same address, with the same stylesheets, to a page that runs scripts, minus its
        <script> elements so that the copy stays the page without JavaScript.
        """
        if self._replay_page is None:
            self._replay_page = self.contexts.new(java_script_enabled=True).new_page()
        replay = self._replay_page
        body = SCRIPT_ELEMENT.sub("", html)

        def serve_copy(route: Route) -> None:
            route.fulfill(status=200, content_type="text/html; charset=utf-8", body=body)

        replay.route(lambda requested: requested == url, serve_copy)
        try:
            replay.goto(url)
        finally:
            replay.unroute_all()
        return replay


def run_vnu(files: list[Path]) -> list[dict[str, Any]]:
    """The Nu HTML checker's errors for these files, in one JVM start."""
    completed = subprocess.run(
        ["java", "-jar", str(VNU_JAR), "--errors-only", "--format", "json", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    # vnu writes its JSON report to standard error, and exits 1 when it found errors.
    report = completed.stderr.strip() or completed.stdout.strip()
    try:
        messages: list[dict[str, Any]] = json.loads(report)["messages"]
    except (ValueError, KeyError) as exc:
        raise AssertionError(
            f"The Nu HTML checker did not report as expected (exit {completed.returncode}):\n"
            f"{completed.stdout}\n{completed.stderr}"
        ) from exc
    errors = [m for m in messages if m.get("type") in {"error", "non-document-error"}]
    if completed.returncode != 0 and not errors:
        raise AssertionError(
            f"The Nu HTML checker failed (exit {completed.returncode}):\n{completed.stderr}"
        )
    return errors


def format_vnu_errors(errors: list[dict[str, Any]]) -> str:
    lines = [f"The Nu HTML checker found {len(errors)} error(s):"]
    for error in errors:
        where = Path(str(error.get("url", "")).removeprefix("file:")).name
        lines.append(
            f"- {where}:{error.get('lastLine', '?')}:{error.get('firstColumn', '?')}: "
            f"{error.get('message')}"
        )
        if error.get("extract"):
            lines.append(f"    {error['extract']!r}")
    return "\n".join(lines)


# -- what every journey does --------------------------------------------------------------


def h1(page: Page) -> Locator:
    return page.get_by_role("heading", level=1)


def banner(page: Page) -> Locator:
    return page.locator(".govuk-notification-banner")


def sign_in(page: Page, email: str, audit: Auditor | None = None, step: str = "") -> None:
    """Sign in as a demo account (they share DEMO_PASSWORD), auditing the page if asked."""
    page.goto("/login")
    page.get_by_label("Email address").fill(email)
    page.get_by_label("Password", exact=True).fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(banner(page)).to_contain_text("You are signed in.")
    if audit is not None:
        audit(page, f"{step} signed in")
