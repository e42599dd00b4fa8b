"""Account pages: register, sign in and out, password reset, profile."""

from __future__ import annotations

from flask import (
    Blueprint,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask.typing import ResponseReturnValue
from flask_login import current_user, login_required, login_user, logout_user
from wtforms import SelectChoice

from forum.accounts import service
from forum.accounts.forms import (
    ChangePasswordForm,
    ForgotPasswordForm,
    ProfileForm,
    RegisterForm,
    ResetPasswordForm,
    SignInForm,
)
from forum.accounts.redirects import safe_next
from forum.data import boards as board_data
from forum.data import places
from forum.data.errors import DuplicateValueError
from forum.data.users import get_user
from forum.extensions import limiter
from forum.forms import require_button
from forum.permissions import can_edit_profile, require

bp = Blueprint("accounts", __name__)

PROFILE_LIST_LENGTH = 10
SIGN_IN_ERROR = "Enter the email address and password for your account"


def _limit(setting: str) -> str:
    return current_app.config[setting]


def _start_session(user: object, *, remember: bool) -> None:
    """A fresh session on every sign-in, so nothing from before it carries over."""
    session.clear()
    login_user(user, remember=remember)  # type: ignore[arg-type]


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit(lambda: _limit("RATELIMIT_SIGN_IN"), methods=["POST"])
def login() -> ResponseReturnValue:
    next_url = safe_next(request.values.get("next"))
    if current_user.is_authenticated:
        return redirect(next_url)
    form = SignInForm()
    if form.validate_on_submit():
        result = service.authenticate(email=form.email.data, password=form.password.data)
        if result.outcome is service.SignInOutcome.SIGNED_IN:
            _start_session(result.user, remember=bool(form.remember.data))
            flash("You are signed in.", "success")
            return redirect(next_url)
        if result.outcome is service.SignInOutcome.SUSPENDED:
            form.email.errors.append(
                "Your account is suspended. Contact the programme team if you think this is "
                "a mistake."
            )
        else:
            form.email.errors.append(SIGN_IN_ERROR)
    status = 400 if form.errors else 200
    return render_template("accounts/login.html", form=form, next_url=next_url), status


@bp.route("/logout", methods=["POST"])
def logout() -> ResponseReturnValue:
    require_button()
    logout_user()
    flash("You are signed out.", "success")
    return redirect(url_for("site.home"))


@bp.route("/register", methods=["GET", "POST"])
@limiter.limit(lambda: _limit("RATELIMIT_REGISTER"), methods=["POST"])
def register() -> ResponseReturnValue:
    if current_user.is_authenticated:
        return redirect(url_for("site.home"))
    form = RegisterForm()
    if form.validate_on_submit():
        try:
            user = service.register(
                email=form.email.data,
                display_name=form.display_name.data,
                password=form.password.data,
            )
        except DuplicateValueError as error:
            form[error.field].errors.append(error.message)
        else:
            _start_session(user, remember=False)
            flash("Your account is ready. Tell people where you work on your profile.", "success")
            return redirect(url_for("accounts.edit_profile"))
    status = 400 if form.errors else 200
    return render_template("accounts/register.html", form=form), status


@bp.route("/password/forgot", methods=["GET", "POST"])
@limiter.limit(lambda: _limit("RATELIMIT_PASSWORD_RESET"), methods=["POST"])
def forgot_password() -> ResponseReturnValue:
    form = ForgotPasswordForm()
    if form.validate_on_submit():
        service.request_password_reset(
            email=form.email.data,
            link_for=lambda token: url_for("accounts.reset_password", token=token, _external=True),
            max_age_seconds=int(current_app.config["PASSWORD_RESET_MAX_AGE"]),
        )
        return render_template("accounts/reset_sent.html", email=form.email.data)
    status = 400 if form.errors else 200
    return render_template("accounts/forgot_password.html", form=form), status


@bp.route("/password/reset/<token>", methods=["GET", "POST"])
@limiter.limit(lambda: _limit("RATELIMIT_PASSWORD_RESET"), methods=["POST"])
def reset_password(token: str) -> ResponseReturnValue:
    user = service.user_for_reset_token(token)
    if user is None:
        return render_template("accounts/reset_invalid.html"), 400
    form = ResetPasswordForm()
    if form.validate_on_submit():
        service.set_password(user=user, password=form.password.data, reason="reset")
        _start_session(user, remember=False)
        flash("Your password has been changed and you are signed in.", "success")
        return redirect(url_for("site.home"))
    status = 400 if form.errors else 200
    return render_template("accounts/reset_password.html", form=form, user=user), status


@bp.route("/users/<int:user_id>")
def profile(user_id: int) -> ResponseReturnValue:
    user = get_user(user_id=user_id)
    if user is None:
        abort(404)
    return render_template(
        "accounts/profile.html",
        user=user,
        threads=board_data.user_threads(user_id=user.id, limit=PROFILE_LIST_LENGTH),
        posts=board_data.user_posts(user_id=user.id, limit=PROFILE_LIST_LENGTH),
        post_count=board_data.count_user_posts(user_id=user.id),
    )


def _fill_choices(form: ProfileForm) -> None:
    none = [SelectChoice("", "Not set")]
    form.organisation.choices = none + [
        SelectChoice(o.id, o.name) for o in places.list_organisations()
    ]
    form.area.choices = none + [SelectChoice(a.id, a.name) for a in places.list_areas()]
    form.region.choices = none + [SelectChoice(r.id, r.name) for r in places.list_regions()]


@bp.route("/account", methods=["GET", "POST"])
@login_required
def edit_profile() -> ResponseReturnValue:
    user = current_user._get_current_object()
    require(can_edit_profile(current_user, user))
    # Saved values fill the form only on GET: a POST is judged on what was sent.
    saved = {
        "display_name": user.display_name,
        "bio": user.bio,
        "organisation": user.organisation_id,
        "area": user.area_id,
        "region": user.region_id,
    }
    form = ProfileForm(data=saved if request.method == "GET" else None)
    _fill_choices(form)
    if form.validate_on_submit():
        try:
            service.update_profile(
                user=user,
                changes=service.ProfileChanges(
                    display_name=form.display_name.data,
                    bio=form.bio.data or "",
                    organisation_id=form.organisation.data,
                    area_id=form.area.data,
                    region_id=form.region.data,
                ),
            )
        except DuplicateValueError as error:
            form[error.field].errors.append(error.message)
        else:
            flash("Your profile has been saved.", "success")
            return redirect(url_for("accounts.profile", user_id=user.id))
    status = 400 if form.errors else 200
    return render_template("accounts/edit_profile.html", form=form), status


@bp.route("/account/password", methods=["GET", "POST"])
@login_required
def change_password() -> ResponseReturnValue:
    user = current_user._get_current_object()
    form = ChangePasswordForm()
    if form.validate_on_submit():
        if not service.check_password(user=user, password=form.current_password.data):
            form.current_password.errors.append("Enter your current password correctly")
        else:
            service.set_password(user=user, password=form.password.data, reason="changed")
            _start_session(user, remember=False)
            flash("Your password has been changed. Other devices have been signed out.", "success")
            return redirect(url_for("accounts.profile", user_id=user.id))
    status = 400 if form.errors else 200
    return render_template("accounts/change_password.html", form=form), status
