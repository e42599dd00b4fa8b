"""seed-demo's mentoring: plausible mentors, matches without conflicts, private questions,
and running it again changes nothing."""

from __future__ import annotations

from flask import Flask
from sqlalchemy import func, select

from forum.data import mentoring as data
from forum.demo import mentors_data
from forum.extensions import db
from forum.mentoring import rounds
from forum.mentoring.offers import conflict
from forum.models import (
    MatchStatus,
    MentorExpertise,
    MentoringMatch,
    MentoringQuestion,
    MentorProfile,
    Notification,
    OutboundEmail,
    User,
)
from forum.permissions import can_view_thread

TABLES = (MentorProfile, MentorExpertise, MentoringMatch, MentoringQuestion, User)


def _counts() -> dict[type, int]:
    return {m: db.session.scalar(select(func.count()).select_from(m)) for m in TABLES}


def test_seed_demo_mentoring_is_plausible_private_and_idempotent(app: Flask) -> None:
    runner = app.test_cli_runner()
    first = runner.invoke(args=["seed-demo"])
    assert first.exit_code == 0, first.output
    assert "mentor_profile: 25 created" in first.output
    counts = _counts()
    assert counts[MentorProfile] == len(mentors_data.PROFILES) == 25
    assert counts[MentoringQuestion] == len(mentors_data.QUESTIONS)

    mentors = data.list_mentors()
    assert {m.user.role for m in mentors} == {"mentor"}
    assert all(1 <= m.capacity <= 4 and m.expertise and m.regions for m in mentors)
    assert any(not m.available for m in mentors)
    assert any(m.conflict_areas or m.conflict_organisations for m in mentors)

    matches = db.session.scalars(select(MentoringMatch)).all()
    statuses = sorted(m.status for m in matches)
    assert statuses.count(MatchStatus.ACTIVE) == 4
    assert statuses.count(MatchStatus.OFFERED) == 1
    members = data.area_member_pairs()
    for match in matches:
        profile = data.get_profile(user_id=match.mentor_id)
        assert profile is not None
        assert conflict(match.area, profile, members) is None
        assert match.reasons
        assert [e.status for e in match.history][-1] == match.status
    taken = data.places_taken()
    assert all(taken.get(m.user_id, 0) <= m.capacity for m in mentors)

    answered = [q for q in db.session.scalars(select(MentoringQuestion)) if q.first_answer_at]
    assert len(answered) == 2
    assert any(q.thread.accepted_post_id for q in answered)
    assert any(q.mentor_id is None for q in db.session.scalars(select(MentoringQuestion)))
    anonymous = type("Anonymous", (), {"is_authenticated": False})()
    for question in db.session.scalars(select(MentoringQuestion)):
        assert question.thread.board.private
        assert not can_view_thread(anonymous, question.thread)
    # The demo's people are invented: nothing about mentoring is emailed to them.
    assert db.session.scalar(select(func.count()).select_from(OutboundEmail)) == 0
    assert db.session.scalar(select(func.count()).select_from(Notification)) > 0

    # The demo has areas left for a round to match, and mentors with places for them.
    with app.test_request_context():
        assert rounds.problem_with(rounds.gather()) is None

    second = runner.invoke(args=["seed-demo"])
    assert second.exit_code == 0, second.output
    assert "Nothing to change" in second.output
    assert _counts() == counts
