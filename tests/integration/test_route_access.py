"""Every endpoint, every role: who gets what.

Adding a route without adding it here fails `test_every_endpoint_is_listed`, so access is
always decided on purpose. POSTs carry a valid CSRF token and an empty form.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from flask import Flask
from sqlalchemy import select

from forum.extensions import db
from forum.models import Flag, Notification, Post
from forum.models.types import utcnow
from tests.conftest import sign_in
from tests.support.factories import (
    make_area,
    make_area_member,
    make_attachment,
    make_board,
    make_guidance_page,
    make_standard,
    make_thread,
    make_topic,
    make_user,
)
from tests.support.pages import CheckedClient

ROLES = ("anonymous", "member", "mentor", "moderator", "admin")

# status for: anonymous, member, mentor, moderator, admin
EVERYONE_200 = (200, 200, 200, 200, 200)
SIGNED_IN = (302, 200, 200, 200, 200)
ADMIN_ONLY = (302, 403, 403, 403, 200)
SIGNED_OUT_ONLY = (200, 302, 302, 302, 302)
MODERATORS = (302, 403, 403, 200, 200)
ADMIN_ACTION = (302, 403, 403, 403, 302)
MODERATOR_ACTION = (302, 403, 403, 302, 302)
NOT_FOUND_SIGNED_IN = (302, 404, 404, 404, 404)

UrlFor = Callable[["Things"], str]
AREA = "access-area"
GUIDE = "access-guide"


@dataclass
class Things:
    """What the URLs point at: a person, a board, a thread and a post."""

    id: int
    board: str
    spare_board: str
    thread: int
    post: int
    post_to_delete: int
    deleted_post: int
    flag: int
    held_post: int
    notification: int
    attachment: int


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
    ("boards.index", "GET"): (lambda t: "/boards/", EVERYONE_200),
    ("boards.board", "GET"): (lambda t: f"/boards/{t.board}", EVERYONE_200),
    ("boards.new_thread", "GET"): (lambda t: f"/boards/{t.board}/new", SIGNED_IN),
    ("boards.new_thread", "POST"): (
        lambda t: f"/boards/{t.board}/new",
        (302, 400, 400, 400, 400),
    ),
    ("boards.thread", "GET"): (lambda t: f"/threads/{t.thread}", EVERYONE_200),
    ("boards.reply", "GET"): (lambda t: f"/threads/{t.thread}/reply", SIGNED_IN),
    ("boards.reply", "POST"): (lambda t: f"/threads/{t.thread}/reply", (302, 400, 400, 400, 400)),
    ("boards.post", "GET"): (lambda t: f"/posts/{t.post}", (302,) * 5),
    ("boards.first_unread", "GET"): (lambda t: f"/threads/{t.thread}/unread", (302,) * 5),
    ("board_admin.index", "GET"): (lambda t: "/admin/boards/", ADMIN_ONLY),
    ("board_admin.new", "GET"): (lambda t: "/admin/boards/new", ADMIN_ONLY),
    ("board_admin.new", "POST"): (lambda t: "/admin/boards/new", (302, 403, 403, 403, 400)),
    ("board_admin.edit", "GET"): (lambda t: f"/admin/boards/{t.board}/edit", ADMIN_ONLY),
    ("board_admin.edit", "POST"): (
        lambda t: f"/admin/boards/{t.board}/edit",
        (302, 403, 403, 403, 400),
    ),
    ("board_admin.up", "POST"): (lambda t: f"/admin/boards/{t.board}/up", ADMIN_ACTION),
    ("board_admin.down", "POST"): (lambda t: f"/admin/boards/{t.board}/down", ADMIN_ACTION),
    ("board_admin.archive", "POST"): (
        lambda t: f"/admin/boards/{t.spare_board}/archive",
        ADMIN_ACTION,
    ),
    ("feeds.latest", "GET"): (lambda t: "/feeds/latest.atom", EVERYONE_200),
    ("feeds.board", "GET"): (lambda t: f"/boards/{t.board}/feed.atom", EVERYONE_200),
    ("feeds.thread", "GET"): (lambda t: f"/threads/{t.thread}/feed.atom", EVERYONE_200),
    ("posts.edit", "GET"): (lambda t: f"/posts/{t.post}/edit", MODERATORS),
    ("posts.edit", "POST"): (lambda t: f"/posts/{t.post}/edit", (302, 403, 403, 400, 400)),
    ("posts.revisions", "GET"): (lambda t: f"/posts/{t.post}/revisions", EVERYONE_200),
    ("posts.accept", "POST"): (lambda t: f"/posts/{t.post}/accept", MODERATOR_ACTION),
    ("posts.delete", "POST"): (lambda t: f"/posts/{t.post_to_delete}/delete", MODERATOR_ACTION),
    ("posts.restore", "POST"): (lambda t: f"/posts/{t.deleted_post}/restore", MODERATOR_ACTION),
    ("threads.lock", "POST"): (lambda t: f"/threads/{t.thread}/lock", MODERATOR_ACTION),
    ("threads.pin", "POST"): (lambda t: f"/threads/{t.thread}/pin", MODERATOR_ACTION),
    ("threads.move", "GET"): (lambda t: f"/threads/{t.thread}/move", MODERATORS),
    ("threads.move", "POST"): (lambda t: f"/threads/{t.thread}/move", (302, 403, 403, 400, 400)),
    ("threads.follow_thread", "POST"): (lambda t: f"/threads/{t.thread}/subscription", (302,) * 5),
    ("threads.follow_board", "POST"): (lambda t: f"/boards/{t.board}/subscription", (302,) * 5),
    ("moderation.flag", "GET"): (lambda t: f"/posts/{t.post}/flag", SIGNED_IN),
    ("moderation.flag", "POST"): (lambda t: f"/posts/{t.post}/flag", (302, 400, 400, 400, 400)),
    ("moderation.queue", "GET"): (lambda t: "/moderation/", MODERATORS),
    ("moderation.approve", "POST"): (
        lambda t: f"/moderation/held/{t.held_post}/approve",
        MODERATOR_ACTION,
    ),
    ("moderation.reject", "POST"): (
        lambda t: f"/moderation/held/{t.held_post}/reject",
        (302, 403, 403, 404, 404),  # by then the moderator approved it
    ),
    ("moderation.resolve", "GET"): (lambda t: f"/moderation/flags/{t.flag}", MODERATORS),
    ("moderation.resolve", "POST"): (
        lambda t: f"/moderation/flags/{t.flag}",
        (302, 403, 403, 400, 400),
    ),
    ("notifications.index", "GET"): (lambda t: "/notifications", SIGNED_IN),
    ("notifications.read_all", "POST"): (lambda t: "/notifications/read-all", (302,) * 5),
    # Someone else's notification: 404, never a hint that it exists.
    ("notifications.open_one", "POST"): (
        lambda t: f"/notifications/{t.notification}/open",
        (302, 404, 404, 404, 404),
    ),
    ("notifications.settings", "GET"): (lambda t: "/notifications/settings", SIGNED_IN),
    ("notifications.settings", "POST"): (
        lambda t: "/notifications/settings",
        (302, 400, 400, 400, 400),
    ),
    # Mentoring: rows that exist are tested by role in test_mentoring_access.py; here,
    # rows that do not (404 for everyone allowed to ask) and the pages everyone can open.
    ("mentoring.index", "GET"): (lambda t: "/mentoring/", EVERYONE_200),
    ("mentoring.directory", "GET"): (lambda t: "/mentoring/mentors", EVERYONE_200),
    ("mentoring.mentor", "GET"): (lambda t: f"/mentoring/mentors/{t.id}", (404,) * 5),
    ("mentoring.edit_profile", "GET"): (
        lambda t: f"/mentoring/mentors/{t.id}/edit",
        (302, 404, 404, 404, 404),
    ),
    ("mentoring.edit_profile", "POST"): (
        lambda t: f"/mentoring/mentors/{t.id}/edit",
        (302, 404, 404, 404, 404),
    ),
    ("mentoring.round_page", "GET"): (lambda t: "/mentoring/round", ADMIN_ONLY),
    # No mentors yet: the admin is told so (409), nothing is proposed.
    ("mentoring.new_round", "POST"): (lambda t: "/mentoring/round", (302, 403, 403, 403, 409)),
    ("mentoring.adjust_round", "POST"): (
        lambda t: "/mentoring/round/999999",
        (302, 403, 403, 403, 404),
    ),
    ("mentoring.send_round", "POST"): (
        lambda t: "/mentoring/round/999999/send",
        (302, 403, 403, 403, 404),
    ),
    ("mentoring_offers.offer", "GET"): (lambda t: "/mentoring/offers/999999", NOT_FOUND_SIGNED_IN),
    ("mentoring_offers.accept", "POST"): (
        lambda t: "/mentoring/offers/999999/accept",
        NOT_FOUND_SIGNED_IN,
    ),
    ("mentoring_offers.decline", "POST"): (
        lambda t: "/mentoring/offers/999999/decline",
        NOT_FOUND_SIGNED_IN,
    ),
    ("mentoring_offers.end", "POST"): (
        lambda t: "/mentoring/offers/999999/end",
        NOT_FOUND_SIGNED_IN,
    ),
    ("mentoring_offers.area", "GET"): (lambda t: "/mentoring/areas/nowhere", NOT_FOUND_SIGNED_IN),
    ("mentoring_offers.request_mentor", "GET"): (
        lambda t: "/mentoring/areas/nowhere/request",
        NOT_FOUND_SIGNED_IN,
    ),
    ("mentoring_offers.request_mentor", "POST"): (
        lambda t: "/mentoring/areas/nowhere/request",
        NOT_FOUND_SIGNED_IN,
    ),
    ("mentoring_questions.ask", "GET"): (
        lambda t: "/mentoring/areas/nowhere/ask",
        NOT_FOUND_SIGNED_IN,
    ),
    ("mentoring_questions.ask", "POST"): (
        lambda t: "/mentoring/areas/nowhere/ask",
        NOT_FOUND_SIGNED_IN,
    ),
    ("mentoring_questions.consent", "POST"): (
        lambda t: f"/mentoring/questions/{t.thread}/consent",
        NOT_FOUND_SIGNED_IN,
    ),
    ("mentoring_questions.publish", "GET"): (
        lambda t: f"/mentoring/questions/{t.thread}/publish",
        NOT_FOUND_SIGNED_IN,
    ),
    ("mentoring_questions.publish", "POST"): (
        lambda t: f"/mentoring/questions/{t.thread}/publish",
        NOT_FOUND_SIGNED_IN,
    ),
    ("notifications.unsubscribe", "GET"): (lambda t: "/email/unsubscribe/not-a-token", (400,) * 5),
    ("notifications.unsubscribe", "POST"): (
        lambda t: "/email/unsubscribe/not-a-token",
        (400,) * 5,
    ),
    # Areas: "access-area" has standard 1 and the target person as its one member.
    ("areas.index", "GET"): (lambda t: "/areas/", EVERYONE_200),
    ("areas.area", "GET"): (lambda t: f"/areas/{AREA}", EVERYONE_200),
    ("areas.history", "GET"): (lambda t: f"/areas/{AREA}/history", EVERYONE_200),
    ("areas.edit", "GET"): (lambda t: f"/areas/{AREA}/edit", ADMIN_ONLY),
    ("areas.edit", "POST"): (lambda t: f"/areas/{AREA}/edit", (302, 403, 403, 403, 400)),
    ("areas.members", "GET"): (lambda t: f"/areas/{AREA}/members", ADMIN_ONLY),
    ("areas.members", "POST"): (lambda t: f"/areas/{AREA}/members", (302, 403, 403, 403, 400)),
    ("areas.remove_member", "POST"): (
        lambda t: f"/areas/{AREA}/members/{t.id}/remove",
        ADMIN_ACTION,
    ),
    ("areas.new_area", "GET"): (lambda t: "/areas/new", ADMIN_ONLY),
    ("areas.new_area", "POST"): (lambda t: "/areas/new", (302, 403, 403, 403, 400)),
    ("areas.edit_details", "GET"): (lambda t: f"/areas/{AREA}/details", ADMIN_ONLY),
    ("areas.edit_details", "POST"): (
        lambda t: f"/areas/{AREA}/details",
        (302, 403, 403, 403, 400),
    ),
    ("areas.new_progress", "GET"): (lambda t: f"/areas/{AREA}/progress/new", ADMIN_ONLY),
    ("areas.new_progress", "POST"): (
        lambda t: f"/areas/{AREA}/progress/new",
        (302, 403, 403, 403, 400),
    ),
    ("standards.compare", "GET"): (lambda t: "/standards/", EVERYONE_200),
    ("standards.compare_csv", "GET"): (lambda t: "/standards.csv", EVERYONE_200),
    ("standards.new_standard", "GET"): (lambda t: f"/areas/{AREA}/standards/new", ADMIN_ONLY),
    ("standards.new_standard", "POST"): (
        lambda t: f"/areas/{AREA}/standards/new",
        (302, 403, 403, 403, 400),
    ),
    ("standards.standard", "GET"): (lambda t: f"/areas/{AREA}/standards/1", EVERYONE_200),
    ("standards.standard_csv", "GET"): (lambda t: f"/areas/{AREA}/standards/1.csv", EVERYONE_200),
    ("standards.edit_standard", "GET"): (lambda t: f"/areas/{AREA}/standards/1/edit", ADMIN_ONLY),
    ("standards.edit_standard", "POST"): (
        lambda t: f"/areas/{AREA}/standards/1/edit",
        (302, 403, 403, 403, 400),
    ),
    ("standards.withdraw_standard", "POST"): (
        lambda t: f"/areas/{AREA}/standards/1/withdraw",
        ADMIN_ACTION,
    ),
    ("standards.restore_standard", "POST"): (
        lambda t: f"/areas/{AREA}/standards/1/restore",
        ADMIN_ACTION,
    ),
    ("standards.new_entry", "GET"): (lambda t: f"/areas/{AREA}/standards/1/ledger/new", ADMIN_ONLY),
    ("standards.new_entry", "POST"): (
        lambda t: f"/areas/{AREA}/standards/1/ledger/new",
        (302, 403, 403, 403, 400),
    ),
    ("standards.new_thread", "GET"): (
        lambda t: f"/areas/{AREA}/standards/1/threads/new",
        SIGNED_IN,
    ),
    ("standards.new_thread", "POST"): (
        lambda t: f"/areas/{AREA}/standards/1/threads/new",
        (302, 400, 400, 400, 400),
    ),
    ("guidance.index", "GET"): (lambda t: "/guidance/", EVERYONE_200),
    ("guidance.page", "GET"): (lambda t: f"/guidance/{GUIDE}", EVERYONE_200),
    ("guidance.attachment", "GET"): (
        lambda t: f"/guidance/{GUIDE}/attachments/{t.attachment}",
        EVERYONE_200,
    ),
    ("guidance.discuss", "GET"): (lambda t: f"/guidance/{GUIDE}/discuss", (302,) * 5),
    ("guidance_editor.manage", "GET"): (lambda t: "/guidance/manage", MODERATORS),
    ("guidance_editor.new", "GET"): (lambda t: "/guidance/new", MODERATORS),
    ("guidance_editor.new", "POST"): (lambda t: "/guidance/new", (302, 403, 403, 400, 400)),
    ("guidance_editor.edit", "GET"): (lambda t: f"/guidance/{GUIDE}/edit", MODERATORS),
    ("guidance_editor.edit", "POST"): (
        lambda t: f"/guidance/{GUIDE}/edit",
        (302, 403, 403, 400, 400),
    ),
    ("guidance_editor.publish", "POST"): (
        lambda t: f"/guidance/{GUIDE}/publish",
        MODERATOR_ACTION,
    ),
    ("guidance_editor.unpublish", "POST"): (
        lambda t: f"/guidance/{GUIDE}/unpublish",
        MODERATOR_ACTION,
    ),
    ("guidance_editor.archive", "POST"): (
        lambda t: f"/guidance/{GUIDE}/archive",
        MODERATOR_ACTION,
    ),
    ("guidance_editor.history", "GET"): (lambda t: f"/guidance/{GUIDE}/history", MODERATORS),
    ("guidance_editor.revision", "GET"): (lambda t: f"/guidance/{GUIDE}/history/1", MODERATORS),
    ("guidance_editor.restore", "POST"): (
        lambda t: f"/guidance/{GUIDE}/history/1/restore",
        MODERATOR_ACTION,
    ),
    ("guidance_editor.attachments", "GET"): (
        lambda t: f"/guidance/{GUIDE}/attachments",
        MODERATORS,
    ),
    ("guidance_editor.attachments", "POST"): (
        lambda t: f"/guidance/{GUIDE}/attachments",
        (302, 403, 403, 400, 400),
    ),
    ("guidance_editor.delete_attachment", "POST"): (
        lambda t: f"/guidance/{GUIDE}/attachments/{t.attachment}/delete",
        MODERATOR_ACTION,
    ),
    ("search.page", "GET"): (lambda t: "/search?q=graffiti", EVERYONE_200),
    ("search.api", "GET"): (lambda t: "/api/search?q=graffiti", EVERYONE_200),
    ("search.openapi", "GET"): (lambda t: "/api/openapi.json", EVERYONE_200),
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
    board = make_board(slug="access")
    thread = make_thread(board=board, author=target, posts=4, kind="question")
    posts = {
        p.position: p for p in db.session.scalars(select(Post).where(Post.thread_id == thread.id))
    }
    posts[4].deleted_at = utcnow()
    held = make_thread(board=board, author=target, posts=2, title="Held reply here")
    held_post = db.session.scalar(select(Post).where(Post.thread_id == held.id, Post.position == 2))
    held_post.held_at = utcnow()
    flag = Flag(post_id=posts[2].id, reporter_id=target.id, reason="spam")
    notification = Notification(user_id=target.id, kind="reply", thread_id=thread.id)
    db.session.add_all([flag, notification])
    db.session.commit()
    area = make_area(slug=AREA)
    make_standard(area=area, topic=make_topic())
    make_area_member(area=area, user=target)
    things = Things(
        id=target.id,
        board=board.slug,
        spare_board=make_board(slug="spare").slug,
        thread=thread.id,
        post=posts[2].id,
        post_to_delete=posts[3].id,
        deleted_post=posts[4].id,
        flag=flag.id,
        held_post=held_post.id,
        notification=notification.id,
        attachment=make_attachment(page=make_guidance_page(slug=GUIDE)).id,
    )
    failures = []
    for (endpoint, method), (url_for, statuses) in sorted(ACCESS.items()):
        client: CheckedClient = app.test_client()  # type: ignore[assignment]
        if role != "anonymous":
            user = make_user(role=role)
            sign_in(client, user)
        url = url_for(things)
        if method == "GET":
            response = client.get(url)
        else:
            response = client.post(url, data={"csrf_token": client.csrf_token("/password/forgot")})
        expected = statuses[ROLES.index(role)]
        if response.status_code != expected:
            failures.append(f"{method} {url} ({endpoint}): {response.status_code}, not {expected}")
    assert not failures, "\n".join(failures)
