"""`flask --app forum bench-data`: a deterministic synthetic forum for the benchmarks in bench/.

Bulk INSERTs, not the per-post service, and each distinct body rendered to HTML once. Shaped
like the FlaskBB peer's data set (one thread of exactly 500 posts, one of 10, the rest spread
log-normally; every page of the long one has the same bodies, so its pages differ only in
where they are). Only the timestamps depend on when it runs: they end "now".
"""

from __future__ import annotations

import json
import random
import time
from datetime import datetime, timedelta
from typing import Any

import click
from flask import current_app
from flask_migrate import upgrade
from sqlalchemy import func, insert, select

from forum.accounts.passwords import hash_password
from forum.content import render_markdown
from forum.data.boards import POSTS_PER_PAGE
from forum.extensions import db
from forum.models import Board, Post, Role, Subscription, Thread, ThreadKind, User
from forum.models.types import utcnow

BENCH_PASSWORD = "bench-password-123"  # noqa: S105 - published on purpose, for the benchmarks
SEED = 20100105
LONG_POSTS, SHORT_POSTS, MAX_POSTS = 500, 10, 300
DISTINCT_BODIES = 1500
BATCH = 5000

BOARDS = [
    ("General discussion", "Anything about community contracts that fits nowhere else."),
    ("Litter, graffiti and the street scene", "Cleansing, graffiti, fly-tipping, dog fouling."),
    ("Anti-social behaviour and safety", "Working with neighbourhood policing teams."),
    ("Monitoring, review and redress", "Checking standards and what happens when missed."),
    ("Connecting Communities", "For areas in the programme and their mentors."),
]
FIRST = ["Sam", "Alex", "Priya", "Joan", "Tom", "Aisha", "Gareth", "Mei", "Chris", "Hannah",
         "Imran", "Ruth", "Dev", "Kate", "Leon"]  # fmt: skip
LAST = ["Patel", "Jones", "Okafor", "Smith", "Walsh", "Khan", "Hughes", "Clarke", "Evans", "Begum",
        "Wright", "Shaw", "Nolan"]  # fmt: skip
TOPICS = ["litter", "graffiti", "fly-tipping", "street lighting", "anti-social behaviour",
          "dog fouling", "abandoned cars", "noise nuisance", "grass cutting", "play areas",
          "refuse collection", "speeding traffic", "empty homes", "youth provision"]  # fmt: skip
WHO = ["Our council", "The neighbourhood team", "The residents' association", "Our landlord",
       "The Safer Neighbourhood Team", "The parish council", "Our contract steering group",
       "The tenants' forum", "The street scene service", "Our ward councillor"]  # fmt: skip
DOES = ["agreed to deal with {t} within 24 hours of a report", "reports on {t} every quarter",
        "walks the estate with residents every month to look at {t}",
        "set a five working day standard for {t}", "put {t} first in the new contract",
        "asked street reps to grade {t} from A to D each month",
        "offers a written response whenever the {t} standard is missed",
        "holds a PACT meeting on {t} every six weeks",
        "stopped reporting {t} after the restructure"]  # fmt: skip
THEN = ["", " since the contract was signed", " after residents raised it at the launch",
        ", which has made a real difference", ", but keeping it going is hard",
        ", and residents now report problems earlier", " with help from volunteers"]  # fmt: skip
ASK = ["How do other areas measure {t}?", "Has anyone agreed a redress option for {t}?",
       "What target did you set for {t}?", "Who signs the {t} section in your area?",
       "Did {t} improve after your first review?"]  # fmt: skip
TITLES = ["{T} standards in our contract", "How do you monitor {t}?", "Our first review: {t}",
          "Getting residents involved in {t}", "Question about {t} response times",
          "Redress when {t} targets slip", "{T}: what worked for us"]  # fmt: skip


