"""Service standards: their pages, ledgers, CSV downloads, threads and the comparison."""

from __future__ import annotations

from flask import (
    Blueprint,
    Response,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    url_for,
)
from flask.typing import ResponseReturnValue
from flask_limiter.util import get_remote_address
from flask_login import current_user, login_required
from wtforms import SelectChoice

from forum.areas import contracts, editing
from forum.areas.csv_export import COMPARISON_HEADER, LEDGER_HEADER, to_csv
from forum.areas.routes import area_or_404, filter_form, labels
from forum.areas.standard_forms import LedgerEntryForm, StandardForm, StandardThreadForm
from forum.boards import posting
from forum.content import render_markdown
from forum.data import areas as area_data
from forum.data import standards as standard_data
from forum.extensions import limiter
from forum.forms import id_arg, require_button
from forum.models.areas import LedgerEntry, ServiceStandard, StandardThreadKind
from forum.models.places import Area
from forum.permissions import can_discuss_standard, can_edit_area, can_view_thread, require

bp = Blueprint("standards", __name__)
bp.context_processor(labels)


def standard_or_404(area: Area, number: int) -> ServiceStandard:
    standard = standard_data.get_standard(area_id=area.id, number=number)
    if standard is None:
        abort(404)
    return standard


def _topic_choices(form: StandardForm) -> None:
    form.topic.choices = [SelectChoice("", "Choose a topic")] + [
        SelectChoice(t.id, t.name) for t in area_data.list_topics()
    ]


@bp.route("/areas/<slug>/standards/new", methods=["GET", "POST"])
@login_required
def new_standard(slug: str) -> ResponseReturnValue:
    area = area_or_404(slug)
    require(can_edit_area(current_user, area))
    form = StandardForm()
    _topic_choices(form)
    if form.validate_on_submit():
        standard = editing.add_standard(
            area=area,
            editor=current_user._get_current_object(),
            topic=area_data.get_topic(topic_id=form.topic.data),
            provider=form.provider.data,
            description=form.description.data,
            target=form.target.data,
        )
        flash(f"Standard {standard.number} has been added to the contract.", "success")
        return redirect(url_for("standards.standard", slug=area.slug, number=standard.number))
    status = 400 if form.errors else 200
    return render_template("areas/standard_form.html", area=area, form=form, standard=None), status


@bp.route("/areas/<slug>/standards/<int:number>")
def standard(slug: str, number: int) -> ResponseReturnValue:
    area = area_or_404(slug)
    standard = standard_or_404(area, number)
    entries = standard_data.standard_entries(standard_id=standard.id)
    response_days = area.contract.response_days if area.contract else None
    deadlines = {
        entry.id: contracts.response_deadline(entry.recorded_on, response_days)
        for entry in entries
        if entry.status == "missed" and response_days
    }
    return render_template(
        "areas/standard.html",
        area=area,
        standard=standard,
        entries=entries,
        deadlines=deadlines,
        threads=[
            row
            for row in standard_data.standard_threads(standard_id=standard.id)
            if can_view_thread(current_user, row.thread)
        ],
    )


@bp.route("/areas/<slug>/standards/<int:number>.csv")
def standard_csv(slug: str, number: int) -> ResponseReturnValue:
    area = area_or_404(slug)
    standard = standard_or_404(area, number)
    rows = [
        (
            area.name,
            standard.number,
            standard.topic.name,
            standard.provider,
            standard.description,
            standard.target,
            entry.recorded_on.isoformat(),
            contracts.STATUS_LABELS[entry.status],
            entry.measured_value,
            entry.evidence,
            entry.author.display_name if entry.author else "",
        )
        for entry in standard_data.standard_entries(standard_id=standard.id)
    ]
    return _csv_response(to_csv(LEDGER_HEADER, rows), f"{area.slug}-standard-{number}.csv")


