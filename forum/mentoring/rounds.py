"""Programme-wide matching rounds: propose, adjust by hand, send offers.

A round scores every area without a mentor against every open mentor, forbids conflicts of
interest, and asks `matching.assign` for the most areas matched and then the best total.
The proposal is stored, so a reload shows the same pairs; areas and mentors are taken in id
order, so the same inputs always give the same proposal.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from forum.data import mentoring as data
from forum.data.audit import record_event
from forum.extensions import db
from forum.mentoring import matching
from forum.mentoring.offers import (
    MentoringError,
    area_needs,
    conflict,
    make_offer,
    mentor_inputs,
    topic_names,
)
from forum.models.accounts import User
from forum.models.mentoring import MatchingProposal, MatchingRound, MentorProfile
from forum.models.places import Area
from forum.models.types import utcnow

NO_MENTORS = "There are no mentors yet: mentors need a profile before a round can match them."
NO_AREAS = "Every area already has a mentor or an offer waiting: there is nobody to match."
ALL_FULL = (
    "Every mentor is at capacity or not taking on new areas, so nobody can be offered an "
    "area. Ask mentors to free a place or raise their capacity, then run the round again."
)
UNMATCHED = (
    "No mentor could be proposed: every suitable mentor is at capacity or has a conflict of "
    "interest."
)


@dataclass
class Inputs:
    """Everything a round decides on, read once, in a fixed order."""

    areas: list[Area]
    profiles: list[MentorProfile]
    capacity_left: dict[int, int]  # mentor id -> places left (0 when not open)
    forbidden: dict[tuple[int, int], str] = field(default_factory=dict)  # (area, mentor) ids
    names: dict[str, str] = field(default_factory=dict)

    def inputs_for(self, profile: MentorProfile) -> matching.MentorProfile:
        taken = profile.capacity - self.capacity_left.get(profile.user_id, 0)
        return mentor_inputs(profile, max(taken, 0))


def gather() -> Inputs:
    areas = list(data.areas_without_mentor())
    profiles = data.mentors_by_id()
    taken = data.places_taken()
    capacity_left = {}
    for profile in profiles:
        inputs = mentor_inputs(profile, taken.get(profile.user_id, 0))
        capacity_left[profile.user_id] = inputs.capacity_left if matching.is_open(inputs) else 0
    members = data.area_member_pairs()
    forbidden = {}
    for area in areas:
        for profile in profiles:
            reason = conflict(area, profile, members)
            if reason:
                forbidden[(area.id, profile.user_id)] = reason
    return Inputs(areas, profiles, capacity_left, forbidden, topic_names())


def problem_with(inputs: Inputs) -> str | None:
    if not inputs.profiles:
        return NO_MENTORS
    if not inputs.areas:
        return NO_AREAS
    if not any(inputs.capacity_left.values()):
        return ALL_FULL
    return None


def propose(inputs: Inputs) -> list[tuple[Area, MentorProfile | None, matching.Match | None]]:
    needs = [area_needs(area) for area in inputs.areas]
    mentors = [inputs.inputs_for(profile) for profile in inputs.profiles]
    scores = matching.score_matrix(needs, mentors)
    capacities = [inputs.capacity_left[p.user_id] for p in inputs.profiles]
    forbidden = [
        (i, j)
        for i, area in enumerate(inputs.areas)
        for j, profile in enumerate(inputs.profiles)
        if (area.id, profile.user_id) in inputs.forbidden
    ]
    result = matching.assign(scores, capacities, forbidden)
    pairs = []
    for i, j in enumerate(result):
        if j is None:
            pairs.append((inputs.areas[i], None, None))
        else:
            fit = matching.score(needs[i], mentors[j], inputs.names)
            pairs.append((inputs.areas[i], inputs.profiles[j], fit))
    return pairs


def build_round(*, actor: User, now: datetime | None = None) -> MatchingRound:
    inputs = gather()
    problem = problem_with(inputs)
    if problem:
        raise MentoringError(problem)
    matching_round = MatchingRound(created_by_id=actor.id, created_at=now or utcnow())
    for position, (area, profile, fit) in enumerate(propose(inputs)):
        matching_round.proposals.append(
            MatchingProposal(
                area_id=area.id,
                mentor_id=profile.user_id if profile else None,
                position=position,
                score=round(fit.score, 2) if fit else 0.0,
                reasons=list(fit.reasons) if fit else [UNMATCHED],
            )
        )
    db.session.add(matching_round)
    db.session.flush()
    return matching_round


def total_score(matching_round: MatchingRound) -> float:
    return round(sum(p.score for p in matching_round.proposals if p.mentor_id is not None), 2)


def _check_choices(
    inputs: Inputs, wanted: Mapping[int, int | None], profiles: Mapping[int, MentorProfile]
) -> dict[int, str]:
    errors: dict[int, str] = {}
    open_areas = {area.id for area in inputs.areas}
    for area_id, mentor_id in wanted.items():
        if mentor_id is None:
            continue
        if mentor_id not in profiles:
            errors[area_id] = "Select a mentor from the list"
        elif (area_id, mentor_id) in inputs.forbidden:
            errors[area_id] = inputs.forbidden[(area_id, mentor_id)]
        elif area_id not in open_areas:
            errors[area_id] = "This area has a mentor or an offer now: run a new round"
    load = Counter(m for m in wanted.values() if m is not None)
    for area_id, mentor_id in wanted.items():
        if mentor_id is None or area_id in errors:
            continue
        places = inputs.capacity_left.get(mentor_id, 0)
        if load[mentor_id] > places:
            name = profiles[mentor_id].user.display_name
            errors[area_id] = _over_capacity(name, places, load[mentor_id])
    return errors


def adjust(*, matching_round: MatchingRound, choices: Mapping[int, int | None]) -> dict[int, str]:
    """Apply hand-picked mentors per area id; returns errors by area id (nothing changed)."""
    if matching_round.sent_at is not None:
        raise MentoringError("The offers from this round have been sent: run a new round")
    inputs = gather()
    profiles = {profile.user_id: profile for profile in inputs.profiles}
    wanted = {p.area_id: choices.get(p.area_id, p.mentor_id) for p in matching_round.proposals}
    errors = _check_choices(inputs, wanted, profiles)
    if errors:
        return errors
    areas = {area.id: area for area in inputs.areas}
    for proposal in matching_round.proposals:
        mentor_id = wanted[proposal.area_id]
        if mentor_id == proposal.mentor_id:
            continue
        proposal.mentor_id, proposal.adjusted = mentor_id, True
        if mentor_id is None:
            proposal.score, proposal.reasons = 0.0, ["Left without a mentor by hand"]
        else:
            fit = matching.score(
                area_needs(areas[proposal.area_id]),
                inputs.inputs_for(profiles[mentor_id]),
                inputs.names,
            )
            proposal.score, proposal.reasons = round(fit.score, 2), list(fit.reasons)
    return {}


def _places(count: int) -> str:
    return "1 place" if count == 1 else f"{count} places"


def _over_capacity(name: str, places: int, chosen: int) -> str:
    left = "no places" if places == 0 else _places(places)
    areas = "1 area" if chosen == 1 else f"{chosen} areas"
    which = "it" if chosen == 1 else "them" if places == 0 else "some of them"
    return f"{name} has {left} left but is chosen for {areas}: choose another mentor for {which}"


def send(*, matching_round: MatchingRound, actor: User) -> tuple[int, list[str]]:
    """Send an offer for every proposed pair; returns (offers sent, problems by area)."""
    if matching_round.sent_at is not None:
        raise MentoringError("The offers from this round have already been sent")
    sent, problems = 0, []
    now = utcnow()
    for proposal in matching_round.proposals:
        if proposal.mentor is None:
            continue
        try:
            make_offer(
                area=proposal.area,
                mentor=proposal.mentor,
                actor=actor,
                round_id=matching_round.id,
                now=now,
            )
        except MentoringError as problem:
            problems.append(f"{proposal.area.name}: {problem.message}")
        else:
            sent += 1
    matching_round.sent_at = now
    record_event(
        actor=actor,
        action="mentoring.round_sent",
        subject=matching_round,
        summary=f"Matching round sent: {sent} offers",
        details={"offers": sent, "problems": problems},
    )
    return sent, problems
