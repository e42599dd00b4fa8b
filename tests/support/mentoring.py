"""Factories for mentoring tests: mentor profiles, area members, offers and questions."""

from __future__ import annotations

from typing import Any

from forum.extensions import db
from forum.models import AreaMember, MentorExpertise, MentorProfile, Topic, User
from forum.models.places import Area, Region
from tests.support.factories import make_area, make_region, make_topic, make_user


def make_mentor(
    *,
    topics: dict[Topic, int] | None = None,
    regions: list[Region] | None = None,
    capacity: int = 2,
    **overrides: Any,
) -> User:
    user = make_user(role="mentor", **overrides)
    profile = MentorProfile(
        user_id=user.id,
        bio_markdown="Mentor bio",
        bio_html="<p>Mentor bio</p>",
        capacity=capacity,
        years_experience=5,
        areas_mentored=1,
        signed_contracts=1,
    )
    profile.regions = list(regions or [])
    db.session.add(profile)
    db.session.flush()
    for topic, level in (topics or {}).items():
        db.session.add(MentorExpertise(mentor_id=user.id, topic_id=topic.id, level=level))
    db.session.commit()
    return user


def join_area(user: User, area: Area) -> None:
    db.session.add(AreaMember(area_id=area.id, user_id=user.id))
    db.session.commit()


def make_needy_area(**overrides: Any) -> Area:
    region = overrides.pop("region", None) or make_region()
    topic = overrides.pop("topic", None) or make_topic()
    area = make_area(region_id=region.id, contract_stage="exploring", **overrides)
    area.priority_topics = [topic]
    db.session.commit()
    return area
