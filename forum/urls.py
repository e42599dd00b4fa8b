"""Absolute links for email, inside a request or not (commands and background work)."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from flask import current_app, has_request_context, request, url_for


def absolute_url(endpoint: str, **values: Any) -> str:
    """In a request, links use the host the person came in on; elsewhere, SITE_URL."""
    if has_request_context():
        return url_for(endpoint, _external=True, **values)
    with current_app.test_request_context(base_url=current_app.config["SITE_URL"]):
        return url_for(endpoint, _external=True, **values)


def site_hosts() -> set[str]:
    """The hosts (host or host:port) a full link to this site may name: SITE_URL's and, in a
    request, the one the person came in on."""
    hosts = {urlsplit(current_app.config["SITE_URL"]).netloc.lower()}
    if has_request_context():
        hosts.add(request.host.lower())
    return hosts - {""}
