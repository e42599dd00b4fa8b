"""Every XSS payload, rendered by forum.content, in real Chromium: nothing runs, nothing loads.

The rendered fragments go into one page exactly as templates output them (``|safe``), each
in its own ``<div>``, with no Content-Security-Policy: the site's CSP is a second line of
defence, and this test is about the first. The page is served from a made-up http origin
through ``page.route``, so a relative ``src`` would be requested (and seen) just as it would
on the site; every other request is recorded and aborted.

What counts as "ran": a call to ``alert``/``confirm``/``prompt``/``print``/``open``/
``fetch`` (replaced before any payload is parsed), a real dialog (from a frame, whose
functions are not replaced), any request other than the page itself, or the page being
navigated away. Every element gets the usual events dispatched, is focused and clicked;
clicks on links are stopped unless the link is ``javascript:``, the one that must run.
The control tests prove each of those channels sees an unsanitised payload.

Self-contained on purpose: Playwright's sync API allows one running instance per thread,
and the suite's session browser (tests/e2e/conftest.py) may already hold this thread's,
so this module runs its own Chromium on a thread of its own.
"""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, TypeVar

import pytest
from playwright.sync_api import Browser, Dialog, Playwright, Route, sync_playwright
from playwright.sync_api import Error as PlaywrightError

from forum.content import render_markdown
from tests.unit.xss_payloads import PAYLOADS

pytestmark = pytest.mark.e2e

T = TypeVar("T")

PAGE_URL = "http://xss-check.test/"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
TRAP = """
window.__xss = [];
for (const name of ["alert", "confirm", "prompt", "print", "open", "fetch"]) {
  window[name] = (...args) => { window.__xss.push(name + "(" + args.join(", ") + ")"); };
}
document.addEventListener("click", (event) => {
  const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
  if (link && link.protocol !== "javascript:") event.preventDefault();
}, true);
"""
EVENTS = [
    "mouseover", "mouseenter", "mousemove", "mousedown", "mouseup", "click", "dblclick",
    "contextmenu", "pointerover", "pointerenter", "pointerdown", "pointerup", "focus",
    "focusin", "blur", "focusout", "keydown", "keypress", "keyup", "input", "change",
    "submit", "reset", "select", "invalid", "load", "error", "abort", "animationstart",
    "animationend", "transitionend", "toggle", "scroll", "wheel", "copy", "paste", "drag",
    "dragstart", "drop", "touchstart", "play", "begin",
]  # fmt: skip
POKE_EVERYTHING = """(types) => {
  const elements = document.querySelectorAll("[data-payload] *");
  for (const element of elements) {
    for (const type of types) {
      const Kind = /^(mouse|click|dblclick|contextmenu)/.test(type) ? MouseEvent : Event;
      element.dispatchEvent(new Kind(type, {bubbles: true, cancelable: true}));
    }
    if (typeof element.focus === "function") element.focus();
    if (typeof element.click === "function") element.click();
  }
  return elements.length;
}"""


class BrowserThread:
    """Chromium driven from one thread of its own; every call goes through :meth:`run`."""

    def __init__(self) -> None:
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="xss-chromium")
        self._playwright: Playwright | None = None
        self.browser: Browser = self.run(self._start)

    def run(self, function: Callable[..., T], *args: Any) -> T:
        return self._thread.submit(function, *args).result(timeout=180)

    def _start(self) -> Browser:
        self._playwright = sync_playwright().start()
        return self._playwright.chromium.launch(
            executable_path=shutil.which("chromium") or "/usr/bin/chromium", args=CHROMIUM_ARGS
        )

    def close(self) -> None:
        def stop() -> None:
            self.browser.close()
            if self._playwright is not None:
                self._playwright.stop()

        try:
            self.run(stop)
        finally:
            self._thread.shutdown()


@dataclass
class Observed:
    calls: list[str]
    dialogs: list[str]
    requests: list[str]
    elements: int

    def __bool__(self) -> bool:
        return bool(self.calls or self.dialogs or self.requests)


