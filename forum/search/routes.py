"""The search page and its JSON twin, `/api/search` (a stable seam: DESIGN.md), described
by the OpenAPI document at `/api/openapi.json` (forum/search/openapi.json)."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any

from flask import Blueprint, abort, current_app, jsonify, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user

from forum.errors import ERROR_PAGES
from forum.extensions import limiter
from forum.permissions import can_edit_guidance
from forum.search.query import KINDS
from forum.search.results import SearchResults
from forum.search.service import MAX_PAGE, SORTS, SearchRequest, search

bp = Blueprint("search", __name__)

# The page and the API share one budget per client address (RATELIMIT_SEARCH).
search_limit = limiter.shared_limit(lambda: current_app.config["RATELIMIT_SEARCH"], scope="search")


class BadParameterError(ValueError):
    """An API parameter the API cannot use; its message says what to send instead."""

    def __init__(self, parameter: str, message: str) -> None:
        super().__init__(message)
        self.parameter = parameter


def _request() -> SearchRequest:
    args = request.args
    kind = args.get("kind", "").strip().lower()
    return SearchRequest(
        q=args.get("q", "", type=str)[:10_000],
        kind=kind if kind in KINDS else None,
        topic=args.get("topic", "").strip().lower()[:64] or None,
        board=args.get("board", "").strip().lower()[:100] or None,
        page=max(args.get("page", 1, type=int) or 1, 1),
        sort=args.get("sort", "relevance") if args.get("sort") in SORTS else "relevance",
        exact=args.get("exact") == "1",
    )


@bp.route("/search")
@search_limit
def page() -> ResponseReturnValue:
    wanted = _request()
    results = search(wanted, include_unpublished=can_edit_guidance(current_user))
    if results.total and not results.hits and wanted.page > results.pages:
        abort(404)

    def link(**changes: str) -> str:
        """This search with some settings changed (only ours: never url_for's own)."""
        return url_for("search.page", **_settings(wanted, changes))

    def without(name: str) -> str:
        """This search without a filter, whether chosen from the list or typed in."""
        typed = re.sub(rf'(?i)(^|\s)-?{name}:("[^"]*"?|\S*)', " ", wanted.q)
        return link(q=" ".join(typed.split()), **{name: ""})

    return render_template(
        "search/results.html", results=results, wanted=wanted, link=link, without=without
    )


def _settings(wanted: SearchRequest, changes: dict[str, str]) -> dict[str, str]:
    settings = {
        "q": wanted.q,
        "kind": wanted.kind or "",
        "topic": wanted.topic or "",
        "board": wanted.board or "",
        "sort": "" if wanted.sort == "relevance" else wanted.sort,
        "exact": "1" if wanted.exact else "",
    }
    settings |= changes
    return {key: value for key, value in settings.items() if value}


def _api_request() -> SearchRequest:
    """The API's parameters, checked strictly: a mistake gets a 400 that names it, where
    the page (for people following links) quietly uses the nearest sensible value."""
    args = request.args
    raw_page = args.get("page", "1").strip()
    if not raw_page.isascii() or not raw_page.isdigit():
        raise BadParameterError("page", f"page must be a whole number from 1 to {MAX_PAGE}.")
    page = int(raw_page) if len(raw_page) <= 4 else MAX_PAGE + 1
    if not 1 <= page <= MAX_PAGE:
        raise BadParameterError("page", f"page must be a whole number from 1 to {MAX_PAGE}.")
    kind = args.get("kind", "").strip().lower()
    if kind and kind not in KINDS:
        raise BadParameterError("kind", f"kind must be one of {', '.join(KINDS)}, or left out.")
    sort = args.get("sort", "relevance").strip().lower() or "relevance"
    if sort not in SORTS:
        raise BadParameterError("sort", f"sort must be one of {', '.join(SORTS)}, or left out.")
    exact = args.get("exact", "0").strip() or "0"
    if exact not in ("0", "1"):
        raise BadParameterError("exact", "exact must be 1 (words as typed) or 0, or left out.")
    return SearchRequest(
        q=args.get("q", "", type=str)[:10_000],
        kind=kind or None,
        topic=args.get("topic", "").strip().lower()[:64] or None,
        board=args.get("board", "").strip().lower()[:100] or None,
        page=page,
        sort=sort,
        exact=exact == "1",
    )


def _links(wanted: SearchRequest, results: SearchResults) -> dict[str, str | None]:
    """This page, and the pages either side (None at the ends), with the same settings."""

    def at(page: int) -> str:
        return url_for("search.api", **_settings(wanted, {"page": str(page)}))

    last = min(results.pages, MAX_PAGE)
    return {
        "self": at(results.page),
        "next": at(results.page + 1) if results.page < last else None,
        "prev": at(min(results.page - 1, max(last, 1))) if results.page > 1 else None,
    }


def _bad_parameter(error: BadParameterError) -> ResponseReturnValue:
    body = {
        "error": ERROR_PAGES[400].title,
        "message": str(error),
        "status": 400,
        "parameter": error.parameter,
    }
    return jsonify(body), 400, {"Cache-Control": "no-store"}


@bp.route("/api/search")
@search_limit
def api() -> ResponseReturnValue:
    """Public content only, whoever asks: the same results a signed-out person sees."""
    try:
        wanted = _api_request()
    except BadParameterError as error:
        return _bad_parameter(error)
    results = search(wanted)
    response = jsonify(
        {
            "query": results.query,
            "total": results.total,
            "total_is_estimate": not results.exact,
            "page": results.page,
            "suggestion": results.suggestion,
            "facets": {
                name: [{"value": v.value, "label": v.label, "count": v.count} for v in values]
                for name, values in results.facets.items()
            },
            "hits": [
                {"kind": hit.kind, "title": hit.title, "url": hit.url, "snippet": hit.snippet}
                for hit in results.hits
            ],
            "links": _links(wanted, results),
        }
    )
    response.headers["Cache-Control"] = "no-store"
    return response


@cache
def openapi_document() -> dict[str, Any]:
    """The API's OpenAPI 3.1 description, read from the package once per process."""
    text = resources.files("forum.search").joinpath("openapi.json").read_text(encoding="utf-8")
    return json.loads(text)


@bp.route("/api/openapi.json")
def openapi() -> ResponseReturnValue:
    response = jsonify(openapi_document())
    response.headers["Cache-Control"] = "public, max-age=3600"
    return response
