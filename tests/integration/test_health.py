"""/healthz: each dependency's state; 503 only when the database cannot be reached."""

from __future__ import annotations

from datetime import timedelta

from forum.extensions import db
from forum.models.service import WorkerHeartbeat
from forum.models.types import utcnow
from tests.support.pages import CheckedClient


def _beat(seconds_ago: float) -> None:
    at = utcnow() - timedelta(seconds=seconds_ago)
    db.session.add(
        WorkerHeartbeat(worker_id="host:1:a", host="host", pid=1, started_at=at, beat_at=at)
    )
    db.session.commit()


def test_a_recent_heartbeat_is_a_running_worker(client: CheckedClient) -> None:
    _beat(seconds_ago=5)
    worker = client.get("/healthz").json["worker"]
    assert worker["state"] == "ok"
    assert worker["host"] == "host"
    assert 4 <= worker["seconds_since_heartbeat"] < 60


def test_a_worker_long_silent_is_reported_but_the_site_still_serves(client: CheckedClient) -> None:
    _beat(seconds_ago=600)
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json["worker"]["state"] == "silent"


def test_search_reports_changes_waiting_for_the_index(client: CheckedClient) -> None:
    from tests.support.factories import make_board, make_thread, make_user

    make_thread(board=make_board(), author=make_user())
    search = client.get("/healthz").json["search"]
    assert search["state"] == "ok"
    assert search["waiting_changes"] >= 1
