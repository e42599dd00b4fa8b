"""The keys that sign what the site hands out, so a key can be rotated without breaking it.

``SECRET_KEY`` signs everything new; ``SECRET_KEY_FALLBACKS`` (old keys, oldest first) are
still accepted when reading. itsdangerous takes the keys as a list and signs with the last
one, as Flask's own session cookie does with the same two settings.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flask import current_app
from itsdangerous import URLSafeSerializer, URLSafeTimedSerializer


def signing_keys(config: Mapping[str, Any]) -> list[str]:
    """Every accepted key, the signing one (``SECRET_KEY``) last."""
    return [*(config.get("SECRET_KEY_FALLBACKS") or []), config["SECRET_KEY"]]


def old_keys() -> list[str]:
    """Keys that are still accepted but no longer sign anything."""
    return list(current_app.config.get("SECRET_KEY_FALLBACKS") or [])


def serializer(salt: str) -> URLSafeSerializer:
    """Signed values that never expire (email unsubscribe links)."""
    return URLSafeSerializer(signing_keys(current_app.config), salt=salt)


def timed_serializer(salt: str) -> URLSafeTimedSerializer:
    """Signed values with a timestamp, read with ``loads(..., max_age=...)``."""
    return URLSafeTimedSerializer(signing_keys(current_app.config), salt=salt)
