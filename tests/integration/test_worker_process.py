"""The worker as a real process: started as an operator starts it, stopped with SIGTERM,
killed with SIGKILL mid-job; it sends mail to a real SMTP server and keeps search current."""

from __future__ import annotations

import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest
from flask import Flask
from sqlalchemy import func, select

from forum.boards import posting
from forum.database import writing
from forum.extensions import db
from forum.mail import queue_email
from forum.mentoring.offers import make_offer
from forum.models import MatchEvent, Notification, NotificationKind, User
from forum.models.service import ScheduledJob, WorkerHeartbeat
from forum.models.types import utcnow
from tests.conftest import MailCatcher
from tests.support.factories import make_board, make_thread, make_topic, make_user
from tests.support.mentoring import join_area, make_mentor, make_needy_area
from tests.support.pages import CheckedClient
from tests.support.processes import flask_command, running, service_env, wait_until

SLOW_JOB_WORKER = Path(__file__).resolve().parents[1] / "support" / "slow_job_worker.py"


def _fresh(query):  # type: ignore[no-untyped-def]
    db.session.rollback()  # each look sees what other processes committed since
    return db.session.scalar(query)


def _heartbeats() -> int:
    return _fresh(select(func.count()).select_from(WorkerHeartbeat)) or 0


def test_the_worker_beats_and_stops_cleanly_on_sigterm(
    app: Flask, client: CheckedClient, tmp_path: Path
) -> None:
    with running(flask_command("worker"), service_env(app, tmp_path), tmp_path / "w.log") as worker:
        wait_until(lambda: _heartbeats() == 1)
        health = client.get("/healthz").json
        assert health["worker"]["state"] == "ok", health

        assert worker.terminate() == 0

    assert _heartbeats() == 0
    messages = [record["message"] for record in worker.log_records()]
    assert "worker started" in messages
    assert messages[-1] == "worker stopped", worker.output()
    assert client.get("/healthz").json["worker"] == {"state": "not running"}


def test_the_worker_sends_mail_queued_by_anyone_and_indexes_new_posts(
    app: Flask,
    member: User,
    client: CheckedClient,
    smtp_server: tuple[MailCatcher, int],
    tmp_path: Path,
) -> None:
    catcher, port = smtp_server
    queue_email(to="waiting@example.org", subject="Queued by a command", body="Hello")
    db.session.commit()
    env = service_env(app, tmp_path, MAIL_SERVER="127.0.0.1", MAIL_PORT=port)

    with running(flask_command("worker"), env, tmp_path / "w.log") as worker:
        message = catcher.wait_for("waiting@example.org")
        board = make_board()
        db.session.rollback()
        with writing():  # beside a running worker, SQLite wants the write lock up front
            posting.start_thread(
                board=board, author=member, title="Gully cleaning rota", body="Zanzibarish"
            )
            db.session.commit()
        found = wait_until(lambda: client.get("/api/search?q=zanzibarish").json["hits"])
        worker.terminate()

    assert message["Subject"] == "Queued by a command"
    assert found[0]["title"] == "Gully cleaning rota"


def _overdue_offer(app: Flask) -> int:
    topic = make_topic()
    area = make_needy_area(topic=topic)
    join_area(make_user(), area)
    admin = make_user(role="admin")
    first = make_mentor(topics={topic: 3})
    make_mentor(topics={topic: 1})
    with app.test_request_context():
        match = make_offer(area=area, mentor=first, actor=admin)
        match.deadline = utcnow() - timedelta(hours=1)
        db.session.commit()
        return match.id


def _expiry_events(match_id: int) -> int:
    return (
        _fresh(
            select(func.count())
            .select_from(MatchEvent)
            .where(MatchEvent.match_id == match_id, MatchEvent.status == "expired")
        )
        or 0
    )