class Text:
    """Sentences about community contracts, from small lists, with a little Markdown."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def sentence(self) -> str:
        r, topic = self.rng, self.rng.choice(TOPICS)
        if r.random() < 0.2:
            return r.choice(ASK).format(t=topic)
        return f"{r.choice(WHO)} {r.choice(DOES).format(t=topic)}{r.choice(THEN)}."

    def paragraph(self) -> str:
        text = " ".join(self.sentence() for _ in range(self.rng.randint(1, 4)))
        roll, topic = self.rng.random(), self.rng.choice(TOPICS)
        if roll < 0.15 and f" {topic} " in text:
            text = text.replace(f" {topic} ", f" **{topic}** ", 1)
        elif roll < 0.25:
            text += f" See [the guidance on {topic}](/guidance/{topic.replace(' ', '-')})."
        return text

    def body(self) -> str:
        r = self.rng
        parts = [self.paragraph() for _ in range(r.choices([1, 2, 3, 4], [35, 35, 20, 10])[0])]
        if (roll := r.random()) < 0.08:
            parts.insert(0, "> " + self.sentence())
        elif roll < 0.16:
            parts.append("\n".join("- " + self.sentence() for _ in range(r.randint(2, 4))))
        return "\n\n".join(parts)

    def title(self) -> str:
        topic = self.rng.choice(TOPICS)
        return self.rng.choice(TITLES).format(t=topic, T=topic.capitalize())


def plan_threads(
    rng: random.Random, *, boards: int, threads: int, posts: int
) -> tuple[list[int], list[int]]:
    """Posts per thread (index 0 the long thread, 1 the short one) and each thread's board."""
    rest_total, rest_threads = posts - LONG_POSTS - SHORT_POSTS, threads - 2
    low, high = (LONG_POSTS + SHORT_POSTS + rest_threads * k for k in (1, MAX_POSTS))
    if threads <= boards or not low <= posts <= high:
        raise click.ClickException(
            f"Give more --threads than --boards, and --posts from {low} to {high} for {threads} "
            "threads (one thread of 500 posts, one of 10, the others 1 to 300 each)."
        )
    raw = [min(MAX_POSTS, max(1, int(rng.lognormvariate(2.7, 0.9)))) for _ in range(rest_threads)]
    scale = rest_total / max(1, sum(raw))
    counts = [min(MAX_POSTS, max(1, round(c * scale))) for c in raw]
    while (diff := rest_total - sum(counts)) != 0:
        i = rng.randrange(rest_threads)
        if (diff > 0 and counts[i] < MAX_POSTS) or (diff < 0 and counts[i] > 1):
            counts[i] += 1 if diff > 0 else -1
    weights = [1.0 / (b + 1) ** 0.8 for b in range(boards)]
    sizes = [max(1, round(threads * w / sum(weights))) for w in weights]
    sizes[0] += threads - sum(sizes)  # the first board is the big one; it takes the rounding
    board_of = [b for b, size in enumerate(sizes) for _ in range(size)]
    return [LONG_POSTS, SHORT_POSTS, *counts], board_of


def _insert_returning_ids(model: Any, rows: list[dict[str, Any]]) -> list[int]:
    statement = insert(model).returning(model.id, sort_by_parameter_order=True)
    return list(db.session.scalars(statement, rows))


def _users(rng: random.Random, count: int) -> list[int]:
    password_hash = hash_password(BENCH_PASSWORD)
    names = [f"{first} {last}" for first in FIRST for last in LAST]
    rng.shuffle(names)
    rows = []
    for i in range(1, count + 1):
        role = Role.ADMIN if i == 1 else Role.MENTOR if i % 20 == 0 else Role.MEMBER
        name = names[i - 1] if i <= len(names) else f"{names[i % len(names)]} {i}"
        rows.append(
            {"email": f"user{i:03d}@example.org", "display_name": name, "role": role.value,
             "password_hash": password_hash, "bio": "", "trusted": True}
        )  # fmt: skip
    return _insert_returning_ids(User, rows)


def _boards(counts: list[int], board_of: list[int], times: list[list[datetime]]) -> list[int]:
    rows: list[dict[str, Any]] = []
    for b in range(max(board_of) + 1):
        name, description = BOARDS[b] if b < len(BOARDS) else (f"Board {b + 1}", "More talk.")
        mine = [i for i, board in enumerate(board_of) if board == b]
        rows.append(
            {"slug": "-".join(name.lower().replace(",", "").split()), "name": name,
             "description": description, "position": b, "thread_count": len(mine),
             "post_count": sum(counts[i] for i in mine),
             "last_post_at": max(times[i][-1] for i in mine)}
        )  # fmt: skip
    return _insert_returning_ids(Board, rows)


