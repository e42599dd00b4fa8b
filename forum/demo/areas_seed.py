"""Seeds each demo area's members, contract, standards, ledgers and progress log.

Idempotent: contracts and standards are matched (by area, and by area and description) and
updated; ledgers and progress logs are only written for areas that have none yet.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select

from forum.content import render_markdown
from forum.demo import areas_data, data
from forum.extensions import db
from forum.models import (
    Area,
    AreaMember,
    CommunityContract,
    ContractRevision,
    LedgerEntry,
    Organisation,
    ProgressUpdate,
    ServiceStandard,
    Topic,
    User,
)
from forum.models.types import utcnow

if TYPE_CHECKING:
    from forum.demo.seed import SeedReport

LIVE_STAGES = {"signed", "monitoring", "reviewing"}
MONTHS_OF_LEDGER = {"signed": 2, "monitoring": 6, "reviewing": 9}
MEMBER_ROLES = {
    "council": "officer",
    "other": "officer",
    "police": "partner",
    "housing_provider": "partner",
    "residents_association": "residents_representative",
}


def _pick_standards(topics: list[str], limit: int = 5) -> list[areas_data.ExampleStandard]:
    """Up to `limit` standards on the area's priority topics, one per topic first."""
    wanted = [s for s in areas_data.EXAMPLE_STANDARDS if s["topic"] in topics]
    picked: list[areas_data.ExampleStandard] = []
    for round_ in (0, 1):
        seen: dict[str, int] = {}
        for standard in wanted:
            index = seen.get(standard["topic"], 0)
            seen[standard["topic"]] = index + 1
            if index == round_ and len(picked) < limit:
                picked.append(standard)
    if len(picked) < 3:
        extra = [s for s in areas_data.EXAMPLE_STANDARDS if s["topic"] == "graffiti-fly-posting"]
        picked += [s for s in extra if s not in picked][: 3 - len(picked)]
    return picked


def _provider(kind: str, area: Area, partners: areas_data.Partners) -> str:
    council = area.council.name if area.council else "The council"
    if kind == "police":
        return f"{partners['police']} neighbourhood team"
    if kind == "landlord":
        return partners["landlord"] or council
    return council


def _contract(area: Area, partners: areas_data.Partners, report: SeedReport) -> CommunityContract:
    contract = db.session.scalar(
        select(CommunityContract).where(CommunityContract.area_id == area.id)
    )
    created = contract is None
    if contract is None:
        contract = CommunityContract(area_id=area.id, standards_issued=0, revision_count=0)
        db.session.add(contract)
    stage = area.contract_stage
    parties = [area.council.name if area.council else "The council", partners["police"]]
    if partners["landlord"]:
        parties.append(partners["landlord"])
    parties.append(partners["residents"])
    drafted = stage != "exploring"
    values = {
        "title": partners["title"],
        "parties": parties,
        "residents_commitments": areas_data.RESIDENTS_COMMITMENTS[:4] if drafted else [],
        "redress_options": areas_data.REDRESS_OPTIONS if drafted else [],
        "response_days": 10,
    }
    changed = any(getattr(contract, key) != value for key, value in values.items())
    for key, value in values.items():
        setattr(contract, key, value)
    if stage in LIVE_STAGES and contract.signed_on is None:
        contract.signed_on = utcnow().date() - timedelta(days=30 * MONTHS_OF_LEDGER[stage] + 20)
        contract.review_on = contract.signed_on + timedelta(days=365)
    db.session.flush()
    if created:
        report.count("community_contract", created=True)
    elif changed:
        report.count("community_contract", created=False)
    return contract


def _standards(
    area: Area,
    contract: CommunityContract,
    partners: areas_data.Partners,
    topics: dict[str, Topic],
    report: SeedReport,
) -> list[ServiceStandard]:
    if area.contract_stage == "exploring":
        return []
    existing = {
        s.description: s
        for s in db.session.scalars(
            select(ServiceStandard).where(ServiceStandard.area_id == area.id)
        )
    }
    chosen = _pick_standards([t.slug for t in area.priority_topics])
    standards = []
    for example in chosen:
        provider = _provider(example["provider"], area, partners)
        standard = existing.get(example["description"])
        if standard is None:
            contract.standards_issued += 1
            standard = ServiceStandard(
                area_id=area.id,
                number=contract.standards_issued,
                description=example["description"],
            )
            db.session.add(standard)
            report.count("service_standard", created=True)
        elif (standard.provider, standard.target) != (provider, example["target"]):
            report.count("service_standard", created=False)
        standard.topic_id = topics[example["topic"]].id
        standard.provider = provider
        standard.target = example["target"]
        standards.append(standard)
    db.session.flush()
    return standards


