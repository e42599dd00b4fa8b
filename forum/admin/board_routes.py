"""Admin pages for boards: create, edit, reorder, archive."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user, login_required

from forum.admin import board_service
from forum.admin.board_forms import BoardForm
from forum.boards.lookups import board_or_404
from forum.data import boards as board_data
from forum.data.errors import DuplicateValueError
from forum.forms import require_button
from forum.models.boards import Board
from forum.permissions import can_manage_boards, require

bp = Blueprint("board_admin", __name__, url_prefix="/admin/boards")


@bp.before_request
@login_required
def only_admins() -> None:
    require(can_manage_boards(current_user))


@bp.route("/")
def index() -> ResponseReturnValue:
    return render_template(
        "admin/boards.html", boards=board_data.list_boards(include_archived=True)
    )


def _edit(board: Board, template_title: str) -> ResponseReturnValue:
    # Saved values fill the form only on GET: a POST is judged on what was sent.
    form = BoardForm(obj=board if board.id and request.method == "GET" else None)
    if form.validate_on_submit():
        try:
            board_service.save_board(
                board=board,
                actor=current_user._get_current_object(),
                name=form.name.data,
                slug=form.slug.data,
                description=form.description.data or "",
            )
        except DuplicateValueError as error:
            form[error.field].errors.append(error.message)
        else:
            flash(f"The board ‘{board.name}’ is saved.", "success")
            return redirect(url_for("board_admin.index"))
    status = 400 if form.errors else 200
    return render_template(
        "admin/board_form.html", form=form, board=board, heading=template_title
    ), status


@bp.route("/new", methods=["GET", "POST"])
def new() -> ResponseReturnValue:
    return _edit(Board(), "Add a board")


@bp.route("/<slug>/edit", methods=["GET", "POST"])
def edit(slug: str) -> ResponseReturnValue:
    board = board_or_404(slug)
    return _edit(board, f"Edit ‘{board.name}’")


@bp.route("/<slug>/up", methods=["POST"])
def up(slug: str) -> ResponseReturnValue:
    require_button()
    board_service.move_board(board=board_or_404(slug), direction=-1)
    return redirect(url_for("board_admin.index"))


@bp.route("/<slug>/down", methods=["POST"])
def down(slug: str) -> ResponseReturnValue:
    require_button()
    board_service.move_board(board=board_or_404(slug), direction=1)
    return redirect(url_for("board_admin.index"))


@bp.route("/<slug>/archive", methods=["POST"])
def archive(slug: str) -> ResponseReturnValue:
    require_button()
    board = board_or_404(slug)
    board_service.set_archived(
        board=board, actor=current_user._get_current_object(), archived=not board.archived
    )
    flash(
        f"‘{board.name}’ is {'archived: it is read-only' if board.archived else 'open again'}.",
        "success",
    )
    return redirect(url_for("board_admin.index"))
