"""Mentoring questions: threads on the private board, with who may read them kept beside.

Asking starts a question thread on the "Mentoring questions" board (made on first use);
its `MentoringQuestion` row says which area asked and whom. A question to a named mentor
left unanswered for MENTORING_ESCALATE_DAYS is opened to every mentor. Publishing (staff,
with the asker's consent) moves the thread to a public board: one copy, its links intact.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from forum.boards import editing, posting
from forum.data import mentoring as data
from forum.mentoring import notify
from forum.mentoring.offers import MentoringError
from forum.models.accounts import User
from forum.models.boards import Board, Thread, ThreadKind
from forum.models.engagement import NotificationKind
from forum.models.mentoring import MentoringQuestion
from forum.models.places import Area, Topic
from forum.models.types import utcnow


def board() -> Board:
    return data.mentoring_board() or data.add_mentoring_board()


def area_mentors(area: Area) -> list[User]:
    return [match.mentor for match in data.active_matches_for_area(area_id=area.id)]


def ask(
    *,
    area: Area,
    author: User,
    mentor: User | None,
    title: str,
    body: str,
    topics: Sequence[Topic] = (),
    now: datetime | None = None,
    notify_by_email: bool = True,
) -> Thread:
    """Ask the named mentor (or any mentor, when `mentor` is None) a private question."""
    now = now or utcnow()
    thread = posting.start_thread(
        board=board(),
        author=author,
        title=title,
        body=body,
        kind=ThreadKind.QUESTION,
        topics=topics,
        area_id=area.id,
        now=now,
        notify_by_email=notify_by_email,
    )
    question = MentoringQuestion(
        thread_id=thread.id, area_id=area.id, mentor_id=mentor.id if mentor else None, asked_at=now
    )
    data.add_question(question=question)
    if mentor is not None:
        readers = [mentor]
    else:
        readers = [*area_mentors(area), *(p.user for p in data.mentors_by_id() if p.available)]
    notify.about_question(
        people=readers,
        kind=NotificationKind.QUESTION,
        thread=thread,
        actor=author,
        by_email=notify_by_email,
    )
    return thread


def set_consent(*, question: MentoringQuestion, consent: bool) -> None:
    question.publish_consent = consent


def publish(*, question: MentoringQuestion, to: Board, actor: User) -> None:
    """Move an answered question to a public board (the asker agreed to it)."""
    if question.published_at is not None:
        raise MentoringError("This question has already been published")
    if not question.publish_consent:
        raise MentoringError("The asker has not agreed to publishing this question")
    if question.first_answer_at is None:
        raise MentoringError("Only answered questions can be published")
    if to.private or to.archived:
        raise MentoringError("Choose a public board that is open", status=400)
    try:
        editing.move_thread(thread=question.thread, actor=actor, to=to)
    except editing.EditError as error:
        raise MentoringError(str(error), status=400) from error
    question.published_at = utcnow()


def escalate_due(*, days: int, now: datetime | None = None) -> Sequence[MentoringQuestion]:
    """Open to every mentor each named-mentor question unanswered for `days` days.

    Each question is claimed by a conditional update, so two runs at once open it (and
    tell the mentors) once."""
    now = now or utcnow()
    due = list(data.questions_to_escalate(asked_before=now - timedelta(days=days)))
    mentors = [p.user for p in data.mentors_by_id() if p.available] if due else []
    escalated = []
    for question in due:
        if not data.claim_escalation(thread_id=question.thread_id, now=now):
            continue
        question.offered_to_all_at = now
        notify.about_question(
            people=[m for m in mentors if m.id != question.mentor_id],
            kind=NotificationKind.QUESTION_OPEN,
            thread=question.thread,
            actor=None,
        )
        escalated.append(question)
    return escalated
