"""Review dates: when a page's comes, its owner is reminded by email, once.

Guidance goes stale; every page carries a review-by date, and overdue pages are already
marked for readers and listed for editors. This is the nudge to the person responsible
(the page's owner, or every admin when it has none). Claimed per (page, review date), so
any number of workers remind once, and a page reviewed with a new date is reminded again
when that one comes.
"""

from __future__ import annotations

from datetime import datetime

from forum.data import guidance as guidance_data
from forum.data import mentoring as people
from forum.mail import queue_email
from forum.models.accounts import User
from forum.models.guidance import GuidancePage
from forum.urls import absolute_url
from forum.worker.schedule import uk_day


def _responsible(page: GuidancePage) -> list[User]:
    if page.owner is not None and page.owner.is_active:
        return [page.owner]
    return list(people.admins())


def remind_due_reviews(*, now: datetime) -> int:
    """Email the owner of each page whose review date has come; returns how many pages."""
    reminded = 0
    for page in guidance_data.pages_reaching_review(today=uk_day(now)):
        assert page.review_by is not None
        if not guidance_data.claim_review_reminder(page_id=page.id, review_by=page.review_by):
            continue
        edit = absolute_url("guidance_editor.edit", slug=page.slug)
        for person in _responsible(page):
            queue_email(
                to=person.email,
                subject=f"Guidance due for review: {page.title}",
                body=(
                    f"Hello {person.display_name},\n\n"
                    f"The guidance page “{page.title}” was due for review on "
                    f"{page.review_by:%-d %B %Y}. Readers now see that it is overdue.\n\n"
                    f"Check it is still right, then set its next review date: {edit}\n"
                ),
            )
        reminded += 1
    return reminded
