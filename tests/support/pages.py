"""Checks every HTML page a test fetches, in the spirit of Notify's `client_request`."""

from __future__ import annotations

import contextvars
import re
from collections import Counter
from dataclasses import dataclass
from xml.etree.ElementTree import Element

import html5lib
from flask import has_app_context
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from forum.extensions import db

_WHITESPACE = re.compile(r"\s+")


def text_of(element: Element | None) -> str:
    if element is None:
        return ""
    return _WHITESPACE.sub(" ", "".join(element.itertext())).strip()


def parse_html(html: str) -> Element:
    """Parse as HTML5, failing on any parse error (unclosed tags, stray end tags, ...)."""
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    return parser.parse(html)


@dataclass
class Page:
    """A parsed page with a few conveniences for assertions."""

    root: Element

    def all(self, tag: str) -> list[Element]:
        return list(self.root.iter(tag))

    def one(self, tag: str) -> Element:
        found = self.all(tag)
        assert len(found) == 1, f"expected one <{tag}>, found {len(found)}"
        return found[0]

    @property
    def h1(self) -> str:
        return text_of(self.one("h1"))

    @property
    def title(self) -> str:
        return text_of(self.one("title"))

    def by_id(self, element_id: str) -> Element | None:
        return next((e for e in self.root.iter() if e.get("id") == element_id), None)

    def with_class(self, class_name: str) -> list[Element]:
        return [e for e in self.root.iter() if class_name in (e.get("class") or "").split()]

    @property
    def error_summary(self) -> list[str]:
        return [
            text_of(li) for box in self.with_class("govuk-error-summary") for li in box.iter("li")
        ]

    @property
    def text(self) -> str:
        return text_of(self.root.find("body"))

    def field_value(self, name: str) -> str | None:
        for element in self.root.iter():
            if element.get("name") == name:
                if element.tag == "textarea":
                    return element.text or ""
                if element.tag == "select":
                    selected = [o for o in element.iter("option") if o.get("selected") is not None]
                    return selected[0].get("value") if selected else None
                return element.get("value")
        return None


def check_page(response: TestResponse) -> Page:
    """The rules every page keeps; returns the parsed page."""
    page = Page(parse_html(response.get_data(as_text=True)))
    h1s = page.all("h1")
    assert len(h1s) == 1, f"{response.request.path}: expected one <h1>, found {len(h1s)}"
    h1 = text_of(h1s[0])
    assert page.title.startswith(h1), f"<title> {page.title!r} does not begin with <h1> {h1!r}"
    ids = Counter(e.get("id") for e in page.root.iter() if e.get("id"))
    repeated = [i for i, count in ids.items() if count > 1]
    assert not repeated, f"{response.request.path}: repeated ids {repeated}"
    for form in page.all("form"):
        assert form.get("action"), f"{response.request.path}: a form has no action"
        if (form.get("method") or "get").lower() == "post":
            tokens = [i for i in form.iter("input") if i.get("name") == "csrf_token"]
            assert tokens, f"{response.request.path}: a POST form has no csrf_token"
    return page


class CheckedClient(FlaskClient):
    """A test client that checks every HTML page it receives and posts forms with CSRF."""

    def open(self, *args, **kwargs) -> TestResponse:  # type: ignore[override]
        """Run each request in its own application context, as a server would.

        Tests keep an app context pushed for factories and queries; Flask would reuse it
        for requests, sharing `g` between them. An empty contextvars.Context hides it. The
        test's session commits first (so the request sees its rows) and is expired after
        (so the test sees the request's writes).
        """
        if has_app_context():
            db.session.commit()
        kwargs.setdefault("buffered", True)  # read and close file responses at once
        response = contextvars.Context().run(super().open, *args, **kwargs)
        if has_app_context():
            db.session.expire_all()
        if response.mimetype == "text/html" and not 300 <= response.status_code < 400:
            check_page(response)
        return response

    def page(self, url: str, expected_status: int = 200) -> Page:
        response = self.get(url)
        assert response.status_code == expected_status, (
            f"GET {url}: {response.status_code}, expected {expected_status}"
        )
        return check_page(response)

    def csrf_token(self, url: str = "/login") -> str:
        """Read a fresh CSRF token from a page's form, as a browser would."""
        page = check_page(self.get(url))
        for element in page.root.iter("input"):
            if element.get("name") == "csrf_token":
                return element.get("value") or ""
        raise AssertionError(f"no csrf_token on {url}")

    def submit(
        self, url: str, data: dict[str, str] | None = None, *, from_page: str | None = None
    ) -> TestResponse:
        """POST a form the way a browser does: with the CSRF token from the page."""
        token = self.csrf_token(from_page or "/login")
        return self.post(url, data={**(data or {}), "csrf_token": token})
