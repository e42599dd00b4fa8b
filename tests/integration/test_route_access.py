"""Every endpoint, every role: who gets what.

Adding a route without adding it here fails `test_every_endpoint_is_listed`, so access is
always decided on purpose. POSTs carry a valid CSRF token and an empty form.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from flask import Flask

from forum.models import User
from tests.conftest import sign_in
from tests.support.factories import make_user
from tests.support.pages import CheckedClient

ROLES = ("anonymous", "member", "mentor", "moderator", "admin")

# status for: anonymous, member, mentor, moderator, admin
EVERYONE_200 = (200, 200, 200, 200, 200)
SIGNED_IN = (302, 200, 200, 200, 200)
ADMIN_ONLY = (302, 403, 403, 403, 200)
SIGNED_OUT_ONLY = (200, 302, 302, 302, 302)

UrlFor = Callable[[User], str]

ACCESS: dict[tuple[str, str], tuple[UrlFor, tuple[int, ...]]] = {
    ("site.home", "GET"): (lambda t: "/", EVERYONE_200),
    ("site.healthz", "GET"): (lambda t: "/healthz", EVERYONE_200),
    ("static", "GET"): (lambda t: "/static/favicon.svg", EVERYONE_200),
    ("accounts.login", "GET"): (lambda t: "/login", SIGNED_OUT_ONLY),
    ("accounts.login", "POST"): (lambda t: "/login", (400, 302, 302, 302, 302)),
    ("accounts.logout", "POST"): (lambda t: "/logout", (302,) * 5),
    ("accounts.register", "GET"): (lambda t: "/register", SIGNED_OUT_ONLY),
    ("accounts.register", "POST"): (lambda t: "/register", (400, 302, 302, 302, 302)),
    ("accounts.forgot_password", "GET"): (lambda t: "/password/forgot", EVERYONE_200),
    ("accounts.forgot_password", "POST"): (lambda t: "/password/forgot", (400,) * 5),
    ("accounts.reset_password", "GET"): (lambda t: "/password/reset/not-a-token", (400,) * 5),
    ("accounts.reset_password", "POST"): (lambda t: "/password/reset/not-a-token", (400,) * 5),
    ("accounts.profile", "GET"): (lambda t: f"/users/{t.id}", EVERYONE_200),
    ("accounts.edit_profile", "GET"): (lambda t: "/account", SIGNED_IN),
    ("accounts.edit_profile", "POST"): (lambda t: "/account", (302, 400, 400, 400, 400)),
    ("accounts.change_password", "GET"): (lambda t: "/account/password", SIGNED_IN),
    ("accounts.change_password", "POST"): (
        lambda t: "/account/password",
        (302, 400, 400, 400, 400),
    ),
    ("admin.users", "GET"): (lambda t: "/admin/users", ADMIN_ONLY),
    ("admin.user", "GET"): (lambda t: f"/admin/users/{t.id}", ADMIN_ONLY),
    ("admin.audit", "GET"): (lambda t: "/admin/audit", ADMIN_ONLY),
    ("admin.change_role", "POST"): (
        lambda t: f"/admin/users/{t.id}/role",
        (302, 403, 403, 403, 400),
    ),
    ("admin.suspend", "POST"): (
        lambda t: f"/admin/users/{t.id}/suspend",
        (302, 403, 403, 403, 400),
    ),
    ("admin.reinstate", "POST"): (
        lambda t: f"/admin/users/{t.id}/reinstate",
        (302, 403, 403, 403, 302),
    ),
}


def test_every_endpoint_is_listed(app: Flask) -> None:
    routes = {
        (rule.endpoint, method)
        for rule in app.url_map.iter_rules()
        for method in rule.methods or ()
        if method not in {"HEAD", "OPTIONS"}
    }
    missing = sorted(routes - ACCESS.keys())
    stale = sorted(ACCESS.keys() - routes)
    assert not missing, f"add these endpoints to ACCESS with their expected statuses: {missing}"
    assert not stale, f"these endpoints no longer exist: {stale}"


@pytest.mark.parametrize("role", ROLES)
def test_access_by_role(app: Flask, role: str) -> None:
    target = make_user(display_name="Target Person", email="target@example.org")
    failures = []
    for (endpoint, method), (url_for, statuses) in sorted(ACCESS.items()):
        client: CheckedClient = app.test_client()  # type: ignore[assignment]
        if role != "anonymous":
            user = make_user(role=role)
            sign_in(client, user)
        url = url_for(target)
        if method == "GET":
            response = client.get(url)
        else:
            response = client.post(url, data={"csrf_token": client.csrf_token("/password/forgot")})
        expected = statuses[ROLES.index(role)]
        if response.status_code != expected:
            failures.append(f"{method} {url} ({endpoint}): {response.status_code}, not {expected}")
    assert not failures, "\n".join(failures)
