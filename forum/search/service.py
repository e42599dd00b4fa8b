"""The search service: the one way anything in the site searches.

`search()` parses what was typed, corrects words the index has never seen, asks the
configured backend for one page of results, then checks each hit against the database
before showing it: visibility is decided here, for every caller, not in a template.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from flask import Flask, current_app

from forum.data import search as search_data
from forum.search.documents import EDITORS, PUBLIC
from forum.search.query import KINDS, ParsedQuery, parse_query
from forum.search.results import (
    PER_PAGE,
    BackendResults,
    FacetValue,
    Hit,
    RawHit,
    SearchResults,
    snippet_html,
)

log = logging.getLogger(__name__)

MAX_PAGE = 50
SORTS = ("relevance", "date")
KIND_LABELS = {"guidance": "Guidance", "thread": "Discussions", "post": "Replies"}


def backend_for(app: Flask) -> Any:
    backend = app.extensions.get("search_backend")
    if backend is None:
        if app.config["SEARCH_BACKEND"] == "postgres":
            from forum.search.postgres_backend import PostgresBackend

            backend = PostgresBackend()
        else:
            from forum.search.whoosh_backend import WhooshBackend

            backend = WhooshBackend(app.config["SEARCH_INDEX_DIR"])
        app.extensions["search_backend"] = backend
    return backend


@dataclass(frozen=True)
class SearchRequest:
    q: str = ""
    kind: str | None = None
    topic: str | None = None
    board: str | None = None
    page: int = 1
    sort: str = "relevance"
    exact: bool = False  # search for the words as typed, without correcting them


def search(request: SearchRequest, *, include_unpublished: bool = False) -> SearchResults:
    parsed = parse_query(request.q)
    _add_filter(parsed, "kind", request.kind if request.kind in KINDS else None)
    _add_filter(parsed, "topic", request.topic)
    _add_filter(parsed, "board", request.board)
    page = min(max(request.page, 1), MAX_PAGE)
    if request.page > MAX_PAGE:
        parsed.notices.append(f"Only the first {MAX_PAGE} pages of results are shown.")
    if parsed.is_empty:
        return SearchResults(
            query=parsed.text, page=page, hits=[], total=0, facets={}, notices=parsed.notices
        )
    backend = backend_for(current_app._get_current_object())  # type: ignore[attr-defined]
    audiences = (PUBLIC, EDITORS) if include_unpublished else (PUBLIC,)
    options = {
        "page": page,
        "per_page": PER_PAGE,
        "sort": request.sort if request.sort in SORTS else "relevance",
        "audiences": audiences,
        "collapse": parsed.filters.get("kind") != ["post"],
    }
    suggestion, corrected_query = _spelling(backend, parsed)
    raw, hits = None, []
    if suggestion is not None:
        raw = backend.search(corrected_query, **options)
        hits = _shown_hits(raw, include_unpublished=include_unpublished)
        if not hits:
            # A correction is only offered when it finds something this person may see: the
            # vocabulary also holds words from drafts and from posts since deleted.
            suggestion, raw = None, None
    corrected = suggestion is not None and not request.exact
    if raw is None or not corrected:
        raw = backend.search(parsed, **options)
        hits = _shown_hits(raw, include_unpublished=include_unpublished)
    return SearchResults(
        query=parsed.text,
        page=page,
        hits=hits,
        total=raw.total,
        facets=_facets(raw, parsed),
        suggestion=suggestion,
        corrected=corrected,
        notices=parsed.notices,
        exact=raw.exact,
    )


def _add_filter(parsed: ParsedQuery, name: str, value: str | None) -> None:
    if value:
        values = parsed.filters.setdefault(name, [])
        if value not in values:
            values.append(value)


def _spelling(backend: Any, parsed: ParsedQuery) -> tuple[str | None, ParsedQuery]:
    """Words the index has never seen, replaced by the closest word it has (if any)."""
    words = [w for w in parsed.words if w.isalpha() and len(w) > 2 and not parsed.alternatives(w)]
    unknown = set(words) - backend.known_words(set(words))
    if not unknown:
        return None, parsed
    corrections = {}
    for word in unknown:
        better = backend.correct(word)
        if better and better != word:
            corrections[word] = better
    if not corrections:
        return None, parsed
    corrected = parsed.with_words([corrections.get(w, w) for w in parsed.words])
    return corrected.display(), corrected


def _shown_hits(raw: BackendResults, *, include_unpublished: bool) -> list[Hit]:
    groups = {hit.group for hit in raw.hits}
    visible = search_data.visible_groups(groups, include_unpublished=include_unpublished)
    post_ids = {int(h.doc_id.split(":")[1]) for h in raw.hits if h.source == "post"}
    hidden = search_data.hidden_posts(post_ids)
    boards = search_data.board_names({h.board for h in raw.hits if h.board})
    hits = []
    for hit in raw.hits:
        if hit.group not in visible:
            continue
        if hit.source == "post" and int(hit.doc_id.split(":")[1]) in hidden:
            continue
        hits.append(_hit(hit, boards.get(hit.board, "")))
    return hits


def _hit(hit: RawHit, board_name: str) -> Hit:
    if hit.source == "page":
        context = "Guidance"
    elif hit.source == "section":
        context = f"Guidance: {hit.heading}" if hit.heading else "Guidance"
    elif hit.source == "attachment":
        context = f"Guidance: found in the attached file “{hit.heading}”"
    elif hit.source == "thread":
        context = f"Discussion in {board_name}" if board_name else "Discussion"
    else:
        context = f"Reply in {board_name}" if board_name else "Reply"
    return Hit(
        kind=hit.kind,
        source=hit.source,
        title=hit.title,
        url=hit.url,
        snippet=snippet_html(hit.snippet),
        context=context,
        created_at=hit.created_at,
    )


def _facets(raw: BackendResults, parsed: ParsedQuery) -> dict[str, list[FacetValue]]:
    labels = {
        "kind": KIND_LABELS,
        "topic": search_data.topic_names(raw.facets.get("topic", {})),
        "board": search_data.board_names(raw.facets.get("board", {})),
    }
    facets: dict[str, list[FacetValue]] = {}
    for name, counts in raw.facets.items():
        selected = set(parsed.filters.get(name, []))
        values = [
            FacetValue(value, labels[name].get(value, value), count, value in selected)
            for value, count in counts.items()
            if value in labels[name]
        ]
        values.sort(key=lambda v: (-v.count, v.label))
        facets[name] = values
    return facets


SIMILAR_LIMIT = 5


def similar_threads(title: str, *, limit: int = SIMILAR_LIMIT) -> list[Hit]:
    """Threads like one being written, to show before it is posted. Never in the way: if
    search is unavailable, there are simply no suggestions."""
    try:
        return search(SearchRequest(q=title, kind="thread")).hits[:limit]
    except Exception:
        log.warning("Similar threads unavailable", exc_info=True)
        return []
