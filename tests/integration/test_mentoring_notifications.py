"""Who hears about each step of an offer: the mentor, the area's members and programme staff.

Offers from a matching round are followed by the staff member who ran it; offers an area
asked for, by every admin. Nobody hears about their own action.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

import pytest
from click.testing import CliRunner
from flask import Flask
from flask_migrate import downgrade, upgrade
from sqlalchemy import select, text

from forum.extensions import db
from forum.models import MatchingRound, MentoringMatch, Notification, OutboundEmail, User
from forum.models.places import Area
from forum.models.types import utcnow
from tests.support.factories import make_region, make_topic, make_user
from tests.support.mentoring import join_area, make_mentor, make_needy_area
from tests.support.pages import CheckedClient

ClientFor = Callable[[User], CheckedClient]


@dataclass
class Programme:
    area: Area
    members: list[User]
    first: User  # the best-fitting mentor
    second: User  # the next-ranked one
    runner: User  # the admin who runs the round
    other_admin: User


@pytest.fixture
def programme(app: Flask, admin: User) -> Programme:
    region, topic = make_region(), make_topic(name="Graffiti")
    area = make_needy_area(region=region, topic=topic, name="Plains Farm")
    members = [make_user(display_name="Ann Resident"), make_user(display_name="Bo Officer")]
    for member in members:
        join_area(member, area)
    return Programme(
        area=area,
        members=members,
        first=make_mentor(topics={topic: 3}, regions=[region], display_name="First Mentor"),
        second=make_mentor(topics={topic: 1}, display_name="Second Mentor"),
        runner=admin,
        other_admin=make_user(role="admin", display_name="Other Admin"),
    )


def _kinds(user: User) -> list[str]:
    return list(
        db.session.scalars(
            select(Notification.kind)
            .where(Notification.user_id == user.id)
            .order_by(Notification.id)
        )
    )


def _subjects(user: User) -> list[str]:
    return list(
        db.session.scalars(
            select(OutboundEmail.subject)
            .where(OutboundEmail.to_address == user.email)
            .order_by(OutboundEmail.id)
        )
    )


def _matches(area: Area) -> list[MentoringMatch]:
    return list(
        db.session.scalars(
            select(MentoringMatch)
            .where(MentoringMatch.area_id == area.id)
            .order_by(MentoringMatch.id)
        )
    )


def _send_round(admin_client: CheckedClient) -> MentoringMatch:
    assert admin_client.submit("/mentoring/round", from_page="/mentoring/round").status_code == 302
    round_id = db.session.scalar(select(MatchingRound.id))
    sent = admin_client.submit(f"/mentoring/round/{round_id}/send", from_page="/mentoring/round")
    assert sent.status_code == 302
    [offer] = db.session.scalars(select(MentoringMatch)).all()
    return offer


def test_an_offer_from_a_round_tells_the_area_and_the_mentor(
    programme: Programme, admin_client: CheckedClient, client_for: ClientFor
) -> None:
    offer = _send_round(admin_client)

    assert offer.mentor_id == programme.first.id
    assert _kinds(programme.first) == ["offer"]
    for member in programme.members:
        assert _kinds(member) == ["offer_made"]
        assert _subjects(member) == [
            "First Mentor has been offered the chance to mentor Plains Farm"
        ]
    assert _kinds(programme.runner) == []  # they sent it
    assert _kinds(programme.other_admin) == []  # the round is the runner's to follow

    page = client_for(programme.members[0]).page("/notifications")
    assert "First Mentor has been offered the chance to mentor Plains Farm" in page.text


def test_a_decline_tells_the_area_and_the_runner_and_passes_the_offer_on(
    programme: Programme, admin_client: CheckedClient, client_for: ClientFor
) -> None:
    offer = _send_round(admin_client)
    page = f"/mentoring/offers/{offer.id}"
    declined = client_for(programme.first).submit(
        f"{page}/decline", {"reason": "Too far away"}, from_page=page
    )
    assert declined.status_code == 302

    _, passed = _matches(programme.area)
    assert passed.mentor_id == programme.second.id
    assert _kinds(programme.second) == ["offer"]
    for person in (*programme.members, programme.runner):
        assert _kinds(person)[-2:] == ["offer_declined", "offer_passed"]
        assert _subjects(person)[-2:] == [
            "First Mentor declined the offer to mentor Plains Farm",
            "The offer to mentor Plains Farm has passed to Second Mentor",
        ]
    assert _kinds(programme.first) == ["offer"]  # not told of their own decline
    assert _kinds(programme.other_admin) == []


def test_an_expiry_tells_everyone_concerned_and_passes_the_offer_on(
    app: Flask, programme: Programme, admin_client: CheckedClient
) -> None:
    offer = _send_round(admin_client)
    offer.deadline = utcnow() - timedelta(hours=1)
    db.session.commit()

    result = CliRunner().invoke(app.cli, ["expire-offers"], obj=None)
    assert "Expired 1 offer" in result.output, result.output
    db.session.expire_all()

    assert _kinds(programme.first) == ["offer", "offer_expired"]
    assert _kinds(programme.second) == ["offer"]
    for person in (*programme.members, programme.runner):
        assert _kinds(person)[-2:] == ["offer_expired", "offer_passed"]
        assert _subjects(person)[-1] == (
            "The offer to mentor Plains Farm has passed to Second Mentor"
        )


def test_accepting_and_ending_tell_the_area_and_the_runner(
    programme: Programme, admin_client: CheckedClient, client_for: ClientFor
) -> None:
    offer = _send_round(admin_client)
    page = f"/mentoring/offers/{offer.id}"
    mentor_client = client_for(programme.first)
    assert mentor_client.submit(f"{page}/accept", from_page=page).status_code == 302
    for person in (*programme.members, programme.runner):
        assert _kinds(person)[-1] == "offer_accepted"

    assert mentor_client.submit(f"{page}/end", from_page=page).status_code == 302
    for person in (*programme.members, programme.runner):
        assert _kinds(person)[-1] == "match_ended"
        assert _subjects(person)[-1] == "First Mentor's mentoring of Plains Farm has ended"
    assert _kinds(programme.first) == ["offer"]  # they ended it themselves
    assert _kinds(programme.other_admin) == []


def test_staff_ending_a_match_tell_the_mentor_the_area_and_the_runner(
    programme: Programme, admin_client: CheckedClient, client_for: ClientFor
) -> None:
    offer = _send_round(admin_client)
    page = f"/mentoring/offers/{offer.id}"
    assert client_for(programme.first).submit(f"{page}/accept", from_page=page).status_code == 302
    other = client_for(programme.other_admin)
    assert other.submit(f"{page}/end", from_page=page).status_code == 302

    for person in (programme.first, *programme.members, programme.runner):
        assert _kinds(person)[-1] == "match_ended"
    assert "match_ended" not in _kinds(programme.other_admin)


def test_an_offer_an_area_asked_for_tells_the_other_members_and_every_admin(
    programme: Programme, client_for: ClientFor
) -> None:
    asker, other_member = programme.members
    client = client_for(asker)
    slug = programme.area.slug
    response = client.submit(
        f"/mentoring/areas/{slug}/request",
        {"mentor": str(programme.second.id)},
        from_page=f"/mentoring/areas/{slug}/request",
    )
    assert response.status_code == 302

    assert _kinds(programme.second) == ["offer"]
    assert _kinds(asker) == []
    for person in (other_member, programme.runner, programme.other_admin):
        assert _kinds(person) == ["offer_made"]
        assert _subjects(person) == [
            "Second Mentor has been offered the chance to mentor Plains Farm"
        ]


def test_downgrading_drops_only_the_new_notices(
    app: Flask, programme: Programme, admin_client: CheckedClient
) -> None:
    _send_round(admin_client)
    mentor_id, member_id = programme.first.id, programme.members[0].id
    directory = app.extensions["migrate"].directory
    db.session.remove()
    downgrade(directory=directory, revision="0006_mentoring")
    try:
        with db.engine.connect() as conn:
            kinds = set(conn.scalars(text("SELECT kind FROM notification")))
    finally:
        upgrade(directory=directory)
    assert kinds == {"offer"}
    assert _kinds(db.session.get(User, mentor_id)) == ["offer"]
    assert _kinds(db.session.get(User, member_id)) == []
