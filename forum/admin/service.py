"""Administrative changes to accounts; each one writes an audit event with it."""

from __future__ import annotations

from forum.data.audit import record_event
from forum.models.accounts import AccountStatus, Role, User


class AdminActionError(Exception):
    """The change cannot be made; the message says why, as shown to the admin."""


def change_role(*, actor: User, target: User, role: Role) -> None:
    if actor.id == target.id:
        raise AdminActionError("You cannot change your own role. Ask another administrator.")
    old = target.role
    if old == role.value:
        raise AdminActionError(f"{target.display_name} is already a {role.label.lower()}.")
    target.role = role.value
    record_event(
        actor=actor,
        action="user.role_changed",
        subject=target,
        summary=f"Role changed from {old} to {role.value}",
        details={"from": old, "to": role.value},
    )


def suspend(*, actor: User, target: User, reason: str) -> None:
    if actor.id == target.id:
        raise AdminActionError("You cannot suspend your own account.")
    if target.role == Role.ADMIN:
        raise AdminActionError("Change an administrator's role before suspending them.")
    if target.status == AccountStatus.SUSPENDED:
        raise AdminActionError(f"{target.display_name}'s account is already suspended.")
    target.status = AccountStatus.SUSPENDED.value
    target.session_version += 1  # signs them out everywhere
    record_event(
        actor=actor,
        action="user.suspended",
        subject=target,
        summary="Account suspended",
        details={"reason": reason.strip()},
    )


def reinstate(*, actor: User, target: User) -> None:
    if target.status != AccountStatus.SUSPENDED:
        raise AdminActionError(f"{target.display_name}'s account is not suspended.")
    target.status = AccountStatus.ACTIVE.value
    record_event(
        actor=actor, action="user.reinstated", subject=target, summary="Account reinstated"
    )
