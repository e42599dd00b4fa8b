"""`next=` targets that stay on this site."""

from __future__ import annotations

from urllib.parse import urlsplit


def safe_next(target: str | None, default: str = "/") -> str:
    """Return `target` if it is a path on this site, else `default`.

    Rejects absolute URLs, scheme-relative ones (`//evil.example`), backslash tricks that
    browsers treat as slashes, and control characters.
    """
    if not target:
        return default
    if any(ord(char) < 32 for char in target) or "\\" in target:
        return default
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return default
    return target
