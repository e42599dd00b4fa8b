"""A standard's page lists the forum threads whose posts link to it, not only the threads
started from it. Links are recorded when a post is written or edited, never by scanning."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from flask import Flask
from flask_migrate import downgrade, upgrade
from sqlalchemy import inspect, select, text

from forum.extensions import db
from forum.models import Post, StandardPostLink, Thread, User
from tests.support.factories import (
    make_area,
    make_area_member,
    make_board,
    make_standard,
    make_thread,
    make_topic,
    make_user,
)
from tests.support.mentoring import make_mentor
from tests.support.pages import CheckedClient
from tests.support.queries import queries

STANDARD_1 = "/areas/plains-farm/standards/1"
STANDARD_2 = "/areas/plains-farm/standards/2"
ClientFor = Callable[[User], CheckedClient]


@pytest.fixture
def app_overrides() -> dict[str, object]:
    return {"SITE_URL": "https://forum.example.org"}


@pytest.fixture
def board(app: Flask) -> object:
    area = make_area(slug="plains-farm", name="Plains Farm")
    topic = make_topic()
    make_standard(area=area, topic=topic)
    make_standard(area=area, topic=topic, description="Empty litter bins daily")
    return make_board(slug="standards-talk", name="Standards talk")


def _start(client: CheckedClient, board: object, title: str, body: str) -> Thread:
    url = f"/boards/{board.slug}/new"  # type: ignore[attr-defined]
    response = client.submit(url, {"title": title, "body": body}, from_page=url)
    assert response.status_code == 302, response.get_data(as_text=True)
    return db.session.scalar(select(Thread).where(Thread.title == title))


def _reply(client: CheckedClient, thread: Thread, body: str) -> Post:
    url = f"/threads/{thread.id}/reply"
    assert client.submit(url, {"body": body}, from_page=url).status_code == 302
    return db.session.scalar(
        select(Post).where(Post.thread_id == thread.id).order_by(Post.id.desc())
    )


def _listed(client: CheckedClient, url: str = STANDARD_1) -> str:
    page = client.page(url)
    section = page.by_id("threads")
    assert section is not None
    return page.text


def test_a_thread_whose_reply_links_the_standard_is_listed(
    board: object, member_client: CheckedClient, client: CheckedClient
) -> None:
    thread = _start(member_client, board, "Bins on Tuesdays", "Who collects them?")
    assert "Bins on Tuesdays" not in _listed(client)

    _reply(member_client, thread, f"The council promised it: [standard 1]({STANDARD_1}).")

    assert "Bins on Tuesdays" in _listed(client)
    assert "Bins on Tuesdays" not in _listed(client, STANDARD_2)


@pytest.mark.parametrize(
    "link",
    [
        f"[the standard](http://localhost{STANDARD_1})",  # the host the person came in on
        f"[the standard](https://forum.example.org{STANDARD_1})",  # SITE_URL
        f"See https://forum.example.org{STANDARD_1}#ledger, written out.",
        f"[the standard]({STANDARD_1}?from=email)",
    ],
)
def test_absolute_and_relative_links_count(
    board: object, member_client: CheckedClient, client: CheckedClient, link: str
) -> None:
    _start(member_client, board, "Linked thread", link)
    assert "Linked thread" in _listed(client)


def test_links_to_other_sites_and_missing_standards_do_not(
    board: object, moderator_client: CheckedClient, client: CheckedClient
) -> None:
    _start(  # four links: more than a new member may post
        moderator_client,
        board,
        "Not about ours",
        "[elsewhere](https://other.example.org/areas/plains-farm/standards/1), "
        "[missing](/areas/plains-farm/standards/9), [no area](/areas/nowhere/standards/1), "
        "[huge](/areas/plains-farm/standards/99999999999999999999999)",
    )
    assert "Not about ours" not in _listed(client)
    assert db.session.scalar(select(StandardPostLink)) is None


def test_a_thread_started_from_the_page_that_also_links_it_is_listed_once(
    board: object, member_client: CheckedClient, client: CheckedClient
) -> None:
    url = f"{STANDARD_1}/threads/new"
    response = member_client.submit(
        url,
        {"board": str(board.id), "title": "Started here", "body": f"[this]({STANDARD_1})"},  # type: ignore[attr-defined]
        from_page=url,
    )
    assert response.status_code == 302
    assert _listed(client).count("Started here") == 1


def test_editing_adds_and_removes_the_link(
    board: object, member_client: CheckedClient, client: CheckedClient
) -> None:
    thread = _start(member_client, board, "Edited later", "Nothing linked yet.")
    post = db.session.scalar(select(Post).where(Post.thread_id == thread.id))
    url = f"/posts/{post.id}/edit"

    member_client.submit(
        url, {"title": "Edited later", "body": f"[two]({STANDARD_2})"}, from_page=url
    )
    assert "Edited later" in _listed(client, STANDARD_2)
    assert "Edited later" not in _listed(client)

    member_client.submit(url, {"title": "Edited later", "body": "No link now."}, from_page=url)
    assert "Edited later" not in _listed(client, STANDARD_2)


def test_a_deleted_post_no_longer_lists_its_thread(
    board: object, member: User, member_client: CheckedClient, moderator_client: CheckedClient
) -> None:
    thread = _start(member_client, board, "Reply gets deleted", "Opening post.")
    post = _reply(member_client, thread, f"[one]({STANDARD_1})")
    assert "Reply gets deleted" in _listed(member_client)

    url = f"/posts/{post.id}/delete"
    token = moderator_client.csrf_token(f"/threads/{thread.id}")
    assert moderator_client.post(url, data={"csrf_token": token}).status_code == 302
    assert "Reply gets deleted" not in _listed(member_client)
    assert "Reply gets deleted" not in _listed(moderator_client)


def test_hidden_threads_are_listed_only_for_those_who_may_see_them(
    board: object, member_client: CheckedClient, moderator_client: CheckedClient
) -> None:
    hidden = make_thread(board=board, author=make_user(), title="Hidden thread", hidden=True)  # type: ignore[arg-type]
    _reply(moderator_client, hidden, f"[one]({STANDARD_1})")

    assert "Hidden thread" not in _listed(member_client)
    assert "Hidden thread" in _listed(moderator_client)


def test_private_mentoring_questions_are_listed_only_for_their_readers(
    board: object, client_for: ClientFor, member_client: CheckedClient
) -> None:
    from forum.mentoring import questions
    from forum.models.places import Area

    area = db.session.scalar(select(Area).where(Area.slug == "plains-farm"))
    asker = make_user(display_name="Ann Asker")
    make_area_member(area=area, user=asker)
    questions.ask(
        area=area,
        author=asker,
        mentor=make_mentor(),
        title="Private question",
        body=f"How do others meet [this standard]({STANDARD_1})?",
    )
    db.session.commit()

    assert "Private question" not in _listed(member_client)
    assert "Private question" in _listed(client_for(asker))


def test_the_standard_page_costs_the_same_with_many_linked_threads(
    board: object, member: User, client: CheckedClient
) -> None:
    from forum.boards import posting

    for n in range(3):
        posting.start_thread(
            board=board, author=member, title=f"Linked {n}", body=f"[one]({STANDARD_1})"
        )  # type: ignore[arg-type]
    db.session.commit()
    with queries() as few:
        client.get(STANDARD_1)
    for n in range(3, 12):
        posting.start_thread(
            board=board, author=member, title=f"Linked {n}", body=f"[one]({STANDARD_1})"
        )  # type: ignore[arg-type]
    db.session.commit()
    with queries() as many:
        page = client.page(STANDARD_1)
    assert "Linked 11" in page.text
    assert many.count == few.count


def test_the_migration_records_links_in_posts_written_before_it(
    app: Flask, board: object, member: User, client: CheckedClient
) -> None:
    from forum.boards import posting

    posting.start_thread(
        board=board, author=member, title="Old thread", body=f"[one]({STANDARD_1})"
    )  # type: ignore[arg-type]
    db.session.commit()
    directory = app.extensions["migrate"].directory
    db.session.remove()
    downgrade(directory=directory, revision="0007_offer_notices")
    try:
        assert "standard_post_link" not in inspect(db.engine).get_table_names()
    finally:
        upgrade(directory=directory)
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM standard_post_link")).scalar() == 1
    assert "Old thread" in _listed(client)
