"""Mentoring questions: asking (area members), consent to publish (asker), publish (staff)."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user, login_required
from wtforms import SelectChoice

from forum.data import boards as board_data
from forum.data import mentoring as data
from forum.forms import require_button
from forum.mentoring import questions
from forum.mentoring.forms import ANY_MENTOR, AskQuestionForm, PublishForm
from forum.mentoring.offer_routes import area_or_404
from forum.mentoring.offers import MentoringError
from forum.models.mentoring import MentoringQuestion
from forum.permissions import (
    can_ask_mentor,
    can_consent_to_publish,
    can_moderate,
    can_publish_question,
    can_view_thread,
    require,
)

bp = Blueprint("mentoring_questions", __name__, url_prefix="/mentoring")


@bp.route("/areas/<slug>/ask", methods=["GET", "POST"])
@login_required
def ask(slug: str) -> ResponseReturnValue:
    area = area_or_404(slug)
    require(can_ask_mentor(current_user, area))
    mentors = questions.area_mentors(area)
    form = AskQuestionForm()
    form.mentor.choices = [
        *(SelectChoice(str(m.id), f"{m.display_name}, your mentor") for m in mentors),
        SelectChoice(ANY_MENTOR, "Any mentor: every mentor on the programme can answer"),
    ]
    if form.mentor.data is None:
        form.mentor.data = str(mentors[0].id) if mentors else ANY_MENTOR
    if form.validate_on_submit():
        named = next((m for m in mentors if str(m.id) == form.mentor.data), None)
        thread = questions.ask(
            area=area,
            author=current_user._get_current_object(),
            mentor=named,
            title=form.title.data,
            body=form.body.data,
        )
        flash("Your question is posted. We have told the mentors who can answer it.", "success")
        return redirect(url_for("boards.thread", thread_id=thread.id))
    status = 400 if form.errors else 200
    return render_template("mentoring/ask.html", area=area, form=form), status


def _question_or_404(thread_id: int) -> MentoringQuestion:
    question = data.get_question(thread_id=thread_id)
    if question is None or not can_view_thread(current_user, question.thread):
        abort(404)
    return question


@bp.route("/questions/<int:thread_id>/consent", methods=["POST"])
@login_required
def consent(thread_id: int) -> ResponseReturnValue:
    question = _question_or_404(thread_id)
    require(can_consent_to_publish(current_user, question.thread))
    require_button()
    if question.published_at is not None:
        abort(409)
    questions.set_consent(question=question, consent=not question.publish_consent)
    flash(
        "Thank you: staff may now publish this question and its answers for everyone."
        if question.publish_consent
        else "Staff will not publish this question.",
        "success",
    )
    return redirect(url_for("boards.thread", thread_id=thread_id))


@bp.route("/questions/<int:thread_id>/publish", methods=["GET", "POST"])
@login_required
def publish(thread_id: int) -> ResponseReturnValue:
    question = _question_or_404(thread_id)
    require(can_moderate(current_user))
    form = PublishForm()
    form.board.choices = [SelectChoice(b.id, b.name) for b in board_data.list_boards()]
    problem = None
    status = 200
    if not can_publish_question(current_user, question):
        problem = _why_not(question)
        status = 409 if form.is_submitted() else 200
    elif form.validate_on_submit():
        target = next(b for b in board_data.list_boards() if b.id == form.board.data)
        try:
            questions.publish(
                question=question, to=target, actor=current_user._get_current_object()
            )
        except MentoringError as error:
            problem, status = error.message, error.status
        else:
            flash(f"The question is published in {target.name}.", "success")
            return redirect(url_for("boards.thread", thread_id=thread_id))
    if form.errors:
        status = 400
    return render_template(
        "mentoring/publish.html", question=question, form=form, problem=problem
    ), status


def _why_not(question: MentoringQuestion) -> str:
    if question.published_at is not None:
        return "This question has already been published"
    if question.first_answer_at is None:
        return "Only answered questions can be published"
    return "The asker has not agreed to publishing this question"
