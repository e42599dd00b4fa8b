"""Markdown to safe HTML: the one place user text becomes HTML. It is stored, then shown
with ``|safe``, so what :func:`render_markdown` returns must be safe on its own.

1. Python-Markdown (tables, fenced code, sane lists) with raw HTML *off*: a typed ``<b>``
   shows as typed. A forum needs nothing raw HTML adds, and it is where the slow paths
   are (CPython's ``html.parser``, quadratic on some input before 3.11.13; html5lib,
   quadratic in nesting depth, which raw tags would let anyone choose).
2. One bleach ``Cleaner`` pass is the security boundary: allow-listed tags and attributes,
   links only to http(s), mailto or relative URLs (``//host`` is http(s) too). The rest is
   escaped (``strip=False``): users see what they typed rather than text that vanished.
3. Filters run *after* sanitising, so users cannot set what they add: bleach's linkifier,
   then ours: headings demoted (the page's ``<h1>`` is its title), images as alt text,
   ``rel`` and GOV.UK Frontend classes. Neither Markdown nor Cleaner is thread-safe.
"""

from __future__ import annotations

import html
import logging
import re
import threading
from collections.abc import Callable, Iterator
from functools import partial
from typing import Any
from xml.etree.ElementTree import Element

import markdown
from bleach.html5lib_shim import Filter, getTreeWalker
from bleach.linkifier import EMAIL_RE, LinkifyFilter, build_url_re
from bleach.sanitizer import Cleaner
from markdown.blockprocessors import BlockProcessor
from markdown.extensions import Extension
from markdown.inlinepatterns import LinkInlineProcessor

logger = logging.getLogger(__name__)

# h1 and img are allowed only for _GovukFilter to turn into h2 and alt text.
_TAGS = {"p", "br", "strong", "em", "del", "code", "pre", "blockquote", "ul", "ol", "li", "a"}
_TAGS |= {"h1", "h2", "h3", "h4", "h5", "h6", "hr", "table", "thead", "tbody", "tr", "th", "td"}
_DEMOTED = {"h1": "h2", "h2": "h3", "h3": "h4", "h4": "h5", "h5": "h6"}
_CLASSES = dict.fromkeys(("h3", "h4", "h5", "h6"), "govuk-heading-s") | {"h2": "govuk-heading-m"}
_CLASSES |= {"p": "govuk-body", "a": "govuk-link", "blockquote": "govuk-inset-text"}
_CLASSES |= {"ul": "govuk-list govuk-list--bullet", "ol": "govuk-list govuk-list--number"}
_CLASSES |= {"hr": "govuk-section-break govuk-section-break--visible", "pre": "ccf-code-block"}
_CLASSES |= {"table": "govuk-table", "thead": "govuk-table__head", "tbody": "govuk-table__body"}
_CLASSES |= {"tr": "govuk-table__row", "th": "govuk-table__header", "td": "govuk-table__cell"}
_START_TAGS = {"StartTag", "EmptyTag"}
# Unencodable lone surrogates; C0 controls, including Python-Markdown's placeholder markers.
_UNENCODABLE = re.compile("[\ud800-\udfff]")
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _allow_attribute(tag: str, name: str, value: str) -> bool:
    """The attribute allow-list. bleach checks href protocols itself, after this."""
    if tag in ("th", "td"):
        return name == "align" and value in ("left", "center", "right")
    if tag == "ol":  # "3." starting a list keeps its number
        return name == "start" and value.isascii() and value.isdigit()
    return (tag, name) in {("a", "href"), ("a", "title"), ("img", "alt")}


def _keep_link(attrs: dict[Any, str], new: bool = False) -> dict[Any, str] | None:
    """Drop (keeping the text) links whose unsafe href the sanitiser removed, and linkified
    names not written as URLs: bleach would link ``content.py`` (``.py`` is a domain)."""
    if not new:
        return attrs if (None, "href") in attrs else None
    written = attrs["_text"].lower().startswith(("http://", "https://", "www."))
    return attrs if written or attrs[(None, "href")].startswith("mailto:") else None


