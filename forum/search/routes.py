"""The search page and its JSON twin, `/api/search` (a stable seam: DESIGN.md)."""

from __future__ import annotations

import re

from flask import Blueprint, abort, jsonify, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user

from forum.permissions import can_edit_guidance
from forum.search.query import KINDS
from forum.search.service import SORTS, SearchRequest, search

bp = Blueprint("search", __name__)


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


@bp.route("/api/search")
def api() -> ResponseReturnValue:
    """Public content only, whoever asks: the same results a signed-out person sees."""
    results = search(_request())
    response = jsonify(
        {
            "query": results.query,
            "total": results.total,
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
        }
    )
    response.headers["Cache-Control"] = "no-store"
    return response
