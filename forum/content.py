"""Markdown to safe HTML: the one place user text becomes HTML.

Posts and guidance are rendered once, when they are written, and the stored HTML is later
output with ``|safe``. So what :func:`render_markdown` returns must be safe on its own, for
any input, with no help from the template.

The pipeline, and why each step sits where it does:

1. Normalise the text: lone surrogates and C0 control characters are replaced or dropped.
   Surrogates cannot be encoded when the HTML is stored or sent, and Python-Markdown uses
   ``\\x02``/``\\x03`` as its own placeholder markers, which user text must not forge.
2. Python-Markdown (tables, fenced code, sane lists) turns Markdown into HTML. Raw HTML in
   the text passes through this step untouched: Markdown is not the security boundary.
   Markdown images become their alt text, since images from users are out of scope.
3. One bleach ``Cleaner`` pass is the security boundary: an explicit allow-list of tags and
   attributes, and links only to http, https, mailto or relative URLs. Disallowed tags are
   *escaped*, not stripped (``strip=False``): a forum member who types ``<b>`` or
   ``<script>`` sees what they typed rather than text that silently vanished, and escaping
   cannot join the pieces around a removed tag into new markup.
   Protocol-relative URLs (``//host/path``) are allowed: they are http(s) by definition.
4. Filters that run *after* sanitising, so nothing the user writes can set what they add:
   bleach's linkifier (bare ``http(s)://`` and ``www.`` URLs, e-mail addresses), then the
   site's own filter, which demotes headings (the page's ``<h1>`` is the page title) and
   adds ``rel`` and the GOV.UK Frontend classes. Users' own ``class``, ``style``, ``rel``
   and ``target`` attributes never get past step 3.

Neither ``markdown.Markdown`` nor bleach's ``Cleaner`` is thread-safe (both keep parser
state), so each thread builds its own pair once and reuses it.
"""

from __future__ import annotations

import html
import logging
import re
import threading
from collections.abc import Iterator
from functools import partial
from typing import Any
from xml.etree.ElementTree import Element

import markdown
from bleach.html5lib_shim import Filter
from bleach.linkifier import LinkifyFilter, build_url_re
from bleach.sanitizer import Cleaner
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

logger = logging.getLogger(__name__)

# h1 is accepted here only so that the demotion filter can turn it into h2: a user's own
# <h1> (raw HTML) is then treated exactly like a Markdown "#" heading.
_ALLOWED_TAGS = frozenset(
    {"p", "br", "strong", "em", "del", "code", "pre", "blockquote", "ul", "ol", "li", "a"}
    | {"h1", "h2", "h3", "h4", "h5", "h6", "hr"}
    | {"table", "thead", "tbody", "tr", "th", "td"}
)
_PROTOCOLS = frozenset({"http", "https", "mailto"})
_ALIGNMENTS = frozenset({"left", "center", "right"})
_LINK_REL = "nofollow ugc noopener"
_DEMOTED = {"h1": "h2", "h2": "h3", "h3": "h4", "h4": "h5", "h5": "h6"}
_CLASSES = {
    "p": "govuk-body",
    "a": "govuk-link",
    "ul": "govuk-list govuk-list--bullet",
    "ol": "govuk-list govuk-list--number",
    "h2": "govuk-heading-m",
    "h3": "govuk-heading-s",
    "h4": "govuk-heading-s",
    "h5": "govuk-heading-s",
    "h6": "govuk-heading-s",
    "table": "govuk-table",
    "thead": "govuk-table__head",
    "tbody": "govuk-table__body",
    "tr": "govuk-table__row",
    "th": "govuk-table__header",
    "td": "govuk-table__cell",
    "blockquote": "govuk-inset-text",
    "hr": "govuk-section-break govuk-section-break--visible",
    "pre": "ccf-code-block",
}
_START_TAGS = frozenset({"StartTag", "EmptyTag"})
_EXPLICIT_URL_STARTS = ("http://", "https://", "www.")
# Lone surrogates cannot be encoded; C0 controls (bar tab, newline, carriage return) are
# invisible, invalid in HTML, and include Python-Markdown's placeholder markers.
_UNENCODABLE = re.compile("[\ud800-\udfff]")
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _allow_attribute(tag: str, name: str, value: str) -> bool:
    """The attribute allow-list. bleach checks href protocols itself, after this."""
    if tag == "a":
        return name in ("href", "title")
    if tag in ("th", "td"):
        return name == "align" and value in _ALIGNMENTS
    if tag == "ol":
        # "3." starting a list keeps its number (sane_lists writes <ol start="3">).
        return name == "start" and value.isascii() and value.isdigit() and len(value) < 10
    return False


def _explicit_urls_only(attrs: dict[Any, str], new: bool = False) -> dict[Any, str] | None:
    """Keep a linkified URL only if the writer plainly wrote one.

    bleach also links bare domains such as ``content.py`` or ``README.md`` (``.py`` and
    ``.md`` are country domains), which would litter posts about files with links.
    """
    if not new:
        return attrs
    href = attrs.get((None, "href"), "")
    text = attrs.get("_text", "").lower()
    if href.startswith("mailto:") or text.startswith(_EXPLICIT_URL_STARTS):
        return attrs
    return None