def observe(browser: Browser, fragments: list[str]) -> Observed:
    """Load the fragments, each in its own div, poke every element, report what ran."""
    divs = "".join(f'<div data-payload="{n}">{html}</div>\n' for n, html in enumerate(fragments))
    page_html = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>XSS check</title>'
        '<link rel="icon" href="data:,">'
        f"<script>{TRAP}</script></head><body>{divs}</body></html>"
    )
    dialogs: list[str] = []
    requests: list[str] = []
    served: list[bool] = []

    def on_dialog(dialog: Dialog) -> None:
        dialogs.append(dialog.message)
        with contextlib.suppress(PlaywrightError):  # the page may be closing already
            dialog.dismiss()

    def on_route(route: Route) -> None:
        if route.request.url == PAGE_URL and not served:
            served.append(True)
            body = page_html.encode("utf-8", "replace")  # unencodable: the unit tests' job
            route.fulfill(status=200, content_type="text/html; charset=utf-8", body=body)
        else:
            requests.append(route.request.url)
            route.abort()

    context = browser.new_context()
    try:
        page = context.new_page()
        page.on("dialog", on_dialog)
        page.route("**/*", on_route)
        page.goto(PAGE_URL)
        try:
            elements = page.evaluate(POKE_EVERYTHING, EVENTS)
            page.wait_for_timeout(300)
            calls = page.evaluate("window.__xss || ['the page was replaced']")
        except PlaywrightError as error:  # something navigated the page away
            elements, calls = 0, [f"page lost: {error.message.splitlines()[0]}"]
        return Observed(calls=calls, dialogs=dialogs, requests=requests, elements=elements)
    finally:
        context.close()


@pytest.fixture(scope="module")
def chromium() -> Iterator[BrowserThread]:
    browser = BrowserThread()
    yield browser
    browser.close()


def test_no_rendered_payload_runs_script_or_loads_anything(chromium: BrowserThread) -> None:
    rendered = [render_markdown(payload) for payload in PAYLOADS]
    rendered_twice = [render_markdown(html) for html in rendered]
    observed = chromium.run(observe, chromium.browser, rendered + rendered_twice)
    assert observed.elements > len(PAYLOADS)  # the page really held the payloads' markup
    if observed:
        # Name the culprits: one page per payload.
        culprits = {}
        for payload, html in zip(PAYLOADS * 2, rendered + rendered_twice, strict=True):
            alone = chromium.run(observe, chromium.browser, [html])
            if alone:
                culprits[payload] = (html, alone)
        pytest.fail(f"Payloads ran in Chromium: {observed}\n{culprits}")


@pytest.mark.parametrize(
    ("unsanitised", "seen"),
    [
        ("<img src=x onerror=alert(1)>", lambda o: "alert(1)" in o.calls),
        ("<img src=x>", lambda o: o.requests == [PAGE_URL + "x"]),
        ("<script>prompt(2)</script>", lambda o: "prompt(2)" in o.calls),
        ('<div onmouseover="confirm(3)">hover</div>', lambda o: "confirm(3)" in o.calls),
        ("<p onfocus=alert(4) tabindex=0>focus</p>", lambda o: "alert(4)" in o.calls),
        ('<a href="javascript:alert(5)">x</a>', lambda o: "alert(5)" in o.calls),
        ('<a href="JaVa&#x09;ScRiPt:alert(6)">x</a>', lambda o: "alert(6)" in o.calls),
        ("<svg><animate onbegin=alert(7) attributeName=x>", lambda o: "alert(7)" in o.calls),
        ('<iframe srcdoc="<script>alert(8)</script>"></iframe>', lambda o: o.dialogs == ["8"]),
        ('<link rel=stylesheet href="//evil.example/x.css">', lambda o: bool(o.requests)),
        ('<p style="background:url(//evil.example/b.png)">x</p>', lambda o: bool(o.requests)),
    ],
    ids=lambda value: value if isinstance(value, str) else "",
)
def test_the_harness_sees_an_unsanitised_payload(
    chromium: BrowserThread, unsanitised: str, seen: Callable[[Observed], bool]
) -> None:
    observed = chromium.run(observe, chromium.browser, [unsanitised])
    assert observed
    assert seen(observed), observed


def test_the_harness_sees_nothing_in_harmless_markup(chromium: BrowserThread) -> None:
    harmless = render_markdown(
        "# Title\n\n[a link](https://example.org) [mail](mailto:a@example.org) [top](#top)\n\n"
        "| a | b |\n|---|--:|\n| 1 | 2 |\n\n```\ncode\n```"
    )
    observed = chromium.run(observe, chromium.browser, [harmless])
    assert not observed, observed
    assert observed.elements >= 10
