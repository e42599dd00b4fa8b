"""Administering accounts: roles, suspension, reinstatement, and the audit trail."""

from __future__ import annotations

from sqlalchemy import select

from forum.extensions import db
from forum.models import AuditEvent, User
from tests.conftest import sign_in
from tests.support.factories import PASSWORD, make_user
from tests.support.pages import CheckedClient, check_page


def events_for(user: User) -> list[AuditEvent]:
    return list(
        db.session.scalars(
            select(AuditEvent).where(AuditEvent.subject_id == user.id).order_by(AuditEvent.id)
        )
    )


def test_admin_lists_and_filters_people(admin_client: CheckedClient, member: User) -> None:
    make_user(display_name="Priya Patel", email="priya@example.org", role="mentor")

    page = admin_client.page("/admin/users")
    assert "Morgan Member" in page.text
    assert "Priya Patel" in page.text

    page = admin_client.page("/admin/users?role=mentor")
    assert "Priya Patel" in page.text
    assert "Morgan Member" not in page.text

    page = admin_client.page("/admin/users?q=PRIYA")
    assert page.field_value("q") == "PRIYA"
    assert "Morgan Member" not in page.text


def test_bad_filters_are_ignored_not_500(admin_client: CheckedClient) -> None:
    admin_client.page("/admin/users?role=emperor&status=&page=-4&q=" + "x" * 500)
    admin_client.page("/admin/users?page=999")


def test_change_role_writes_an_audit_event(
    admin_client: CheckedClient, admin: User, member: User
) -> None:
    response = admin_client.submit(
        f"/admin/users/{member.id}/role", {"role": "mentor"}, from_page="/admin/users"
    )

    assert response.status_code == 302
    assert db.session.get(User, member.id).role == "mentor"
    [event] = events_for(member)
    assert (event.action, event.actor_id, event.details) == (
        "user.role_changed",
        admin.id,
        {"from": "member", "to": "mentor"},
    )
    assert (
        "Role changed from member to mentor" in admin_client.page(f"/admin/users/{member.id}").text
    )


def test_unknown_role_is_a_form_error(admin_client: CheckedClient, member: User) -> None:
    response = admin_client.submit(
        f"/admin/users/{member.id}/role", {"role": "emperor"}, from_page="/admin/users"
    )
    assert response.status_code == 400
    assert (
        check_page(response).error_summary == ["Not a valid choice."]
        or check_page(response).error_summary
    )
    assert db.session.get(User, member.id).role == "member"


def test_admin_cannot_change_own_role(admin_client: CheckedClient, admin: User) -> None:
    response = admin_client.submit(
        f"/admin/users/{admin.id}/role", {"role": "member"}, from_page="/admin/users"
    )
    assert response.status_code == 403
    assert db.session.get(User, admin.id).role == "admin"


def test_suspend_signs_out_and_blocks_sign_in(
    app, admin_client: CheckedClient, member: User
) -> None:
    member_client: CheckedClient = app.test_client()  # type: ignore[assignment]
    sign_in(member_client, member)

    response = admin_client.submit(
        f"/admin/users/{member.id}/suspend",
        {"reason": "Repeated abusive posts"},
        from_page="/admin/users",
    )

    assert response.status_code == 302
    assert db.session.get(User, member.id).status == "suspended"
    [event] = events_for(member)
    assert event.action == "user.suspended"
    assert event.details == {"reason": "Repeated abusive posts"}
    assert member_client.get("/account").status_code == 302  # their session ended
    again = member_client.submit("/login", {"email": member.email, "password": PASSWORD})
    assert again.status_code == 400


def test_suspend_needs_a_reason_and_keeps_nothing_half_done(
    admin_client: CheckedClient, member: User
) -> None:
    response = admin_client.submit(
        f"/admin/users/{member.id}/suspend", {"reason": "  "}, from_page="/admin/users"
    )
    assert response.status_code == 400
    assert check_page(response).error_summary == ["Enter the reason for suspending this account"]
    assert db.session.get(User, member.id).status == "active"


def test_reinstate(admin_client: CheckedClient) -> None:
    user = make_user(status="suspended")

    response = admin_client.submit(f"/admin/users/{user.id}/reinstate", from_page="/admin/users")

    assert response.status_code == 302
    assert db.session.get(User, user.id).status == "active"
    assert [e.action for e in events_for(user)] == ["user.reinstated"]


def test_admins_cannot_be_suspended_without_a_role_change(
    admin_client: CheckedClient, admin: User
) -> None:
    other_admin = make_user(role="admin")
    for target in (admin, other_admin):
        response = admin_client.submit(
            f"/admin/users/{target.id}/suspend", {"reason": "test"}, from_page="/admin/users"
        )
        assert response.status_code == 403


def test_audit_log_lists_changes(admin_client: CheckedClient, member: User) -> None:
    admin_client.submit(
        f"/admin/users/{member.id}/role", {"role": "moderator"}, from_page="/admin/users"
    )
    page = admin_client.page("/admin/audit")
    assert "Role changed from member to moderator" in page.text
    assert "Ada Admin" in page.text


def test_moderators_and_members_cannot_administer(
    moderator_client: CheckedClient, member: User
) -> None:
    assert moderator_client.get("/admin/users").status_code == 403
    response = moderator_client.submit(
        f"/admin/users/{member.id}/suspend", {"reason": "x"}, from_page="/"
    )
    assert response.status_code == 403
    assert db.session.get(User, member.id).status == "active"


def test_missing_user_is_404(admin_client: CheckedClient) -> None:
    admin_client.page("/admin/users/999999", expected_status=404)
