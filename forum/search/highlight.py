"""Snippets: the part of a text with most of the searched words, those words marked.

Shared by the Whoosh backend (PostgreSQL has ts_headline). Works on any analyser that
reports where each token came from, so "lighting" is marked for a search on "lights".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from forum.search.results import MARK_END, MARK_START, plain_snippet

WINDOW = 240
LEAD = 60  # characters of context before the first marked word
MAX_ANALYSED = 20_000  # an attachment's text can be long: look for the words near its start


def highlight(
    text: str, stems: set[str], analyse: Callable[[str], Iterable[Any]], window: int = WINDOW
) -> str:
    """A window of `text` with matched words between MARK_START and MARK_END."""
    if not text:
        return ""
    text = text[:MAX_ANALYSED]
    matches = [
        (token.startchar, token.endchar, token.text)
        for token in analyse(text)
        if token.text in stems
    ]
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