@pytest.mark.skipif(sys.platform != "linux", reason="SIGKILL of a child process")
def test_a_worker_killed_mid_job_loses_nothing_and_doubles_nothing(
    app: Flask, tmp_path: Path
) -> None:
    match_id = _overdue_offer(app)
    marker = tmp_path / "in-the-middle"
    env = service_env(app, tmp_path, SLOW_JOB_MARKER=marker)

    slow = [sys.executable, str(SLOW_JOB_WORKER)]
    with running(slow, env, tmp_path / "slow.log") as doomed:
        wait_until(marker.exists, timeout=30)  # offers expired in its open transaction...
        doomed.kill()  # ...and then the host dies

    assert _expiry_events(match_id) == 0, doomed.output()
    assert _fresh(select(ScheduledJob.runs).where(ScheduledJob.name == "offer-expiry")) in (
        None,
        0,
    )

    with running(flask_command("worker"), service_env(app, tmp_path), tmp_path / "w.log") as w:
        wait_until(lambda: _expiry_events(match_id) == 1)
        w.terminate()

    told = _fresh(
        select(func.count())
        .select_from(Notification)
        .where(Notification.kind == NotificationKind.OFFER_EXPIRED)
    )
    assert (_expiry_events(match_id), told) == (1, 3)


class SlowMailServer:
    """An SMTP server that takes its time over each message, as a congested relay does."""

    def __init__(self) -> None:
        import threading as _threading

        self.receiving = _threading.Event()
        self.received: list[str] = []

    async def handle_DATA(self, server, session, envelope) -> str:  # noqa: N802
        import asyncio

        self.receiving.set()
        await asyncio.sleep(6)  # longer than SQLite's busy timeout (5 s)
        self.received.extend(envelope.rcpt_tos)
        return "250 OK"


def test_a_slow_mail_server_never_holds_up_a_post(
    app: Flask, member: User, client_for, tmp_path: Path
) -> None:
    """Sending happens outside any transaction: on SQLite a message held at the mail
    server while holding the write lock would make every post wait, then fail."""
    if db.engine.dialect.name != "sqlite":
        pytest.skip("SQLite's single write lock is what a slow send would hold")
    from aiosmtpd.controller import Controller

    from tests.support.processes import free_port

    thread = make_thread(board=make_board(), author=member)
    poster = client_for(member)
    slow, port = SlowMailServer(), free_port()
    controller = Controller(slow, hostname="127.0.0.1", port=port)
    controller.start()
    queue_email(to="patient@example.org", subject="Slow", body="Hello")
    db.session.commit()
    env = service_env(app, tmp_path, MAIL_SERVER="127.0.0.1", MAIL_PORT=port, MAIL_TIMEOUT=20)
    try:
        with running(flask_command("worker"), env, tmp_path / "w.log") as worker:
            assert slow.receiving.wait(20), worker.output()
            started = time.monotonic()
            response = poster.submit(
                f"/threads/{thread.id}/reply",
                {"body": "Posted while the mail server dawdles"},
                from_page=f"/threads/{thread.id}",
            )
            took = time.monotonic() - started
            wait_until(lambda: slow.received, timeout=30)
            worker.terminate()
    finally:
        controller.stop()

    assert response.status_code == 302
    assert took < 3, f"the reply waited {took:.1f} s for the mail server"


def test_with_the_database_gone_the_worker_waits_longer_and_stays_up(
    app: Flask, tmp_path: Path
) -> None:
    env = service_env(
        app,
        tmp_path,
        DATABASE_URL=f"sqlite:///{tmp_path}/no/such/folder/forum.sqlite3",
        SEARCH_BACKEND="whoosh",  # (the PostgreSQL backend would be refused on SQLite)
    )

    def failures(worker) -> int:  # type: ignore[no-untyped-def]
        messages = (r["message"] for r in worker.log_records())
        return sum(m.startswith("worker step search-outbox") for m in messages)

    with running(flask_command("worker"), env, tmp_path / "w.log") as worker:
        wait_until(lambda: failures(worker) >= 1, timeout=30)
        first = failures(worker)
        time.sleep(4)
        later = failures(worker) - first
        assert worker.popen.poll() is None, worker.output()
        heartbeats = sum(
            r["message"].startswith("worker step heartbeat") for r in worker.log_records()
        )
        assert worker.terminate() == 0

    # At a 0.1 s poll four seconds would be dozens of failed rounds; backing off, a few.
    assert later <= 5, later
    assert heartbeats >= 4  # the heartbeat keeps trying at its own interval (0.5 s here)