def _starting_after_no(lookbehind: str, pattern: re.Pattern[str]) -> re.Pattern[str]:
    """bleach's pattern, never starting just after a character in ``lookbehind``. Tried at
    each position of a long run of such characters, bleach's patterns rescan the rest of
    the run each time: O(n²). A match inside a run is found from its start anyway."""
    return re.compile(f"(?<!{lookbehind})" + pattern.pattern, pattern.flags)


class _GovukFilter(Filter):  # type: ignore[misc]  # bleach ships no type hints
    """Demote headings, replace images with their alt text, add ``rel`` and classes."""

    def __iter__(self) -> Iterator[dict[str, Any]]:
        in_table_head = False
        for token in super().__iter__():
            kind = token["type"]
            if kind not in _START_TAGS and kind != "EndTag":
                yield token
                continue
            name = token["name"] = _DEMOTED.get(token["name"], token["name"])
            if name == "img":
                yield {"type": "Characters", "data": token["data"].get((None, "alt"), "")}
                continue
            if name == "thead":
                in_table_head = kind == "StartTag"
            if kind in _START_TAGS:
                _decorate(name, token["data"], in_table_head)
            yield token


def _decorate(name: str, attrs: dict[tuple[str | None, str], str], in_table_head: bool) -> None:
    classes = _CLASSES.get(name)
    if name in ("th", "td"):
        # align is obsolete HTML; GOV.UK styles right-aligned (numeric) columns by class.
        if attrs.pop((None, "align"), None) == "right":
            classes = f"{classes} {classes}--numeric"
        if name == "th" and in_table_head:
            attrs[(None, "scope")] = "col"
    elif name == "a":
        attrs[(None, "rel")] = "nofollow ugc noopener"
    elif name == "pre":  # long lines scroll: keyboard users must be able to reach it
        attrs[(None, "tabindex")] = "0"
    if classes:
        attrs[(None, "class")] = classes


class _TreeWalker(getTreeWalker("etree")):  # type: ignore[misc]
    """html5lib's etree walker without its ``list.index`` lookup of each parent's position,
    which makes a table of n rows (or a post of n paragraphs) cost O(n²) to walk."""

    def __init__(self, tree: Any) -> None:
        super().__init__(tree)
        self._keys: list[int | None] = []  # each open ancestor's position in its parent

    def getFirstChild(self, node: Any) -> Any:  # noqa: N802 - html5lib's API
        child = super().getFirstChild(node)
        if child is not None and child[3] is None:  # went down into an element's children
            self._keys.append(node[1] if isinstance(node, tuple) else None)
        return child

    def getNextSibling(self, node: Any) -> Any:  # noqa: N802 - html5lib's API
        sibling = super().getNextSibling(node)
        if sibling is not None and node[3] == "text" and sibling[3] is None:
            self._keys.append(node[1])  # from an element's text down to its first child
        return sibling

    def getParentNode(self, node: Any) -> Any:  # noqa: N802 - html5lib's API
        if not isinstance(node, tuple):
            return None
        element, key, parents, flag = node
        if flag == "text":
            return (element, key, parents, None) if parents else element
        parent, parent_key = parents.pop(), self._keys.pop()
        return (parent, parent_key, parents, None) if parents else parent


class _TooComplexError(Exception):
    """The document would cost Python-Markdown more than its work budget."""


