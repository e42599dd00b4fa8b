"""Notifications: the list, marking read, email settings and one-click unsubscribe."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user, login_required

from forum.data import engagement
from forum.data.users import get_user
from forum.extensions import csrf
from forum.forms import page_number, require_button
from forum.models.accounts import EmailFrequency
from forum.models.types import utcnow
from forum.notifications.email import describe, read_unsubscribe_token
from forum.notifications.forms import EmailSettingsForm

bp = Blueprint("notifications", __name__)


@bp.route("/notifications")
@login_required
def index() -> ResponseReturnValue:
    page = page_number()
    items = engagement.list_notifications(user_id=current_user.id, page=page)
    return render_template("notifications/index.html", items=items, describe=describe)


@bp.route("/notifications/read-all", methods=["POST"])
@login_required
def read_all() -> ResponseReturnValue:
    require_button()
    count = engagement.mark_all_read(user_id=current_user.id)
    flash(f"Marked {count} {'notification' if count == 1 else 'notifications'} as read.", "success")
    return redirect(url_for("notifications.index"))


@bp.route("/notifications/<int:notification_id>/open", methods=["POST"])
@login_required
def open_one(notification_id: int) -> ResponseReturnValue:
    """Mark one as read and go to it: a POST, so reading pages never writes."""
    require_button()
    notification = engagement.get_notification(notification_id=notification_id)
    if notification is None or notification.user_id != current_user.id:
        abort(404)
    notification.read_at = notification.read_at or utcnow()
    if notification.match_id:
        return redirect(url_for("mentoring_offers.offer", match_id=notification.match_id))
    if notification.post_id:
        return redirect(url_for("boards.post", post_id=notification.post_id))
    return redirect(url_for("boards.thread", thread_id=notification.thread_id))


@bp.route("/notifications/settings", methods=["GET", "POST"])
@login_required
def settings() -> ResponseReturnValue:
    user = current_user._get_current_object()
    form = EmailSettingsForm(
        data={"email_frequency": user.email_frequency} if request.method == "GET" else None
    )
    if form.validate_on_submit():
        user.email_frequency = EmailFrequency(form.email_frequency.data).value
        flash("Your email settings are saved.", "success")
        return redirect(url_for("notifications.settings"))
    status = 400 if form.errors else 200
    return render_template("notifications/settings.html", form=form), status


@bp.route("/email/unsubscribe/<token>", methods=["GET", "POST"])
@csrf.exempt  # the signed token is the credential; the button form still checks CSRF below
def unsubscribe(token: str) -> ResponseReturnValue:
    """The link in every email. GET asks; POST (also a mail client's one-click) does it."""
    user_id = read_unsubscribe_token(token)
    user = get_user(user_id=user_id) if user_id is not None else None
    if user is None:
        return render_template("notifications/unsubscribe_invalid.html"), 400
    if request.method == "POST":
        _checked_button_or_one_click()
        user.email_frequency = EmailFrequency.NEVER.value
        return render_template("notifications/unsubscribed.html", user=user)
    return render_template("notifications/unsubscribe.html", token=token, user=user)


def _checked_button_or_one_click() -> None:
    """RFC 8058: mail clients POST `List-Unsubscribe=One-Click` with no CSRF token."""
    if request.form.get("List-Unsubscribe") == "One-Click":
        return
    require_button()
