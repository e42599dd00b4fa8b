"""Scheduled jobs run under their lock, when due, and each effect happens once: two runs
at the same moment (two workers, or a worker and a cron'd command) double nothing."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from flask import Flask
from sqlalchemy import func, select

from forum.extensions import db
from forum.mentoring.offers import make_offer
from forum.models import (
    MatchEvent,
    MatchStatus,
    MentoringMatch,
    MentoringQuestion,
    Notification,
    NotificationKind,
    OutboundEmail,
    Subscription,
    User,
)
from forum.models.service import DigestDelivery, ScheduledJob
from forum.models.types import utcnow
from forum.worker import jobs as names
from forum.worker.jobs import Job, jobs_for
from forum.worker.runner import JobRun, run_due_jobs, run_job
from forum.worker.schedule import Every
from tests.support.factories import make_board, make_thread, make_topic, make_user
from tests.support.mentoring import join_area, make_mentor, make_needy_area


def _count(model: type, *conditions: object) -> int:
    return db.session.scalar(select(func.count()).select_from(model).where(*conditions)) or 0


def _at_once(*actions: Callable[[], JobRun]) -> list[JobRun]:
    """Run the actions in threads released together; returns their results in order."""
    start = threading.Barrier(len(actions))
    results: list[JobRun | BaseException | None] = [None] * len(actions)

    def run(index: int, action: Callable[[], JobRun]) -> None:
        start.wait()
        try:
            results[index] = action()
        except BaseException as error:  # raised again below, in the test's thread
            results[index] = error

    threads = [threading.Thread(target=run, args=item) for item in enumerate(actions)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    db.session.remove()  # read what the runs committed, not this session's old snapshot
    for result in results:
        if isinstance(result, BaseException):
            raise result
    return results  # type: ignore[return-value]


def _overdue_offer(app: Flask) -> tuple[int, int, int]:
    """An offer past its deadline, with a member and an admin to be told; returns the
    match's id, its mentor's and the next-ranked mentor's."""
    topic = make_topic()
    area = make_needy_area(topic=topic)
    join_area(make_user(email_frequency="immediate"), area)
    admin = make_user(role="admin")
    first, second = make_mentor(topics={topic: 3}), make_mentor(topics={topic: 1})
    with app.test_request_context():
        match = make_offer(area=area, mentor=first, actor=admin)
        match.deadline = utcnow() - timedelta(hours=1)
        db.session.commit()
        ids = match.id, first.id, second.id
    db.session.query(OutboundEmail).delete()
    db.session.commit()
    return ids


@pytest.mark.parametrize("wait", [True, False], ids=["waiting", "skipping"])
def test_two_runs_at_once_expire_an_offer_once(app: Flask, wait: bool) -> None:
    match_id, _first_id, second_id = _overdue_offer(app)
    job = jobs_for(app)[names.OFFER_EXPIRY]

    runs = _at_once(*[lambda: run_job(app, job, force=True, wait=wait)] * 2)

    assert sorted(run.outcome for run in runs if run.ran)[-1] == "expired 1 offer"
    assert _count(MatchEvent, MatchEvent.match_id == match_id, MatchEvent.status == "expired") == 1
    told = _count(Notification, Notification.kind == NotificationKind.OFFER_EXPIRED)
    assert told == 3  # the mentor, the area's member and the admin: once each
    offered = db.session.scalars(
        select(MentoringMatch).where(MentoringMatch.status == MatchStatus.OFFERED)
    ).all()
    assert [m.mentor_id for m in offered] == [second_id]
    emails = db.session.execute(select(OutboundEmail.to_address, OutboundEmail.subject)).all()
    assert len(emails) == len(set(emails)), emails


def test_concurrent_claims_without_the_lock_still_expire_once(app: Flask) -> None:
    """The conditional update alone is enough: the lock only saves wasted work."""
    from forum.database import writing
    from forum.mentoring.offers import expire_due

    match_id, _first, _second = _overdue_offer(app)

    def expire() -> JobRun:
        with app.app_context(), writing():
            expired = expire_due()
            db.session.commit()
            db.session.remove()
        return JobRun("bare", f"{len(expired)}", ran=True)

    runs = _at_once(expire, expire)

    assert sorted(run.outcome for run in runs) == ["0", "1"]
    assert _count(MatchEvent, MatchEvent.match_id == match_id, MatchEvent.status == "expired") == 1


def test_two_escalations_at_once_open_a_question_once(app: Flask) -> None:
    from forum.mentoring import questions

    topic = make_topic()
    area = make_needy_area(topic=topic)
    asker = make_user()
    join_area(asker, area)
    named = make_mentor(topics={topic: 3})
    others = [make_mentor(topics={topic: 1}).id for _ in range(3)]
    with app.test_request_context():
        question = questions.ask(area=area, author=asker, mentor=named, title="Bins?", body="Q")
        db.session.commit()
        thread_id = question.id
    row = db.session.get(MentoringQuestion, thread_id)
    row.asked_at = utcnow() - timedelta(days=10)
    db.session.commit()
    job = jobs_for(app)[names.QUESTION_ESCALATION]

    runs = _at_once(*[lambda: run_job(app, job, force=True, wait=True)] * 2)

    assert sorted(run.outcome for run in runs) == [
        "opened 0 questions to every mentor",
        "opened 1 question to every mentor",
    ]
    opened = db.session.scalars(
        select(Notification.user_id).where(Notification.kind == NotificationKind.QUESTION_OPEN)
    ).all()
    assert sorted(opened) == sorted(others)


