"""Mentoring: rounds, offers, expiry, questions and who can see them."""

from __future__ import annotations

from datetime import timedelta

import pytest
from click.testing import CliRunner
from flask import Flask
from sqlalchemy import select

from forum.extensions import db
from forum.models import (
    MatchingRound,
    MatchStatus,
    MentoringMatch,
    MentoringQuestion,
    Notification,
    OutboundEmail,
    User,
)
from forum.models.types import utcnow
from tests.support.factories import make_board, make_region, make_topic, make_user
from tests.support.mentoring import join_area, make_mentor, make_needy_area
from tests.support.pages import CheckedClient, check_page


def _matches(area_id: int) -> list[MentoringMatch]:
    return list(
        db.session.scalars(
            select(MentoringMatch)
            .where(MentoringMatch.area_id == area_id)
            .order_by(MentoringMatch.id)
        )
    )


def test_a_round_with_no_mentors_says_so(admin_client: CheckedClient) -> None:
    make_needy_area()
    response = admin_client.submit("/mentoring/round", from_page="/mentoring/round")
    assert response.status_code == 409
    assert "There are no mentors yet" in response.get_data(as_text=True)


def test_round_proposes_explains_adjusts_and_sends(app: Flask, admin_client: CheckedClient) -> None:
    region, topic = make_region(), make_topic(name="Graffiti")
    area = make_needy_area(region=region, topic=topic, name="Plains Farm")
    best = make_mentor(topics={topic: 3}, regions=[region], display_name="Best Fit")
    weaker = make_mentor(topics={}, regions=[], display_name="Weaker Fit")
    conflicted = make_mentor(topics={topic: 3}, regions=[region], display_name="Conflicted")
    from forum.models import MentorProfile

    db.session.get(MentorProfile, conflicted.id).conflict_areas = [area]
    db.session.commit()

    assert admin_client.submit("/mentoring/round", from_page="/mentoring/round").status_code == 302
    page = admin_client.page("/mentoring/round")
    assert "covers the area's priority topic: graffiti (expert in graffiti)" in page.text
    assert "works in the same region" in page.text
    assert page.field_value(f"area-{area.id}") == str(best.id)
    assert admin_client.page("/mentoring/round").text == admin_client.page("/mentoring/round").text

    round_id = int(page.root.find(".//form[@novalidate]").get("action").rsplit("/", 1)[1])
    token = admin_client.csrf_token("/mentoring/round")
    refused = admin_client.post(
        f"/mentoring/round/{round_id}",
        data={"csrf_token": token, f"area-{area.id}": str(conflicted.id)},
    )
    assert refused.status_code == 400
    assert "Conflicted has declared a conflict of interest with Plains Farm" in refused.get_data(
        as_text=True
    )
    moved = admin_client.post(
        f"/mentoring/round/{round_id}",
        data={"csrf_token": token, f"area-{area.id}": str(weaker.id)},
    )
    assert moved.status_code == 302
    assert "Chosen by hand" in admin_client.page("/mentoring/round").text

    sent = admin_client.submit(f"/mentoring/round/{round_id}/send", from_page="/mentoring/round")
    assert sent.status_code == 302
    [offer] = _matches(area.id)
    assert (offer.mentor_id, offer.status) == (weaker.id, MatchStatus.OFFERED)
    assert db.session.scalar(
        select(Notification).where(Notification.user_id == weaker.id, Notification.kind == "offer")
    )
    assert db.session.scalar(select(OutboundEmail).where(OutboundEmail.to_address == weaker.email))
    again = admin_client.submit(f"/mentoring/round/{round_id}/send", from_page="/mentoring/round")
    assert again.status_code == 409


def test_over_capacity_adjustment_is_refused(admin_client: CheckedClient) -> None:
    topic = make_topic()
    first, second = make_needy_area(topic=topic), make_needy_area(topic=topic)
    solo = make_mentor(topics={topic: 2}, capacity=1, display_name="Solo Mentor")
    make_mentor(topics={topic: 1}, capacity=1)
    admin_client.submit("/mentoring/round", from_page="/mentoring/round")
    page = admin_client.page("/mentoring/round")
    round_id = int(page.root.find(".//form[@novalidate]").get("action").rsplit("/", 1)[1])
    response = admin_client.post(
        f"/mentoring/round/{round_id}",
        data={
            "csrf_token": admin_client.csrf_token("/mentoring/round"),
            f"area-{first.id}": str(solo.id),
            f"area-{second.id}": str(solo.id),
        },
    )
    assert response.status_code == 400
    assert "Solo Mentor has 1 place left but is chosen for 2 areas" in response.get_data(
        as_text=True
    )


