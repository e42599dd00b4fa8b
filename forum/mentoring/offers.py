"""The offer workflow: offered -> accepted (then active) or declined -> ended; expiry.

A declined offer, or one left unanswered past its deadline, goes to the next-ranked mentor
for the area at once. Every step is kept in the match's history and told to the people it
concerns, in the site and by email.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from flask import current_app

from forum.data import mentoring as data
from forum.data import places
from forum.extensions import db
from forum.mentoring import matching, notify
from forum.models.accounts import Role, User
from forum.models.engagement import NotificationKind
from forum.models.mentoring import MatchEvent, MatchStatus, MentoringMatch, MentorProfile
from forum.models.places import Area
from forum.models.types import utcnow
from forum.permissions import can_run_matching


class MentoringError(Exception):
    """A request that cannot be done as things stand: shown to people as `message`."""

    def __init__(self, message: str, status: int = 409) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


# ---------------------------------------------------------------- turning rows into inputs


def area_needs(area: Area) -> matching.AreaNeeds:
    return matching.AreaNeeds(
        priority_topics=frozenset(topic.slug for topic in area.priority_topics),
        region=area.region.slug if area.region else None,
        contract_stage=area.contract_stage,
    )


def mentor_inputs(profile: MentorProfile, taken: int) -> matching.MentorProfile:
    return matching.MentorProfile(
        expertise={row.topic.slug: row.level for row in profile.expertise},
        regions=frozenset(region.slug for region in profile.regions),
        areas_mentored=profile.areas_mentored,
        years_experience=profile.years_experience,
        signed_contracts=profile.signed_contracts,
        capacity_left=profile.capacity - taken,
        available=profile.available,
    )


def conflict(area: Area, profile: MentorProfile, members: set[tuple[int, int]]) -> str | None:
    """Why this mentor must never mentor this area, in words, or None."""
    name = profile.user.display_name
    if any(row.id == area.id for row in profile.conflict_areas):
        return f"{name} has declared a conflict of interest with {area.name}"
    if area.council_id is not None and (
        any(org.id == area.council_id for org in profile.conflict_organisations)
        or profile.user.organisation_id == area.council_id
    ):
        return f"{name} has a conflict of interest with {area.name}'s council"
    if (area.id, profile.user_id) in members:
        return f"{name} is a member of {area.name}"
    return None


def topic_names() -> dict[str, str]:
    return {topic.slug: topic.name for topic in places.list_topics()}


@dataclass(frozen=True)
class Candidate:
    profile: MentorProfile
    match: matching.Match


def ranked_mentors(area: Area, *, exclude: Iterable[int] = ()) -> list[Candidate]:
    """Open mentors without a conflict, best first; ties go to the longest-standing mentor."""
    excluded = set(exclude)
    profiles = [p for p in data.mentors_by_id() if p.user_id not in excluded]
    taken = data.places_taken()
    members = data.area_member_pairs(area_ids=[area.id])
    needs, names = area_needs(area), topic_names()
    candidates = []
    for profile in profiles:
        inputs = mentor_inputs(profile, taken.get(profile.user_id, 0))
        if matching.is_open(inputs) and conflict(area, profile, members) is None:
            candidates.append(Candidate(profile, matching.score(needs, inputs, names)))
    candidates.sort(key=lambda c: (-c.match.score, c.profile.user_id))
    return candidates


# ---------------------------------------------------------------- the workflow


def _record(match: MentoringMatch, status: MatchStatus, actor: User | None, note: str = "") -> None:
    match.status = status.value
    match.history.append(
        MatchEvent(status=status.value, actor_id=actor.id if actor else None, note=note)
    )


def _area_people(match: MentoringMatch) -> list[User]:
    people = list(data.area_member_users(area_id=match.area_id))
    if match.requested_by is not None:
        people.append(match.requested_by)
    return people


def _staff(match: MentoringMatch) -> list[User]:
    """Programme staff following this match: whoever ran its round, while they are still
    staff; for an offer an area asked for (or a round whose runner has gone), every admin."""
    if match.round_id is not None:
        runner = data.round_runner(round_id=match.round_id)
        if runner is not None and can_run_matching(runner):
            return [runner]
    return [*data.admins()]


def make_offer(
    *,
    area: Area,
    mentor: User,
    actor: User | None,
    round_id: int | None = None,
    requested_by: User | None = None,
    passed_on_from: MentoringMatch | None = None,
    now: datetime | None = None,
) -> MentoringMatch:
    """Offer the area to the mentor, or say clearly why not (MentoringError, 409).

    The mentor is asked; the area's members and programme staff are told, that the offer
    was made or, after `passed_on_from` was declined or expired, that it has passed on."""
    now = now or utcnow()
    profile = data.get_profile(user_id=mentor.id)
    if profile is None or mentor.role != Role.MENTOR or not mentor.is_active:
        raise MentoringError(f"{mentor.display_name} is not a mentor", status=400)
    if not profile.available:
        raise MentoringError(f"{mentor.display_name} is not taking on new areas at the moment")
    taken = data.places_taken(mentor_ids=[mentor.id]).get(mentor.id, 0)
    if taken >= profile.capacity:
        raise MentoringError(
            f"{mentor.display_name} has no places left: they mentor or have been offered "
            f"{taken} of {profile.capacity} areas"
        )
    reason = conflict(area, profile, data.area_member_pairs(area_ids=[area.id]))
    if reason:
        raise MentoringError(reason)
    if data.current_matches(area_id=area.id):
        raise MentoringError(f"{area.name} already has a mentor or an offer waiting")
    fit = matching.score(area_needs(area), mentor_inputs(profile, taken), topic_names())
    match = MentoringMatch(
        area_id=area.id,
        area=area,
        mentor_id=mentor.id,
        mentor=mentor,
        score=round(fit.score, 2),
        reasons=list(fit.reasons),
        round_id=round_id,
        requested_by_id=requested_by.id if requested_by else None,
        requested_by=requested_by,
        offered_at=now,
        deadline=now + timedelta(days=current_app.config["MENTORING_OFFER_DAYS"]),
    )
    db.session.add(match)
    _record(match, MatchStatus.OFFERED, actor)
    db.session.flush()
    notify.about_match(people=[mentor], kind=NotificationKind.OFFER, match=match, actor=actor)
    notify.about_match(
        people=[p for p in (*_area_people(match), *_staff(match)) if p.id != mentor.id],
        kind=NotificationKind.OFFER_PASSED if passed_on_from else NotificationKind.OFFER_MADE,
        match=match,
        actor=actor,
    )
    return match


ALREADY = {
    MatchStatus.ACCEPTED: "This offer was already accepted",
    MatchStatus.ACTIVE: "This offer was already accepted",
    MatchStatus.DECLINED: "This offer was already declined",
    MatchStatus.EXPIRED: "This offer expired and has gone to another mentor",
    MatchStatus.ENDED: "This mentoring has already ended",
}


def _still_open(match: MentoringMatch, now: datetime) -> None:
    status = match.status_enum
    if status != MatchStatus.OFFERED:
        raise MentoringError(ALREADY[status])
    if match.deadline is not None and match.deadline < now:
        raise MentoringError(
            f"This offer expired on {match.deadline:%d %B %Y} and can no longer be answered"
        )


def _claim_answer(match: MentoringMatch, status: MatchStatus, now: datetime) -> None:
    _still_open(match, now)
    if not data.claim_answer(match_id=match.id, status=status, now=now):
        db.session.refresh(match)  # someone got there first: say what they did
        _still_open(match, now)
        raise MentoringError("This offer has just been answered or has expired")


def accept(*, match: MentoringMatch, mentor: User, now: datetime | None = None) -> None:
    now = now or utcnow()
    _claim_answer(match, MatchStatus.ACCEPTED, now)
    match.answered_at = now
    _record(match, MatchStatus.ACCEPTED, mentor)
    match.started_at = now
    _record(match, MatchStatus.ACTIVE, mentor, "Mentoring started")
    notify.about_match(
        people=[*_area_people(match), *_staff(match)],
        kind=NotificationKind.OFFER_ACCEPTED,
        match=match,
        actor=mentor,
    )


def decline(
    *, match: MentoringMatch, mentor: User, reason: str, now: datetime | None = None
) -> MentoringMatch | None:
    """Decline with a reason; returns the offer made to the next-ranked mentor, if any."""
    now = now or utcnow()
    if not reason.strip():
        raise MentoringError("Enter why you are declining", status=400)
    _claim_answer(match, MatchStatus.DECLINED, now)
    match.answered_at = now
    match.decline_reason = reason.strip()
    _record(match, MatchStatus.DECLINED, mentor, reason.strip())
    notify.about_match(
        people=[*_area_people(match), *_staff(match)],
        kind=NotificationKind.OFFER_DECLINED,
        match=match,
        actor=mentor,
    )
    return offer_next(match, now=now)


def end(*, match: MentoringMatch, actor: User, note: str = "", now: datetime | None = None) -> None:
    if match.status_enum not in (MatchStatus.ACTIVE, MatchStatus.ACCEPTED):
        raise MentoringError("Only active mentoring can be ended")
    match.ended_at = now or utcnow()
    _record(match, MatchStatus.ENDED, actor, note.strip())
    notify.about_match(
        people=[match.mentor, *_area_people(match), *_staff(match)],
        kind=NotificationKind.MATCH_ENDED,
        match=match,
        actor=actor,
    )


def offer_next(previous: MentoringMatch, *, now: datetime) -> MentoringMatch | None:
    """Offer the area to the best mentor not yet tried, if it still needs one."""
    area = previous.area
    if data.current_matches(area_id=area.id):
        return None
    tried = data.mentors_already_tried(area_id=area.id) | {previous.mentor_id}
    for candidate in ranked_mentors(area, exclude=tried):
        try:
            return make_offer(
                area=area,
                mentor=candidate.profile.user,
                actor=None,
                round_id=previous.round_id,
                requested_by=previous.requested_by,
                passed_on_from=previous,
                now=now,
            )
        except MentoringError:
            continue
    return None


def expire_due(*, now: datetime | None = None) -> Sequence[MentoringMatch]:
    """Expire every offer past its deadline and pass each area on; returns those expired.

    Safe to run from several workers at once: each offer is claimed by a conditional
    update, so it expires, is told and passes on exactly once."""
    now = now or utcnow()
    expired = []
    for match in data.offers_due(now=now):
        if not data.claim_offer_expiry(match_id=match.id, now=now):
            continue
        _record(match, MatchStatus.EXPIRED, None, "No answer by the deadline")
        notify.about_match(
            people=[match.mentor, *_area_people(match), *_staff(match)],
            kind=NotificationKind.OFFER_EXPIRED,
            match=match,
            actor=None,
        )
        db.session.flush()
        offer_next(match, now=now)
        expired.append(match)
    return expired
