"""The scheduled jobs: what each does, and when it is due.

Each job's effects are written in the session it is given and committed by the runner
together with the job's next due time, so a run either happens whole or not at all. Each
effect is also guarded by a conditional update or a unique key of its own, so even two
runs that overlap (a worker and a cron'd command) cannot double it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from flask import Flask

from forum.worker.schedule import DailyAt, Every


@dataclass(frozen=True)
class Job:
    name: str
    schedule: Every | DailyAt
    run: Callable[[datetime], str]  # does the work at `now`; returns what it did, in words
    description: str


def _plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def daily_summaries(now: datetime) -> str:
    from forum.notifications.digests import queue_daily_summaries

    return f"queued {_plural(queue_daily_summaries(now=now), 'daily summary', 'daily summaries')}"


def expire_offers(now: datetime) -> str:
    from forum.mentoring.offers import expire_due

    return f"expired {_plural(len(expire_due(now=now)), 'offer', 'offers')}"


def escalate_questions(days: int) -> Callable[[datetime], str]:
    def run(now: datetime) -> str:
        from forum.mentoring.questions import escalate_due

        opened = escalate_due(days=days, now=now)
        return f"opened {_plural(len(opened), 'question', 'questions')} to every mentor"

    return run


def guidance_reviews(now: datetime) -> str:
    from forum.guidance.reviews import remind_due_reviews

    pages = remind_due_reviews(now=now)
    return f"reminded the owners of {_plural(pages, 'page', 'pages')} due for review"


def housekeeping(keep_mail_days: int) -> Callable[[datetime], str]:
    def run(now: datetime) -> str:
        from forum.data import service as service_data

        mail = service_data.forget_sent_mail(sent_before=now - timedelta(days=keep_mail_days))
        workers = service_data.forget_silent_workers(silent_for=timedelta(days=1), now=now)
        return (
            f"removed {_plural(mail, 'sent email', 'sent emails')} and "
            f"{_plural(workers, 'silent worker', 'silent workers')}"
        )

    return run


DAILY_SUMMARIES = "daily-summaries"
OFFER_EXPIRY = "offer-expiry"
QUESTION_ESCALATION = "question-escalation"
GUIDANCE_REVIEWS = "guidance-reviews"
HOUSEKEEPING = "housekeeping"


def jobs_for(app: Flask) -> dict[str, Job]:
    config = app.config
    check = timedelta(minutes=int(config["MENTORING_CHECK_MINUTES"]))
    jobs = [
        Job(
            DAILY_SUMMARIES,
            DailyAt(int(config["DIGEST_HOUR"])),
            daily_summaries,
            "email each daily-summary reader what is new",
        ),
        Job(
            OFFER_EXPIRY,
            Every(check),
            expire_offers,
            "expire mentoring offers past their deadline and pass each area on",
        ),
        Job(
            QUESTION_ESCALATION,
            Every(check),
            escalate_questions(int(config["MENTORING_ESCALATE_DAYS"])),
            "open long-unanswered mentoring questions to every mentor",
        ),
        Job(
            GUIDANCE_REVIEWS,
            DailyAt(int(config["DIGEST_HOUR"])),
            guidance_reviews,
            "remind guidance owners when a page's review date comes",
        ),
        Job(
            HOUSEKEEPING,
            Every(timedelta(hours=1)),
            housekeeping(int(config["MAIL_KEEP_DAYS"])),
            "remove old sent email and the heartbeats of workers long gone",
        ),
    ]
    return {job.name: job for job in jobs}
