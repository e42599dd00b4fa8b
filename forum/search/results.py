"""What a backend returns, and the one place a snippet becomes HTML."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from html import escape

from markupsafe import Markup

from forum.pagination import PageOf

# Backends mark matched words with these characters (never in indexed text, which is built
# from sanitised HTML and plain fields); `snippet_html` escapes everything else.
MARK_START = "\x02"
MARK_END = "\x03"
PER_PAGE = 20
SNIPPET_CHARS = 240


@dataclass(frozen=True)
class RawHit:
    """A document a backend matched: enough to show it, checked against the database later."""

    doc_id: str
    group: str
    kind: str
    source: str
    title: str
    heading: str
    url: str
    created_at: datetime
    snippet: str  # plain text with MARK_START/MARK_END around matched words
    score: float
    board: str = ""


@dataclass
class BackendResults:
    hits: list[RawHit]
    total: int  # results after collapsing sections into pages and posts into threads
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    exact: bool = True  # False: so many matches that total and facets are estimates


@dataclass(frozen=True)
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool


@dataclass(frozen=True)
class Hit:
    kind: str
    source: str
    title: str
    url: str
    snippet: str  # HTML: escaped text with <mark> around matches
    context: str  # "Guidance · Section: Redress", "Thread in General discussion"...
    created_at: datetime


@dataclass
class SearchResults:
    query: str
    page: int
    hits: list[Hit]
    total: int
    facets: dict[str, list[FacetValue]]
    suggestion: str | None = None
    corrected: bool = False  # hits are for the suggestion: the query as typed found nothing
    exact: bool = True  # False: the total is an estimate and facets count the best matches
    notices: list[str] = field(default_factory=list)
    per_page: int = PER_PAGE

    @property
    def pagination(self) -> PageOf[Hit]:
        return PageOf(items=self.hits, page=self.page, per_page=self.per_page, total=self.total)

    @property
    def pages(self) -> int:
        return self.pagination.pages


def snippet_html(marked: str) -> Markup:
    """The only HTML search makes: escaped text, with <mark> around matched words."""
    return Markup(escape(marked).replace(MARK_START, "<mark>").replace(MARK_END, "</mark>"))  # noqa: S704 - escaped just before


def plain_snippet(text: str, limit: int = SNIPPET_CHARS) -> str:
    """The start of a text, cut at a word, when no matched words are in it."""
    text = text.replace(MARK_START, "").replace(MARK_END, "")
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + " …"