class _WorkBudget(BlockProcessor):
    """Bounds Python-Markdown's work on a document (a unit is ~0.1 µs at most); past it, the
    text is kept as plain paragraphs. Real documents use a small part of it. It charges
    Python-Markdown's three O(n²) habits: scanning from each ``[`` or ``(`` to its match
    or the paragraph's end (10,000 ``[`` took 10 s); taking a block apart a line at a time,
    re-testing the rest (25,000 setext headings: 33 s); rebuilding text at each match."""

    remaining = 0

    def test(self, parent: Element, block: str) -> bool:  # first, on every block looked at
        self.charge(block.count("\n") + 1)
        return False

    def charge(self, units: int) -> None:
        self.remaining -= units
        if self.remaining < 0:
            raise _TooComplexError

    def charged_match(self, handle_match: Callable[..., Any], match: Any, data: str) -> Any:
        self.charge(len(data) // 64)
        return handle_match(match, data)

    def charged_scan(self, scan: Callable[..., Any], data: str, index: int) -> tuple[Any, ...]:
        """Around ``getText`` and ``getLink``, which both return ``(..., end, handled)``."""
        *found, end, handled = scan(data, index)
        # Past a quote, getLink may read on to the end and back up: assume it did.
        quoted = data.find('"', index, end) >= 0 or data.find("'", index, end) >= 0
        self.charge((end if handled and not quoted else len(data)) - index)
        return (*found, end, handled)


class _ForumMarkdown(Extension):
    """No raw HTML, and a work budget."""

    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 - Markdown's API
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        self.budget = _WorkBudget(md.parser)
        md.parser.blockprocessors.register(self.budget, "work_budget", 1000)
        for processor in md.inlinePatterns:  # this instance's own processors, so wrap them
            processor.handleMatch = partial(self.budget.charged_match, processor.handleMatch)
            if isinstance(processor, LinkInlineProcessor):
                processor.getText = partial(self.budget.charged_scan, processor.getText)
                processor.getLink = partial(self.budget.charged_scan, processor.getLink)


class _Renderers(threading.local):
    """A Markdown converter and a Cleaner for each thread, built on first use there."""

    def __init__(self) -> None:
        forum = _ForumMarkdown()
        self.markdown = markdown.Markdown(
            extensions=["tables", "fenced_code", "sane_lists", forum],
            extension_configs={"tables": {"use_align_attribute": True}},
            output_format="html",
        )
        self.budget = forum.budget
        linkify = partial(
            LinkifyFilter,
            callbacks=[_keep_link],
            skip_tags={"pre", "code"},
            parse_email=True,
            url_re=_starting_after_no(r"[\w(-]", build_url_re(protocols=["http", "https"])),
            email_re=_starting_after_no(r"[-!#$%&'*+/=?^_`{}|~0-9A-Za-z.]", EMAIL_RE),
        )
        self.cleaner = Cleaner(
            tags=_TAGS | {"img"},
            attributes=_allow_attribute,
            protocols={"http", "https", "mailto"},
            strip=False,
            strip_comments=True,
            filters=[linkify, _GovukFilter],
        )
        self.cleaner.walker = _TreeWalker


_renderers = _Renderers()


def render_markdown(text: str) -> str:
    """Return the sanitised HTML that the site stores and shows for Markdown ``text``.

    Never raises for a ``str``: text too costly for Python-Markdown (crafted, or nested
    past the recursion limit) is kept as escaped paragraphs; so is text it fails on, which
    is logged to be fixed. No post is lost to a server error.
    """
    source = _CONTROLS.sub("", _UNENCODABLE.sub("\ufffd", text))
    renderers = _renderers
    renderers.budget.remaining = 4_000_000 + 4 * len(source)  # at worst ~0.5 s of work
    try:
        body = renderers.markdown.convert(source)
    except Exception as error:
        if not isinstance(error, (_TooComplexError, RecursionError)):
            logger.warning("Markdown failed; keeping the text as paragraphs", exc_info=True)
        paragraphs = (part.strip() for part in re.split(r"\n\s*\n", source))
        body = "".join(f"<p>{html.escape(part)}</p>" for part in paragraphs if part)
    finally:
        renderers.markdown.reset()
    return renderers.cleaner.clean(body)
