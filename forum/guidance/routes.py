"""Reading guidance: the library by topic, a page with its contents, attachments and the
discussions about it."""

from __future__ import annotations

import io
from datetime import date

from flask import Blueprint, abort, redirect, render_template, send_file, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user

from forum.data import guidance as guidance_data
from forum.guidance.attachments import DOCX, PDF, TEXT, download_name
from forum.models.guidance import GuidancePage, GuidanceStatus
from forum.permissions import can_edit_guidance, can_read_guidance

bp = Blueprint("guidance", __name__, url_prefix="/guidance")

KINDS_BY_TYPE = {kind.content_type: kind for kind in (PDF, DOCX, TEXT)}


def readable_page_or_404(slug: str) -> GuidancePage:
    page = guidance_data.get_page(slug=slug)
    if page is None or not can_read_guidance(current_user, page):
        abort(404)
    return page


@bp.route("/")
def index() -> ResponseReturnValue:
    pages = guidance_data.pages(statuses=[GuidanceStatus.PUBLISHED.value])
    by_topic: dict[str, list[GuidancePage]] = {}
    topic_names: dict[str, str] = {}
    for page in pages:
        for topic in page.topics or [None]:
            key = topic.slug if topic else ""
            topic_names[key] = topic.name if topic else "Other guidance"
            by_topic.setdefault(key, []).append(page)
    groups = sorted(by_topic.items(), key=lambda item: (item[0] == "", topic_names[item[0]]))
    return render_template(
        "guidance/index.html",
        groups=[(key, topic_names[key], pages) for key, pages in groups],
        page_count=len(pages),
        due=guidance_data.due_for_review(today=date.today())
        if can_edit_guidance(current_user)
        else [],
    )


@bp.route("/<slug>")
def page(slug: str) -> ResponseReturnValue:
    page = readable_page_or_404(slug)
    discussing = guidance_data.discussing_threads(page=page)
    suggested = guidance_data.suggested_threads(
        topic_ids=[t.id for t in page.topics], exclude=[t.id for t in discussing], limit=5
    )
    return render_template(
        "guidance/page.html",
        page=page,
        contents=[s for s in page.sections if s["anchor"]],
        attachments=guidance_data.attachments(page=page),
        related=guidance_data.related_pages(page=page),
        discussing=discussing,
        suggested=suggested,
        overdue=page.review_by is not None and page.review_by < date.today(),
    )


@bp.route("/<slug>/attachments/<int:attachment_id>")
def attachment(slug: str, attachment_id: int) -> ResponseReturnValue:
    page = readable_page_or_404(slug)
    row = guidance_data.attachment(page=page, attachment_id=attachment_id)
    if row is None:
        abort(404)
    data = guidance_data.attachment_bytes(attachment_id=row.id)
    if data is None:
        abort(404)
    kind = KINDS_BY_TYPE.get(row.content_type, TEXT)
    response = send_file(
        io.BytesIO(data),
        mimetype=row.content_type.split(";")[0],  # Werkzeug adds text's charset itself
        as_attachment=True,
        download_name=download_name(row.filename, kind.extension),
        max_age=0,
    )
    response.headers["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response


@bp.route("/<slug>/discuss")
def discuss(slug: str) -> ResponseReturnValue:
    """Start a thread about this page, on the first open board (the form lets people move it)."""
    page = readable_page_or_404(slug)
    board = guidance_data.discussion_board()
    if board is None or not page.is_published:
        abort(404)
    return redirect(url_for("boards.new_thread", slug=board.slug, guidance=page.id))
