"""Password rules, hashing and safe redirects: plain functions, no app."""

from __future__ import annotations

import pytest

from forum.accounts.passwords import hash_password, password_problem, verify_password
from forum.accounts.redirects import safe_next


@pytest.mark.parametrize(
    ("password", "problem"),
    [
        ("short", "at least 10 characters"),
        ("password123", "harder to guess"),
        ("qwertyuiop", "harder to guess"),
        ("1234567890", "harder to guess"),
        ("communitycontracts", "harder to guess"),
        ("x" * 129, "128 characters or fewer"),
    ],
)
def test_weak_passwords_are_refused_with_an_instruction(password: str, problem: str) -> None:
    message = password_problem(password)
    assert message is not None
    assert message.startswith("Enter a password")
    assert problem in message


def test_passwords_built_on_the_persons_details_are_refused() -> None:
    assert password_problem("jo.bloggs2024", email="jo.bloggs@example.org") is not None


@pytest.mark.parametrize("password", ["harbour lantern pebble 42", "Tuesday litter pick crew!"])
def test_strong_passwords_pass(password: str) -> None:
    assert password_problem(password) is None


def test_hashes_are_scrypt_salted_and_verifiable() -> None:
    first = hash_password("harbour lantern pebble 42")
    second = hash_password("harbour lantern pebble 42")
    assert first.startswith("scrypt:")
    assert first != second
    assert verify_password(first, "harbour lantern pebble 42")
    assert not verify_password(first, "harbour lantern pebble 43")
    assert not verify_password(None, "anything at all")


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        (None, "/"),
        ("", "/"),
        ("/threads/4?page=2#post-9", "/threads/4?page=2#post-9"),
        ("relative/path", "/"),
        ("https://evil.example/", "/"),
        ("//evil.example", "/"),
        ("/\\evil.example", "/"),
        ("\\\\evil.example", "/"),
        ("/%0d%0aSet-Cookie:x", "/%0d%0aSet-Cookie:x"),
        ("/\r\nSet-Cookie: x", "/"),
        ("javascript:alert(1)", "/"),
        ("http:/evil.example", "/"),
    ],
)
def test_safe_next(target: str | None, expected: str) -> None:
    assert safe_next(target) == expected