def test_choosing_a_full_mentor_for_one_area_says_so_in_plain_words(
    admin_client: CheckedClient,
) -> None:
    topic = make_topic()
    area = make_needy_area(topic=topic)
    make_mentor(topics={topic: 2})
    away = make_mentor(topics={topic: 3}, display_name="Away Mentor")
    from forum.models import MentorProfile

    db.session.get(MentorProfile, away.id).available = False
    db.session.commit()
    admin_client.submit("/mentoring/round", from_page="/mentoring/round")
    round_id = db.session.scalar(select(MatchingRound.id))
    response = admin_client.post(
        f"/mentoring/round/{round_id}",
        data={
            "csrf_token": admin_client.csrf_token("/mentoring/round"),
            f"area-{area.id}": str(away.id),
        },
    )
    assert response.status_code == 400
    assert check_page(response).error_summary == [
        "Away Mentor has no places left but is chosen for 1 area: choose another mentor for it"
    ]


def _offer(app: Flask, admin: User, area, mentor: User) -> MentoringMatch:  # type: ignore[no-untyped-def]
    from forum.mentoring.offers import make_offer

    with app.test_request_context():
        match = make_offer(area=area, mentor=mentor, actor=admin)
        db.session.commit()
        return match


def test_accept_then_accepting_again_is_a_conflict(
    app: Flask, admin: User, client_for, member: User
) -> None:
    topic = make_topic()
    area = make_needy_area(topic=topic)
    join_area(member, area)
    mentor = make_mentor(topics={topic: 2})
    match = _offer(app, admin, area, mentor)
    mentor_client = client_for(mentor)
    page = f"/mentoring/offers/{match.id}"
    assert mentor_client.submit(f"{page}/accept", from_page=page).status_code == 302
    db.session.refresh(match)
    assert match.status == MatchStatus.ACTIVE
    assert [e.status for e in match.history] == ["offered", "accepted", "active"]
    again = mentor_client.submit(f"{page}/accept", from_page=page)
    assert again.status_code == 409
    assert "already accepted" in again.get_data(as_text=True)
    assert db.session.scalar(
        select(Notification).where(
            Notification.user_id == member.id, Notification.kind == "offer_accepted"
        )
    )
    member_client = client_for(member)
    assert member_client.get(page).status_code == 200
    assert client_for(make_user()).get(page).status_code == 404


def test_decline_needs_a_reason_and_passes_to_the_next_mentor(
    app: Flask, admin: User, client_for
) -> None:
    topic = make_topic()
    area = make_needy_area(topic=topic)
    first = make_mentor(topics={topic: 3})
    second = make_mentor(topics={topic: 1})
    match = _offer(app, admin, area, first)
    client = client_for(first)
    page = f"/mentoring/offers/{match.id}"
    empty = client.submit(f"{page}/decline", {"reason": ""}, from_page=page)
    assert empty.status_code == 400
    assert "Enter why you are declining" in empty.get_data(as_text=True)
    declined = client.submit(f"{page}/decline", {"reason": "Too far away"}, from_page=page)
    assert declined.status_code == 302
    old, new = _matches(area.id)
    assert (old.status, old.decline_reason) == (MatchStatus.DECLINED, "Too far away")
    assert (new.mentor_id, new.status) == (second.id, MatchStatus.OFFERED)


def test_expired_offers_pass_on_and_cannot_be_accepted(app: Flask, admin: User, client_for) -> None:
    topic = make_topic()
    area = make_needy_area(topic=topic)
    first, second = make_mentor(topics={topic: 3}), make_mentor(topics={topic: 1})
    match = _offer(app, admin, area, first)
    match.deadline = utcnow() - timedelta(hours=1)
    db.session.commit()
    page = f"/mentoring/offers/{match.id}"
    late = client_for(first).submit(f"{page}/accept", from_page=page)
    assert late.status_code == 409
    assert "expired" in late.get_data(as_text=True)
    result = CliRunner().invoke(app.cli, ["mentoring-tick"], obj=None)
    assert "Expired 1 offer" in result.output, result.output
    db.session.expire_all()
    old, new = _matches(area.id)
    assert old.status == MatchStatus.EXPIRED
    assert new.mentor_id == second.id


