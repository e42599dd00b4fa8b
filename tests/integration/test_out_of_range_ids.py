"""Ids too large for the database are "not found", never a crash.

Ids are INTEGER columns: PostgreSQL refuses a number above 2**31 - 1 ("integer out of
range") and SQLite's driver one above 2**63 - 1 (OverflowError). Every id a request can
carry, in its path, its query string or its form, must be checked before it reaches a query.
"""

from __future__ import annotations

import re

import pytest
from flask import Flask
from sqlalchemy import select

from forum.extensions import db
from forum.ids import MAX_ID
from forum.models import MatchingRound, MentoringMatch, Post
from tests.conftest import sign_in
from tests.support.factories import (
    make_area,
    make_area_member,
    make_board,
    make_guidance_page,
    make_ledger_entry,
    make_standard,
    make_thread,
    make_topic,
    make_user,
)
from tests.support.mentoring import make_mentor, make_needy_area
from tests.support.pages import CheckedClient, check_page

HUGE = 99999999999999999999999
AREA = "plains-farm"
GUIDE = "huge-ids-guide"
BOARD = "huge-ids-board"
ROLES = ("anonymous", "member", "mentor", "moderator", "admin")

# The value each non-id path parameter takes, by the path it appears under: real rows, so
# a lookup by slug succeeds and the id after it is what gets looked up.
SLUGS = {"/areas/": AREA, "/guidance/": GUIDE, "/boards/": BOARD, "/admin/boards/": BOARD}


def _huge_url(rule: str) -> str:
    url = re.sub(r"<int:\w+>", str(HUGE), rule)
    if "<slug>" in url:
        prefix = next(p for p in sorted(SLUGS, key=len, reverse=True) if url.startswith(p))
        url = url.replace("<slug>", SLUGS[prefix])
    assert "<" not in url, f"give {rule}'s other parameters a value in SLUGS"
    return url


def _rules_with_ids(app: Flask, method: str) -> list[str]:
    return sorted(
        rule.rule
        for rule in app.url_map.iter_rules()
        if "<int:" in rule.rule and method in (rule.methods or ())
    )


@pytest.fixture
def things(app: Flask) -> None:
    area = make_area(slug=AREA, name="Plains Farm")
    standard = make_standard(area=area, topic=make_topic())
    make_ledger_entry(standard=standard, status="missed")
    make_guidance_page(slug=GUIDE)
    board = make_board(slug=BOARD)
    make_thread(board=board, author=make_user(), posts=2)


def _client(app: Flask, role: str) -> CheckedClient:
    client: CheckedClient = app.test_client()  # type: ignore[assignment]
    if role != "anonymous":
        user = make_user(role=role)
        if role == "member":
            make_area_member(area=db.session.scalar(_area()), user=user)
        sign_in(client, user)
    return client


def _area():  # type: ignore[no-untyped-def]
    from forum.models import Area

    return select(Area).where(Area.slug == AREA)


def test_the_bound_is_what_an_integer_column_holds() -> None:
    assert MAX_ID == 2**31 - 1


@pytest.mark.usefixtures("things")
@pytest.mark.parametrize("method", ["GET", "POST"])
@pytest.mark.parametrize("role", ROLES)
def test_every_path_id_out_of_range_is_not_found(app: Flask, role: str, method: str) -> None:
    client = _client(app, role)
    rules = _rules_with_ids(app, method)
    assert rules
    token = client.csrf_token("/password/forgot")
    failures = []
    for rule in rules:
        url = _huge_url(rule)
        if method == "GET":
            response = client.get(url)
        else:
            response = client.post(url, data={"csrf_token": token})
        if response.status_code != 404:
            failures.append(f"{method} {url}: {response.status_code}")
    assert not failures, "\n".join(failures)


@pytest.mark.usefixtures("things")
def test_the_largest_id_the_database_holds_is_looked_up(client: CheckedClient) -> None:
    assert client.get(f"/threads/{MAX_ID}").status_code == 404
    assert client.get(f"/users/{MAX_ID}").status_code == 404
    assert client.get(f"/areas/{AREA}/standards/{MAX_ID}.csv").status_code == 404


@pytest.mark.usefixtures("things")
@pytest.mark.parametrize("value", [str(HUGE), str(MAX_ID + 1), "-5", "x"])
def test_a_ledger_entry_out_of_range_is_not_found(app: Flask, value: str) -> None:
    client = _client(app, "member")
    response = client.get(f"/areas/{AREA}/standards/1/threads/new?kind=redress&entry={value}")
    assert response.status_code == 404


@pytest.mark.usefixtures("things")
@pytest.mark.parametrize("name", ["page", "quote", "guidance"])
def test_query_string_numbers_out_of_range_are_ignored(app: Flask, name: str) -> None:
    client = _client(app, "admin")
    thread = db.session.scalar(select(Post.thread_id).limit(1))
    for url in (
        f"/threads/{thread}?{name}={HUGE}",
        f"/threads/{thread}/reply?{name}={HUGE}",
        f"/boards/{BOARD}?{name}={HUGE}",
        f"/boards/{BOARD}/new?{name}={HUGE}",
        f"/notifications?{name}={HUGE}",
        f"/admin/users?{name}={HUGE}",
        f"/admin/audit?{name}={HUGE}",
        f"/moderation/?{name}={HUGE}",
    ):
        assert client.get(url).status_code in {200, 404}, url


@pytest.mark.usefixtures("things")
def test_a_reply_quoting_a_post_out_of_range_is_posted(app: Flask) -> None:
    client = _client(app, "admin")
    thread = db.session.scalar(select(Post.thread_id).limit(1))
    body = f"> [Someone wrote](/posts/{HUGE})\n> Hello\n\nAnd my answer to it."
    response = client.post(
        f"/threads/{thread}/reply",
        data={"csrf_token": client.csrf_token(f"/threads/{thread}/reply"), "body": body},
    )
    assert response.status_code == 302


@pytest.mark.usefixtures("things")
def test_a_select_value_out_of_range_asks_for_a_choice(app: Flask) -> None:
    client = _client(app, "admin")
    thread = db.session.scalar(select(Post.thread_id).limit(1))
    response = client.post(
        f"/threads/{thread}/move",
        data={"csrf_token": client.csrf_token(f"/threads/{thread}/move"), "board": str(HUGE)},
    )
    assert response.status_code == 400
    assert "Select a board" in check_page(response).text


def test_a_round_choice_out_of_range_asks_for_a_mentor(admin_client: CheckedClient) -> None:
    area = make_needy_area(name="Plains Farm")
    make_mentor()
    assert admin_client.submit("/mentoring/round", from_page="/mentoring/round").status_code == 302
    round_id = db.session.scalar(select(MatchingRound.id))
    response = admin_client.post(
        f"/mentoring/round/{round_id}",
        data={
            "csrf_token": admin_client.csrf_token("/mentoring/round"),
            f"area-{area.id}": str(HUGE),
        },
    )
    assert response.status_code == 400
    assert "Select a mentor from the list" in check_page(response).text
    assert db.session.scalar(select(MentoringMatch.id)) is None
