"""Two hosts and their workers on one PostgreSQL and one Redis, as the scaled-out
deployment runs: replies through both while one host is killed and restarted, scheduled
jobs started everywhere at once, an attachment crossing hosts, and Redis killed.

Every process here is real (gunicorn, `flask --app forum worker`, the commands, Redis)
and configured only through the environment the README documents.
"""

from __future__ import annotations

import json
import random
import string
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

import pytest
from flask import Flask
from sqlalchemy import func, select

from forum.extensions import db
from forum.mentoring import questions
from forum.mentoring.offers import make_offer
from forum.models import (
    GuidanceAttachment,
    MatchEvent,
    MentoringQuestion,
    Notification,
    NotificationKind,
    OutboundEmail,
    Post,
    Subscription,
)
from forum.models.types import utcnow
from tests.support.factories import (
    PASSWORD,
    make_board,
    make_guidance_page,
    make_thread,
    make_topic,
    make_user,
)
from tests.support.mentoring import join_area, make_mentor, make_needy_area
from tests.support.processes import (
    Browser,
    Process,
    RedisServer,
    flask_command,
    free_port,
    gunicorn_command,
    http,
    service_env,
    wait_for_http,
    wait_until,
)

REPLIES_PER_POSTER = 12


@pytest.fixture(autouse=True)
def _postgres_only(app: Flask) -> None:
    if app.config["SEARCH_BACKEND"] != "postgres":
        pytest.skip("the scaled-out deployment runs on PostgreSQL (run with --db=postgres)")


def _word() -> str:
    return "zq" + "".join(random.choices(string.ascii_lowercase, k=10))


@dataclass
class Host:
    name: str
    port: int
    env: dict[str, str]
    workdir: Path
    web: Process | None = None
    worker: Process | None = None
    starts: int = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start_web(self) -> None:
        self.starts += 1
        log = self.workdir / f"{self.name}-web-{self.starts}.log"
        self.web = Process(gunicorn_command(self.port), self.env, log)
        wait_for_http(f"{self.url}/healthz")

    def start_worker(self) -> None:
        self.worker = Process(
            flask_command("worker"), self.env, self.workdir / f"{self.name}-w.log"
        )

    def stop(self) -> None:
        for process in (self.web, self.worker):
            if process is not None:
                process.kill()


