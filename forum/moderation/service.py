"""Raising flags and resolving them; every resolution is audited."""

from __future__ import annotations

from flask import url_for

from forum.admin import service as admin_service
from forum.boards import editing
from forum.data import moderation as flag_data
from forum.data.audit import record_event
from forum.extensions import db
from forum.mail import queue_email
from forum.models.accounts import User
from forum.models.boards import Post
from forum.models.moderation import Flag, FlagReason, FlagResolution
from forum.models.types import utcnow


class FlagError(Exception):
    """The flag cannot be raised or resolved; the message says why."""


def raise_flag(*, post: Post, reporter: User, reason: FlagReason, details: str) -> Flag:
    if flag_data.open_flag_exists(post_id=post.id, reporter_id=reporter.id):
        raise FlagError("You have already flagged this post. A moderator will look at it soon.")
    flag = Flag(post_id=post.id, reporter_id=reporter.id, reason=reason.value, details=details)
    db.session.add(flag)
    return flag


WARNING_EMAIL = """Hello {name},

A moderator of the Community Contracts Forum looked at your post in "{thread}" after
another member flagged it, and asks you to take note:

{note}

The post: {link}

Please keep to the forum's guidelines. Repeated problems can lead to your account being
suspended.
"""


def resolve(*, flag: Flag, moderator: User, resolution: FlagResolution, note: str) -> None:
    """Act on a flag; every open flag on the same post is closed with it."""
    post = flag.post
    author = post.author
    if resolution is FlagResolution.HIDE and not post.is_deleted:
        editing.delete_post(post=post, actor=moderator)
    elif resolution is FlagResolution.SUSPEND:
        try:
            admin_service.suspend(
                actor=moderator, target=author, reason=note or "Suspended after a flag"
            )
        except admin_service.AdminActionError as error:
            raise FlagError(str(error)) from error
    elif resolution is FlagResolution.WARN:
        if not note:
            raise FlagError("Enter the warning to send to the author")
        queue_email(
            to=author.email,
            subject="A moderator's note about your post",
            body=WARNING_EMAIL.format(
                name=author.display_name,
                thread=post.thread.title,
                note=note,
                link=url_for("boards.post", post_id=post.id, _external=True),
            ),
        )
    flag_data.close_flags(
        post_id=post.id,
        values={
            "resolved_at": utcnow(),
            "resolved_by_id": moderator.id,
            "resolution": resolution.value,
            "note": note,
        },
    )
    record_event(
        actor=moderator,
        action=f"flag.{resolution.value}",
        subject=flag,
        summary=f"Flag resolved: {resolution.value}",
        details={"post_id": post.id, "author_id": author.id, "note": note},
    )


def reject_held(*, post: Post, moderator: User) -> None:
    """A held post that should not be published is deleted, as any moderated post is."""
    post.held_at = None
    editing.delete_post(post=post, actor=moderator)
    record_event(
        actor=moderator, action="post.rejected", subject=post, summary="Held post rejected"
    )
