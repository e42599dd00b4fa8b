"""Actions on a thread or a board: moderation (lock, pin, move) and following."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user, login_required
from wtforms import SelectChoice

from forum.boards import editing
from forum.boards.forms import MoveThreadForm
from forum.boards.lookups import board_or_404, thread_or_404
from forum.data import boards as board_data
from forum.data import engagement
from forum.forms import require_button
from forum.models.boards import Thread
from forum.permissions import can_moderate, can_post, require

bp = Blueprint("threads", __name__)


def _back(thread: Thread) -> ResponseReturnValue:
    return redirect(url_for("boards.thread", thread_id=thread.id))


@bp.route("/threads/<int:thread_id>/lock", methods=["POST"])
@login_required
def lock(thread_id: int) -> ResponseReturnValue:
    thread = thread_or_404(thread_id)
    require(can_moderate(current_user))
    require_button()
    editing.set_locked(
        thread=thread, actor=current_user._get_current_object(), locked=not thread.locked
    )
    flash("The thread is locked." if thread.locked else "The thread is open again.", "success")
    return _back(thread)


@bp.route("/threads/<int:thread_id>/pin", methods=["POST"])
@login_required
def pin(thread_id: int) -> ResponseReturnValue:
    thread = thread_or_404(thread_id)
    require(can_moderate(current_user))
    require_button()
    editing.set_pinned(
        thread=thread, actor=current_user._get_current_object(), pinned=not thread.pinned
    )
    flash("The thread is pinned." if thread.pinned else "The thread is unpinned.", "success")
    return _back(thread)


@bp.route("/threads/<int:thread_id>/move", methods=["GET", "POST"])
@login_required
def move(thread_id: int) -> ResponseReturnValue:
    thread = thread_or_404(thread_id)
    require(can_moderate(current_user))
    form = MoveThreadForm()
    form.board.choices = [
        SelectChoice(board.id, board.name)
        for board in board_data.list_boards()
        if board.id != thread.board_id
    ]
    if form.validate_on_submit():
        target = next(b for b in board_data.list_boards() if b.id == form.board.data)
        try:
            editing.move_thread(thread=thread, actor=current_user._get_current_object(), to=target)
        except editing.EditError as error:
            form.board.errors.append(str(error))
        else:
            flash(f"The thread is now in {target.name}.", "success")
            return _back(thread)
    status = 400 if form.errors else 200
    return render_template("boards/move.html", thread=thread, form=form), status


@bp.route("/threads/<int:thread_id>/subscription", methods=["POST"])
@login_required
def follow_thread(thread_id: int) -> ResponseReturnValue:
    thread = thread_or_404(thread_id)
    require(can_post(current_user))
    require_button()
    if engagement.is_subscribed(user_id=current_user.id, thread_id=thread.id):
        engagement.unsubscribe(user_id=current_user.id, thread_id=thread.id)
        flash("You no longer follow this thread.", "success")
    else:
        engagement.subscribe(user_id=current_user.id, thread_id=thread.id)
        flash("You follow this thread: we will tell you about new replies.", "success")
    return _back(thread)


@bp.route("/boards/<slug>/subscription", methods=["POST"])
@login_required
def follow_board(slug: str) -> ResponseReturnValue:
    board = board_or_404(slug)
    require(can_post(current_user))
    require_button()
    if engagement.is_subscribed(user_id=current_user.id, board_id=board.id):
        engagement.unsubscribe(user_id=current_user.id, board_id=board.id)
        flash(f"You no longer follow {board.name}.", "success")
    else:
        engagement.subscribe(user_id=current_user.id, board_id=board.id)
        flash(f"You follow {board.name}: we will tell you about new threads.", "success")
    return redirect(url_for("boards.board", slug=board.slug))
