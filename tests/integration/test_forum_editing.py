"""Editing with history, deleting and restoring, accepted answers, thread moderation."""

from __future__ import annotations

from sqlalchemy import select

from forum.extensions import db
from forum.models import AuditEvent, Board, Notification, Post, PostRevision, Thread, User
from tests.support.factories import make_board, make_thread, make_user
from tests.support.pages import CheckedClient, check_page


def post_at(thread: Thread, position: int) -> Post:
    return db.session.scalar(
        select(Post).where(Post.thread_id == thread.id, Post.position == position)
    )


def test_author_edits_and_the_old_version_is_kept(
    member_client: CheckedClient, member: User
) -> None:
    thread = make_thread(board=make_board(), author=member, posts=2)
    post = post_at(thread, 2)
    url = f"/posts/{post.id}/edit"
    assert member_client.page(url).field_value("body") == post.markdown

    response = member_client.submit(url, {"body": "Corrected: **48 hours**"}, from_page=url)

    assert response.status_code == 302
    db.session.refresh(post)
    assert post.markdown == "Corrected: **48 hours**"
    assert "<strong>48 hours</strong>" in post.html
    assert post.edited_by_id == member.id
    [revision] = db.session.scalars(select(PostRevision)).all()
    assert revision.markdown.startswith("Post 2 in thread")
    page = member_client.page(f"/posts/{post.id}/revisions")
    assert "+ Corrected: **48 hours**" in page.text
    assert "− Post 2 in thread" in page.text
    assert db.session.scalar(select(AuditEvent)) is None  # own edits are not moderation


def test_editing_the_first_post_can_change_the_title(
    member_client: CheckedClient, member: User
) -> None:
    thread = make_thread(board=make_board(), author=member)
    post = post_at(thread, 1)
    url = f"/posts/{post.id}/edit"

    member_client.submit(url, {"title": "A better title", "body": post.markdown}, from_page=url)
    assert db.session.get(Thread, thread.id).title == "A better title"

    response = member_client.submit(url, {"title": "", "body": "x"}, from_page=url)
    assert response.status_code == 400
    assert check_page(response).error_summary == ["Enter a title"]


def test_others_cannot_edit_but_moderators_can_and_it_is_audited(
    member_client: CheckedClient, moderator_client: CheckedClient, moderator: User
) -> None:
    author = make_user()
    thread = make_thread(board=make_board(), author=author, posts=2)
    post = post_at(thread, 2)
    url = f"/posts/{post.id}/edit"

    assert member_client.get(url).status_code == 403
    assert moderator_client.submit(url, {"body": "Tidied"}, from_page=url).status_code == 302
    event = db.session.scalar(select(AuditEvent))
    assert (event.action, event.actor_id, event.subject_id) == (
        "post.edited",
        moderator.id,
        post.id,
    )


def test_delete_shows_a_placeholder_and_moderators_restore(
    member_client: CheckedClient, moderator_client: CheckedClient, member: User
) -> None:
    thread = make_thread(board=make_board(), author=member, posts=3)
    post = post_at(thread, 2)

    assert member_client.submit(f"/posts/{post.id}/delete", from_page="/").status_code == 302

    page = member_client.page(f"/threads/{thread.id}")
    assert "This post was deleted." in page.text
    assert "Post 2 in thread" not in page.text
    assert "Post 3 in thread" in page.text  # positions, and pages, stay put
    assert db.session.get(Thread, thread.id).post_count == 3
    moderator_view = moderator_client.page(f"/threads/{thread.id}")
    assert "Post 2 in thread" in moderator_view.text  # behind "Show deleted text"

    assert member_client.submit(f"/posts/{post.id}/restore", from_page="/").status_code == 403
    assert moderator_client.submit(f"/posts/{post.id}/restore", from_page="/").status_code == 302
    assert db.session.get(Post, post.id).deleted_at is None


