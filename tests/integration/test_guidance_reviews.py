"""A guidance page's review date is a deadline too: its owner is reminded once it comes."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from flask import Flask
from sqlalchemy import select

from forum.extensions import db
from forum.models import GuidancePage, OutboundEmail
from forum.worker import jobs as names
from forum.worker.jobs import jobs_for
from forum.worker.runner import run_job
from tests.integration.test_worker_jobs import _at_once
from tests.support.factories import make_guidance_page, make_user

NOW = datetime(2026, 12, 2, 7, 0, tzinfo=UTC)
TODAY = date(2026, 12, 2)


def _page(slug: str, review_by: date, **values: object) -> None:
    page = make_guidance_page(slug=slug, title=slug.replace("-", " ").capitalize())
    page.review_by = review_by
    for name, value in values.items():
        setattr(page, name, value)
    db.session.commit()


def _reminders() -> list[tuple[str, str]]:
    db.session.rollback()
    return sorted(db.session.execute(select(OutboundEmail.to_address, OutboundEmail.subject)).all())


def test_owners_are_reminded_once_when_the_review_date_comes(app: Flask) -> None:
    owner = make_user(email="owner@example.org")
    make_user(role="admin", email="admin@example.org")
    _page("litter-standards", TODAY - timedelta(days=1), owner_id=owner.id)
    _page("graffiti-removal", TODAY + timedelta(days=10), owner_id=owner.id)
    _page("street-lighting", TODAY)  # no owner: the admins hear
    _page("old-charter", TODAY - timedelta(days=30), status="archived")
    job = jobs_for(app)[names.GUIDANCE_REVIEWS]

    runs = _at_once(*[lambda: run_job(app, job, now=NOW, force=True, wait=True)] * 2)

    assert sorted(run.outcome for run in runs) == [
        "reminded the owners of 0 pages due for review",
        "reminded the owners of 2 pages due for review",
    ]
    assert _reminders() == [
        ("admin@example.org", "Guidance due for review: Street lighting"),
        ("owner@example.org", "Guidance due for review: Litter standards"),
    ]
    assert not run_job(app, job, now=NOW + timedelta(days=1), force=True).failed
    assert len(_reminders()) == 2  # the next day: nothing new

    # Reviewed, with a new date a month on: reminded again when that one comes.
    page = db.session.scalar(select(GuidancePage).where(GuidancePage.slug == "litter-standards"))
    page.review_by = TODAY + timedelta(days=30)
    db.session.commit()
    assert not run_job(app, job, now=NOW + timedelta(days=31), force=True).failed
    assert len(_reminders()) == 4  # litter standards again, and graffiti removal's date came
