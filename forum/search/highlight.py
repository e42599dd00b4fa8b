"""Snippets: the part of a text with most of the searched words, those words marked.

Used by the Whoosh backend (PostgreSQL has ts_headline). Words are compared by their
stems, so "lighting" is marked for a search on "lights".
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

from whoosh.analysis import STOP_WORDS
from whoosh.analysis.tokenizers import default_pattern
from whoosh.lang.porter import stem as porter_stem

from forum.search.results import MARK_END, MARK_START, plain_snippet

WINDOW = 240
LEAD = 60  # characters of context before the first marked word
MAX_ANALYSED = 20_000  # an attachment's text can be long: look for the words near its start


def stemmed_words(text: str) -> Iterator[tuple[int, int, str]]:
    """Each word's start, end and stem, as the index's StemmingAnalyzer finds them (the
    same pattern, lower case, Porter stems; stop words kept, unstemmed): several times faster
    than running the analyser's chain of generators over a whole post."""
    for match in default_pattern.finditer(text):
        yield match.start(), match.end(), _stem(match.group().lower())


@functools.lru_cache(maxsize=50_000)
def _stem(word: str) -> str:
    return word if word in STOP_WORDS else porter_stem(word)


def highlight(text: str, stems: set[str], window: int = WINDOW) -> str:
    """A window of `text` with matched words between MARK_START and MARK_END."""
    if not text:
        return ""
    text = text[:MAX_ANALYSED]
    matches = [match for match in stemmed_words(text) if match[2] in stems]
    if not matches:
        return plain_snippet(text, window)
    start = _best_start(matches, window)
    begin = max(0, start - LEAD)
    if begin:
        begin = text.find(" ", begin) + 1 or begin
    end = min(len(text), begin + window)
    if end < len(text):
        end = text.rfind(" ", begin, end) if text.rfind(" ", begin, end) > begin else end
    parts, cursor = [], begin
    for first, last, _stem in matches:
        if first < begin or last > end:
            continue
        parts.append(text[cursor:first])
        parts.append(f"{MARK_START}{text[first:last]}{MARK_END}")
        cursor = last
    parts.append(text[cursor:end])
    return ("… " if begin else "") + "".join(parts).strip() + (" …" if end < len(text) else "")


def _best_start(matches: list[tuple[int, int, str]], window: int) -> int:
    """Where a window covers the most different searched words (earliest on a tie): one
    pass with a sliding window, so a long text with many matches stays cheap."""
    span = window - LEAD
    counts: dict[str, int] = {}
    best, best_start, tail = -1, matches[0][0], 0
    for first, _last, stem in matches:
        counts[stem] = counts.get(stem, 0) + 1
        while matches[tail][0] <= first - span:
            old = matches[tail][2]
            counts[old] -= 1
            if not counts[old]:
                del counts[old]
            tail += 1
        if len(counts) > best:
            best, best_start = len(counts), matches[tail][0]
    return best_start