def test_deleting_the_opening_post_hides_the_thread(
    member_client: CheckedClient,
    moderator_client: CheckedClient,
    client: CheckedClient,
    member: User,
) -> None:
    board = make_board(slug="b")
    thread = make_thread(board=board, author=member, posts=2)
    opening = post_at(thread, 1)

    member_client.submit(f"/posts/{opening.id}/delete", from_page="/")

    assert client.get(f"/threads/{thread.id}").status_code == 404
    assert member_client.get(f"/threads/{thread.id}").status_code == 200  # the author's own
    assert db.session.get(Board, board.id).thread_count == 0
    assert moderator_client.get(f"/threads/{thread.id}").status_code == 200
    moderator_client.submit(f"/posts/{opening.id}/restore", from_page="/")
    assert client.get(f"/threads/{thread.id}").status_code == 200
    assert db.session.get(Board, board.id).thread_count == 1


def test_asker_accepts_an_answer_and_its_author_hears(
    member_client: CheckedClient, member: User, mentor: User
) -> None:
    thread = make_thread(
        board=make_board(), author=member, posts=3, repliers=[mentor], kind="question"
    )
    answer = post_at(thread, 2)
    assert answer.author_id == mentor.id

    response = member_client.submit(f"/posts/{answer.id}/accept", from_page="/")

    assert response.status_code == 302
    assert db.session.get(Thread, thread.id).accepted_post_id == answer.id
    page = member_client.page(f"/threads/{thread.id}")
    assert "Accepted answer" in page.text
    assert page.by_id("accepted-answer") is not None
    notification = db.session.scalar(select(Notification))
    assert (notification.user_id, notification.kind) == (mentor.id, "accepted")

    member_client.submit(f"/posts/{answer.id}/accept", from_page="/")
    assert db.session.get(Thread, thread.id).accepted_post_id is None


def test_only_the_asker_or_a_moderator_accepts(mentor_client: CheckedClient, member: User) -> None:
    thread = make_thread(board=make_board(), author=member, posts=2, kind="question")
    answer = post_at(thread, 2)
    assert mentor_client.submit(f"/posts/{answer.id}/accept", from_page="/").status_code == 403
    question = post_at(thread, 1)
    discussion = make_thread(board=make_board(), author=member, posts=2)
    for post in (question, post_at(discussion, 2)):
        assert mentor_client.submit(f"/posts/{post.id}/accept", from_page="/").status_code == 403


def test_moderators_lock_pin_and_move_with_an_audit_trail(
    moderator_client: CheckedClient, member: User
) -> None:
    here = make_board(slug="here")
    there = make_board(slug="there", name="There")
    thread = make_thread(board=here, author=member, posts=4)

    moderator_client.submit(f"/threads/{thread.id}/lock", from_page="/")
    moderator_client.submit(f"/threads/{thread.id}/pin", from_page="/")
    response = moderator_client.submit(
        f"/threads/{thread.id}/move", {"board": str(there.id)}, from_page="/"
    )

    assert response.status_code == 302
    thread = db.session.get(Thread, thread.id)
    assert (thread.locked, thread.pinned, thread.board_id) == (True, True, there.id)
    here, there = db.session.get(Board, here.id), db.session.get(Board, there.id)
    assert (here.thread_count, here.post_count) == (0, 0)
    assert (there.thread_count, there.post_count) == (1, 4)
    actions = list(db.session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))
    assert actions == ["thread.locked", "thread.pinned", "thread.moved"]


def test_move_to_an_unknown_board_is_a_form_error(
    moderator_client: CheckedClient, member: User
) -> None:
    thread = make_thread(board=make_board(), author=member)
    response = moderator_client.submit(
        f"/threads/{thread.id}/move", {"board": "999"}, from_page="/"
    )
    assert response.status_code == 400
    assert check_page(response).error_summary == ["Select a board from the list"]


def test_follow_and_unfollow(member_client: CheckedClient, member: User) -> None:
    author = make_user()
    thread = make_thread(board=make_board(slug="b"), author=author)

    member_client.submit(f"/threads/{thread.id}/subscription", from_page="/")
    assert "Stop following" in member_client.page(f"/threads/{thread.id}").text
    member_client.submit(f"/threads/{thread.id}/subscription", from_page="/")
    assert "Follow this thread" in member_client.page(f"/threads/{thread.id}").text

    member_client.submit("/boards/b/subscription", from_page="/")
    assert "Stop following this board" in member_client.page("/boards/b").text
