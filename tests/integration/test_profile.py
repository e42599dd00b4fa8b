"""Profiles: the public page and editing your own."""

from __future__ import annotations

from forum.extensions import db
from forum.models import User
from tests.support.factories import make_area, make_organisation, make_region, make_user
from tests.support.pages import CheckedClient, check_page


def test_profile_shows_role_and_organisation(client: CheckedClient) -> None:
    council = make_organisation(name="Oldham Council")
    mentor = make_user(role="mentor", display_name="Priya Patel", organisation_id=council.id)

    page = client.page(f"/users/{mentor.id}")

    assert page.h1 == "Priya Patel"
    assert "Mentor" in page.text
    assert "Oldham Council" in page.text
    assert "Edit your profile" not in page.text


def test_missing_profile_is_404(client: CheckedClient) -> None:
    client.page("/users/424242", expected_status=404)


def test_edit_profile(member_client: CheckedClient, member: User) -> None:
    council = make_organisation(name="Barnsley Council")
    area = make_area(name="Athersley and New Lodge")
    region = make_region(name="Yorkshire and the Humber")

    page = member_client.page("/account")
    assert page.field_value("display_name") == "Morgan Member"

    response = member_client.submit(
        "/account",
        {
            "display_name": "Morgan M",
            "organisation": str(council.id),
            "area": str(area.id),
            "region": str(region.id),
            "bio": "Neighbourhood manager for the estate.",
        },
        from_page="/account",
    )

    assert response.status_code == 302
    saved = db.session.get(User, member.id)
    assert (saved.display_name, saved.organisation_id, saved.area_id, saved.region_id) == (
        "Morgan M",
        council.id,
        area.id,
        region.id,
    )
    page = member_client.page(f"/users/{member.id}")
    assert "Neighbourhood manager for the estate." in page.text
    assert "Barnsley Council" in page.text


def test_bad_profile_keeps_what_was_typed(member_client: CheckedClient, member: User) -> None:
    make_user(display_name="Taken Name")
    response = member_client.submit(
        "/account",
        {"display_name": "taken name", "organisation": "", "bio": "x" * 501},
        from_page="/account",
    )

    assert response.status_code == 400
    page = check_page(response)
    assert page.error_summary == ["Enter 500 characters or fewer"]
    assert page.field_value("display_name") == "taken name"
    assert page.field_value("bio") == "x" * 501
    assert db.session.get(User, member.id).display_name == "Morgan Member"


def test_display_name_taken_by_someone_else(member_client: CheckedClient) -> None:
    make_user(display_name="Taken Name")
    response = member_client.submit(
        "/account", {"display_name": "taken name", "bio": "Hello"}, from_page="/account"
    )
    assert check_page(response).error_summary == [
        "Someone already uses that display name. Choose a different one."
    ]


def test_keeping_your_own_display_name_is_fine(member_client: CheckedClient) -> None:
    response = member_client.submit(
        "/account", {"display_name": "MORGAN MEMBER", "bio": ""}, from_page="/account"
    )
    assert response.status_code == 302


def test_unknown_choices_are_refused_with_instructions(member_client: CheckedClient) -> None:
    response = member_client.submit(
        "/account",
        {"display_name": "Morgan", "organisation": "99999", "area": "abc", "region": ""},
        from_page="/account",
    )
    assert response.status_code == 400
    assert check_page(response).error_summary == [
        "Select an organisation from the list",
        "Select an area from the list",
    ]


def test_profile_text_is_escaped(client: CheckedClient) -> None:
    user = make_user(display_name="Eve", bio="<script>alert(1)</script>")
    body = client.get(f"/users/{user.id}").get_data(as_text=True)
    assert "<script>alert(1)</script>" not in body
    assert "&lt;script&gt;" in body


def test_profile_lists_threads_and_posts(client: CheckedClient, member: User) -> None:
    from tests.support.factories import make_board, make_thread

    make_thread(board=make_board(name="Redress"), author=member, title="Compensation limits")
    page = client.page(f"/users/{member.id}")
    assert "Compensation limits" in page.text
    assert "1 post in all" in page.text
