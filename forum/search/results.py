"""What a backend returns, and the one place a snippet becomes HTML."""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from html import escape

from markupsafe import Markup

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
    def pages(self) -> int:
        return max(1, math.ceil(self.total / self.per_page))

    # The rest of the pagination interface templates/macros/pagination.html uses.
    @property
    def has_prev(self) -> bool:
        return self.page > 1

    @property
    def has_next(self) -> bool:
        return self.page < self.pages

    @property
    def prev_num(self) -> int:
        return self.page - 1

    @property
    def next_num(self) -> int:
        return self.page + 1

    def iter_pages(
        self,
        *,
        left_edge: int = 1,
        left_current: int = 2,
        right_current: int = 2,
        right_edge: int = 1,
    ) -> Iterator[int | None]:
        shown = set(range(1, min(left_edge, self.pages) + 1))
        shown |= set(
            range(max(1, self.page - left_current), min(self.pages, self.page + right_current) + 1)
        )
        shown |= set(range(max(1, self.pages - right_edge + 1), self.pages + 1))
        previous = 0
        for number in sorted(shown):
            if number != previous + 1:
                yield None
            yield number
            previous = number


def snippet_html(marked: str) -> Markup:
    """The only HTML search makes: escaped text, with <mark> around matched words."""
    return Markup(escape(marked).replace(MARK_START, "<mark>").replace(MARK_END, "</mark>"))  # noqa: S704 - escaped just before


def plain_snippet(text: str, limit: int = SNIPPET_CHARS) -> str:
    """The start of a text, cut at a word, when no matched words are in it."""
    text = text.replace(MARK_START, "").replace(MARK_END, "")
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + " …"
