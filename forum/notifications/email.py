"""Emailing notifications: at once, or gathered into a daily digest.

Every email carries a signed one-click unsubscribe link (RFC 8058 style: the link shows a
confirmation page and the change itself is a POST).
"""

from __future__ import annotations

from collections.abc import Sequence

from itsdangerous import BadSignature

from forum import signing
from forum.mail import queue_email
from forum.models.accounts import EmailFrequency, User
from forum.models.engagement import Notification
from forum.models.types import utcnow
from forum.urls import absolute_url

SALT = "email-unsubscribe"

WHAT_HAPPENED = {
    "reply": "{actor} replied to “{thread}”",
    "quote": "{actor} quoted you in “{thread}”",
    "mention": "{actor} mentioned you in “{thread}”",
    "accepted": "{actor} accepted your answer in “{thread}”",
    "new_thread": "{actor} started “{thread}”",
    "question": "{actor} asked you a mentoring question: “{thread}”",
    "question_open": "A mentoring question is waiting for any mentor: “{thread}”",
}
# Mentoring offers are about an area and a mentor, not a thread.
WHAT_HAPPENED_TO_AN_OFFER = {
    "offer": "You are offered the chance to mentor {area}",
    "offer_made": "{mentor} has been offered the chance to mentor {area}",
    "offer_passed": "The offer to mentor {area} has passed to {mentor}",
    "offer_accepted": "{mentor} accepted the offer to mentor {area}",
    "offer_declined": "{mentor} declined the offer to mentor {area}",
    "offer_expired": "The offer to {mentor} to mentor {area} expired",
    "match_ended": "{mentor}'s mentoring of {area} has ended",
}


def describe(notification: Notification) -> str:
    match = notification.match
    if match is not None:
        return WHAT_HAPPENED_TO_AN_OFFER[notification.kind].format(
            area=match.area.name, mentor=match.mentor.display_name
        )
    actor = notification.actor.display_name if notification.actor else "Someone"
    title = notification.thread.title if notification.thread else ""
    return WHAT_HAPPENED[notification.kind].format(actor=actor, thread=title)


def unsubscribe_token(user: User) -> str:
    return signing.serializer(SALT).dumps(user.id)


def read_unsubscribe_token(token: str) -> int | None:
    try:
        value = signing.serializer(SALT).loads(token)
    except BadSignature:
        return None
    return value if isinstance(value, int) else None


def unsubscribe_url(user: User) -> str:
    """The one-click link: in the footer, and the List-Unsubscribe header (RFC 8058)."""
    return absolute_url("notifications.unsubscribe", token=unsubscribe_token(user))


def _footer(user: User) -> str:
    settings = absolute_url("notifications.settings")
    stop = unsubscribe_url(user)
    return (
        f"\n--\nChoose how often we email you: {settings}\n"
        f"Stop these emails with one click: {stop}\n"
    )


def _link(notification: Notification) -> str:
    if notification.match_id:
        return absolute_url("mentoring_offers.offer", match_id=notification.match_id)
    if notification.post_id:
        return absolute_url("boards.post", post_id=notification.post_id)
    return absolute_url("boards.thread", thread_id=notification.thread_id)


def email_at_once(notifications: Sequence[Notification]) -> None:
    """Queue one email per notification for people who want them immediately."""
    for notification in notifications:
        user = notification.user
        if user.email_frequency != EmailFrequency.IMMEDIATE or not user.is_active:
            continue
        summary = describe(notification)
        excerpt = notification.post.markdown[:600] if notification.post else ""
        queue_email(
            to=user.email,
            subject=summary,
            body=f"Hello {user.display_name},\n\n{summary}:\n\n{excerpt}\n\n"
            f"Read it on the forum: {_link(notification)}\n{_footer(user)}",
            unsubscribe_url=unsubscribe_url(user),
        )
        notification.emailed_at = utcnow()


def summary_email(user: User, items: Sequence[Notification]) -> None:
    """Queue one person's daily summary (forum.notifications.digests decides who and when)."""
    lines = "\n".join(f"- {describe(n)}\n  {_link(n)}" for n in items)
    queue_email(
        to=user.email,
        subject=f"Your daily summary: {len(items)} new on the Community Contracts Forum",
        body=(
            f"Hello {user.display_name},\n\nSince your last summary:\n\n{lines}\n" + _footer(user)
        ),
        unsubscribe_url=unsubscribe_url(user),
    )
