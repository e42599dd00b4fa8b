"""Who may do what in mentoring: run rounds, answer offers, ask and read private questions."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from types import SimpleNamespace
from typing import Any

import pytest

from forum import permissions


@dataclass
class Person:
    id: int
    role: str = "member"
    status: str = "active"
    is_authenticated: bool = True


class Anonymous:
    is_authenticated = False


ADMIN = Person(1, "admin")
MODERATOR = Person(2, "moderator")
MENTOR = Person(3, "mentor")  # the area's mentor, and the one offered it
OTHER_MENTOR = Person(4, "mentor")
MEMBER = Person(5)  # a member of the area
OUTSIDER = Person(6)  # a member of another area
SUSPENDED_MEMBER = Person(7, status="suspended")  # also a member of the area
SUSPENDED_ADMIN = Person(8, "admin", status="suspended")
ANONYMOUS = Anonymous()
NOW = datetime(2026, 3, 2, tzinfo=UTC)

AREA = SimpleNamespace(members=[SimpleNamespace(user_id=MEMBER.id), SimpleNamespace(user_id=7)])
MATCH = SimpleNamespace(mentor_id=MENTOR.id, area=AREA)


@dataclass
class Question:
    """Stands in for MentoringQuestion: the area asking and whom it asked."""

    mentor_id: int | None = MENTOR.id
    offered_to_all_at: datetime | None = None
    active_mentor_ids: set[int] = field(default_factory=set)
    publish_consent: bool = False
    first_answer_at: datetime | None = None
    published_at: datetime | None = None
    area: Any = field(default_factory=lambda: AREA)

    @property
    def open_to_all_mentors(self) -> bool:
        return self.mentor_id is None or self.offered_to_all_at is not None

    def area_mentor_ids(self) -> set[int]:
        return self.active_mentor_ids


def private_thread(question: Question | None, *, hidden: bool = False) -> SimpleNamespace:
    return SimpleNamespace(
        board=SimpleNamespace(private=True, archived=False),
        author_id=MEMBER.id,
        hidden=hidden,
        locked=False,
        mentoring=question,
    )


@pytest.mark.parametrize(
    ("user", "allowed"),
    [
        (ADMIN, True),
        (MODERATOR, False),
        (MENTOR, False),
        (MEMBER, False),
        (SUSPENDED_ADMIN, False),
        (ANONYMOUS, False),
    ],
)
def test_only_programme_staff_run_matching(user: object, allowed: bool) -> None:
    assert permissions.can_run_matching(user) is allowed


@pytest.mark.parametrize(
    ("user", "allowed"),
    [
        (ADMIN, True),
        (MENTOR, True),
        (OTHER_MENTOR, False),
        (MODERATOR, False),
        (Person(MENTOR.id, "member"), False),  # no longer a mentor
        (Person(MENTOR.id, "mentor", status="suspended"), False),
        (ANONYMOUS, False),
    ],
)
def test_mentors_edit_their_own_profile_and_staff_anyone_s(user: object, allowed: bool) -> None:
    assert permissions.can_edit_mentor_profile(user, SimpleNamespace(id=MENTOR.id)) is allowed


@pytest.mark.parametrize(
    ("user", "view", "answer", "end"),
    [
        (ADMIN, True, False, True),
        (MENTOR, True, True, True),
        (MEMBER, True, False, False),
        (OTHER_MENTOR, False, False, False),
        (OUTSIDER, False, False, False),
        (MODERATOR, False, False, False),
        (ANONYMOUS, False, False, False),
    ],
)
def test_an_offer_is_seen_by_its_mentor_area_and_staff_and_answered_by_the_mentor(
    user: object, view: bool, answer: bool, end: bool
) -> None:
    assert permissions.can_view_match(user, MATCH) is view
    assert permissions.can_answer_offer(user, MATCH) is answer
    assert permissions.can_end_match(user, MATCH) is end


@pytest.mark.parametrize(
    ("user", "request_mentor", "ask"),
    [
        (MEMBER, True, True),
        (ADMIN, True, False),  # staff request on an area's behalf; only members ask
        (SUSPENDED_MEMBER, False, False),
        (OUTSIDER, False, False),
        (MENTOR, False, False),
        (ANONYMOUS, False, False),
    ],
)
def test_area_members_ask_for_a_mentor_and_ask_questions(
    user: object, request_mentor: bool, ask: bool
) -> None:
    assert permissions.can_request_mentor(user, AREA) is request_mentor
    assert permissions.can_ask_mentor(user, AREA) is ask


@pytest.mark.parametrize(
    ("user", "allowed"),
    [
        (MEMBER, True),  # the asker, and a member of the area
        (Person(7), True),  # another member of the area
        (MENTOR, True),  # the mentor it names
        (MODERATOR, True),
        (ADMIN, True),
        (OTHER_MENTOR, False),
        (OUTSIDER, False),
        (SUSPENDED_MEMBER, False),
        (ANONYMOUS, False),
    ],
)
def test_a_question_to_a_named_mentor(user: object, allowed: bool) -> None:
    thread = private_thread(Question())
    assert permissions.can_read_mentoring_question(user, thread) is allowed
    assert permissions.can_view_thread(user, thread) is allowed
    assert permissions.can_reply(user, thread) is allowed


def test_the_area_s_own_mentor_reads_questions_named_for_someone_else() -> None:
    thread = private_thread(Question(mentor_id=OTHER_MENTOR.id, active_mentor_ids={MENTOR.id}))
    assert permissions.can_view_thread(MENTOR, thread)
    assert permissions.can_view_thread(OTHER_MENTOR, thread)
    assert not permissions.can_view_thread(Person(9, "mentor"), thread)


@pytest.mark.parametrize(
    "question",
    [Question(mentor_id=None), Question(offered_to_all_at=NOW)],
    ids=["any mentor", "escalated"],
)
def test_open_questions_reach_every_mentor_but_not_other_members(question: Question) -> None:
    thread = private_thread(question)
    assert permissions.can_view_thread(OTHER_MENTOR, thread)
    assert not permissions.can_view_thread(OUTSIDER, thread)
    assert not permissions.can_view_thread(ANONYMOUS, thread)


def test_a_private_thread_without_its_mentoring_row_is_for_the_author_and_staff_only() -> None:
    thread = private_thread(None)
    assert permissions.can_view_thread(MEMBER, thread)
    assert permissions.can_view_thread(MODERATOR, thread)
    assert not permissions.can_view_thread(MENTOR, thread)
    assert not permissions.can_view_thread(Person(7), thread)


def test_a_hidden_question_stays_with_its_author_and_moderators() -> None:
    thread = private_thread(Question(), hidden=True)
    assert permissions.can_view_thread(MEMBER, thread)
    assert permissions.can_view_thread(MODERATOR, thread)
    assert not permissions.can_view_thread(MENTOR, thread)


def test_nobody_starts_a_thread_on_a_private_board_directly() -> None:
    board = SimpleNamespace(private=True, archived=False)
    assert not permissions.can_start_thread(ADMIN, board)
    assert not permissions.can_start_thread(MEMBER, board)
    assert permissions.can_start_thread(MEMBER, SimpleNamespace(private=False, archived=False))


def test_only_the_asker_consents_to_publishing() -> None:
    thread = private_thread(Question())
    assert permissions.can_consent_to_publish(MEMBER, thread)
    assert not permissions.can_consent_to_publish(Person(7), thread)
    assert not permissions.can_consent_to_publish(ADMIN, thread)
    assert not permissions.can_consent_to_publish(ANONYMOUS, thread)


@pytest.mark.parametrize(
    ("question", "user", "allowed"),
    [
        (Question(publish_consent=True, first_answer_at=NOW), MODERATOR, True),
        (Question(publish_consent=True, first_answer_at=NOW), ADMIN, True),
        (Question(publish_consent=True, first_answer_at=NOW), MENTOR, False),
        (Question(publish_consent=True, first_answer_at=NOW), MEMBER, False),
        (Question(publish_consent=False, first_answer_at=NOW), MODERATOR, False),
        (Question(publish_consent=True, first_answer_at=None), MODERATOR, False),
        (
            Question(publish_consent=True, first_answer_at=NOW, published_at=NOW),
            MODERATOR,
            False,
        ),
    ],
)
def test_staff_publish_answered_questions_the_asker_agreed_to(
    question: Question, user: object, allowed: bool
) -> None:
    assert permissions.can_publish_question(user, question) is allowed
