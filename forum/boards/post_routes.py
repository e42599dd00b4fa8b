"""Actions on one post: edit (with history), delete, restore, accept as the answer."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user, login_required

from forum.boards import editing
from forum.boards.forms import EditPostForm
from forum.boards.lookups import post_or_404
from forum.content import render_markdown
from forum.data import boards as board_data
from forum.forms import require_button
from forum.models.boards import Post
from forum.permissions import (
    can_accept_answer,
    can_delete_post,
    can_edit_post,
    can_moderate,
    can_restore_post,
    require,
)

bp = Blueprint("posts", __name__, url_prefix="/posts")


def _back_to(post: Post) -> ResponseReturnValue:
    return redirect(url_for("boards.post", post_id=post.id))


@bp.route("/<int:post_id>/edit", methods=["GET", "POST"])
@login_required
def edit(post_id: int) -> ResponseReturnValue:
    post = post_or_404(post_id)
    require(can_edit_post(current_user, post))
    first = post.position == 1
    form = EditPostForm(
        data={"body": post.markdown, "title": post.thread.title}
        if request.method == "GET"
        else None
    )
    preview = None
    if form.validate_on_submit():
        if first and not form.title.data:
            form.title.errors.append("Enter a title")
        elif form.preview.data:
            preview = render_markdown(form.body.data)
        else:
            changed = editing.edit_post(
                post=post,
                editor=current_user._get_current_object(),
                body=form.body.data,
                title=form.title.data if first else None,
            )
            flash("Your changes are saved." if changed else "Nothing had changed.", "success")
            return _back_to(post)
    status = 400 if form.errors else 200
    return render_template(
        "boards/edit_post.html", post=post, form=form, first=first, preview=preview
    ), status


@bp.route("/<int:post_id>/revisions")
def revisions(post_id: int) -> ResponseReturnValue:
    post = post_or_404(post_id)
    if post.is_deleted and not can_moderate(current_user):
        abort(404)
    history = board_data.post_revisions(post_id=post.id)
    versions = [revision.markdown for revision in history] + [post.markdown]
    changes = [
        (revision, editing.diff_versions(before, after))
        for revision, before, after in zip(history, versions, versions[1:], strict=False)
    ]
    return render_template("boards/revisions.html", post=post, changes=changes)


@bp.route("/<int:post_id>/delete", methods=["POST"])
@login_required
def delete(post_id: int) -> ResponseReturnValue:
    post = post_or_404(post_id)
    require(can_delete_post(current_user, post))
    require_button()
    editing.delete_post(post=post, actor=current_user._get_current_object())
    if post.position == 1:
        flash("The thread is deleted. Moderators can restore it.", "success")
        return redirect(url_for("boards.board", slug=post.thread.board.slug))
    flash("The post is deleted.", "success")
    return _back_to(post)


@bp.route("/<int:post_id>/restore", methods=["POST"])
@login_required
def restore(post_id: int) -> ResponseReturnValue:
    post = post_or_404(post_id)
    require(can_restore_post(current_user, post))
    require_button()
    editing.restore_post(post=post, actor=current_user._get_current_object())
    flash("The post is restored.", "success")
    return _back_to(post)


@bp.route("/<int:post_id>/accept", methods=["POST"])
@login_required
def accept(post_id: int) -> ResponseReturnValue:
    post = post_or_404(post_id)
    require(can_accept_answer(current_user, post.thread, post))
    require_button()
    accepted = editing.toggle_accepted(
        thread=post.thread, post=post, actor=current_user._get_current_object()
    )
    flash(
        "Marked as the accepted answer." if accepted else "No longer the accepted answer.",
        "success",
    )
    return redirect(url_for("boards.thread", thread_id=post.thread_id))