def test_offering_a_mentor_at_capacity_is_refused(
    app: Flask, admin: User, client_for, member: User
) -> None:
    topic = make_topic()
    busy = make_mentor(topics={topic: 3}, capacity=1)
    _offer(app, admin, make_needy_area(topic=topic), busy)
    area = make_needy_area(topic=topic)
    join_area(member, area)
    from forum.mentoring.offers import MentoringError, make_offer

    with app.test_request_context(), pytest.raises(MentoringError, match="has no places left"):
        make_offer(area=area, mentor=busy, actor=admin)
    # The shortlist leaves a full mentor out, and says so when nobody is left.
    page = client_for(member).page(f"/mentoring/areas/{area.slug}/request")
    assert "No mentor can take" in page.text


def test_a_round_when_every_mentor_is_full_or_away_says_so(
    app: Flask, admin: User, admin_client: CheckedClient
) -> None:
    topic = make_topic()
    full = make_mentor(topics={topic: 3}, capacity=1)
    _offer(app, admin, make_needy_area(topic=topic), full)
    away = make_mentor(topics={topic: 3}, capacity=3)
    from forum.models import MentorProfile

    db.session.get(MentorProfile, away.id).available = False
    db.session.commit()
    waiting = make_needy_area(topic=topic, name="Waiting Estate")

    response = admin_client.submit("/mentoring/round", from_page="/mentoring/round")
    assert response.status_code == 409
    text = response.get_data(as_text=True)
    assert "Every mentor is at capacity or not taking on new areas" in text
    assert "raise their capacity, then run the round again" in text
    # The round page says so before anyone presses the button, too.
    assert "Every mentor is at capacity" in admin_client.page("/mentoring/round").text
    assert db.session.scalar(select(MatchingRound.id)) is None
    assert _matches(waiting.id) == []


def test_a_round_with_every_area_matched_says_so(
    app: Flask, admin: User, admin_client: CheckedClient
) -> None:
    topic = make_topic()
    mentor = make_mentor(topics={topic: 3}, capacity=3)
    _offer(app, admin, make_needy_area(topic=topic), mentor)
    response = admin_client.submit("/mentoring/round", from_page="/mentoring/round")
    assert response.status_code == 409
    assert "Every area already has a mentor or an offer waiting" in response.get_data(as_text=True)


def test_capacity_must_be_at_least_one(client_for) -> None:
    mentor = make_mentor()
    client = client_for(mentor)
    url = f"/mentoring/mentors/{mentor.id}/edit"
    response = client.submit(
        url,
        {
            "capacity": "0",
            "available": "yes",
            "areas_mentored": "1",
            "years_experience": "2",
            "signed_contracts": "0",
        },
        from_page=url,
    )
    assert response.status_code == 400
    assert "Enter a number of areas from 1 to 20" in response.get_data(as_text=True)
    junk = client.submit(url, {"capacity": "lots", "available": "yes"}, from_page=url)
    assert junk.status_code == 400
    assert "as a whole number" in junk.get_data(as_text=True)


def test_unknown_topic_in_the_directory_is_a_clear_400(client: CheckedClient) -> None:
    response = client.get("/mentoring/mentors?topic=not-a-topic")
    assert response.status_code == 400
    assert "Choose a topic from the list" in response.get_data(as_text=True)


# ---------------------------------------------------------------- questions and privacy


