"""Relevance of site search on the demo guidance: success@3 over tests/relevance/queries.json.

Usage: python bench/relevance.py [--verbose]   (uses DATABASE_URL / SEARCH_BACKEND as set;
the database must hold the demo guidance: flask --app forum seed-demo).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from forum import create_app
from forum.search.service import SearchRequest, search

QUERIES = Path(__file__).resolve().parent.parent / "tests" / "relevance" / "queries.json"


def guidance_slugs(hits: list) -> list[str]:
    """Distinct guidance pages in result order."""
    slugs: list[str] = []
    for hit in hits:
        if hit.url.startswith("/guidance/"):
            slug = hit.url.split("/")[2].split("#")[0]
            if slug not in slugs:
                slugs.append(slug)
    return slugs


def main() -> int:
    verbose = "--verbose" in sys.argv
    app = create_app({"SEARCH_WRITER": "none"})
    cases = json.loads(QUERIES.read_text())
    found = 0
    with app.test_request_context():
        for case in cases:
            slugs = guidance_slugs(search(SearchRequest(q=case["query"])).hits)
            ok = case["expected"] in slugs[:3]
            found += ok
            if verbose or not ok:
                rank = slugs.index(case["expected"]) + 1 if case["expected"] in slugs else None
                print(
                    f"{'ok  ' if ok else 'MISS'} {case['query']!r}: expected {case['expected']} "
                    f"(rank {rank}); top {slugs[:3]}"
                )
    print(
        f"{app.config['SEARCH_BACKEND']}: success@3 {found}/{len(cases)} = {found / len(cases):.1%}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
