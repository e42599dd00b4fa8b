"""The forum: boards, threads, replies, permalinks."""

from __future__ import annotations

from sqlalchemy import func, select

from forum.extensions import db
from forum.models import Board, Notification, Post, Subscription, Thread, User
from tests.support.factories import make_board, make_thread, make_topic, make_user
from tests.support.pages import CheckedClient, check_page


def test_boards_index_lists_boards_with_counts(client: CheckedClient, member: User) -> None:
    board = make_board(name="Service standards", slug="service-standards")
    make_thread(board=board, author=member, posts=3)
    make_board(name="Old board", slug="old", archived=True)

    page = client.page("/boards/")

    assert page.h1 == "Forum"
    assert "Service standards" in page.text
    assert "Old board" not in page.text
    row = next(r for r in page.all("tr") if "Service standards" in "".join(r.itertext()))
    cells = [c.text for c in row.iter("td")]
    assert cells[1:3] == ["1", "3"]


def test_board_lists_pinned_first_then_most_recent(client: CheckedClient, member: User) -> None:
    board = make_board(slug="redress")
    old = make_thread(board=board, author=member, title="Old but pinned thread", pinned=True)
    make_thread(board=board, author=member, title="Newer thread here")
    newest = make_thread(board=board, author=member, title="Newest thread here")
    db.session.get(Thread, newest.id).last_post_at = old.last_post_at.replace(year=2030)
    db.session.commit()

    page = client.page("/boards/redress")
    titles = [t for t in (h.findtext("a") for h in page.all("h3")) if t]

    assert titles == ["Old but pinned thread", "Newest thread here", "Newer thread here"]


def test_board_pages(client: CheckedClient, member: User) -> None:
    board = make_board(slug="big")
    for _ in range(31):
        make_thread(board=board, author=member)

    assert "(page 2 of 2)" in client.page("/boards/big?page=2").h1
    client.page("/boards/big?page=3", expected_status=404)
    client.page("/boards/nope", expected_status=404)


def test_start_a_thread(member_client: CheckedClient, member: User) -> None:
    board = make_board(slug="getting-started")
    topic = make_topic(name="Graffiti")

    response = member_client.submit(
        "/boards/getting-started/new",
        {
            "title": "How fast do you remove graffiti?",
            "body": "We promise **48 hours**. Is that realistic?",
            "kind": "question",
            "topics": str(topic.id),
        },
        from_page="/boards/getting-started/new",
    )

    assert response.status_code == 302
    thread = db.session.scalar(select(Thread))
    assert response.headers["Location"] == f"/threads/{thread.id}"
    assert (thread.kind, thread.post_count, thread.author_id) == ("question", 1, member.id)
    assert [t.name for t in thread.topics] == ["Graffiti"]
    board = db.session.get(Board, board.id)
    assert (board.thread_count, board.post_count) == (1, 1)
    assert db.session.scalar(select(Subscription.thread_id)) == thread.id

    page = member_client.page(f"/threads/{thread.id}")
    assert page.h1 == "How fast do you remove graffiti?"
    assert "<strong>48 hours</strong>" in member_client.get(f"/threads/{thread.id}").get_data(
        as_text=True
    )


def test_thread_with_only_title_and_body_is_a_discussion(member_client: CheckedClient) -> None:
    make_board(slug="b")
    member_client.submit(
        "/boards/b/new", {"title": "Just a title", "body": "And a body."}, from_page="/boards/b/new"
    )
    assert db.session.scalar(select(Thread.kind)) == "discussion"


def test_new_thread_errors_keep_what_was_typed(member_client: CheckedClient) -> None:
    make_board(slug="b")
    response = member_client.submit(
        "/boards/b/new", {"title": "Hi", "body": "Something I wrote"}, from_page="/boards/b/new"
    )

    assert response.status_code == 400
    page = check_page(response)
    assert page.error_summary == ["Enter a title between 5 and 150 characters"]
    assert page.field_value("title") == "Hi"
    assert page.field_value("body") == "Something I wrote"
    assert db.session.scalar(select(func.count(Thread.id))) == 0