def _ledger(
    area: Area, standards: list[ServiceStandard], author: User | None, report: SeedReport
) -> None:
    months = MONTHS_OF_LEDGER.get(area.contract_stage, 0)
    if not months or not standards:
        return
    ids = [s.id for s in standards]
    if db.session.scalar(select(LedgerEntry.id).where(LedgerEntry.standard_id.in_(ids)).limit(1)):
        return
    today = utcnow().date()
    pattern = areas_data.STATUS_PATTERN
    for offset, standard in enumerate(standards):
        for month in range(months):
            status = pattern[(offset * 3 + month + len(area.slug)) % len(pattern)]
            recorded_on = today - timedelta(days=30 * (months - month) - 5)
            db.session.add(
                LedgerEntry(
                    standard_id=standard.id,
                    recorded_on=recorded_on,
                    status=status,
                    measured_value="",
                    evidence=areas_data.EVIDENCE[status],
                    evidence_html=render_markdown(areas_data.EVIDENCE[status]),
                    author_id=author.id if author else None,
                )
            )
            report.count("ledger_entry", created=True)


def _progress(
    area: Area, standards: list[ServiceStandard], author: User | None, report: SeedReport
) -> None:
    if area.contract_stage not in LIVE_STAGES:
        return
    if db.session.scalar(select(ProgressUpdate.id).where(ProgressUpdate.area_id == area.id)):
        return
    today = utcnow().date()
    for index, note in enumerate(areas_data.PROGRESS_NOTES):
        standard = standards[index] if index < len(standards) and index == 0 else None
        db.session.add(
            ProgressUpdate(
                area_id=area.id,
                recorded_on=today - timedelta(days=14 + 30 * index),
                text=note,
                html=render_markdown(note),
                standard_id=standard.id if standard else None,
                measured_value="3 of 4 reports cleared within the target" if standard else "",
                author_id=author.id if author else None,
            )
        )
        report.count("progress_update", created=True)


def _members(report: SeedReport) -> dict[int, User]:
    """Demo members who name an area join it; returns one member per area, to author with."""
    areas = {a.slug: a for a in db.session.scalars(select(Area))}
    kinds = {o.id: o.kind for o in db.session.scalars(select(Organisation))}
    people = {u.email: u for u in db.session.scalars(select(User))}
    existing = {(m.area_id, m.user_id) for m in db.session.scalars(select(AreaMember))}
    authors: dict[int, User] = {}
    for record in data.USERS:
        if record["role"] != "member" or not record["area"]:
            continue
        area, person = areas[record["area"]], people[record["email"]]
        role = MEMBER_ROLES.get(
            kinds.get(person.organisation_id or 0, ""), "residents_representative"
        )
        if (area.id, person.id) not in existing:
            db.session.add(AreaMember(area_id=area.id, user_id=person.id, role=role))
            report.count("area_member", created=True)
        authors.setdefault(area.id, person)
    db.session.flush()
    return authors


def seed_areas(report: SeedReport) -> None:
    topics = {t.slug: t for t in db.session.scalars(select(Topic))}
    authors = _members(report)
    by_slug = {a.slug: a for a in db.session.scalars(select(Area))}
    for record in data.AREAS:
        area = by_slug[record["slug"]]
        partners = areas_data.PARTNERS[record["slug"]]
        contract = _contract(area, partners, report)
        standards = _standards(area, contract, partners, topics, report)
        author = authors.get(area.id)
        _ledger(area, standards, author, report)
        _progress(area, standards, author, report)
        if contract.revision_count == 0:
            contract.revision_count = 1
            db.session.add(
                ContractRevision(
                    area_id=area.id,
                    number=1,
                    editor_id=author.id if author else None,
                    summary="Contract recorded on the site",
                    changes=[],
                )
            )
    db.session.flush()
