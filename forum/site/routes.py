"""Home page and health check."""

from __future__ import annotations

from flask import Blueprint, current_app, jsonify, render_template
from flask.typing import ResponseReturnValue
from flask_login import current_user

from forum.data import boards as board_data
from forum.data import engagement, health, places
from forum.data import guidance as guidance_data

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
    """For load balancers and operators: each dependency's state. 503 only when this
    process cannot reach the database (it cannot serve); Redis, the search index or the
    worker being down degrades the site but it still serves, so 200."""
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    if not health.database_reachable():
        return jsonify(
            status="unavailable", database="unreachable", redis=health.redis_state(app)
        ), 503
    return jsonify(
        status="ok",
        database="ok",
        redis=health.redis_state(app),
        search=health.search_state(app),
        worker=health.worker_state(app),
    )
