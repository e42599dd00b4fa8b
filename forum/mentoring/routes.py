"""Mentoring pages: the landing page, the mentors directory, profiles and matching rounds."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user, login_required
from wtforms import SelectChoice

from forum.content import render_markdown
from forum.data import mentoring as data
from forum.data import places
from forum.forms import require_button
from forum.ids import parse_id
from forum.mentoring import rounds, stats
from forum.mentoring.forms import expertise_field_name, profile_form
from forum.mentoring.offers import MentoringError
from forum.models.mentoring import MatchStatus, MentorExpertise, MentorProfile
from forum.models.types import utcnow
from forum.permissions import (
    can_edit_mentor_profile,
    can_moderate,
    can_run_matching,
    can_view_thread,
    is_mentor,
    require,
)

bp = Blueprint("mentoring", __name__, url_prefix="/mentoring")


@bp.route("/")
def index() -> ResponseReturnValue:
    context: dict[str, object] = {"mentor_count": len(data.list_mentors())}
    if current_user.is_authenticated:
        user = current_user._get_current_object()
        if is_mentor(user):
            context["profile"] = data.get_profile(user_id=user.id)
            context["offers"] = data.mentor_matches(
                mentor_id=user.id, statuses=(MatchStatus.OFFERED,)
            )
            context["mentoring"] = data.mentor_matches(
                mentor_id=user.id, statuses=(MatchStatus.ACTIVE,)
            )
            context["unanswered"] = _unanswered_for(user.id)
        areas = data.member_areas(user_id=user.id)
        context["my_areas"] = [
            (area, data.current_matches(area_id=area.id), data.area_questions(area_id=area.id))
            for area in areas
        ]
        if can_run_matching(user):
            context["latest_round"] = data.latest_round()
            context["open_offers"] = data.open_offers()
            context["active"] = data.active_matches()
        if can_moderate(user):
            context["to_publish"] = data.questions_awaiting_publication()
    return render_template("mentoring/index.html", **context)


def _unanswered_for(mentor_id: int) -> list:  # type: ignore[type-arg]
    area_ids = [m.area_id for m in data.mentor_matches(mentor_id=mentor_id)]
    questions = data.unanswered_questions_for_mentor(mentor_id=mentor_id, area_ids=area_ids)
    return [q for q in questions if can_view_thread(current_user, q.thread)]


@bp.route("/mentors")
def directory() -> ResponseReturnValue:
    topics = {topic.slug: topic for topic in places.list_topics()}
    regions = {region.slug: region for region in places.list_regions()}
    topic_slug = request.args.get("topic", "")
    region_slug = request.args.get("region", "")
    errors = []
    if topic_slug and topic_slug not in topics:
        errors.append(("topic", "Choose a topic from the list"))
    if region_slug and region_slug not in regions:
        errors.append(("region", "Choose a region from the list"))
    mentors = list(data.list_mentors())
    if not errors:
        if topic_slug:
            mentors = [m for m in mentors if any(e.topic.slug == topic_slug for e in m.expertise)]
        if region_slug:
            mentors = [m for m in mentors if any(r.slug == region_slug for r in m.regions)]
    taken = data.places_taken()
    return render_template(
        "mentoring/directory.html",
        mentors=mentors,
        taken=taken,
        topics=topics.values(),
        regions=regions.values(),
        topic_slug=topic_slug,
        region_slug=region_slug,
        errors=errors,
    ), (400 if errors else 200)


@bp.route("/mentors/<int:user_id>")
def mentor(user_id: int) -> ResponseReturnValue:
    person = data.mentor_user(user_id=user_id)
    profile = data.get_profile(user_id=user_id) if person else None
    if profile is None:
        if person is not None and can_edit_mentor_profile(current_user, person):
            return redirect(url_for("mentoring.edit_profile", user_id=user_id))
        abort(404)
    median = stats.median_time_to_answer(data.answer_times(mentor_id=user_id))
    own_or_staff = can_edit_mentor_profile(current_user, person)
    return render_template(
        "mentoring/mentor.html",
        profile=profile,
        person=person,
        places_taken=data.places_taken(mentor_ids=[user_id]).get(user_id, 0),
        mentoring=data.mentor_matches(mentor_id=user_id, statuses=(MatchStatus.ACTIVE,)),
        unanswered=_unanswered_for(user_id) if current_user.is_authenticated else [],
        median=stats.describe_duration(median) if median is not None else None,
        own_or_staff=own_or_staff,
    )


def _profile_choices(form: object) -> None:
    form.regions.choices = [SelectChoice(r.id, r.name) for r in places.list_regions()]  # type: ignore[attr-defined]
    form.conflict_organisations.choices = [  # type: ignore[attr-defined]
        SelectChoice(o.id, o.name) for o in places.list_organisations()
    ]
    form.conflict_areas.choices = [SelectChoice(a.id, a.name) for a in places.list_areas()]  # type: ignore[attr-defined]


def _profile_data(profile: MentorProfile | None) -> dict[str, object]:
    if profile is None:
        return {
            "capacity": 2,
            "available": "yes",
            "areas_mentored": 0,
            "years_experience": 0,
            "signed_contracts": 0,
        }
    values: dict[str, object] = {
        "bio": profile.bio_markdown,
        "capacity": profile.capacity,
        "available": "yes" if profile.available else "no",
        "areas_mentored": profile.areas_mentored,
        "years_experience": profile.years_experience,
        "signed_contracts": profile.signed_contracts,
        "regions": [r.id for r in profile.regions],
        "conflict_organisations": [o.id for o in profile.conflict_organisations],
        "conflict_areas": [a.id for a in profile.conflict_areas],
    }
    for row in profile.expertise:
        values[expertise_field_name(row.topic_id)] = str(row.level)
    return values


@bp.route("/mentors/<int:user_id>/edit", methods=["GET", "POST"])
@login_required
def edit_profile(user_id: int) -> ResponseReturnValue:
    person = data.mentor_user(user_id=user_id)
    if person is None:
        abort(404)
    require(can_edit_mentor_profile(current_user, person))
    profile = data.get_profile(user_id=user_id)
    topics = list(places.list_topics())
    form = profile_form(topics, data=_profile_data(profile) if request.method == "GET" else None)
    _profile_choices(form)
    if form.validate_on_submit():
        profile = profile or data.add_profile(user=person)
        _save_profile(profile, form, topics)
        flash("The mentor profile is saved.", "success")
        return redirect(url_for("mentoring.mentor", user_id=user_id))
    status = 400 if form.errors else 200
    expertise_fields = [form[expertise_field_name(t.id)] for t in topics]
    return render_template(
        "mentoring/edit_profile.html",
        form=form,
        person=person,
        expertise_fields=expertise_fields,
    ), status


def _save_profile(profile: MentorProfile, form: object, topics: list) -> None:  # type: ignore[type-arg]
    chosen = lambda name: set(getattr(form, name).data or [])  # noqa: E731
    profile.bio_markdown = form.bio.data or ""  # type: ignore[attr-defined]
    profile.bio_html = render_markdown(profile.bio_markdown) if profile.bio_markdown else ""
    profile.capacity = form.capacity.data  # type: ignore[attr-defined]
    profile.available = form.available.data == "yes"  # type: ignore[attr-defined]
    profile.areas_mentored = form.areas_mentored.data  # type: ignore[attr-defined]
    profile.years_experience = form.years_experience.data  # type: ignore[attr-defined]
    profile.signed_contracts = form.signed_contracts.data  # type: ignore[attr-defined]
    profile.regions = [r for r in places.list_regions() if r.id in chosen("regions")]
    profile.conflict_organisations = [
        o for o in places.list_organisations() if o.id in chosen("conflict_organisations")
    ]
    profile.conflict_areas = [a for a in places.list_areas() if a.id in chosen("conflict_areas")]
    levels = {
        topic.id: int(getattr(form, expertise_field_name(topic.id)).data)
        for topic in topics
        if getattr(form, expertise_field_name(topic.id)).data
    }
    existing = {row.topic_id: row for row in profile.expertise}
    profile.expertise = [
        _level_row(existing.get(topic_id), profile, topic_id, level)
        for topic_id, level in sorted(levels.items())
    ]
    profile.updated_at = utcnow()


def _level_row(
    row: MentorExpertise | None, profile: MentorProfile, topic_id: int, level: int
) -> MentorExpertise:
    if row is None:
        row = MentorExpertise(mentor_id=profile.user_id, topic_id=topic_id)
    row.level = level
    return row


# ---------------------------------------------------------------- matching rounds


def _round_page(
    matching_round: object,
    *,
    errors: dict[int, str] | None = None,
    chosen: dict[int, int | None] | None = None,
    problem: str | None = None,
    status: int = 200,
) -> ResponseReturnValue:
    inputs = rounds.gather()
    return render_template(
        "mentoring/round.html",
        matching_round=matching_round,
        total=rounds.total_score(matching_round) if matching_round else 0,  # type: ignore[arg-type]
        mentors=inputs.profiles,
        capacity_left=inputs.capacity_left,
        errors=errors or {},
        chosen=chosen or {},
        problem=problem or (rounds.problem_with(inputs) if not matching_round else None),
    ), status


@bp.route("/round")
@login_required
def round_page() -> ResponseReturnValue:
    require(can_run_matching(current_user))
    return _round_page(data.latest_round())


@bp.route("/round", methods=["POST"])
@login_required
def new_round() -> ResponseReturnValue:
    require(can_run_matching(current_user))
    require_button()
    try:
        rounds.build_round(actor=current_user._get_current_object())
    except MentoringError as problem:
        return _round_page(data.latest_round(), problem=problem.message, status=problem.status)
    flash(
        "A new round is proposed below. Check the pairs, adjust them, then send the offers.",
        "success",
    )
    return redirect(url_for("mentoring.round_page"))


def _round_or_404(round_id: int) -> object:
    found = data.get_round(round_id=round_id)
    if found is None:
        abort(404)
    return found


def _read_choices(matching_round: object) -> tuple[dict[int, int | None], dict[int, str]]:
    chosen: dict[int, int | None] = {}
    errors: dict[int, str] = {}
    for proposal in matching_round.proposals:  # type: ignore[attr-defined]
        raw = request.form.get(f"area-{proposal.area_id}")
        if raw is None:
            continue
        mentor_id = parse_id(raw)
        if raw == "":
            chosen[proposal.area_id] = None
        elif mentor_id is not None:
            chosen[proposal.area_id] = mentor_id
        else:
            errors[proposal.area_id] = "Select a mentor from the list"
    return chosen, errors


@bp.route("/round/<int:round_id>", methods=["POST"])
@login_required
def adjust_round(round_id: int) -> ResponseReturnValue:
    require(can_run_matching(current_user))
    require_button()
    matching_round = _round_or_404(round_id)
    chosen, errors = _read_choices(matching_round)
    try:
        errors = errors or rounds.adjust(matching_round=matching_round, choices=chosen)  # type: ignore[arg-type]
    except MentoringError as problem:
        return _round_page(matching_round, problem=problem.message, status=problem.status)
    if errors:
        return _round_page(matching_round, errors=errors, chosen=chosen, status=400)
    flash("Your changes to the proposal are saved.", "success")
    return redirect(url_for("mentoring.round_page"))


@bp.route("/round/<int:round_id>/send", methods=["POST"])
@login_required
def send_round(round_id: int) -> ResponseReturnValue:
    require(can_run_matching(current_user))
    require_button()
    matching_round = _round_or_404(round_id)
    try:
        sent, problems = rounds.send(
            matching_round=matching_round,  # type: ignore[arg-type]
            actor=current_user._get_current_object(),
        )
    except MentoringError as problem:
        return _round_page(matching_round, problem=problem.message, status=problem.status)
    message = f"{sent} {'offer' if sent == 1 else 'offers'} sent."
    if problems:
        message += " Not sent: " + "; ".join(problems) + "."
    flash(message, "success")
    return redirect(url_for("mentoring.round_page"))
