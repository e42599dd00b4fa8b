"""Migration 0006 (mentoring): a downgrade leaves nothing private readable, and an upgrade
afterwards gives back exactly the schema the models describe."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask import Flask
from flask_migrate import downgrade, upgrade
from sqlalchemy import inspect, text

from forum.boards import posting
from forum.data import mentoring as data
from forum.extensions import db
from forum.mentoring import offers, questions
from tests.support.factories import make_board, make_region, make_topic, make_user
from tests.support.mentoring import join_area, make_mentor, make_needy_area

MENTORING_TABLES = {
    "mentor_profile",
    "mentor_expertise",
    "mentor_region",
    "mentor_conflict_area",
    "mentor_conflict_organisation",
    "matching_round",
    "matching_proposal",
    "mentoring_match",
    "mentoring_match_event",
    "mentoring_question",
}
OLD_KINDS = {"reply", "quote", "mention", "accepted", "new_thread"}


def _rows(sql: str, **params: object) -> list[tuple]:  # type: ignore[type-arg]
    with db.engine.connect() as conn:
        return [tuple(row) for row in conn.execute(text(sql), params)]


def _mentoring_world() -> dict[str, int]:
    """A private question answered, one published, an offer and a public thread's reply."""
    region, topic = make_region(), make_topic()
    area = make_needy_area(region=region, topic=topic)
    asker, staff = make_user(), make_user(role="admin")
    join_area(asker, area)
    mentor = make_mentor(topics={topic: 3}, regions=[region])
    public = make_board()

    private = questions.ask(area=area, author=asker, mentor=mentor, title="Private one", body="?")
    posting.reply(thread=private, author=mentor, body="An answer")
    published = questions.ask(area=area, author=asker, mentor=mentor, title="Shared", body="?")
    posting.reply(thread=published, author=mentor, body="Another answer")
    question = data.get_question(thread_id=published.id)
    assert question is not None
    question.publish_consent = True
    questions.publish(question=question, to=public, actor=staff)
    offers.make_offer(area=make_needy_area(region=region, topic=topic), mentor=mentor, actor=staff)

    open_thread = posting.start_thread(board=public, author=asker, title="Open", body="Hello")
    posting.reply(thread=open_thread, author=mentor, body="Hello back")
    db.session.commit()
    return {
        "private": private.id,
        "published": published.id,
        "open": open_thread.id,
        "asker": asker.id,
    }


def test_downgrade_keeps_questions_private_and_upgrade_restores_the_schema(app: Flask) -> None:
    ids = _mentoring_world()
    kinds_before = {kind for (kind,) in _rows("SELECT kind FROM notification")}
    assert {"offer", "question", "reply"} <= kinds_before
    directory = app.extensions["migrate"].directory
    db.session.remove()
    downgrade(directory=directory, revision="0005_areas")
    try:
        tables = set(inspect(db.engine).get_table_names())
        columns = {c["name"] for c in inspect(db.engine).get_columns("notification")}
        hidden = dict(_rows("SELECT id, hidden FROM thread"))
        notified = _rows("SELECT kind, thread_id FROM notification")
        subscribed = _rows(
            "SELECT user_id FROM subscription WHERE thread_id = :id", id=ids["private"]
        )
    finally:
        upgrade(directory=directory)

    assert not tables & MENTORING_TABLES
    assert "match_id" not in columns
    assert bool(hidden[ids["private"]]) is True
    assert bool(hidden[ids["published"]]) is False
    assert bool(hidden[ids["open"]]) is False
    assert notified, "notifications about public threads are kept"
    assert {kind for kind, _ in notified} <= OLD_KINDS
    assert all(thread_id != ids["private"] for _, thread_id in notified)
    assert subscribed == [(ids["asker"],)]

    with db.engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), db.metadata)
    # Only this revision's tables: other revisions answer for their own.
    ours = [d for d in differences if any(t in str(d) for t in (*MENTORING_TABLES, "notification"))]
    assert not ours, ours