def _news_for(reader: User, count: int = 2) -> None:
    author = make_user()
    thread = make_thread(board=make_board(), author=author)
    db.session.add(Subscription(user_id=reader.id, thread_id=thread.id))
    for _ in range(count):
        db.session.add(
            Notification(user_id=reader.id, kind="reply", actor_id=author.id, thread_id=thread.id)
        )
    db.session.commit()


def _daily_reader_with_news() -> User:
    reader = make_user(email_frequency="daily")
    _news_for(reader)
    return reader


def test_two_summary_runs_at_once_send_each_reader_one(app: Flask) -> None:
    addresses = sorted(_daily_reader_with_news().email for _ in range(5))
    job = jobs_for(app)[names.DAILY_SUMMARIES]

    runs = _at_once(
        lambda: run_job(app, job, force=True, wait=True),
        lambda: run_job(app, job, force=True, wait=True),
    )

    assert sorted(run.outcome for run in runs) == [
        "queued 0 daily summaries",
        "queued 5 daily summaries",
    ]
    sent_to = db.session.scalars(select(OutboundEmail.to_address)).all()
    assert sorted(sent_to) == addresses
    assert _count(DigestDelivery) == 5


def test_one_summary_a_uk_day_whatever_runs_it(app: Flask) -> None:
    from forum.notifications.digests import queue_daily_summaries

    reader = _daily_reader_with_news()
    morning = datetime(2026, 12, 2, 7, 0, tzinfo=UTC)
    with app.app_context():
        assert queue_daily_summaries(now=morning) == 1
        db.session.commit()
    _news_for(reader, count=1)
    with app.app_context():
        # Later the same UK day (23:30 UTC on 2 December is still 2 December in winter):
        assert queue_daily_summaries(now=morning.replace(hour=23, minute=30)) == 0
        # The next morning, what is new arrives:
        assert queue_daily_summaries(now=morning + timedelta(days=1)) == 1
        db.session.commit()
    assert _count(OutboundEmail) == 2


def test_a_job_runs_when_due_and_moves_on(app: Flask) -> None:
    ran: list[datetime] = []
    job = Job("test-tick", Every(timedelta(minutes=5)), lambda now: ran.append(now) or "ticked", "")
    now = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)

    first = run_job(app, job, now=now)
    soon = run_job(app, job, now=now + timedelta(minutes=4))
    later = run_job(app, job, now=now + timedelta(minutes=5))

    assert (first.outcome, soon.outcome, later.outcome) == ("ticked", "not due", "ticked")
    assert ran == [now, now + timedelta(minutes=5)]
    row = db.session.get(ScheduledJob, "test-tick")
    assert (row.runs, row.next_run_at) == (2, now + timedelta(minutes=10))


def test_a_failing_job_is_recorded_retried_and_blocks_no_other(
    app: Flask, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(now: datetime) -> str:
        db.session.add(Notification(user_id=make_user().id, kind="reply"))
        raise RuntimeError("the mail template is missing")

    jobs = {
        "broken": Job("broken", Every(timedelta(hours=1)), broken, ""),
        "fine": Job("fine", Every(timedelta(hours=1)), lambda now: "done", ""),
    }
    now = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)

    runs = run_due_jobs(app, jobs, now=now)

    assert [(run.job, run.failed) for run in runs] == [("broken", True), ("fine", False)]
    assert "job broken failed" in caplog.text
    assert _count(Notification) == 0  # nothing of the failed run was kept
    broken_row = db.session.get(ScheduledJob, "broken")
    assert broken_row.failures == 1
    assert "the mail template is missing" in broken_row.last_error
    assert broken_row.next_run_at == now + timedelta(minutes=1)  # retried soon, not in an hour
    assert db.session.get(ScheduledJob, "fine").next_run_at == now + timedelta(hours=1)


def test_the_jobs_command_lists_every_job_and_its_last_run(app: Flask) -> None:
    run_job(app, jobs_for(app)[names.OFFER_EXPIRY], force=True)

    output = app.test_cli_runner().invoke(args=["jobs"]).output

    for name in jobs_for(app):
        assert f"{name}: " in output
    assert "daily at 07:00 UK time" in output
    assert "expired 0 offers; runs 1" in output
    assert "never run" in output


def test_an_answer_racing_the_expiry_never_overwrites_it(app: Flask) -> None:
    """The mentor's request loaded the offer while it was open; the expiry job claimed it
    before the request wrote: the expiry stands, and the mentor is told."""
    from forum.data import mentoring as data
    from forum.database import writing
    from forum.mentoring.offers import MentoringError, accept

    if db.engine.dialect.name == "sqlite":
        pytest.skip("SQLite's write lock serialises the request and the job: no race")
    match_id, first_id, _second = _overdue_offer(app)
    match = db.session.get_one(MentoringMatch, match_id)  # the request's view: still open
    mentor = db.session.get_one(User, first_id)
    before_deadline = match.deadline - timedelta(minutes=1)
    with app.app_context(), writing():  # the worker, in its own session
        assert data.claim_offer_expiry(match_id=match_id, now=utcnow())
        db.session.commit()

    with pytest.raises(MentoringError, match="expired"):
        accept(match=match, mentor=mentor, now=before_deadline)
    db.session.rollback()
    assert db.session.get_one(MentoringMatch, match_id).status == MatchStatus.EXPIRED
