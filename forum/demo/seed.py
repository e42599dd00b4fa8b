"""Loads the demo data set. Idempotent: running it again updates, never duplicates."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import select

from forum.accounts.passwords import hash_password
from forum.demo import data
from forum.extensions import db
from forum.models import Area, Organisation, Region, Topic, User

# Every demo account is created with this password (never changed by a re-seed), so that
# people trying the demo can sign in as each role. seed-demo refuses to run in production.
DEMO_PASSWORD = "litter-pick-on-tuesday"  # noqa: S105 - published on purpose

ModelT = TypeVar("ModelT", Region, Topic, Organisation, Area)


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
    return report