@dataclass
class Posting:
    acknowledged: list[str] = field(default_factory=list)
    unanswered: list[str] = field(default_factory=list)  # sent, but no answer came back
    server_errors: list[tuple[str, int]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


@pytest.fixture
def cluster(app: Flask, tmp_path: Path) -> Iterator[tuple[list[Host], RedisServer]]:
    redis_server = RedisServer(tmp_path)
    redis_server.start()
    hosts = []
    for name in ("a", "b"):
        workdir = tmp_path / name
        workdir.mkdir()
        env = service_env(
            app,
            workdir,
            REDIS_URL=redis_server.url,
            SITE_URL="http://forum.test",
            RATELIMIT_POSTING="1000 per minute",
            RATELIMIT_POSTING_NEW_MEMBER="1000 per minute",
            RATELIMIT_SIGN_IN="1000 per minute",
        )
        hosts.append(Host(name, free_port(), env, workdir))
    try:
        for host in hosts:
            host.start_web()
            host.start_worker()
        yield hosts, redis_server
    finally:
        for host in hosts:
            host.stop()
        redis_server.kill()


def _count(model: type, *conditions: object) -> int:
    db.session.rollback()
    return db.session.scalar(select(func.count()).select_from(model).where(*conditions)) or 0


def _post_replies(host: Host, email: str, thread_id: int, result: Posting) -> None:
    browser = Browser(host.url)
    browser.sign_in(email, PASSWORD)
    path = f"/threads/{thread_id}/reply"
    for _ in range(REPLIES_PER_POSTER):
        word = _word()
        try:
            status = browser.post_form(path, {"body": f"Reply {word}"}, form_page=path)
        except OSError:  # the host is down: connection refused, or reset mid-request
            with result.lock:
                result.unanswered.append(word)
            time.sleep(0.2)
            continue
        with result.lock:
            if status == 302:
                result.acknowledged.append(word)
            elif status >= 500:
                result.server_errors.append((word, status))
            else:
                result.unanswered.append(word)


def _world(app: Flask) -> dict[str, object]:
    board = make_board()
    posters = [make_user() for _ in range(4)]
    thread = make_thread(board=board, author=posters[0])
    topic = make_topic()
    admin = make_user(role="admin")
    offers = []
    for _ in range(2):
        area = make_needy_area(topic=topic)
        join_area(make_user(), area)
        mentor = make_mentor(topics={topic: 3}, capacity=1)
        with app.test_request_context():
            match = make_offer(area=area, mentor=mentor, actor=admin)
            match.deadline = utcnow() - timedelta(hours=1)
            db.session.commit()
            offers.append(match.id)
    make_mentor(topics={topic: 1}, capacity=4)  # the next-ranked mentor for both areas
    readers = []
    for _ in range(3):
        reader = make_user(email_frequency="daily")
        db.session.add(Subscription(user_id=reader.id, thread_id=thread.id))
        db.session.add(Notification(user_id=reader.id, kind="reply", thread_id=thread.id))
        readers.append(reader.email)
    asker = make_user()
    area = make_needy_area(topic=topic)
    join_area(asker, area)
    named = make_mentor(topics={topic: 2})
    with app.test_request_context():
        question = questions.ask(area=area, author=asker, mentor=named, title="Q", body="?")
        db.session.commit()
        question_id = question.id
    db.session.get(MentoringQuestion, question_id).asked_at = utcnow() - timedelta(days=9)
    moderator = make_user(role="moderator")
    page = make_guidance_page(slug="graffiti-removal")
    db.session.commit()
    db.session.query(OutboundEmail).delete()
    db.session.commit()
    return {
        "thread": thread.id,
        "posters": posters,
        "offers": offers,
        "readers": readers,
        "question": question_id,
        "moderator_email": moderator.email,
        "page": page.slug,
    }


def test_two_hosts_lose_nothing_and_double_nothing(
    app: Flask, cluster: tuple[list[Host], RedisServer], capsys: pytest.CaptureFixture[str]
) -> None:
    (a, b), redis_server = cluster
    world = _world(app)
    thread_id = world["thread"]
    posting = Posting()

    # Replies through both hosts at once, while host a is killed and restarted.
    posters = [poster.email for poster in world["posters"]]
    writers = [
        threading.Thread(target=_post_replies, args=(host, poster, thread_id, posting))
        for host, poster in zip([a, b, a, b], posters, strict=True)
    ]
    for writer in writers:
        writer.start()
    wait_until(lambda: len(posting.acknowledged) >= 8, timeout=60)
    a.web.kill()  # SIGKILL to the whole gunicorn process group: the host dies
    a.worker.kill()
    time.sleep(1.0)
    a.start_web()
    a.start_worker()
    for writer in writers:
        writer.join(120)

    assert not posting.server_errors
    assert len(posting.acknowledged) >= REPLIES_PER_POSTER * 2
    for word in posting.acknowledged:
        assert _count(Post, Post.markdown == f"Reply {word}") == 1, word
    for word in posting.unanswered:
        assert _count(Post, Post.markdown == f"Reply {word}") <= 1, word

    def searchable_from_b(word: str) -> bool:
        status, body = http(f"{b.url}/api/search?q={word}&kind=post")
        assert status == 200, body
        return json.loads(body)["total"] == 1

    for word in posting.acknowledged:
        wait_until(lambda word=word: searchable_from_b(word), timeout=30, every=0.2)

    # Scheduled jobs: every command on both hosts at the same moment, beside both workers.
    commands = [
        Process(flask_command(name), host.env, host.workdir / f"{name}-{host.name}.log")
        for name in ("mentoring-tick", "send-digests")
        for host in (a, b)
    ]
    for command in commands:
        assert command.wait(60) == 0, command.output()
    for match_id in world["offers"]:
        expired = _count(
            MatchEvent, MatchEvent.match_id == match_id, MatchEvent.status == "expired"
        )
        assert expired == 1, match_id
    for address in world["readers"]:
        summaries = _count(
            OutboundEmail,
            OutboundEmail.to_address == address,
            OutboundEmail.subject.startswith("Your daily summary"),
        )
        assert summaries == 1, address
    assert _count(Notification, Notification.kind == NotificationKind.QUESTION_OPEN) == 3

    # An attachment uploaded through one host downloads through the other.
    editor = Browser(a.url)
    editor.sign_in(world["moderator_email"], PASSWORD)
    slug = world["page"]
    uploaded = editor.upload(f"/guidance/{slug}/attachments", filename="rota.txt", data=b"Tuesdays")
    assert uploaded == 302
    db.session.rollback()
    [attachment_id] = db.session.scalars(select(GuidanceAttachment.id)).all()
    assert http(f"{b.url}/guidance/{slug}/attachments/{attachment_id}") == (200, b"Tuesdays")

    # Redis killed: no 5xx on either host, and /healthz says what is wrong.
    redis_server.kill()
    statuses = []
    for host in (a, b):
        visitor = Browser(host.url)
        visitor.sign_in(posters[1], PASSWORD)
        path = f"/threads/{thread_id}/reply"
        statuses.append(visitor.post_form(path, {"body": f"Reply {_word()}"}, form_page=path))
        statuses += [visitor.get(p)[0] for p in ("/", f"/threads/{thread_id}", "/boards/")]
        status, body = http(f"{host.url}/healthz")
        assert status == 200, body
        assert b'"redis":"unreachable"' in body.replace(b" ", b""), body
    assert all(status < 500 for status in statuses), statuses

    for host in (a, b):
        assert host.worker.terminate() == 0, host.worker.output()
    with capsys.disabled():
        print(
            f"\ntwo hosts: {len(posting.acknowledged)} replies acknowledged, "
            f"{len(posting.unanswered)} unanswered while host a was down, all acknowledged "
            f"found once and searchable from host b; offers expired once each "
            f"({len(world['offers'])}), summaries once each ({len(world['readers'])}), "
            f"attachment crossed hosts, Redis down: statuses {sorted(set(statuses))}"
        )