def _csv_response(text: str, filename: str) -> Response:
    response = Response(text, mimetype="text/csv")
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@bp.route("/areas/<slug>/standards/<int:number>/edit", methods=["GET", "POST"])
@login_required
def edit_standard(slug: str, number: int) -> ResponseReturnValue:
    area = area_or_404(slug)
    standard = standard_or_404(area, number)
    require(can_edit_area(current_user, area))
    form = StandardForm(obj=None if request.method == "POST" else standard)
    _topic_choices(form)
    if request.method == "GET":
        form.topic.data = standard.topic_id
    if form.validate_on_submit():
        revision = editing.edit_standard(
            area=area,
            standard=standard,
            editor=current_user._get_current_object(),
            topic=area_data.get_topic(topic_id=form.topic.data),
            provider=form.provider.data,
            description=form.description.data,
            target=form.target.data,
        )
        flash(
            f"Standard {number} has been saved." if revision else "Nothing had changed.",
            "success",
        )
        return redirect(url_for("standards.standard", slug=area.slug, number=number))
    status = 400 if form.errors else 200
    return render_template(
        "areas/standard_form.html", area=area, form=form, standard=standard
    ), status


def _set_withdrawn(slug: str, number: int, *, withdrawn: bool) -> ResponseReturnValue:
    area = area_or_404(slug)
    standard = standard_or_404(area, number)
    require(can_edit_area(current_user, area))
    require_button()
    revision = editing.set_withdrawn(
        area=area, standard=standard, editor=current_user._get_current_object(), withdrawn=withdrawn
    )
    verb = "withdrawn from" if withdrawn else "restored to"
    already = "was already" if revision is None else "has been"
    flash(f"Standard {number} {already} {verb} the contract.", "success")
    return redirect(url_for("standards.standard", slug=area.slug, number=number))


@bp.route("/areas/<slug>/standards/<int:number>/withdraw", methods=["POST"])
@login_required
def withdraw_standard(slug: str, number: int) -> ResponseReturnValue:
    return _set_withdrawn(slug, number, withdrawn=True)


@bp.route("/areas/<slug>/standards/<int:number>/restore", methods=["POST"])
@login_required
def restore_standard(slug: str, number: int) -> ResponseReturnValue:
    return _set_withdrawn(slug, number, withdrawn=False)


@bp.route("/areas/<slug>/standards/<int:number>/ledger/new", methods=["GET", "POST"])
@login_required
def new_entry(slug: str, number: int) -> ResponseReturnValue:
    area = area_or_404(slug)
    standard = standard_or_404(area, number)
    require(can_edit_area(current_user, area))
    form = LedgerEntryForm()
    if form.validate_on_submit():
        entry = editing.log_entry(
            area=area,
            standard=standard,
            author=current_user._get_current_object(),
            recorded_on=form.recorded_on.data,
            status=form.status.data,
            measured_value=form.measured_value.data or "",
            evidence=form.evidence.data,
        )
        flash(_logged_message(area, entry), "success")
        target = url_for("standards.standard", slug=area.slug, number=number)
        return redirect(f"{target}#entry-{entry.id}")
    status = 400 if form.errors else 200
    return render_template("areas/entry_form.html", area=area, standard=standard, form=form), status


def _logged_message(area: Area, entry: LedgerEntry) -> str:
    label = contracts.STATUS_LABELS[entry.status].lower()
    if entry.status != "missed" or area.contract is None:
        return f"The entry has been added to the ledger as {label}."
    deadline = contracts.response_deadline(entry.recorded_on, area.contract.response_days)
    return (
        f"The entry has been added to the ledger as missed. Under the contract the provider "
        f"should respond by {deadline:%-d %B %Y}. You can open a redress thread from the entry."
    )


def _poster() -> str:
    return f"user:{current_user.id}" if current_user.is_authenticated else get_remote_address()


