"""Offers and matches: answering an offer, ending mentoring, and areas asking for a mentor."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user, login_required
from wtforms import SelectChoice

from forum.data import mentoring as data
from forum.forms import EmptyForm, require_button
from forum.mentoring import offers
from forum.mentoring.forms import DeclineForm, RequestMentorForm
from forum.mentoring.offers import MentoringError
from forum.models.mentoring import MentoringMatch
from forum.models.places import Area
from forum.permissions import (
    can_answer_offer,
    can_ask_mentor,
    can_end_match,
    can_request_mentor,
    can_run_matching,
    can_view_match,
    is_area_member,
    require,
)

bp = Blueprint("mentoring_offers", __name__, url_prefix="/mentoring")

SHORTLIST_LENGTH = 5


def _match_or_404(match_id: int) -> MentoringMatch:
    match = data.get_match(match_id=match_id)
    if match is None or not can_view_match(current_user, match):
        abort(404)
    return match


def _offer_page(
    match: MentoringMatch,
    *,
    decline_form: DeclineForm | None = None,
    problem: str | None = None,
    status: int = 200,
) -> ResponseReturnValue:
    return render_template(
        "mentoring/offer.html",
        match=match,
        form=decline_form or DeclineForm(),
        problem=problem,
    ), status


@bp.route("/offers/<int:match_id>")
@login_required
def offer(match_id: int) -> ResponseReturnValue:
    return _offer_page(_match_or_404(match_id))


@bp.route("/offers/<int:match_id>/accept", methods=["POST"])
@login_required
def accept(match_id: int) -> ResponseReturnValue:
    match = _match_or_404(match_id)
    require(can_answer_offer(current_user, match))
    require_button()
    try:
        offers.accept(match=match, mentor=current_user._get_current_object())
    except MentoringError as problem:
        return _offer_page(match, problem=problem.message, status=problem.status)
    flash(f"Thank you: you are now {match.area.name}'s mentor.", "success")
    return redirect(url_for("mentoring_offers.offer", match_id=match.id))


@bp.route("/offers/<int:match_id>/decline", methods=["POST"])
@login_required
def decline(match_id: int) -> ResponseReturnValue:
    match = _match_or_404(match_id)
    require(can_answer_offer(current_user, match))
    form = DeclineForm()
    if not form.validate_on_submit():
        return _offer_page(match, decline_form=form, status=400)
    try:
        offers.decline(
            match=match, mentor=current_user._get_current_object(), reason=form.reason.data
        )
    except MentoringError as problem:
        return _offer_page(match, decline_form=form, problem=problem.message, status=problem.status)
    flash("You declined the offer. We will offer the area to another mentor.", "success")
    return redirect(url_for("mentoring.index"))


@bp.route("/offers/<int:match_id>/end", methods=["POST"])
@login_required
def end(match_id: int) -> ResponseReturnValue:
    match = _match_or_404(match_id)
    require(can_end_match(current_user, match))
    require_button()
    try:
        offers.end(match=match, actor=current_user._get_current_object())
    except MentoringError as problem:
        return _offer_page(match, problem=problem.message, status=problem.status)
    flash(f"Mentoring of {match.area.name} has ended.", "success")
    return redirect(url_for("mentoring_offers.offer", match_id=match.id))


def area_or_404(slug: str) -> Area:
    area = data.get_area(slug=slug)
    if area is None:
        abort(404)
    return area


@bp.route("/areas/<slug>")
@login_required
def area(slug: str) -> ResponseReturnValue:
    """An area's mentoring: its mentor, offers and questions (members and staff)."""
    found = area_or_404(slug)
    user = current_user._get_current_object()
    mentors_here = {m.mentor_id for m in data.active_matches_for_area(area_id=found.id)}
    require(can_run_matching(user) or is_area_member(user, found) or user.id in mentors_here)
    return render_template(
        "mentoring/area.html",
        area=found,
        matches=data.area_matches(area_id=found.id),
        current=data.current_matches(area_id=found.id),
        questions=data.area_questions(area_id=found.id),
        can_ask=can_ask_mentor(user, found),
        can_request=can_request_mentor(user, found),
    )


@bp.route("/areas/<slug>/request", methods=["GET", "POST"])
@login_required
def request_mentor(slug: str) -> ResponseReturnValue:
    found = area_or_404(slug)
    require(can_request_mentor(current_user, found))
    current = data.current_matches(area_id=found.id)
    shortlist = offers.ranked_mentors(found)[:SHORTLIST_LENGTH]
    form = RequestMentorForm()
    form.mentor.choices = [
        SelectChoice(c.profile.user_id, c.profile.user.display_name) for c in shortlist
    ]
    problem = None
    status = 200
    if current:
        problem = f"{found.name} already has a mentor or an offer waiting"
        status = 409 if form.is_submitted() else 200
    elif form.validate_on_submit():
        chosen = next(c for c in shortlist if c.profile.user_id == form.mentor.data)
        try:
            match = offers.make_offer(
                area=found,
                mentor=chosen.profile.user,
                actor=current_user._get_current_object(),
                requested_by=current_user._get_current_object(),
            )
        except MentoringError as error:
            problem, status = error.message, error.status
        else:
            flash(
                f"We have asked {chosen.profile.user.display_name} to mentor {found.name}. "
                "We will tell you when they answer.",
                "success",
            )
            return redirect(url_for("mentoring_offers.offer", match_id=match.id))
    if form.errors:
        status = 400
    return render_template(
        "mentoring/request.html",
        area=found,
        shortlist=shortlist,
        form=form,
        problem=problem,
        button=EmptyForm(),
    ), status
