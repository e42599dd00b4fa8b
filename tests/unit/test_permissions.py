"""The one rule set for who may do what."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from forum import permissions
from forum.models.accounts import Role


@dataclass
class Person:
    id: int
    role: str = "member"
    status: str = "active"
    is_authenticated: bool = True


class Anonymous:
    is_authenticated = False


ADMIN = Person(1, "admin")
OTHER_ADMIN = Person(2, "admin")
MODERATOR = Person(3, "moderator")
MENTOR = Person(4, "mentor")
MEMBER = Person(5, "member")
SUSPENDED_ADMIN = Person(6, "admin", status="suspended")


@pytest.mark.parametrize(
    ("user", "allowed"),
    [
        (ADMIN, True),
        (MODERATOR, False),
        (MENTOR, False),
        (MEMBER, False),
        (SUSPENDED_ADMIN, False),
        (Anonymous(), False),
    ],
)
def test_only_active_admins_manage_users(user: object, allowed: bool) -> None:
    assert permissions.can_manage_users(user) is allowed
    assert permissions.can_view_audit_log(user) is allowed


def test_admins_change_others_roles_not_their_own() -> None:
    assert permissions.can_change_role(ADMIN, MEMBER, Role.MENTOR)
    assert not permissions.can_change_role(ADMIN, ADMIN, Role.MEMBER)
    assert not permissions.can_change_role(MODERATOR, MEMBER, Role.MENTOR)


def test_suspension_rules() -> None:
    assert permissions.can_suspend(ADMIN, MEMBER)
    assert permissions.can_suspend(ADMIN, MODERATOR)
    assert not permissions.can_suspend(ADMIN, ADMIN)
    assert not permissions.can_suspend(ADMIN, OTHER_ADMIN)
    assert not permissions.can_suspend(MODERATOR, MEMBER)


def test_suspended_people_cannot_post() -> None:
    assert permissions.can_post(MEMBER)
    assert not permissions.can_post(Person(9, status="suspended"))
    assert not permissions.can_post(Anonymous())


def test_people_edit_only_their_own_profile() -> None:
    assert permissions.can_edit_profile(MEMBER, MEMBER)
    assert not permissions.can_edit_profile(MEMBER, MENTOR)
    assert not permissions.can_edit_profile(Anonymous(), MEMBER)


def test_templates_share_the_same_functions() -> None:
    rules = vars(permissions.TEMPLATE_RULES)
    assert rules
    for name, function in rules.items():
        assert getattr(permissions, name) is function
