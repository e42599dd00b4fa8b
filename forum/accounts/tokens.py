"""Signed, expiring, single-use password reset tokens.

The token carries the user id and a fingerprint of their current password hash. Resetting
the password changes the hash, so a used token (and every older one) stops working; no
table of tokens is needed. Links signed with a key in SECRET_KEY_FALLBACKS still work
after a key rotation (forum.signing).
"""

from __future__ import annotations

import hashlib

from flask import current_app
from itsdangerous import BadSignature

from forum.signing import timed_serializer

SALT = "password-reset"


def _fingerprint(password_hash: str) -> str:
    return hashlib.sha256(password_hash.encode()).hexdigest()[:16]


def make_reset_token(*, user_id: int, password_hash: str) -> str:
    return timed_serializer(SALT).dumps({"u": user_id, "f": _fingerprint(password_hash)})


def read_reset_token(token: str) -> tuple[int, str] | None:
    """The (user id, fingerprint) in a valid, unexpired token, else None."""
    max_age = int(current_app.config["PASSWORD_RESET_MAX_AGE"])
    try:
        data = timed_serializer(SALT).loads(token, max_age=max_age)
    except BadSignature:  # also covers SignatureExpired
        return None
    if not isinstance(data, dict) or not isinstance(data.get("u"), int):
        return None
    return data["u"], str(data.get("f", ""))


def token_matches(fingerprint: str, password_hash: str) -> bool:
    return fingerprint == _fingerprint(password_hash)
