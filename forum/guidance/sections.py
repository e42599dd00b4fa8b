"""A guidance page's Markdown split at its `##` headings, each section rendered once.

Sections are what search links to (`/guidance/<slug>#<anchor>`), so anchors come from the
heading text alone: editing a section's words never moves its anchor, renaming it does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape, unescape

import bleach

from forum.content import render_markdown

_HEADING = re.compile(r"^ {0,3}##(?!#)[ \t]+(?P<text>.*?)[ \t]*#*[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(?P<fence>`{3,}|~{3,})(?P<info>.*)$")
_NOT_ANCHOR = re.compile(r"[^a-z0-9]+")
_BLOCK_START = re.compile(r"<(/?(?:p|li|h\d|tr|td|th|br|div|pre)\b)")
_SUBHEADING = re.compile(r"<(/?)h([4-6])\b")
ANCHOR_LENGTH = 60
# Ids the page around the text already uses (base.html's menu is "navigation").
RESERVED_ANCHORS = frozenset({"contents", "main-content", "attachments", "related", "navigation"})


@dataclass(frozen=True)
class Section:
    anchor: str  # "" for the introduction before the first heading
    heading: str
    markdown: str


@dataclass(frozen=True)
class RenderedPage:
    html: str
    sections: list[dict[str, str]]  # {"anchor", "heading", "html", "text"}


def anchor_for(heading: str) -> str:
    return _NOT_ANCHOR.sub("-", heading.lower()).strip("-")[:ANCHOR_LENGTH].strip("-")


def split_sections(markdown: str) -> list[Section]:
    """The introduction (possibly empty) and one section per `##` heading, in order."""
    sections: list[Section] = []
    heading, anchor, lines = "", "", []
    used: set[str] = set()
    fence: str | None = None
    for line in markdown.splitlines():
        fence = _fence_after(line, fence)
        match = None if fence else _HEADING.match(line)
        if match is None:
            lines.append(line)
            continue
        sections.append(Section(anchor, heading, "\n".join(lines).strip("\n")))
        heading = match["text"].strip()
        anchor = _unique(anchor_for(heading) or f"section-{len(sections)}", used)
        lines = []
    sections.append(Section(anchor, heading, "\n".join(lines).strip("\n")))
    return sections


def _fence_after(line: str, fence: str | None) -> str | None:
    """The open code fence after `line` (CommonMark: a closing fence uses the same character,
    is at least as long as the opening one and has no info string)."""
    found = _FENCE.match(line)
    if found is None:
        return fence
    marker, info = found["fence"], found["info"]
    if fence is None:
        return None if marker[0] == "`" and "`" in info else marker
    closes = marker[0] == fence[0] and len(marker) >= len(fence) and not info.strip()
    return None if closes else fence


def _unique(anchor: str, used: set[str]) -> str:
    candidate, n = anchor, 1
    while candidate in used or candidate in RESERVED_ANCHORS:
        n += 1
        candidate = f"{anchor}-{n}"
    used.add(candidate)
    return candidate


def html_to_text(html: str) -> str:
    """Plain text of sanitised HTML, for indexing."""
    spaced = _BLOCK_START.sub(r" <\1", html)
    return re.sub(r"\s+", " ", unescape(bleach.clean(spaced, tags=set(), strip=True))).strip()


def _promote_subheadings(html: str) -> str:
    """render_markdown keeps h2 for a post's own headings; inside a section they follow h2."""
    return _SUBHEADING.sub(lambda m: f"<{m[1]}h{int(m[2]) - 1}", html)


def render_page(markdown: str) -> RenderedPage:
    parts: list[str] = []
    sections: list[dict[str, str]] = []
    for section in split_sections(markdown):
        body = (
            _promote_subheadings(render_markdown(section.markdown))
            if section.markdown.strip()
            else ""
        )
        if section.heading:
            parts.append(
                f'<section class="guidance-section" aria-labelledby="{section.anchor}">'
                f'<h2 class="govuk-heading-l" id="{section.anchor}">{escape(section.heading)}</h2>'
                f"{body}</section>"
            )
        elif body:
            parts.append(f'<div class="guidance-intro">{body}</div>')
        if section.heading or body:
            sections.append(
                {
                    "anchor": section.anchor,
                    "heading": section.heading,
                    "html": body,
                    "text": html_to_text(body),
                }
            )
    return RenderedPage(html="\n".join(parts), sections=sections)
