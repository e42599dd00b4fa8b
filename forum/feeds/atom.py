"""Building an Atom document from plain values, with feedgen.

No request, no database: the caller passes the site's base URL, paths and rows' values, so
the same input always gives the same bytes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urljoin

from feedgen.feed import FeedGenerator

ATOM_MEDIA_TYPE = "application/atom+xml"

# An empty feed still needs an `updated`; a fixed instant keeps its bytes (and ETag) stable.
EMPTY_FEED_UPDATED = datetime(1970, 1, 1, tzinfo=UTC)

# Characters XML 1.0 cannot carry; lxml refuses them, and one stray control character in a
# title or name must not turn a feed into a 500.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


@dataclass(frozen=True)
class FeedEntry:
    """One entry: `path` is the entry's page on this site (its link and its id)."""

    path: str
    title: str
    author: str
    html: str
    published: datetime
    updated: datetime


def _xml_text(text: str) -> str:
    return _NOT_XML.sub("", text)


def render_atom(
    *,
    base_url: str,
    title: str,
    self_path: str,
    page_path: str,
    entries: Sequence[FeedEntry],
    generator: str,
    subtitle: str = "",
) -> bytes:
    """An Atom 1.0 document, UTF-8, entries in the order given (newest first, by contract).

    The feed's id is its own absolute URL, each entry's id its page's absolute URL: both
    are unique, stable and resolvable.
    """
    feed = FeedGenerator()
    feed_url = urljoin(base_url, self_path)
    feed.id(feed_url)
    feed.title(_xml_text(title))
    if subtitle:
        feed.subtitle(_xml_text(subtitle))
    feed.language("en-GB")
    feed.generator(_xml_text(generator))
    feed.link(href=urljoin(base_url, page_path), rel="alternate", type="text/html")
    feed.link(href=feed_url, rel="self", type=ATOM_MEDIA_TYPE)
    feed.updated(max((e.updated for e in entries), default=EMPTY_FEED_UPDATED))
    for entry in entries:
        url = urljoin(base_url, entry.path)
        item = feed.add_entry(order="append")
        item.id(url)
        item.title(_xml_text(entry.title))
        item.author(name=_xml_text(entry.author))
        # feedgen 1.0 writes only the href of an entry's link (python-feedgen#135): still
        # valid Atom, where a link without rel is the alternate.
        item.link(href=url, rel="alternate", type="text/html")
        item.published(entry.published)
        item.updated(entry.updated)
        item.content(_xml_text(entry.html), type="html")
    return feed.atom_str(pretty=False, encoding="UTF-8", xml_declaration=True)
