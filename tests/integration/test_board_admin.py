"""Admins create, edit, reorder and archive boards."""

from __future__ import annotations

from sqlalchemy import select

from forum.extensions import db
from forum.models import AuditEvent, Board, User
from tests.support.factories import make_board, make_thread
from tests.support.pages import CheckedClient, check_page


def names_in_order() -> list[str]:
    return list(db.session.scalars(select(Board.name).order_by(Board.position)))


def test_create_a_board(admin_client: CheckedClient) -> None:
    response = admin_client.submit(
        "/admin/boards/new",
        {"name": "Street lighting", "slug": "street-lighting", "description": "Lamps."},
        from_page="/admin/boards/new",
    )
    assert response.status_code == 302
    assert admin_client.page("/boards/street-lighting").h1 == "Street lighting"
    assert db.session.scalar(select(AuditEvent.action)) == "board.created"


def test_board_errors_are_instructions(admin_client: CheckedClient) -> None:
    make_board(slug="taken")
    response = admin_client.submit(
        "/admin/boards/new", {"name": "", "slug": "Not A Slug"}, from_page="/admin/boards/new"
    )
    assert check_page(response).error_summary == [
        "Enter the board's name",
        "Enter a web address using lower-case letters, numbers and hyphens",
    ]
    response = admin_client.submit(
        "/admin/boards/new", {"name": "Again", "slug": "taken"}, from_page="/admin/boards/new"
    )
    assert response.status_code == 400
    assert check_page(response).error_summary == [
        "Another board already uses that web address. Choose a different one."
    ]


def test_edit_and_reorder(admin_client: CheckedClient) -> None:
    make_board(name="First", slug="first", position=0)
    make_board(name="Second", slug="second", position=1)

    admin_client.submit(
        "/admin/boards/second/edit",
        {"name": "Second, renamed", "slug": "second", "description": ""},
        from_page="/admin/boards/",
    )
    admin_client.submit("/admin/boards/second/up", from_page="/admin/boards/")

    assert names_in_order() == ["Second, renamed", "First"]


def test_archived_boards_are_read_only(
    admin_client: CheckedClient, member_client: CheckedClient, member: User
) -> None:
    board = make_board(slug="old")
    thread = make_thread(board=board, author=member)

    admin_client.submit("/admin/boards/old/archive", from_page="/admin/boards/")

    assert db.session.get(Board, board.id).archived
    assert "Old" not in member_client.page("/boards/").text.split("Board")[0]
    assert member_client.get("/boards/old/new").status_code == 403
    page = member_client.page(f"/threads/{thread.id}")
    assert "Post reply" not in page.text
    response = member_client.submit(f"/threads/{thread.id}/reply", {"body": "Hi"}, from_page="/")
    assert response.status_code == 403
