"""What people type, as the search service understands it; and how results are written out."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from forum.search.query import MAX_QUERY_CHARS, MAX_TERMS, parse_query
from forum.search.results import MARK_END, MARK_START, SearchResults, plain_snippet, snippet_html
from forum.search.synonyms import SYNONYMS


def test_plain_words_are_lower_cased_and_common_words_dropped() -> None:
    parsed = parse_query("How do we set Graffiti removal TIMES?")
    assert parsed.words == ["set", "graffiti", "removal", "times"]
    assert parsed.notices == []


def test_quotes_make_phrases_and_a_minus_sign_excludes() -> None:
    parsed = parse_query('"response time" -police -"bulky waste" litter')
    assert parsed.phrases == [["response", "time"]]
    assert parsed.excluded == [["police"], ["bulky", "waste"]]
    assert parsed.words == ["litter"]


def test_field_filters_are_recognised_and_normalised() -> None:
    parsed = parse_query('topic:Graffiti-Fly-Posting board:general author:"Jane Smith" kind:post')
    assert parsed.filters == {
        "topic": ["graffiti-fly-posting"],
        "board": ["general"],
        "author": ["jane smith"],
        "kind": ["post"],
    }
    assert parsed.display() == (
        'topic:graffiti-fly-posting board:general author:"jane smith" kind:post'
    )


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ('"unbalanced quote', "quotation mark was not closed"),
        ("*", "Wildcards"),
        ("the and of", "only had very common words"),
        ("nosuch:thing litter", "no “nosuch:” filter"),
        ("kind:everything", "“kind:” can be"),
        ("topic:", "Give a value after “topic:”"),
        ("-police", "Say what to search for"),
        ("x" * (MAX_QUERY_CHARS + 50), "too long"),
    ],
)
def test_awkward_input_is_explained(typed: str, message: str) -> None:
    assert any(message in notice for notice in parse_query(typed).notices)


def test_an_unknown_field_is_searched_as_words() -> None:
    assert parse_query("nosuch:graffiti").words == ["nosuch", "graffiti"]


def test_very_many_words_are_cut_to_a_limit() -> None:
    parsed = parse_query(" ".join(f"word{n}" for n in range(100)))
    assert len(parsed.words) == MAX_TERMS


@given(st.text(max_size=400))
def test_any_input_parses_without_error(typed: str) -> None:
    parsed = parse_query(typed)
    assert len(parsed.words) <= MAX_TERMS
    assert len(parsed.text) <= MAX_QUERY_CHARS


def test_snippets_escape_text_and_mark_matches() -> None:
    marked = f"<b>Remove {MARK_START}graffiti{MARK_END}</b> & paint"
    assert snippet_html(marked) == "&lt;b&gt;Remove <mark>graffiti</mark>&lt;/b&gt; &amp; paint"


def test_a_plain_snippet_is_cut_at_a_word() -> None:
    snippet = plain_snippet("word " * 100, limit=22)
    assert snippet == "word word word word …"


def test_result_pages_list_numbers_with_gaps() -> None:
    results = SearchResults(query="q", page=6, hits=[], total=20 * 12, facets={})
    assert results.pages == 12
    assert list(results.pagination.iter_pages()) == [1, None, 4, 5, 6, 7, 8, None, 12]
    assert (results.pagination.has_prev, results.pagination.has_next) == (True, True)


def test_synonyms_are_lower_case_and_never_point_at_themselves() -> None:
    for word, alternatives in SYNONYMS.items():
        assert word == word.lower()
        assert word not in alternatives


def test_the_parsed_query_offers_alternatives_for_everyday_words() -> None:
    assert "litter" in parse_query("rubbish").alternatives("rubbish")