@bp.route("/areas/<slug>/standards/<int:number>/threads/new", methods=["GET", "POST"])
@login_required
@limiter.limit(lambda: current_app.config["RATELIMIT_POSTING"], methods=["POST"], key_func=_poster)
def new_thread(slug: str, number: int) -> ResponseReturnValue:
    area = area_or_404(slug)
    standard = standard_or_404(area, number)
    require(can_discuss_standard(current_user))
    redress = request.args.get("kind") == StandardThreadKind.REDRESS.value
    entry = None
    if request.args.get("entry"):
        entry_id = id_arg("entry")
        entry = (
            None
            if entry_id is None
            else standard_data.get_entry(standard_id=standard.id, entry_id=entry_id)
        )
        if entry is None:
            abort(404)
    form = StandardThreadForm()
    boards = standard_data.postable_boards()
    form.board.choices = [SelectChoice("", "Choose a board")] + [
        SelectChoice(b.id, b.name) for b in boards
    ]
    if request.method == "GET":
        draft = (
            editing.redress_draft(area=area, standard=standard, entry=entry)
            if redress
            else editing.discussion_draft(area=area, standard=standard)
        )
        form.title.data, form.body.data = draft
    if form.validate_on_submit() and _links_allowed(form):
        author = current_user._get_current_object()
        thread = editing.open_thread(
            area=area,
            standard=standard,
            author=author,
            board=next(b for b in boards if b.id == form.board.data),
            title=form.title.data,
            body=form.body.data,
            kind=StandardThreadKind.REDRESS if redress else StandardThreadKind.DISCUSSION,
            entry=entry,
            hold=posting.should_hold(author=author, settings=current_app.config),
        )
        flash(
            HELD if thread.hidden else "Your thread has been posted and linked to the standard.",
            "success",
        )
        return redirect(url_for("boards.thread", thread_id=thread.id))
    status = 400 if form.errors else 200
    return render_template(
        "areas/thread_form.html",
        area=area,
        standard=standard,
        form=form,
        redress=redress,
        entry=entry,
    ), status


HELD = (
    "Thank you. New members' first posts are checked by a moderator before others see them; "
    "your thread will be listed on the standard's page once it is approved."
)


def _links_allowed(form: StandardThreadForm) -> bool:
    problem = posting.link_problem(
        author=current_user._get_current_object(),
        html=render_markdown(form.body.data),
        settings=current_app.config,
    )
    if problem:
        form.body.errors.append(problem)
    return problem is None


@bp.route("/standards/")
def compare() -> ResponseReturnValue:
    form, chosen, status = filter_form()
    rows = standard_data.compare_standards(
        topic_slug=chosen["topic"],
        programme=chosen["programme"],
        stages=contracts.stages_for(chosen["stage"]),
        region_slug=chosen["region"],
    )
    query = {key: value for key, value in chosen.items() if value}
    return render_template(
        "areas/compare.html",
        form=form,
        rows=rows,
        csv_url=url_for("standards.compare_csv", **query),
        filtered=bool(query),
    ), status


@bp.route("/standards.csv")
def compare_csv() -> ResponseReturnValue:
    _form, chosen, status = filter_form()
    if status != 200:
        abort(400)
    rows = [
        (
            row.area.name,
            row.area.council.name if row.area.council else "",
            row.area.region.name if row.area.region else "",
            contracts.PROGRAMME_LABELS.get(row.area.programme, row.area.programme),
            contracts.STAGE_LABELS.get(row.area.contract_stage, row.area.contract_stage),
            row.standard.number,
            row.standard.topic.name,
            row.standard.provider,
            row.standard.description,
            row.standard.target,
            contracts.STATUS_LABELS[row.latest.status] if row.latest else "",
            row.latest.recorded_on.isoformat() if row.latest else "",
            url_for(
                "standards.standard", slug=row.area.slug, number=row.standard.number, _external=True
            ),
        )
        for row in standard_data.compare_standards(
            topic_slug=chosen["topic"],
            programme=chosen["programme"],
            stages=contracts.stages_for(chosen["stage"]),
            region_slug=chosen["region"],
        )
    ]
    return _csv_response(to_csv(COMPARISON_HEADER, rows), "community-contract-standards.csv")
