"""seed-demo gives every demo area a contract, and running it again changes nothing."""

from __future__ import annotations

from flask import Flask
from sqlalchemy import func, select

from forum.demo import data
from forum.extensions import db
from forum.models import (
    Area,
    AreaMember,
    CommunityContract,
    ContractRevision,
    LedgerEntry,
    ProgressUpdate,
    ServiceStandard,
    User,
)

AREA_TABLES = (
    AreaMember,
    CommunityContract,
    ContractRevision,
    LedgerEntry,
    ProgressUpdate,
    ServiceStandard,
)


def _counts() -> dict[type, int]:
    return {m: db.session.scalar(select(func.count()).select_from(m)) for m in AREA_TABLES}


def test_seed_demo_contracts_are_plausible_and_idempotent(app: Flask) -> None:
    runner = app.test_cli_runner()
    first = runner.invoke(args=["seed-demo"])
    assert first.exit_code == 0, first.output
    counts = _counts()
    assert counts[CommunityContract] == len(data.AREAS)
    programmes = set(db.session.scalars(select(Area.programme)))
    assert programmes == {"pilot", "connecting_communities"}

    stages = {a.slug: a.contract_stage for a in db.session.scalars(select(Area))}
    for area in db.session.scalars(select(Area)):
        standards = db.session.scalars(
            select(ServiceStandard).where(ServiceStandard.area_id == area.id)
        ).all()
        if stages[area.slug] == "exploring":
            assert standards == []
            continue
        assert 3 <= len(standards) <= 5, area.slug
        assert [s.number for s in standards] == list(range(1, len(standards) + 1))
        topics = {t.id for t in area.priority_topics}
        assert any(s.topic_id in topics for s in standards), area.slug
    assert counts[LedgerEntry] > 50
    statuses = set(db.session.scalars(select(LedgerEntry.status)))
    assert statuses == {"met", "at_risk", "missed"}

    member = db.session.scalar(select(User).where(User.email == "member@example.org"))
    plains = db.session.scalar(select(Area).where(Area.slug == "plains-farm"))
    assert any(m.user_id == member.id for m in plains.members)

    second = runner.invoke(args=["seed-demo"])
    assert second.exit_code == 0, second.output
    assert "Nothing to change" in second.output
    assert _counts() == counts


def test_demo_area_pages_render(app: Flask, client) -> None:  # type: ignore[no-untyped-def]
    assert app.test_cli_runner().invoke(args=["seed-demo"]).exit_code == 0
    for record in data.AREAS:
        page = client.page(f"/areas/{record['slug']}")
        assert page.h1 == record["name"]
    page = client.page("/standards/?topic=fly-tipping-bulky-waste&stage=in_force")
    assert "Athersley and New Lodge" in page.text
    assert "Clear dumped rubbish" in page.text or "Investigate reported fly-tipping" in page.text
    assert client.get("/areas/plains-farm/standards/1.csv").status_code == 200
