"""Flagging a post, and the moderators' queue."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user, login_required

from forum.boards import posting
from forum.boards.forms import FlagForm
from forum.data import boards as board_data
from forum.data import moderation as flag_data
from forum.forms import page_number, require_button
from forum.models.boards import Post
from forum.models.moderation import FlagReason, FlagResolution
from forum.moderation import service
from forum.moderation.forms import ResolveFlagForm
from forum.permissions import can_flag, can_moderate, can_suspend_author, can_view_thread, require

bp = Blueprint("moderation", __name__)

HELD_SHOWN = 50


@bp.route("/posts/<int:post_id>/flag", methods=["GET", "POST"])
@login_required
def flag(post_id: int) -> ResponseReturnValue:
    post = board_data.get_post_with_author(post_id=post_id)
    if post is None or not can_view_thread(current_user, post.thread):
        abort(404)
    require(can_flag(current_user, post))
    form = FlagForm()
    if form.validate_on_submit():
        try:
            service.raise_flag(
                post=post,
                reporter=current_user._get_current_object(),
                reason=FlagReason(form.reason.data),
                details=form.details.data or "",
            )
        except service.FlagError as error:
            flash(str(error), "info")
        else:
            flash("Thank you. A moderator will look at the post.", "success")
        return redirect(url_for("boards.post", post_id=post.id))
    status = 400 if form.errors else 200
    return render_template("moderation/flag.html", post=post, form=form), status


@bp.route("/moderation/")
@login_required
def queue() -> ResponseReturnValue:
    require(can_moderate(current_user))
    page = page_number()
    return render_template(
        "moderation/queue.html",
        flags=flag_data.open_flags(page=page),
        held=board_data.held_posts(limit=HELD_SHOWN),
    )


def _held_post_or_404(post_id: int) -> Post:
    require(can_moderate(current_user))
    require_button()
    post = board_data.get_post_with_author(post_id=post_id)
    if post is None or not post.is_held:
        abort(404)
    return post


@bp.route("/moderation/held/<int:post_id>/approve", methods=["POST"])
@login_required
def approve(post_id: int) -> ResponseReturnValue:
    post = _held_post_or_404(post_id)
    posting.approve(post=post, moderator=current_user._get_current_object())
    flash(f"The post by {post.author.display_name} is published.", "success")
    return redirect(url_for("moderation.queue"))


@bp.route("/moderation/held/<int:post_id>/reject", methods=["POST"])
@login_required
def reject(post_id: int) -> ResponseReturnValue:
    post = _held_post_or_404(post_id)
    service.reject_held(post=post, moderator=current_user._get_current_object())
    flash(f"The post by {post.author.display_name} is rejected.", "success")
    return redirect(url_for("moderation.queue"))


@bp.route("/moderation/flags/<int:flag_id>", methods=["GET", "POST"])
@login_required
def resolve(flag_id: int) -> ResponseReturnValue:
    require(can_moderate(current_user))
    flag = flag_data.get_flag(flag_id=flag_id)
    if flag is None:
        abort(404)
    if flag.resolved_at is not None:
        flash("That flag has already been resolved.", "info")
        return redirect(url_for("moderation.queue"))
    form = ResolveFlagForm()
    if form.validate_on_submit():
        resolution = FlagResolution(form.resolution.data)
        if resolution is FlagResolution.SUSPEND:
            require(can_suspend_author(current_user, flag.post.author))
        try:
            service.resolve(
                flag=flag,
                moderator=current_user._get_current_object(),
                resolution=resolution,
                note=form.note.data or "",
            )
        except service.FlagError as error:
            form.note.errors.append(str(error))
        else:
            flash("The flag is resolved.", "success")
            return redirect(url_for("moderation.queue"))
    status = 400 if form.errors else 200
    return render_template("moderation/resolve.html", flag=flag, form=form), status
