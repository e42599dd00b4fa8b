"""Area pages: the list, each area's contract, its history, members and progress log."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user, login_required
from wtforms import SelectChoice

from forum.areas import contracts, details, editing
from forum.areas.details_forms import AreaDetailsForm
from forum.areas.forms import AreaFilterForm, ContractForm, MemberForm, ProgressForm
from forum.data import areas as area_data
from forum.data import standards as standard_data
from forum.data.errors import DuplicateValueError
from forum.forms import require_button
from forum.models.places import Area
from forum.permissions import (
    can_edit_area,
    can_manage_area_members,
    can_manage_areas,
    require,
)

bp = Blueprint("areas", __name__)


@bp.context_processor
def labels() -> dict[str, Any]:
    return {
        "stage_labels": contracts.STAGE_LABELS,
        "programme_labels": contracts.PROGRAMME_LABELS,
        "household_bands": contracts.HOUSEHOLD_BANDS,
        "member_role_labels": contracts.MEMBER_ROLE_LABELS,
        "status_labels": contracts.STATUS_LABELS,
        "status_tags": contracts.STATUS_TAGS,
    }


def area_or_404(slug: str) -> Area:
    area = area_data.get_area(slug=slug)
    if area is None:
        abort(404)
    return area


def filter_form() -> tuple[AreaFilterForm, dict[str, str | None], int]:
    """The filters from the query string; a bad one is named in the error summary (400)
    and left out, so the page still lists what the good ones select."""
    form = AreaFilterForm(formdata=request.args)
    form.topic.choices = [SelectChoice("", "Any topic")] + [
        SelectChoice(t.slug, t.name) for t in area_data.list_topics()
    ]
    form.region.choices = [SelectChoice("", "Any region")] + [
        SelectChoice(r.slug, r.name) for r in area_data.list_regions()
    ]
    chosen: dict[str, str | None] = {}
    status = 200
    if request.args and not form.validate():
        status = 400
    for name in ("topic", "programme", "stage", "region"):
        field = getattr(form, name)
        chosen[name] = None if field.errors or not field.data else field.data
    return form, chosen, status


@bp.route("/areas/")
def index() -> ResponseReturnValue:
    form, chosen, status = filter_form()
    areas = area_data.list_areas(
        region_slug=chosen["region"],
        programme=chosen["programme"],
        stages=contracts.stages_for(chosen["stage"]),
        topic_slug=chosen["topic"],
    )
    counts = area_data.standard_counts(area_ids=[area.id for area in areas])
    filtered = any(chosen.values())
    return render_template(
        "areas/index.html", form=form, areas=areas, counts=counts, filtered=filtered
    ), status


def _details_form(area: Area | None) -> AreaDetailsForm:
    if request.method == "GET" and area is not None:
        form = AreaDetailsForm(obj=area, council=area.council_id, region=area.region_id)
    else:
        form = AreaDetailsForm()
    form.council.choices = [SelectChoice("", "Not recorded")] + [
        SelectChoice(o.id, o.name) for o in area_data.list_councils()
    ]
    form.region.choices = [SelectChoice("", "Not recorded")] + [
        SelectChoice(r.id, r.name) for r in area_data.list_regions()
    ]
    return form


def _detail_values(form: AreaDetailsForm) -> dict[str, Any]:
    councils = {o.id: o for o in area_data.list_councils()}
    regions = {r.id: r for r in area_data.list_regions()}
    return {
        "slug": form.slug.data,
        "name": form.name.data,
        "location": form.location.data or "",
        "council": councils.get(form.council.data),
        "region": regions.get(form.region.data),
        "programme": form.programme.data,
    }


@bp.route("/areas/new", methods=["GET", "POST"])
@login_required
def new_area() -> ResponseReturnValue:
    require(can_manage_areas(current_user))
    form = _details_form(None)
    if form.validate_on_submit():
        try:
            area = details.create_area(
                editor=current_user._get_current_object(), values=_detail_values(form)
            )
        except DuplicateValueError as error:
            form.slug.errors.append(error.message)
        else:
            flash(f"{area.name} has been added. Now add its members and contract.", "success")
            return redirect(url_for("areas.area", slug=area.slug))
    status = 400 if form.errors else 200
    return render_template("areas/details.html", form=form, area=None), status


@bp.route("/areas/<slug>/details", methods=["GET", "POST"])
@login_required
def edit_details(slug: str) -> ResponseReturnValue:
    area = area_or_404(slug)
    require(can_manage_areas(current_user))
    form = _details_form(area)
    form.slug.data = area.slug  # the web address is fixed once the area exists
    if form.validate_on_submit():
        changed = details.update_area(
            area=area, editor=current_user._get_current_object(), values=_detail_values(form)
        )
        flash(
            "The area's details have been saved." if changed else "Nothing had changed.", "success"
        )
        return redirect(url_for("areas.area", slug=area.slug))
    status = 400 if form.errors else 200
    return render_template("areas/details.html", form=form, area=area), status


@bp.route("/areas/<slug>")
def area(slug: str) -> ResponseReturnValue:
    area = area_or_404(slug)
    standards = standard_data.area_standards(area_id=area.id)
    latest = standard_data.latest_statuses(standard_ids=[s.id for s in standards])
    return render_template(
        "areas/area.html",
        area=area,
        contract=area.contract,
        standards=[s for s in standards if not s.withdrawn],
        withdrawn=[s for s in standards if s.withdrawn],
        latest=latest,
        progress=area_data.area_progress(area_id=area.id),
    )


def _contract_form(area: Area) -> ContractForm:
    topics = area_data.list_topics()
    if request.method == "POST":
        form = ContractForm()
    else:
        values = editing.contract_values(area)
        for name in ("parties", "residents_commitments", "redress_options"):
            values[name] = "\n".join(values[name])
        values["households_band"] = values["households_band"] or ""
        form = ContractForm(data=values)
    form.priority_topics.choices = [SelectChoice(t.id, t.name) for t in topics]
    return form


@bp.route("/areas/<slug>/edit", methods=["GET", "POST"])
@login_required
def edit(slug: str) -> ResponseReturnValue:
    area = area_or_404(slug)
    require(can_edit_area(current_user, area))
    form = _contract_form(area)
    if form.validate_on_submit():
        values = {
            "title": form.title.data or "",
            "contract_stage": form.contract_stage.data,
            "parties": contracts.lines(form.parties.data),
            "residents_commitments": contracts.lines(form.residents_commitments.data),
            "redress_options": contracts.lines(form.redress_options.data),
            "response_days": form.response_days.data,
            "signed_on": form.signed_on.data,
            "review_on": form.review_on.data,
            "households_band": form.households_band.data or None,
            "priority_topics": form.priority_topics.data or [],
            "description": form.description.data or "",
        }
        revision = editing.update_contract(
            area=area,
            editor=current_user._get_current_object(),
            values=values,
            topics=area_data.list_topics(),
        )
        flash("The contract has been saved." if revision else "Nothing had changed.", "success")
        return redirect(url_for("areas.area", slug=area.slug))
    return render_template("areas/edit.html", area=area, form=form), 400 if form.errors else 200


@bp.route("/areas/<slug>/history")
def history(slug: str) -> ResponseReturnValue:
    area = area_or_404(slug)
    return render_template(
        "areas/history.html", area=area, revisions=area_data.area_revisions(area_id=area.id)
    )


@bp.route("/areas/<slug>/members", methods=["GET", "POST"])
@login_required
def members(slug: str) -> ResponseReturnValue:
    area = area_or_404(slug)
    require(can_manage_area_members(current_user, area))
    form = MemberForm()
    if form.validate_on_submit():
        person = area_data.find_user(email=form.email.data)
        if person is None:
            form.email.errors.append("There is no account with that email address")
        elif area_data.get_member(area_id=area.id, user_id=person.id) is not None:
            form.email.errors.append(f"{person.display_name} is already a member of this area")
        else:
            editing.add_member(
                area=area,
                editor=current_user._get_current_object(),
                person=person,
                role=form.role.data,
            )
            flash(f"{person.display_name} is now a member of {area.name}.", "success")
            return redirect(url_for("areas.members", slug=area.slug))
    status = 400 if form.errors else 200
    return render_template("areas/members.html", area=area, form=form), status


@bp.route("/areas/<slug>/members/<int:user_id>/remove", methods=["POST"])
@login_required
def remove_member(slug: str, user_id: int) -> ResponseReturnValue:
    area = area_or_404(slug)
    require(can_manage_area_members(current_user, area))
    require_button()
    member = area_data.get_member(area_id=area.id, user_id=user_id)
    if member is None:
        abort(404)
    name = member.user.display_name
    editing.remove_member(area=area, editor=current_user._get_current_object(), member=member)
    flash(f"{name} is no longer a member of {area.name}.", "success")
    return redirect(url_for("areas.members", slug=area.slug))


@bp.route("/areas/<slug>/progress/new", methods=["GET", "POST"])
@login_required
def new_progress(slug: str) -> ResponseReturnValue:
    area = area_or_404(slug)
    require(can_edit_area(current_user, area))
    standards = [s for s in standard_data.area_standards(area_id=area.id) if not s.withdrawn]
    form = ProgressForm()
    form.standard.choices = [SelectChoice("", "Not about one standard")] + [
        SelectChoice(s.id, f"{s.number}. {s.description} ({s.target})") for s in standards
    ]
    if form.validate_on_submit():
        standard = next((s for s in standards if s.id == form.standard.data), None)
        editing.add_progress(
            area=area,
            author=current_user._get_current_object(),
            recorded_on=form.recorded_on.data,
            text=form.text.data,
            standard=standard,
            measured_value=form.measured_value.data or "",
        )
        flash("Your update has been added to the progress log.", "success")
        return redirect(url_for("areas.area", slug=area.slug, _anchor="progress"))
    status = 400 if form.errors else 200
    return render_template("areas/progress_form.html", area=area, form=form), status