def _timeline(rng: random.Random, counts: list[int], now: datetime) -> list[list[datetime]]:
    """Post times per thread: threads start within two years; gaps vary thread by thread."""
    start, span = now - timedelta(days=730), 730 * 86400
    times = []
    for index, count in enumerate(counts):
        if index < 2:  # the long and short threads are recent and still going
            at = now - timedelta(days=rng.randint(20, 60), seconds=rng.randint(0, 86400))
            gap = (now - at).total_seconds() / (count + 1)
        else:
            at = start + timedelta(seconds=rng.randint(0, span))
            gap = rng.choice([1800, 3 * 3600, 12 * 3600, 86400])
        thread_times = []
        for _ in range(count):
            thread_times.append(at)
            at = min(now, at + timedelta(seconds=max(30, int(rng.expovariate(1 / gap)))))
        times.append(thread_times)
    return times


def build(*, users: int, boards: int, threads: int, posts: int) -> dict[str, str]:
    rng = random.Random(SEED)  # noqa: S311 - reproducible data, not secrets
    counts, board_of = plan_threads(rng, boards=boards, threads=threads, posts=posts)
    text, now = Text(rng), utcnow().replace(microsecond=0)
    user_ids = _users(rng, users)
    bodies = [text.body() for _ in range(min(DISTINCT_BODIES, posts))]
    html = {body: render_markdown(body) for body in bodies}
    times = _timeline(rng, counts, now)
    board_ids = _boards(counts, board_of, times)
    posters = [[rng.choice(user_ids) for _ in range(n)] for n in counts]
    thread_rows = [
        {"board_id": board_ids[board_of[i]], "author_id": people[0], "title": text.title(),
         "kind": (ThreadKind.QUESTION if rng.random() < 0.2 else ThreadKind.DISCUSSION).value,
         "pinned": i % 400 == 7, "locked": i % 150 == 149, "post_count": counts[i],
         "created_at": times[i][0], "last_post_at": times[i][-1], "last_poster_id": people[-1]}
        for i, people in enumerate(posters)
    ]  # fmt: skip
    thread_ids = _insert_returning_ids(Thread, thread_rows)
    post_rows = [
        {"thread_id": thread_ids[i], "author_id": posters[i][n], "position": n + 1,
         "markdown": (body := bodies[n % POSTS_PER_PAGE] if i == 0 else rng.choice(bodies)),
         "html": html[body], "created_at": at}
        for i, thread_times in enumerate(times) for n, at in enumerate(thread_times)
    ]  # fmt: skip
    post_rows.sort(key=lambda row: row["created_at"])  # so post ids grow with time
    for start in range(0, len(post_rows), BATCH):
        db.session.execute(insert(Post), post_rows[start : start + BATCH])
    # Authors follow their threads, as start_thread makes them do: replies notify them.
    subscriptions = [
        {"user_id": people[0], "thread_id": tid}
        for people, tid in zip(posters, thread_ids, strict=True)
    ]
    db.session.execute(insert(Subscription), subscriptions)
    board = db.session.get_one(Board, board_ids[0])
    return {
        "board": f"/boards/{board.slug}",
        "short_thread": f"/threads/{thread_ids[1]}",
        "long_thread": f"/threads/{thread_ids[0]}",
    }


@click.command("bench-data")
@click.option("--users", default=200, show_default=True, type=click.IntRange(min=1))
@click.option("--boards", default=5, show_default=True, type=click.IntRange(min=1))
@click.option("--threads", default=2000, show_default=True, type=click.IntRange(min=2))
@click.option("--posts", default=50000, show_default=True, type=click.IntRange(min=1))
def bench_data(users: int, boards: int, threads: int, posts: int) -> None:
    """Fill an EMPTY database with a synthetic forum for benchmarks (bench/README.md)."""
    started = time.perf_counter()
    upgrade(directory=current_app.extensions["migrate"].directory)
    for model in (User, Board, Thread):
        if db.session.scalar(select(func.count()).select_from(model)):
            raise click.ClickException(
                "bench-data needs an empty database, but this one already has "
                f"{model.__tablename__} rows. Point DATABASE_URL at a new database file."
            )
    if current_app.config["FORUM_ENV"] == "production":
        raise click.ClickException("Refusing to add benchmark accounts to a production site.")
    paths = build(users=users, boards=boards, threads=threads, posts=posts)
    db.session.commit()
    click.echo(
        f"Created {users} users, {boards} boards, {threads} threads, {posts} posts in "
        f"{time.perf_counter() - started:.1f} s. Password for all: {BENCH_PASSWORD!r}; "
        "user001@example.org is an admin."
    )
    click.echo(json.dumps(paths))
