"""Home page and health check."""

from __future__ import annotations

from flask import Blueprint, jsonify, render_template
from flask.typing import ResponseReturnValue
from flask_login import current_user

from forum.data import boards as board_data
from forum.data import engagement, places
from forum.data import guidance as guidance_data
from forum.data.health import database_reachable

bp = Blueprint("site", __name__)

HOME_LIST_LENGTH = 8
HOME_GUIDANCE_LENGTH = 5


@bp.route("/")
def home() -> ResponseReturnValue:
    subscriptions = (
        engagement.subscribed_threads(user_id=current_user.id, limit=HOME_LIST_LENGTH)
        if current_user.is_authenticated
        else []
    )
    return render_template(
        "site/home.html",
        latest=board_data.latest_threads(limit=HOME_LIST_LENGTH),
        unanswered=board_data.unanswered_questions(limit=HOME_LIST_LENGTH),
        subscriptions=subscriptions,
        topics=places.list_topics(),
        guidance=guidance_data.recently_updated(limit=HOME_GUIDANCE_LENGTH),
    )


@bp.route("/healthz")
def healthz() -> ResponseReturnValue:
    """For load balancers: 200 when this process can reach the database, else 503."""
    if database_reachable():
        return jsonify(status="ok", database="ok")
    return jsonify(status="unavailable", database="unreachable"), 503
