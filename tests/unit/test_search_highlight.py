"""Snippets for the Whoosh backend: its quick word splitter must agree with the index."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from whoosh.analysis import StemmingAnalyzer

from forum.search.highlight import highlight, stemmed_words
from forum.search.results import MARK_END, MARK_START

ANALYSER = StemmingAnalyzer()  # the index's text analyser (whoosh_backend.build_schema)
GUIDANCE = sorted((Path(__file__).parents[2] / "forum" / "demo" / "guidance").glob("*.md"))


def analysed(text: str) -> list[tuple[int, int, str]]:
    tokens = ANALYSER(text, chars=True, removestops=False, mode="index")
    return [(t.startchar, t.endchar, t.text) for t in tokens]


def stemmed_at_least_two(text: str) -> list[tuple[int, int, str]]:
    # The analyser drops one-letter words; the splitter keeps them (they never match).
    return [word for word in stemmed_words(text) if word[1] - word[0] >= 2]


@pytest.mark.parametrize("path", GUIDANCE, ids=lambda p: p.stem)
def test_words_and_stems_match_the_index_analyser_on_the_demo_guidance(path: Path) -> None:
    text = path.read_text()
    assert stemmed_at_least_two(text) == [w for w in analysed(text) if w[1] - w[0] >= 2]


@given(st.text(alphabet=st.sampled_from("abcdéSTU 12.'-\n"), max_size=80))
def test_words_and_stems_match_the_index_analyser_on_any_text(text: str) -> None:
    assert stemmed_at_least_two(text) == [w for w in analysed(text) if w[1] - w[0] >= 2]


def test_other_forms_of_a_searched_word_are_marked() -> None:
    snippet = highlight("Broken street lights are repaired within five days.", {"light"})
    assert f"street {MARK_START}lights{MARK_END} are" in snippet


def test_the_window_moves_to_where_the_searched_words_are() -> None:
    text = "Residents meet every month. " * 30 + "Graffiti is removed within a day."
    snippet = highlight(text, {"graffiti"})
    assert snippet.startswith("… ")
    assert f"{MARK_START}Graffiti{MARK_END}" in snippet
