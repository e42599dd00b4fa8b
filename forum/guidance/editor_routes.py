"""Writing guidance: create, edit with preview, publish, archive, history and attachments.
Every route here is for editors (forum.permissions.can_edit_guidance)."""

from __future__ import annotations

import re
from datetime import date

from flask import (
    Blueprint,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    url_for,
)
from flask.typing import ResponseReturnValue
from flask_login import current_user, login_required
from wtforms import SelectChoice

from forum.boards.editing import diff_versions
from forum.data import guidance as guidance_data
from forum.forms import require_button
from forum.guidance import attachments as files
from forum.guidance.forms import GuidanceForm
from forum.guidance.importer import RESERVED_SLUGS, slug_from_stem
from forum.guidance.pages import PageText, create_page, restore_revision, set_status, update_page
from forum.guidance.routes import readable_page_or_404
from forum.guidance.sections import render_page
from forum.models.guidance import GuidancePage, GuidanceStatus
from forum.permissions import can_edit_guidance, require

bp = Blueprint("guidance_editor", __name__, url_prefix="/guidance")

_SECTION_IDS = re.compile(r' (id|aria-labelledby)="')


@bp.before_request
@login_required
def editors_only() -> None:
    require(can_edit_guidance(current_user))


def _choices(form: GuidanceForm) -> None:
    form.topics.choices = [SelectChoice(t.id, t.name) for t in guidance_data.all_topics()]
    form.owner.choices = [SelectChoice(u.id, u.display_name) for u in guidance_data.editors()]
    if form.owner.data is None and current_user.is_authenticated:
        form.owner.data = current_user.id


def _text(form: GuidanceForm) -> PageText:
    chosen = set(form.topics.data or [])
    topics = [t for t in guidance_data.all_topics() if t.id in chosen]
    # Browsers send a text box's lines ending "\r\n"; pages are stored with "\n".
    body = form.body.data.replace("\r\n", "\n").replace("\r", "\n")
    return PageText(form.title.data, form.summary.data, body + "\n", topics)


@bp.route("/manage")
def manage() -> ResponseReturnValue:
    statuses = [status.value for status in GuidanceStatus]
    return render_template(
        "guidance/manage.html",
        pages=guidance_data.pages(statuses=statuses),
        due=guidance_data.due_for_review(today=date.today()),
        today=date.today(),
    )


@bp.route("/new", methods=["GET", "POST"])
def new() -> ResponseReturnValue:
    form = GuidanceForm()
    _choices(form)
    preview = None
    if form.validate_on_submit():
        slug = form.slug.data or slug_from_stem(form.title.data)
        if not slug or slug in RESERVED_SLUGS or guidance_data.slug_taken(slug=slug):
            form.slug.errors = [*form.slug.errors, "Enter a web address no other page uses"]
        elif form.preview.data:
            preview = _preview(form.body.data)
        else:
            owner = guidance_data.user_by_id(form.owner.data) if form.owner.data else None
            page = create_page(
                slug=slug,
                text=_text(form),
                author=current_user._get_current_object(),
                owner=owner,
                review_by=form.review_by.data,
                change_note=form.change_note.data or "First version",
            )
            flash("The page has been saved as a draft. Publish it when it is ready.", "success")
            return redirect(url_for("guidance.page", slug=page.slug))
    status = 400 if form.errors else 200
    return render_template("guidance/edit.html", form=form, page=None, preview=preview), status


@bp.route("/<slug>/edit", methods=["GET", "POST"])
def edit(slug: str) -> ResponseReturnValue:
    page = readable_page_or_404(slug)
    # Filled from the page only on GET: on POST an unticked box must mean "none".
    form = GuidanceForm(obj=None if request.method == "POST" else _PageFormData(page))
    _choices(form)
    del form.slug
    preview = None
    if form.validate_on_submit():
        if form.preview.data:
            preview = _preview(form.body.data)
        else:
            details = (form.owner.data, form.review_by.data)
            details_changed = (page.owner_id, page.review_by) != details
            page.owner_id, page.review_by = details
            revision = update_page(
                page=page,
                text=_text(form),
                author=current_user._get_current_object(),
                change_note=form.change_note.data or "Minor changes",
            )
            if revision:
                flash(f"Saved as version {revision.number}.", "success")
            elif details_changed:
                flash("The owner and review date are saved. The text had not changed.", "success")
            else:
                flash("Nothing had changed.", "success")
            return redirect(url_for("guidance.page", slug=page.slug))
    status = 400 if form.errors else 200
    return render_template("guidance/edit.html", form=form, page=page, preview=preview), status


def _preview(markdown: str) -> str:
    """The page text as it will look. Its section ids get a prefix: shown above the form, a
    section called 'Summary' must not repeat the summary box's id."""
    return _SECTION_IDS.sub(r' \1="preview-section-', render_page(markdown).html)