class _GovukFilter(Filter):  # type: ignore[misc]  # bleach ships no type hints
    """Demote headings, mark up links and add GOV.UK Frontend classes to sanitised HTML.

    Runs after bleach's sanitiser, which has already dropped every attribute the user set
    except a[href, title], th/td[align] and ol[start]; so every class here is the site's.
    """

    def __iter__(self) -> Iterator[dict[str, Any]]:
        in_table_head = False
        # One entry per open <a>: False for an anchor with no href (its javascript: URL, say,
        # was removed), which is dropped while its content stays.
        links: list[bool] = []
        for token in super().__iter__():
            if token["type"] not in _START_TAGS and token["type"] != "EndTag":
                yield token
                continue
            name = token["name"] = _DEMOTED.get(token["name"], token["name"])
            if name == "thead":
                in_table_head = token["type"] == "StartTag"
            elif name == "a":
                if token["type"] == "StartTag":
                    links.append((None, "href") in token["data"])
                is_link = links[-1] if links else False
                if token["type"] == "EndTag" and links:
                    links.pop()
                if not is_link:
                    continue
            if token["type"] in _START_TAGS:
                self._decorate(name, token["data"], in_table_head)
            yield token

    @staticmethod
    def _decorate(name: str, attrs: dict[tuple[str | None, str], str], in_head: bool) -> None:
        classes = _CLASSES.get(name)
        if name in ("th", "td"):
            # align is obsolete HTML; GOV.UK styles right-aligned (numeric) columns by class.
            if attrs.pop((None, "align"), None) == "right":
                classes = f"{classes} {classes}--numeric"
            if name == "th" and in_head:
                attrs[(None, "scope")] = "col"
        elif name == "a":
            attrs[(None, "rel")] = _LINK_REL
        elif name == "pre":
            # A long line makes a code block scroll; keyboard users must be able to reach it.
            attrs[(None, "tabindex")] = "0"
        if classes:
            attrs[(None, "class")] = classes


class _ImagesToAltText(Treeprocessor):
    """Replace each Markdown image with its alt text: images from users are out of scope."""

    def run(self, root: Element) -> None:
        for parent in [element for element in root.iter() if element.find("img") is not None]:
            previous: Element | None = None
            for child in list(parent):
                if child.tag != "img":
                    previous = child
                    continue
                text = (child.get("alt") or "") + (child.tail or "")
                if previous is None:
                    parent.text = (parent.text or "") + text
                else:
                    previous.tail = (previous.tail or "") + text
                parent.remove(child)


class _NoImagesExtension(Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 - Markdown's API
        # After "inline" (20), which creates the images; before "unescape" (0).
        md.treeprocessors.register(_ImagesToAltText(md), "images_to_alt_text", 15)


def _new_markdown() -> markdown.Markdown:
    return markdown.Markdown(
        extensions=["tables", "fenced_code", "sane_lists", _NoImagesExtension()],
        extension_configs={"tables": {"use_align_attribute": True}},
        output_format="html",
    )


def _new_cleaner() -> Cleaner:
    linkify = partial(
        LinkifyFilter,
        callbacks=[_explicit_urls_only],
        skip_tags={"pre", "code"},
        parse_email=True,
        url_re=build_url_re(protocols=["http", "https"]),
    )
    return Cleaner(
        tags=_ALLOWED_TAGS,
        attributes=_allow_attribute,
        protocols=_PROTOCOLS,
        strip=False,
        strip_comments=True,
        filters=[linkify, _GovukFilter],
    )


class _Renderers(threading.local):
    """A Markdown converter and a Cleaner for each thread, built on first use there."""

    def __init__(self) -> None:
        self.markdown = _new_markdown()
        self.cleaner = _new_cleaner()


_renderers = _Renderers()


def _plain_paragraphs(text: str) -> str:
    return "".join(
        f"<p>{html.escape(part.strip())}</p>" for part in re.split(r"\n\s*\n", text) if part.strip()
    )


def render_markdown(text: str) -> str:
    """Return the sanitised HTML that the site stores and shows for Markdown ``text``.

    Never raises for a ``str``. If Python-Markdown fails on some input (very deep nesting
    exceeds Python's recursion limit, for one), the post is kept as escaped plain text
    rather than lost to a server error; the failure is logged so it can be fixed.
    """
    source = _CONTROLS.sub("", _UNENCODABLE.sub("\ufffd", text))
    converter = _renderers.markdown
    try:
        body = converter.convert(source)
    except Exception:
        logger.warning("Markdown failed; keeping the text as plain paragraphs", exc_info=True)
        body = _plain_paragraphs(source)
    finally:
        converter.reset()
    return _renderers.cleaner.clean(body)