def test_preview_shows_the_rendered_text_and_saves_nothing(member_client: CheckedClient) -> None:
    make_board(slug="b")
    response = member_client.submit(
        "/boards/b/new",
        {"title": "Preview me please", "body": "Some *emphasis*", "preview": "Preview"},
        from_page="/boards/b/new",
    )

    assert response.status_code == 200
    assert "<em>emphasis</em>" in response.get_data(as_text=True)
    assert check_page(response).field_value("body") == "Some *emphasis*"
    assert db.session.scalar(select(func.count(Thread.id))) == 0


def test_anonymous_visitors_are_asked_to_sign_in(client: CheckedClient, member: User) -> None:
    board = make_board(slug="b")
    thread = make_thread(board=board, author=member)
    assert client.get("/boards/b/new").status_code == 302
    assert client.get(f"/threads/{thread.id}/reply").status_code == 302
    page = client.page(f"/threads/{thread.id}")
    assert "Sign in to reply" in page.text


def test_reply_lands_on_the_right_page(member_client: CheckedClient, member: User) -> None:
    board = make_board(slug="b")
    thread = make_thread(board=board, author=member, posts=20)

    response = member_client.submit(
        f"/threads/{thread.id}/reply", {"body": "The 21st post"}, from_page=f"/threads/{thread.id}"
    )

    post = db.session.scalar(select(Post).where(Post.position == 21))
    assert post.markdown == "The 21st post"
    assert response.headers["Location"] == f"/threads/{thread.id}?page=2#post-{post.id}"
    thread = db.session.get(Thread, thread.id)
    assert (thread.post_count, thread.last_poster_id) == (21, member.id)
    assert db.session.get(Board, board.id).post_count == 21
    assert "The 21st post" in member_client.page(f"/threads/{thread.id}?page=2").text


def test_permalink_finds_the_page(client: CheckedClient, member: User) -> None:
    thread = make_thread(board=make_board(), author=member, posts=45)
    post = db.session.scalar(select(Post).where(Post.position == 45))

    response = client.get(f"/posts/{post.id}")

    assert response.headers["Location"] == f"/threads/{thread.id}?page=3#post-{post.id}"
    assert client.get("/posts/999999").status_code == 404


def test_empty_reply_is_refused(member_client: CheckedClient, member: User) -> None:
    thread = make_thread(board=make_board(), author=member)
    response = member_client.submit(
        f"/threads/{thread.id}/reply", {"body": "   "}, from_page=f"/threads/{thread.id}"
    )
    assert response.status_code == 400
    assert check_page(response).error_summary == ["Enter your message"]


def test_locked_threads_take_replies_from_moderators_only(
    member_client: CheckedClient, moderator_client: CheckedClient, member: User
) -> None:
    thread = make_thread(board=make_board(), author=member, locked=True)
    url = f"/threads/{thread.id}/reply"

    assert member_client.submit(url, {"body": "Me too"}, from_page="/").status_code == 403
    assert "This thread is locked" in member_client.page(f"/threads/{thread.id}").text
    assert moderator_client.submit(url, {"body": "Noted"}, from_page="/").status_code == 302


def test_suspended_member_cannot_post(app, member: User) -> None:
    from tests.conftest import sign_in

    thread = make_thread(board=make_board(slug="b"), author=member)
    client: CheckedClient = app.test_client()  # type: ignore[assignment]
    sign_in(client, member)
    db.session.get(User, member.id).status = "suspended"
    db.session.commit()

    response = client.submit(f"/threads/{thread.id}/reply", {"body": "x"}, from_page="/login")

    assert response.status_code == 302  # signed out, sent to sign in
    assert db.session.scalar(select(func.count(Post.id))) == 1