def test_questions_are_private_to_the_area_its_mentor_and_staff(
    app: Flask, admin: User, client_for, client: CheckedClient, moderator_client: CheckedClient
) -> None:
    topic = make_topic()
    area, other_area = make_needy_area(topic=topic), make_needy_area(topic=topic)
    asker, neighbour, outsider = make_user(), make_user(), make_user()
    join_area(asker, area)
    join_area(neighbour, area)
    join_area(outsider, other_area)
    mentor, stranger_mentor = make_mentor(topics={topic: 3}), make_mentor(topics={topic: 1})
    match = _offer(app, admin, area, mentor)
    page = f"/mentoring/offers/{match.id}"
    client_for(mentor).submit(f"{page}/accept", from_page=page)
    public = make_board(slug="public")

    asking = client_for(asker)
    ask_url = f"/mentoring/areas/{area.slug}/ask"
    posted = asking.submit(
        ask_url,
        {"title": "Secret estate question", "body": "Private details", "mentor": str(mentor.id)},
        from_page=ask_url,
    )
    assert posted.status_code == 302
    thread_url = posted.headers["Location"]
    thread_id = int(thread_url.rsplit("/", 1)[1])
    first_post = db.session.scalar(
        select(MentoringQuestion).where(MentoringQuestion.thread_id == thread_id)
    ).thread

    for reader in (asking, client_for(neighbour), client_for(mentor), moderator_client):
        assert reader.get(thread_url).status_code == 200
    for outsider_client in (client, client_for(outsider), client_for(stranger_mentor)):
        assert outsider_client.get(thread_url).status_code == 404
        assert outsider_client.get(f"/threads/{thread_id}/unread").status_code in (302, 404)
        for listing in ("/", "/boards/", f"/users/{asker.id}", "/feeds/latest.atom"):
            assert "Secret estate question" not in outsider_client.get(listing).get_data(
                as_text=True
            )
        assert outsider_client.get(f"/threads/{thread_id}/feed.atom").status_code == 404
        assert outsider_client.get("/boards/mentoring-questions").status_code == 404
    assert client_for(outsider).get(f"/mentoring/areas/{area.slug}/ask").status_code == 403
    posts = db.session.scalars(
        select(Notification.user_id).where(Notification.thread_id == thread_id)
    ).all()
    assert stranger_mentor.id not in posts
    assert outsider.id not in posts
    assert mentor.id in posts

    # The mentor answers; the first answer is timed; the asker agrees; staff publish.
    reply_url = f"/threads/{thread_id}/reply"
    client_for(mentor).submit(reply_url, {"body": "Here is what worked"}, from_page=reply_url)
    question = db.session.get(MentoringQuestion, thread_id)
    assert question.first_answer_at is not None
    assert question.first_answer_by_id == mentor.id
    mentor_page = client_for(mentor).page(f"/mentoring/mentors/{mentor.id}")
    assert "Median time to first answer" in mentor_page.text
    publish_url = f"/mentoring/questions/{thread_id}/publish"
    early = moderator_client.submit(publish_url, {"board": str(public.id)}, from_page=publish_url)
    assert early.status_code == 409
    assert (
        asking.submit(f"/mentoring/questions/{thread_id}/consent", from_page=thread_url).status_code
        == 302
    )
    done = moderator_client.submit(publish_url, {"board": str(public.id)}, from_page=publish_url)
    assert done.status_code == 302
    assert client.get(thread_url).status_code == 200
    assert first_post.id == thread_id


def test_any_mentor_questions_and_escalation_open_to_every_mentor(app: Flask, client_for) -> None:
    topic = make_topic()
    area = make_needy_area(topic=topic)
    asker = make_user()
    join_area(asker, area)
    named, other = make_mentor(topics={topic: 3}), make_mentor(topics={topic: 1})
    from forum.mentoring import questions

    with app.test_request_context():
        to_any = questions.ask(area=area, author=asker, mentor=None, title="Anyone?", body="Q")
        to_named = questions.ask(area=area, author=asker, mentor=named, title="Named?", body="Q")
        db.session.commit()
        to_any_id, to_named_id = to_any.id, to_named.id
    other_client = client_for(other)
    assert other_client.get(f"/threads/{to_any_id}").status_code == 200
    assert other_client.get(f"/threads/{to_named_id}").status_code == 404
    question = db.session.get(MentoringQuestion, to_named_id)
    question.asked_at = utcnow() - timedelta(days=4)
    db.session.commit()
    result = CliRunner().invoke(app.cli, ["mentoring-tick"])
    assert "opened 1 question" in result.output, result.output
    assert other_client.get(f"/threads/{to_named_id}").status_code == 200
