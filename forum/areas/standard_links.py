"""Links to a standard's page in a post, read from the post's HTML when it is saved.

A standard's page lists the threads whose posts link to it. Reading the links once, as a
post is written or edited, keeps that page a lookup rather than a scan of every post.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from html import unescape
from typing import NamedTuple
from urllib.parse import urlsplit

from forum.ids import parse_id

# Hrefs as forum.content writes them: sanitised, always double-quoted.
_HREF = re.compile(r'<a\s[^>]*?\bhref="([^"]*)"')
# The standard's own page (/areas/<slug>/standards/<number>), not its CSV, forms or ledger.
_STANDARD_PAGE = re.compile(r"/areas/([a-z0-9]+(?:-[a-z0-9]+)*)/standards/([0-9]+)/?")


class StandardReference(NamedTuple):
    area_slug: str
    number: int


def standard_references(html: str, *, site_hosts: Collection[str]) -> set[StandardReference]:
    """The standards whose pages `html` links to: by a path on this site (`/areas/...`) or
    a full address on one of `site_hosts` (host, or host:port, as in a URL)."""
    hosts = {host.lower() for host in site_hosts}
    found = set()
    for href in _HREF.findall(html):
        url = urlsplit(unescape(href).strip())
        if url.scheme.lower() not in ("", "http", "https"):
            continue
        if (url.netloc or url.scheme) and url.netloc.lower() not in hosts:
            continue
        page = _STANDARD_PAGE.fullmatch(url.path)
        number = parse_id(page[2]) if page else None
        if page and number is not None:
            found.add(StandardReference(page[1], number))
    return found
