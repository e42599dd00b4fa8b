"""Seeds the demo mentors, their profiles, a few matches and mentoring questions.

Idempotent: accounts and profiles are created once and then left to their owners; a match
is only written for an area that has never had one; a question only when its thread is not
on the mentoring board yet. Nothing is emailed: the demo's people are not real.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from flask import current_app
from sqlalchemy import select

from forum.accounts.passwords import hash_password
from forum.content import render_markdown
from forum.data import mentoring as mentoring_data
from forum.demo import mentors_data
from forum.extensions import db
from forum.mentoring import matching, questions
from forum.mentoring.offers import area_needs, conflict, mentor_inputs, topic_names
from forum.models import (
    Area,
    MatchEvent,
    MatchStatus,
    MentorExpertise,
    MentoringMatch,
    MentorProfile,
    Organisation,
    Region,
    Thread,
    Topic,
    User,
)
from forum.models.types import utcnow

if TYPE_CHECKING:
    from forum.demo.seed import SeedReport


def _lookups() -> dict[str, dict[str, int]]:
    return {
        "region": {r.slug: r.id for r in db.session.scalars(select(Region))},
        "organisation": {o.slug: o.id for o in db.session.scalars(select(Organisation))},
    }


def _accounts(report: SeedReport, password: str) -> dict[str, User]:
    """The mentors who are not in data.USERS; returns every user by email."""
    ids = _lookups()
    known = {u.email: u for u in db.session.scalars(select(User))}
    password_hash = None
    for record in mentors_data.NEW_MENTORS:
        if record["email"] in known:
            continue
        password_hash = password_hash or hash_password(password)
        user = User(
            email=record["email"],
            display_name=record["display_name"],
            role=record["role"],
            password_hash=password_hash,
            bio=record["bio"],
            organisation_id=ids["organisation"].get(record["organisation"] or ""),
            region_id=ids["region"].get(record["region"] or ""),
        )
        db.session.add(user)
        known[user.email] = user
        report.count("user_account", created=True)
    db.session.flush()
    return known


def _profiles(people: dict[str, User], report: SeedReport) -> None:
    existing = set(db.session.scalars(select(MentorProfile.user_id)))
    topics = {t.slug: t for t in db.session.scalars(select(Topic))}
    regions = {r.slug: r for r in db.session.scalars(select(Region))}
    organisations = {o.slug: o for o in db.session.scalars(select(Organisation))}
    areas = {a.slug: a for a in db.session.scalars(select(Area))}
    for record in mentors_data.PROFILES:
        user = people[record["email"]]
        if user.id in existing:
            continue
        profile = MentorProfile(
            user_id=user.id,
            bio_markdown=record["bio"],
            bio_html=render_markdown(record["bio"]),
            capacity=record["capacity"],
            available=record["available"],
            areas_mentored=record["areas_mentored"],
            years_experience=record["years_experience"],
            signed_contracts=record["signed_contracts"],
        )
        profile.regions = [regions[slug] for slug in record["regions"]]
        profile.conflict_organisations = [
            organisations[slug] for slug in record["conflict_organisations"]
        ]
        profile.conflict_areas = [areas[slug] for slug in record["conflict_areas"]]
        profile.expertise = [
            MentorExpertise(mentor_id=user.id, topic_id=topics[slug].id, level=level)
            for slug, level in sorted(record["expertise"].items())
        ]
        db.session.add(profile)
        report.count("mentor_profile", created=True)
    db.session.flush()


def _match(
    record: mentors_data.MatchRecord, area: Area, mentor: User, now: datetime
) -> MentoringMatch:
    profile = mentoring_data.get_profile(user_id=mentor.id)
    if profile is None:
        raise ValueError(f"Demo match {area.slug}: {mentor.email} has no mentor profile")
    reason = conflict(area, profile, mentoring_data.area_member_pairs(area_ids=[area.id]))
    if reason:
        raise ValueError(f"Demo match {area.slug} / {mentor.email}: {reason}")
    taken = mentoring_data.places_taken(mentor_ids=[mentor.id]).get(mentor.id, 0)
    # A mentor who has since stopped taking new areas was open when the offer was made.
    inputs = replace(mentor_inputs(profile, taken), available=True)
    fit = matching.score(area_needs(area), inputs, topic_names())
    offered = now - timedelta(days=record["days_ago"])
    match = MentoringMatch(
        area_id=area.id,
        mentor_id=mentor.id,
        status=MatchStatus.OFFERED.value,
        score=round(fit.score, 2),
        reasons=list(fit.reasons),
        offered_at=offered,
        deadline=offered + timedelta(days=current_app.config["MENTORING_OFFER_DAYS"]),
    )
    match.history.append(MatchEvent(status=MatchStatus.OFFERED.value, created_at=offered))
    if record["status"] == MatchStatus.ACTIVE:
        answered = offered + timedelta(days=1)
        match.status = MatchStatus.ACTIVE.value
        match.answered_at = match.started_at = answered
        match.history += [
            MatchEvent(status=MatchStatus.ACCEPTED.value, actor_id=mentor.id, created_at=answered),
            MatchEvent(
                status=MatchStatus.ACTIVE.value,
                actor_id=mentor.id,
                note="Mentoring started",
                created_at=answered,
            ),
        ]
    return match


def _matches(people: dict[str, User], report: SeedReport, now: datetime) -> None:
    areas = {a.slug: a for a in db.session.scalars(select(Area))}
    matched = set(db.session.scalars(select(MentoringMatch.area_id)))
    for record in mentors_data.MATCHES:
        area = areas[record["area"]]
        if area.id in matched:
            continue
        db.session.add(_match(record, area, people[record["mentor"]], now))
        db.session.flush()
        report.count("mentoring_match", created=True)


def _questions(people: dict[str, User], report: SeedReport, now: datetime) -> None:
    from forum.boards import posting

    if mentoring_data.mentoring_board() is None:
        report.count("board", created=True)
    board = questions.board()
    asked = set(db.session.scalars(select(Thread.title).where(Thread.board_id == board.id)))
    areas = {a.slug: a for a in db.session.scalars(select(Area))}
    for record in mentors_data.QUESTIONS:
        if record["title"] in asked:
            continue
        started = now - timedelta(days=record["days_ago"])
        thread = questions.ask(
            area=areas[record["area"]],
            author=people[record["author"]],
            mentor=people[record["mentor"]] if record["mentor"] else None,
            title=record["title"],
            body=record["body"],
            topics=list(areas[record["area"]].priority_topics[:1]),
            now=started,
            notify_by_email=False,
        )
        for reply in record["replies"]:
            post = posting.reply(
                thread=thread,
                author=people[reply["author"]],
                body=reply["body"],
                now=started + timedelta(hours=reply["hours_after"]),
                notify_by_email=False,
            )
            if reply["accepted"]:
                thread.accepted_post_id = post.id
        question = mentoring_data.get_question(thread_id=thread.id)
        if question is not None:
            question.publish_consent = record["publish_consent"]
        report.count("mentoring_question", created=True)
    db.session.flush()


def seed_mentoring(report: SeedReport, *, now: datetime | None = None) -> None:
    from forum.demo.seed import DEMO_PASSWORD

    now = now or utcnow()
    people = _accounts(report, DEMO_PASSWORD)
    _profiles(people, report)
    _matches(people, report, now)
    _questions(people, report, now)
