"""Password rules and hashing.

Rules follow current NCSC/NIST advice: length over complexity, and a check against
common and guessable passwords (zxcvbn's dictionaries, including the person's own name and
email address) instead of composition rules.
"""

from __future__ import annotations

from functools import cache

from werkzeug.security import check_password_hash, generate_password_hash

MIN_LENGTH = 10
MAX_LENGTH = 128
MIN_STRENGTH = 3  # zxcvbn's 0-4 scale: 3 is "safely unguessable" for online attacks
SITE_WORDS = ["community", "contracts", "contract", "forum", "charter", "neighbourhood"]


@cache
def _dummy_hash() -> str:
    """Checked when no account matches, so a wrong email takes as long as a wrong password."""
    return generate_password_hash("not-a-real-password-but-the-same-cost", method="scrypt")


def password_problem(password: str, *, email: str = "", display_name: str = "") -> str | None:
    """Say what is wrong with a new password, as an instruction, or None if it is fine."""
    if len(password) < MIN_LENGTH:
        return f"Enter a password that is at least {MIN_LENGTH} characters long"
    if len(password) > MAX_LENGTH:
        return f"Enter a password that is {MAX_LENGTH} characters or fewer"
    # Imported here, not at the top: its dictionaries cost every worker ~12 MB of memory,
    # and only the few requests that set a password need them.
    from zxcvbn import zxcvbn

    personal = [part for part in (email, email.split("@")[0], display_name) if part]
    result = zxcvbn(password, user_inputs=personal + SITE_WORDS)
    if result["score"] < MIN_STRENGTH:
        warning = result["feedback"]["warning"] or "It would be easy to guess."
        return (
            f"Enter a password that is harder to guess. {warning} "
            "Try three or more random words together."
        )
    return None


def hash_password(password: str) -> str:
    return generate_password_hash(password, method="scrypt")


def verify_password(password_hash: str | None, password: str) -> bool:
    """Constant-cost check: with no hash (no such account) a dummy one is checked."""
    if password_hash is None:
        check_password_hash(_dummy_hash(), password)
        return False
    return check_password_hash(password_hash, password)
