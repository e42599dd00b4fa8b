"""`/api/search` against its OpenAPI document: the document is valid, real responses match
it, and generated requests never break it (its rate limit: test_rate_limits.py).

Every test runs on Whoosh; with `--db=postgres` each also runs on PostgreSQL full-text
search.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from flask import Flask
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openapi_spec_validator import validate

from forum.boards import posting
from forum.extensions import db
from forum.search.query import KINDS
from forum.search.results import PER_PAGE
from forum.search.service import MAX_PAGE, SORTS
from forum.search.writer import apply_all
from tests.support.factories import make_board, make_guidance_page, make_topic, make_user
from tests.support.openapi import assert_documented, document
from tests.support.pages import CheckedClient


@pytest.fixture
def app_overrides(search_backend: str) -> dict[str, Any]:
    return {"SEARCH_BACKEND": search_backend}


def start(board: Any, author: Any, title: str, body: str) -> None:
    posting.start_thread(board=board, author=author, title=title, body=body, notify_by_email=False)
    db.session.commit()


@pytest.fixture
def seeded(app: Flask) -> None:
    """A little of everything: guidance with topics, threads on two boards, replies."""
    graffiti = make_topic(slug="graffiti-fly-posting", name="Graffiti and fly-posting")
    waste = make_topic(slug="fly-tipping-bulky-waste", name="Fly-tipping")
    make_guidance_page(
        slug="graffiti",
        title="Graffiti standards",
        topics=[graffiti],
        markdown="Remove racist graffiti within a day.\n\n## Monitoring\n\nPhotograph it.\n",
    )
    make_guidance_page(
        slug="bulky", title="Bulky waste", topics=[waste], markdown="Book a collection.\n"
    )
    author = make_user(display_name="Jane Smith")
    general = make_board(slug="general", name="General discussion")
    estates = make_board(slug="estates", name="Estates")
    start(general, author, "Graffiti on the garages", "Who removes graffiti from garages?")
    start(estates, author, "Bulky waste on the estate", "Mattresses left by the bins.")
    thread = posting.start_thread(
        board=general,
        author=author,
        title="Street lighting",
        body="Lamps out on Elm Road.",
        notify_by_email=False,
    )
    posting.reply(
        thread=thread, author=author, body="Graffiti on the lamp posts too.", notify_by_email=False
    )
    db.session.commit()
    apply_all(app)


# -- the document ---------------------------------------------------------------------------


def test_the_openapi_document_is_valid_and_served(client: CheckedClient) -> None:
    described = document()
    validate(described)  # OpenAPI 3.1, its schemas JSON Schema 2020-12
    response = client.get("/api/openapi.json")
    assert response.status_code == 200
    assert response.get_json() == described


def test_the_document_agrees_with_the_code() -> None:
    operation = document()["paths"]["/api/search"]["get"]
    parameters = {p["name"]: p["schema"] for p in operation["parameters"]}
    assert set(parameters) == {"q", "kind", "topic", "board", "sort", "exact", "page"}
    assert parameters["kind"]["enum"] == list(KINDS)
    assert parameters["sort"]["enum"] == list(SORTS)
    assert (parameters["page"]["minimum"], parameters["page"]["maximum"]) == (1, MAX_PAGE)
    schemas = document()["components"]["schemas"]
    assert schemas["SearchResults"]["properties"]["hits"]["maxItems"] == PER_PAGE
    assert set(operation["responses"]) == {"200", "400", "429"}


# -- real responses -------------------------------------------------------------------------


@pytest.mark.usefixtures("seeded")
def test_responses_keep_the_old_shape_and_add_the_estimate_and_links(
    client: CheckedClient,
) -> None:
    data = assert_documented(client.get("/api/search?q=graffiti&kind=guidance"))
    assert set(data) == {
        *("query", "total", "page", "suggestion", "facets", "hits"),
        *("total_is_estimate", "links"),
    }
    assert (data["query"], data["page"], data["total"]) == ("graffiti", 1, 1)
    assert data["total_is_estimate"] is False
    assert set(data["hits"][0]) == {"kind", "title", "url", "snippet"}
    assert data["links"] == {
        "self": "/api/search?q=graffiti&kind=guidance&page=1",
        "next": None,
        "prev": None,
    }


def test_links_page_through_keeping_the_query_and_filters(
    app: Flask, client: CheckedClient
) -> None:
    topic = make_topic(slug="allotments", name="Allotments")
    board, author = make_board(slug="general"), make_user()
    for n in range(45):
        posting.start_thread(
            board=board,
            author=author,
            title=f"Allotment list {n}",
            body=f"Plots {n}.",
            topics=[topic],
            notify_by_email=False,
        )
    db.session.commit()
    apply_all(app)
    first = assert_documented(client.get("/api/search?q=allotment&kind=thread&sort=date"))
    assert (first["total"], len(first["hits"]), first["links"]["prev"]) == (45, 20, None)
    seen = [hit["url"] for hit in first["hits"]]
    link = first["links"]["next"]
    pages = [first]
    while link:
        settings_ = parse_qs(urlsplit(link).query)
        assert settings_["q"] == ["allotment"]
        assert settings_["kind"] == ["thread"]
        assert settings_["sort"] == ["date"]
        page = assert_documented(client.get(link))
        assert page["links"]["self"] == link
        assert client.get(page["links"]["prev"]).get_json()["page"] == page["page"] - 1
        seen += [hit["url"] for hit in page["hits"]]
        pages.append(page)
        link = page["links"]["next"]
    assert [p["page"] for p in pages] == [1, 2, 3]
    assert len(seen) == len(set(seen)) == 45
    beyond = assert_documented(client.get("/api/search?q=allotment&kind=thread&page=7"))
    assert beyond["hits"] == []
    assert (beyond["links"]["next"], parse_qs(urlsplit(beyond["links"]["prev"]).query)["page"]) == (
        None,
        ["3"],
    )


def test_a_very_common_word_says_its_total_is_an_estimate(
    app: Flask, client: CheckedClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    from forum.search import postgres_backend, whoosh_backend

    monkeypatch.setattr(whoosh_backend, "COMMON_MIN_DOCS", 3)
    monkeypatch.setattr(whoosh_backend, "COMMON_SHARE", 0.0)
    monkeypatch.setattr(whoosh_backend, "NEWEST_MATCHES", 4)
    monkeypatch.setattr(postgres_backend, "REPLY_CANDIDATES", 4)
    monkeypatch.setattr(postgres_backend, "GUIDANCE_CANDIDATES", 4)
    board, author = make_board(slug="general"), make_user()
    for n in range(12):
        start(board, author, f"Estate walkabout {n}", f"Wheelie bins left out on day {n}.")
    start(board, author, "Street parties", "Closing the road for a party.")
    apply_all(app)
    assert assert_documented(client.get("/api/search?q=wheelie+bins"))["total_is_estimate"]
    assert not assert_documented(client.get("/api/search?q=parties"))["total_is_estimate"]


@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ("page=abc", "page"),
        ("page=0", "page"),
        ("page=-3", "page"),
        ("page=1.5", "page"),
        (f"page={MAX_PAGE + 1}", "page"),
        ("page=99999999999999999999999", "page"),
        ("kind=nonsense", "kind"),
        ("sort=oldest", "sort"),
        ("exact=yes", "exact"),
    ],
)
def test_bad_parameters_get_a_400_that_names_them(
    client: CheckedClient, query: str, parameter: str
) -> None:
    data = assert_documented(client.get(f"/api/search?q=graffiti&{query}"))
    assert data["status"] == 400
    assert data["parameter"] == parameter
    assert parameter in data["message"]


@pytest.mark.parametrize("query", ["page=abc", "page=0", "page=-3", "kind=nonsense", "sort=x"])
def test_the_search_page_reads_bad_parameters_as_the_nearest_sensible_ones(
    client: CheckedClient, query: str
) -> None:
    assert client.get(f"/search?q=graffiti&{query}").status_code == 200


# -- generated requests ---------------------------------------------------------------------

TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=60)
WORDS = st.sampled_from(["graffiti", "bulky waste", '"street lighting"', "-lamps", "kind:post"])


FILTERS = {
    "q": st.one_of(TEXT, WORDS, st.tuples(WORDS, TEXT).map(" ".join)),
    "topic": st.one_of(st.sampled_from(["graffiti-fly-posting", "nope"]), TEXT),
    "board": st.one_of(st.sampled_from(["general", "estates"]), TEXT),
}
VALID = {
    "kind": st.sampled_from(["", *KINDS, "Guidance"]),
    "sort": st.sampled_from(SORTS),
    "exact": st.sampled_from(["0", "1", ""]),
    "page": st.integers(min_value=1, max_value=3).map(str),
}
ANYTHING = {
    "kind": TEXT,
    "sort": TEXT,
    "exact": st.sampled_from(["true", "2", "01"]),
    "page": st.one_of(
        st.integers(min_value=-(10**20), max_value=10**20).map(str),
        st.sampled_from(["0", str(MAX_PAGE), str(MAX_PAGE + 1), "1.5", " 2", "²", "٣"]),
        TEXT,
    ),
}
# Half the requests have only usable parameters, so they reach the search itself.
PARAMETERS = st.one_of(
    st.fixed_dictionaries({}, optional=FILTERS | VALID),
    st.fixed_dictionaries(
        {}, optional=FILTERS | {name: st.one_of(VALID[name], ANYTHING[name]) for name in VALID}
    ),
)


@pytest.mark.usefixtures("seeded")
def test_generated_requests_never_fail_and_always_match_the_document(
    client: CheckedClient,
) -> None:
    @settings(
        max_examples=100,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow],
    )
    @given(PARAMETERS)
    def check(parameters: dict[str, str]) -> None:
        response = client.get("/api/search", query_string=parameters)
        assert response.status_code < 500, response.get_data(as_text=True)
        data = assert_documented(response)
        if response.status_code == 200:
            assert client.get(data["links"]["self"]).get_json() == data

    check()