class _PageFormData:
    def __init__(self, page: GuidancePage) -> None:
        self.title = page.title
        self.summary = page.summary
        self.body = page.markdown.rstrip("\n")
        self.topics = [t.id for t in page.topics]
        self.owner = page.owner_id
        self.review_by = page.review_by
        self.change_note = ""


@bp.route("/<slug>/publish", methods=["POST"])
def publish(slug: str) -> ResponseReturnValue:
    return _change_status(slug, GuidanceStatus.PUBLISHED, "The page is published.")


@bp.route("/<slug>/archive", methods=["POST"])
def archive(slug: str) -> ResponseReturnValue:
    return _change_status(
        slug, GuidanceStatus.ARCHIVED, "The page is archived: only editors see it."
    )


@bp.route("/<slug>/unpublish", methods=["POST"])
def unpublish(slug: str) -> ResponseReturnValue:
    return _change_status(slug, GuidanceStatus.DRAFT, "The page is back to draft.")


def _change_status(slug: str, status: GuidanceStatus, message: str) -> ResponseReturnValue:
    require_button()
    page = readable_page_or_404(slug)
    set_status(page=page, status=status, actor=current_user._get_current_object())
    flash(message, "success")
    return redirect(url_for("guidance.page", slug=page.slug))


@bp.route("/<slug>/history")
def history(slug: str) -> ResponseReturnValue:
    page = readable_page_or_404(slug)
    return render_template(
        "guidance/history.html", page=page, revisions=guidance_data.revisions(page=page)
    )


@bp.route("/<slug>/history/<int:number>")
def revision(slug: str, number: int) -> ResponseReturnValue:
    page = readable_page_or_404(slug)
    shown = guidance_data.revision(page=page, number=number)
    if shown is None:
        abort(404)
    before = guidance_data.revision(page=page, number=number - 1)
    lines = diff_versions(before.markdown if before else "", shown.markdown)
    return render_template(
        "guidance/revision.html", page=page, revision=shown, before=before, lines=lines
    )


@bp.route("/<slug>/history/<int:number>/restore", methods=["POST"])
def restore(slug: str, number: int) -> ResponseReturnValue:
    require_button()
    page = readable_page_or_404(slug)
    shown = guidance_data.revision(page=page, number=number)
    if shown is None:
        abort(404)
    restored = restore_revision(
        page=page, revision=shown, author=current_user._get_current_object()
    )
    if restored is None:
        flash(f"The page already matches version {number}.", "success")
    else:
        flash(f"Version {number} is restored as version {restored.number}.", "success")
    return redirect(url_for("guidance_editor.history", slug=page.slug))


@bp.route("/<slug>/attachments", methods=["GET", "POST"])
def attachments(slug: str) -> ResponseReturnValue:
    from forum.guidance.forms import AttachmentForm

    page = readable_page_or_404(slug)
    form = AttachmentForm()
    if form.validate_on_submit():
        upload = form.file.data
        if upload is None or not getattr(upload, "filename", ""):
            form.file.errors = ["Select a file to attach"]
        else:
            limit = current_app.config["GUIDANCE_ATTACHMENT_MAX_BYTES"]
            data = upload.stream.read(limit + 1)
            if len(data) > limit:
                abort(413)
            try:
                if not data:
                    raise files.UnsupportedFileError("The selected file is empty")
                kind = files.sniff(data)
            except files.UnsupportedFileError as error:
                form.file.errors = [str(error)]
            else:
                _save_attachment(page, upload.filename, data, kind)
                flash(f"‘{upload.filename}’ is attached.", "success")
                return redirect(url_for("guidance_editor.attachments", slug=page.slug))
    status = 400 if form.errors else 200
    return render_template(
        "guidance/attachments.html",
        page=page,
        form=form,
        attachments=guidance_data.attachments(page=page),
        limit_mb=current_app.config["GUIDANCE_ATTACHMENT_MAX_BYTES"] // (1024 * 1024),
    ), status


def _save_attachment(page: GuidancePage, filename: str, data: bytes, kind: files.FileKind) -> None:
    guidance_data.add_attachment(
        page_id=page.id,
        filename=filename,
        content_type=kind.content_type,
        data=data,
        text=files.extract_text(data, kind),
        uploaded_by_id=current_user.id,
    )


@bp.route("/<slug>/attachments/<int:attachment_id>/delete", methods=["POST"])
def delete_attachment(slug: str, attachment_id: int) -> ResponseReturnValue:
    require_button()
    page = readable_page_or_404(slug)
    row = guidance_data.attachment(page=page, attachment_id=attachment_id)
    if row is None:
        abort(404)
    guidance_data.delete_attachment(row)
    flash(f"‘{row.filename}’ is no longer attached.", "success")
    return redirect(url_for("guidance_editor.attachments", slug=page.slug))
