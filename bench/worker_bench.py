"""The worker, measured: post-to-searchable and mail-delivery latency, and its memory.

Starts a real `flask --app forum worker` on a fresh database (SQLite + Whoosh, or
PostgreSQL), with a real SMTP server (aiosmtpd) in this process, then:
  * commits N replies one at a time and times each until /api/search finds it;
  * queues N emails one at a time and times each until the SMTP server has it;
  * reads the worker's resident memory (VmRSS) after that mixed run.

    .venv/bin/python bench/worker_bench.py [--backend whoosh|postgres] [--count 200]
"""

from __future__ import annotations

import argparse
import os
import random
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psycopg
from aiosmtpd.controller import Controller

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PG_ADMIN = "postgresql://127.0.0.1:5432/test"
LETTERS = str.maketrans("0123456789", "ghijklmnop")  # search words without digits


class Arrivals:
    def __init__(self) -> None:
        self.seen: dict[str, float] = {}

    async def handle_DATA(self, server, session, envelope) -> str:  # noqa: N802
        self.seen[envelope.rcpt_tos[0]] = time.monotonic()
        return "250 OK"


def _summary(label: str, seconds: list[float]) -> str:
    ms = sorted(s * 1000 for s in seconds)
    p95 = ms[int(len(ms) * 0.95) - 1]
    return (
        f"{label}: n={len(ms)} p50 {statistics.median(ms):.0f} ms, p95 {p95:.0f} ms, "
        f"max {ms[-1]:.0f} ms"
    )


def _rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--backend", choices=["whoosh", "postgres"], default="whoosh")
    parser.add_argument("--count", type=int, default=200)
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="forum-worker-bench-"))
    database = None
    if args.backend == "postgres":
        database = f"forum_worker_bench_{secrets.token_hex(4)}"
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{database}"')
        url = PG_ADMIN.rsplit("/", 1)[0] + f"/{database}"
    else:
        url = f"sqlite:///{workdir / 'forum.sqlite3'}"

    arrivals = Arrivals()
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    smtp = Controller(arrivals, hostname="127.0.0.1", port=port)
    smtp.start()
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "SECRET_KEY": secrets.token_urlsafe(32),
        "SEARCH_INDEX_DIR": str(workdir / "index"),
        "MAIL_SERVER": "127.0.0.1",
        "MAIL_PORT": str(port),
        "BACKGROUND_WORK": "worker",
        "LOG_FORMAT": "text",
    }
    os.environ.update(env)
    from forum import create_app
    from forum.boards import posting
    from forum.database import writing
    from forum.extensions import db
    from forum.mail import queue_email
    from tests.support.factories import make_board, make_thread, make_user

    app = create_app()
    subprocess.run(
        [sys.executable, "-m", "flask", "--app", "forum", "init-db"], env=env, check=True
    )
    worker = subprocess.Popen(
        [sys.executable, "-m", "flask", "--app", "forum", "worker"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    client = app.test_client()
    try:
        with app.app_context():
            author = make_user()
            thread = make_thread(board=make_board(), author=author)
            searchable, delivered = [], []
            for n in range(args.count):
                time.sleep(random.uniform(0, 1.2))  # noqa: S311 - commits at any phase of the poll
                word = "zq" + secrets.token_hex(5).translate(
                    str.maketrans("0123456789", "ghijklmnop")
                )
                db.session.rollback()  # a fresh transaction: SQLite takes the write lock first
                with writing():
                    posting.reply(thread=thread, author=author, body=f"Reply {word}")
                    db.session.commit()
                start = time.monotonic()
                while not client.get(f"/api/search?q={word}").json["total"]:
                    time.sleep(0.005)
                searchable.append(time.monotonic() - start)
                address = f"reader{n}@example.org"
                db.session.rollback()
                with writing():
                    queue_email(to=address, subject="Bench", body="Hello")
                    db.session.commit()
                start = time.monotonic()
                while address not in arrivals.seen:
                    time.sleep(0.002)
                delivered.append(arrivals.seen[address] - start)
                time.sleep(random.uniform(0, 1.2))  # noqa: S311
        poll = app.config["WORKER_POLL_SECONDS"]
        print(f"backend {args.backend}, {args.count} of each, worker polling every {poll} s")
        print(_summary("post to searchable", searchable))
        print(_summary("queued to delivered", delivered))
        print(f"worker RSS after the run: {_rss_mib(worker.pid):.0f} MiB")
    finally:
        worker.terminate()
        worker.wait(30)
        smtp.stop()
        with app.app_context():
            db.engine.dispose()
        if database:
            with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