def test_quote_prefills_the_reply(member_client: CheckedClient, member: User) -> None:
    thread = make_thread(board=make_board(), author=member, posts=2)
    quoted = db.session.scalar(select(Post).where(Post.position == 2))

    page = member_client.page(f"/threads/{thread.id}/reply?quote={quoted.id}")

    body = page.field_value("body")
    assert body.startswith(f"> **{member.display_name}** [wrote](/posts/{quoted.id}):")
    assert "> Post 2 in thread" in body


def test_replies_notify_subscribers_quoted_and_mentioned_people(
    app, member: User, mentor: User, moderator: User
) -> None:
    from tests.conftest import sign_in

    thread_author = make_user(display_name="Sam Jones")
    board = make_board(slug="b")
    thread = make_thread(board=board, author=thread_author, posts=2, repliers=[mentor])
    db.session.add(Subscription(user_id=thread_author.id, thread_id=thread.id))
    db.session.commit()
    mentor_post = db.session.scalar(select(Post).where(Post.position == 2))

    client: CheckedClient = app.test_client()  # type: ignore[assignment]
    sign_in(client, member)
    body = (
        f"> **Mina Mentor** [wrote](/posts/{mentor_post.id}):\n> Post 2\n\n"
        "Agreed, and @Mo-Moderator may want to pin this."
    )
    client.submit(f"/threads/{thread.id}/reply", {"body": body}, from_page="/")

    kinds = {
        row[0]: row[1]
        for row in db.session.execute(select(Notification.user_id, Notification.kind))
    }
    assert kinds == {thread_author.id: "reply", mentor.id: "quote", moderator.id: "mention"}


def test_home_shows_latest_open_questions_and_what_you_follow(
    member_client: CheckedClient, member: User
) -> None:
    board = make_board(slug="b")
    make_thread(board=board, author=member, title="A discussion about bins")
    question = make_thread(board=board, author=member, title="Who mends lights?", kind="question")
    db.session.add(Subscription(user_id=member.id, thread_id=question.id))
    db.session.commit()

    page = member_client.page("/")

    assert "A discussion about bins" in page.text
    unanswered = page.text.split("Questions waiting for an answer")[1]
    assert "Who mends lights?" in unanswered
    assert "A discussion about bins" not in unanswered
    assert "What you follow" in page.text


def test_jump_to_the_first_unread_post(app, member_client: CheckedClient, member: User) -> None:
    thread = make_thread(board=make_board(), author=make_user(), posts=45)
    tracker = app.extensions["read_tracker"]

    response = member_client.get(f"/threads/{thread.id}/unread")
    first = db.session.scalar(select(Post).where(Post.position == 1))
    assert response.headers["Location"] == f"/threads/{thread.id}#post-{first.id}"

    member_client.get(f"/threads/{thread.id}")  # shows posts 1-20
    assert tracker.pending_position(user_id=member.id, thread_id=thread.id) == 20
    assert tracker.flush() == 1
    post_21 = db.session.scalar(select(Post).where(Post.position == 21))
    response = member_client.get(f"/threads/{thread.id}/unread")
    assert response.headers["Location"] == f"/threads/{thread.id}?page=2#post-{post_21.id}"

    member_client.get(f"/threads/{thread.id}")  # going back never moves it backwards
    tracker.flush()
    from forum.models import ReadPosition

    assert db.session.get(ReadPosition, (member.id, thread.id)).position == 20


def test_new_members_may_post_only_a_few_links(member_client: CheckedClient, member: User) -> None:
    thread = make_thread(board=make_board(), author=make_user(), posts=1)
    body = "See https://a.example.org, https://b.example.org and https://c.example.org"

    response = member_client.submit(f"/threads/{thread.id}/reply", {"body": body}, from_page="/")

    assert response.status_code == 400
    page = check_page(response)
    assert page.error_summary == [
        "Remove some links: new members can include up to 2 links in a post"
    ]
    assert page.field_value("body") == body
    member.trusted = True
    db.session.commit()
    assert (
        member_client.submit(
            f"/threads/{thread.id}/reply", {"body": body}, from_page="/"
        ).status_code
        == 302
    )
