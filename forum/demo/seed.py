"""Loads the demo data set. Idempotent: running it again updates, never duplicates."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import select

from forum.accounts.passwords import hash_password
from forum.demo import data
from forum.demo.areas_seed import seed_areas
from forum.demo.mentors_seed import seed_mentoring
from forum.extensions import db
from forum.models import Area, Board, Organisation, Region, Thread, ThreadKind, Topic, User
from forum.models.types import utcnow

# Every demo account is created with this password (never changed by a re-seed), so that
# people trying the demo can sign in as each role. seed-demo refuses to run in production.
DEMO_PASSWORD = "litter-pick-on-tuesday"  # noqa: S105 - published on purpose

ModelT = TypeVar("ModelT", Region, Topic, Organisation, Area, Board)


@dataclass
class SeedReport:
    created: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)

    def count(self, kind: str, *, created: bool) -> None:
        target = self.created if created else self.updated
        target[kind] = target.get(kind, 0) + 1

    def lines(self) -> list[str]:
        kinds = sorted(set(self.created) | set(self.updated))
        return [
            f"{kind}: {self.created.get(kind, 0)} created, {self.updated.get(kind, 0)} updated"
            for kind in kinds
        ]


def _differs(current: Any, wanted: Any) -> bool:
    if isinstance(wanted, list):  # relationship collections: order does not matter
        return set(current) != set(wanted)
    return bool(current != wanted)


def _upsert_by_slug(
    model: type[ModelT],
    records: Iterable[dict[str, Any]],
    build: Callable[[dict[str, Any]], dict[str, Any]],
    report: SeedReport,
) -> dict[str, ModelT]:
    existing = {row.slug: row for row in db.session.scalars(select(model))}
    for record in records:
        values = build(record)
        row = existing.get(record["slug"])
        if row is None:
            row = model(slug=record["slug"])
            db.session.add(row)
            existing[record["slug"]] = row
            report.count(model.__tablename__, created=True)
        elif any(_differs(getattr(row, key), value) for key, value in values.items()):
            report.count(model.__tablename__, created=False)
        for key, value in values.items():
            setattr(row, key, value)
    db.session.flush()
    return existing


def seed_reference_data(report: SeedReport) -> None:
    regions = _upsert_by_slug(Region, data.REGIONS, lambda r: {"name": r["name"]}, report)
    topics = _upsert_by_slug(
        Topic,
        data.TOPICS,
        lambda t: {"name": t["name"], "description": t["description"]},
        report,
    )
    organisations = _upsert_by_slug(
        Organisation,
        data.ORGANISATIONS,
        lambda o: {
            "name": o["name"],
            "kind": o["kind"],
            "authority_type": o["authority_type"],
            "region_id": regions[o["region"]].id,
        },
        report,
    )
    _upsert_by_slug(
        Area,
        data.AREAS,
        lambda a: {
            "name": a["name"],
            "location": a["location"],
            "council_id": organisations[a["council"]].id,
            "region_id": regions[a["region"]].id,
            "programme": a["programme"],
            "households_band": a["households_band"],
            "contract_stage": a["contract_stage"],
            "description": a["description"],
            "priority_topics": [topics[slug] for slug in a["priority_topics"]],
        },
        report,
    )


def seed_users(report: SeedReport) -> None:
    """Create missing demo accounts; existing ones (and their passwords) are left alone."""
    by_slug = {
        "region": {r.slug: r.id for r in db.session.scalars(select(Region))},
        "organisation": {o.slug: o.id for o in db.session.scalars(select(Organisation))},
        "area": {a.slug: a.id for a in db.session.scalars(select(Area))},
    }
    known = set(db.session.scalars(select(User.email)))
    password_hash = hash_password(DEMO_PASSWORD)
    for record in data.USERS:
        if record["email"] in known:
            continue
        db.session.add(
            User(
                email=record["email"],
                display_name=record["display_name"],
                role=record["role"],
                password_hash=password_hash,
                bio=record["bio"],
                organisation_id=by_slug["organisation"].get(record["organisation"] or ""),
                area_id=by_slug["area"].get(record["area"] or ""),
                region_id=by_slug["region"].get(record["region"] or ""),
            )
        )
        report.count("user_account", created=True)
    db.session.flush()


def seed_demo() -> SeedReport:
    report = SeedReport()
    seed_reference_data(report)
    seed_users(report)
    seed_areas(report)
    seed_forum(report)
    seed_mentoring(report)
    seed_guidance(report)
    return report


GUIDANCE_FOLDER = Path(__file__).parent / "guidance"
# A few pages get an owner and a review date, one of them already past, as in real life.
GUIDANCE_REVIEWS = {
    "redress-when-standards-are-missed": ("moderator@example.org", 120),
    "monitoring-and-reporting-performance": ("moderator@example.org", -14),
    "mentoring-for-connecting-communities-areas": ("admin@example.org", 60),
}


# Demo threads whose title names what a guidance page covers discuss that page.
THREAD_GUIDANCE = {
    "Offensive graffiti in 24 hours": "graffiti-and-fly-posting-standards",
    "Housing repairs tiers": "housing-repairs-and-estate-management",
    "dog fouling enforcement targets": "dog-fouling-standards",
    "Late-night noise and licensed premises": "noise-nuisance-standards",
    "Redress explained": "redress-when-standards-are-missed",
    "The compensation question": "redress-when-standards-are-missed",
    "Written response within how many days": "redress-when-standards-are-missed",
    "Who signs up for street lighting": "street-lighting-standards",
    "fire and rescue service round the table": "working-with-partners-beyond-the-council",
    "Launch events: what worked on the day": "launching-and-publicising-your-contract",
    "What should an annual review meeting actually cover?": "reviewing-and-refreshing-a-contract",
    "Publishing performance": "monitoring-and-reporting-performance",
    "What does a mentor actually do": "mentoring-for-connecting-communities-areas",
    "How big should the area be": "getting-started-steering-group-and-boundary",
}


def _link_threads_to_guidance() -> None:
    from forum.data import guidance as guidance_data

    threads = list(db.session.scalars(select(Thread).where(Thread.guidance_page_id.is_(None))))
    for fragment, slug in THREAD_GUIDANCE.items():
        page = guidance_data.get_page(slug=slug)
        for thread in threads:
            if page is not None and fragment in thread.title:
                thread.guidance_page_id = page.id


def seed_guidance(report: SeedReport) -> None:
    """The good-practice library, imported like any folder of guidance files."""
    from forum.data import guidance as guidance_data
    from forum.guidance.importer import import_folder

    result = import_folder(GUIDANCE_FOLDER)
    if result.problems:
        raise RuntimeError("Demo guidance did not import: " + "; ".join(result.problems))
    for _slug in result.created:
        report.count("guidance_page", created=True)
    for _slug in result.updated:
        report.count("guidance_page", created=False)
    _link_threads_to_guidance()
    people = {u.email: u for u in db.session.scalars(select(User))}
    for slug, (email, days) in GUIDANCE_REVIEWS.items():
        page = guidance_data.get_page(slug=slug)
        owner = people.get(email)
        if page is not None and owner is not None and page.review_by is None:
            page.owner_id = owner.id
            page.review_by = (utcnow() + timedelta(days=days)).date()


def seed_forum(report: SeedReport, *, now: datetime | None = None) -> None:
    """Boards, threads and posts from forum_data; threads already present are left alone."""
    from forum.boards import posting
    from forum.demo import forum_data

    now = now or utcnow()
    boards = _upsert_by_slug(
        Board,
        [dict(record) for record in forum_data.BOARDS],
        lambda b: {
            "name": b["name"],
            "description": b["description"],
            "position": [r["slug"] for r in forum_data.BOARDS].index(b["slug"]),
        },
        report,
    )
    people = {u.email: u for u in db.session.scalars(select(User))}
    topics = {t.slug: t for t in db.session.scalars(select(Topic))}
    areas = {a.slug: a.id for a in db.session.scalars(select(Area))}
    existing = {
        (row[0], row[1]) for row in db.session.execute(select(Thread.board_id, Thread.title))
    }
    for record in forum_data.THREADS:
        board = boards[record["board"]]
        if (board.id, record["title"]) in existing:
            continue
        started = now - timedelta(days=record["days_ago"])
        opening, *replies = record["posts"]
        thread = posting.start_thread(
            board=board,
            author=people[opening["author"]],
            title=record["title"],
            body=opening["body"],
            kind=ThreadKind(record["kind"]),
            topics=[topics[slug] for slug in record["topics"]],
            area_id=areas.get(record["area"] or ""),
            now=started + timedelta(hours=opening["hours_after"]),
            notify_by_email=False,
        )
        thread.pinned = record["pinned"]
        for reply in replies:
            post = posting.reply(
                thread=thread,
                author=people[reply["author"]],
                body=reply["body"],
                now=started + timedelta(hours=reply["hours_after"]),
                notify_by_email=False,
            )
            if reply.get("accepted"):
                thread.accepted_post_id = post.id
        thread.locked = record["locked"]
        report.count("thread", created=True)
        for _post in record["posts"]:
            report.count("post", created=True)
    db.session.flush()
