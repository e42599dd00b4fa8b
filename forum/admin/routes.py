"""Admin pages: list accounts, change roles, suspend and reinstate, read the audit log."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user, login_required

from forum.admin import service
from forum.admin.forms import ReinstateForm, RoleForm, SuspendForm, UserFilterForm
from forum.data.audit import list_events
from forum.data.users import UserFilter, get_user, list_users
from forum.forms import page_number
from forum.models.accounts import Role, User
from forum.permissions import (
    can_change_role,
    can_manage_users,
    can_suspend,
    can_view_audit_log,
    require,
)

bp = Blueprint("admin", __name__, url_prefix="/admin")


def _target(user_id: int) -> User:
    user = get_user(user_id=user_id)
    if user is None:
        abort(404)
    return user


@bp.route("/users")
@login_required
def users() -> ResponseReturnValue:
    require(can_manage_users(current_user))
    form = UserFilterForm(request.args)
    form.validate()
    filters = UserFilter(
        query=(form.q.data or "")[:100], role=form.role.data or "", status=form.status.data or ""
    )
    return render_template(
        "admin/users.html", form=form, pagination=list_users(filters=filters, page=page_number())
    )


def _render_user(
    user: User,
    *,
    role_form: RoleForm | None = None,
    suspend_form: SuspendForm | None = None,
    status: int = 200,
) -> ResponseReturnValue:
    return render_template(
        "admin/user.html",
        user=user,
        role_form=role_form or RoleForm(role=user.role),
        suspend_form=suspend_form or SuspendForm(),
        reinstate_form=ReinstateForm(),
        events=list_events(page=1, subject_user_id=user.id),
    ), status


@bp.route("/users/<int:user_id>")
@login_required
def user(user_id: int) -> ResponseReturnValue:
    require(can_manage_users(current_user))
    return _render_user(_target(user_id))


@bp.route("/users/<int:user_id>/role", methods=["POST"])
@login_required
def change_role(user_id: int) -> ResponseReturnValue:
    target = _target(user_id)
    form = RoleForm()
    if not form.validate_on_submit():
        require(can_manage_users(current_user))
        return _render_user(target, role_form=form, status=400)
    role = Role(form.role.data)
    require(can_change_role(current_user, target, role))
    try:
        service.change_role(actor=current_user, target=target, role=role)
    except service.AdminActionError as error:
        form.role.errors.append(str(error))
        return _render_user(target, role_form=form, status=400)
    flash(f"{target.display_name} is now a {role.label.lower()}.", "success")
    return redirect(url_for("admin.user", user_id=target.id))


@bp.route("/users/<int:user_id>/suspend", methods=["POST"])
@login_required
def suspend(user_id: int) -> ResponseReturnValue:
    target = _target(user_id)
    require(can_suspend(current_user, target))
    form = SuspendForm()
    if not form.validate_on_submit():
        return _render_user(target, suspend_form=form, status=400)
    try:
        service.suspend(actor=current_user, target=target, reason=form.reason.data)
    except service.AdminActionError as error:
        form.reason.errors.append(str(error))
        return _render_user(target, suspend_form=form, status=400)
    flash(f"{target.display_name}'s account is suspended.", "success")
    return redirect(url_for("admin.user", user_id=target.id))


@bp.route("/users/<int:user_id>/reinstate", methods=["POST"])
@login_required
def reinstate(user_id: int) -> ResponseReturnValue:
    target = _target(user_id)
    require(can_manage_users(current_user))
    form = ReinstateForm()
    if not form.validate_on_submit():
        abort(400)
    try:
        service.reinstate(actor=current_user, target=target)
    except service.AdminActionError as error:
        flash(str(error), "error")
        return redirect(url_for("admin.user", user_id=target.id))
    flash(f"{target.display_name}'s account is reinstated.", "success")
    return redirect(url_for("admin.user", user_id=target.id))


@bp.route("/audit")
@login_required
def audit() -> ResponseReturnValue:
    require(can_view_audit_log(current_user))
    return render_template("admin/audit.html", pagination=list_events(page=page_number()))
