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


def highlight(
    text: str, stems: set[str], analyse: Callable[[str], Iterable[Any]], window: int = WINDOW
) -> str:
    """A window of `text` with matched words between MARK_START and MARK_END."""
    if not text:
        return ""
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
    """Where a window covers the most different searched words (earliest on a tie)."""
    best, best_start = -1, matches[0][0]
    for first, _last, _stem in matches:
        covered = {stem for start, _end, stem in matches if first <= start < first + window - LEAD}
        if len(covered) > best:
            best, best_start = len(covered), first
    return best_start
