"""Home page and health check."""

from __future__ import annotations

from flask import Blueprint, jsonify, render_template
from flask.typing import ResponseReturnValue

from forum.data import places
from forum.data.health import database_reachable

bp = Blueprint("site", __name__)


@bp.route("/")
def home() -> ResponseReturnValue:
    return render_template("site/home.html", topics=places.list_topics(), areas=places.list_areas())


@bp.route("/healthz")
def healthz() -> ResponseReturnValue:
    """For load balancers: 200 when this process can reach the database, else 503."""
    if database_reachable():
        return jsonify(status="ok", database="ok")
    return jsonify(status="unavailable", database="unreachable"), 503
