"""Queries and writes for service standards: ledgers, linked threads and the comparison."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, delete, func, insert, or_, select
from sqlalchemy.orm import joinedload, selectinload

from forum.data.areas import ensure_contract
from forum.extensions import db
from forum.models.accounts import User
from forum.models.areas import (
    CommunityContract,
    LedgerEntry,
    ServiceStandard,
    StandardPostLink,
    StandardThread,
)
from forum.models.boards import Board, Post, Thread
from forum.models.places import Area, Region, Topic


@dataclass(frozen=True)
class LatestStatus:
    status: str
    recorded_on: date


@dataclass(frozen=True)
class StandardThreadRow:
    """A thread on a standard's page: started from it ("discussion" or "redress"), or
    "linked" from one of its posts."""

    thread: Thread
    kind: str


LINKED = "linked"


@dataclass(frozen=True)
class ComparisonRow:
    area: Area
    standard: ServiceStandard
    latest: LatestStatus | None


# --- Standards -------------------------------------------------------------------------


def area_standards(*, area_id: int) -> Sequence[ServiceStandard]:
    return db.session.scalars(
        select(ServiceStandard)
        .where(ServiceStandard.area_id == area_id)
        .options(selectinload(ServiceStandard.topic))
        .order_by(ServiceStandard.number)
    ).all()


def get_standard(*, area_id: int, number: int) -> ServiceStandard | None:
    return db.session.scalar(
        select(ServiceStandard)
        .where(ServiceStandard.area_id == area_id, ServiceStandard.number == number)
        .options(selectinload(ServiceStandard.topic))
    )


def latest_statuses(*, standard_ids: Sequence[int]) -> dict[int, LatestStatus]:
    """Each standard's most recent ledger entry, in one query."""
    if not standard_ids:
        return {}
    ranked = (
        select(
            LedgerEntry.standard_id,
            LedgerEntry.status,
            LedgerEntry.recorded_on,
            func.row_number()
            .over(
                partition_by=LedgerEntry.standard_id,
                order_by=(LedgerEntry.recorded_on.desc(), LedgerEntry.id.desc()),
            )
            .label("rank"),
        )
        .where(LedgerEntry.standard_id.in_(standard_ids))
        .subquery()
    )
    rows = db.session.execute(
        select(ranked.c.standard_id, ranked.c.status, ranked.c.recorded_on).where(
            ranked.c.rank == 1
        )
    )
    return {sid: LatestStatus(status, recorded_on) for sid, status, recorded_on in rows}


def add_standard(
    *, area: Area, topic: Topic, provider: str, description: str, target: str
) -> ServiceStandard:
    """A new standard takes the next number; numbers are never reused, even after withdrawal."""
    contract = ensure_contract(area=area)
    # Claim the number with an UPDATE, so two people adding at once cannot get the same one.
    db.session.execute(
        CommunityContract.__table__.update()
        .where(CommunityContract.id == contract.id)
        .values(standards_issued=CommunityContract.standards_issued + 1)
    )
    db.session.refresh(contract, ["standards_issued"])
    standard = ServiceStandard(
        area_id=area.id,
        number=contract.standards_issued,
        topic_id=topic.id,
        provider=provider,
        description=description,
        target=target,
    )
    db.session.add(standard)
    db.session.flush()
    return standard


def standard_entries(*, standard_id: int) -> Sequence[LedgerEntry]:
    return db.session.scalars(
        select(LedgerEntry)
        .where(LedgerEntry.standard_id == standard_id)
        .options(selectinload(LedgerEntry.author))
        .order_by(LedgerEntry.recorded_on.desc(), LedgerEntry.id.desc())
    ).all()


def get_entry(*, standard_id: int, entry_id: int) -> LedgerEntry | None:
    entry = db.session.get(LedgerEntry, entry_id)
    return entry if entry is not None and entry.standard_id == standard_id else None


def add_entry(
    *,
    standard: ServiceStandard,
    recorded_on: date,
    status: str,
    measured_value: str,
    evidence: str,
    evidence_html: str,
    author: User,
) -> LedgerEntry:
    entry = LedgerEntry(
        standard_id=standard.id,
        recorded_on=recorded_on,
        status=status,
        measured_value=measured_value,
        evidence=evidence,
        evidence_html=evidence_html,
        author_id=author.id,
    )
    db.session.add(entry)
    db.session.flush()
    return entry


def standard_threads(*, standard_id: int) -> list[StandardThreadRow]:
    """Threads about a standard, latest activity first: those started from its page, and
    those with a published post (not deleted, not held) that links to it.

    Hidden threads and threads on private boards are included: the caller shows each only
    to people who may see it (`can_view_thread`; each thread's board is loaded for it).
    """
    started = dict(
        db.session.execute(
            select(StandardThread.thread_id, StandardThread.kind).where(
                StandardThread.standard_id == standard_id
            )
        ).all()
    )
    linked = (
        select(Post.thread_id)
        .join(StandardPostLink, StandardPostLink.post_id == Post.id)
        .where(
            StandardPostLink.standard_id == standard_id,
            Post.deleted_at.is_(None),
            Post.held_at.is_(None),
        )
    )
    threads = db.session.scalars(
        select(Thread)
        .options(joinedload(Thread.board))
        .where(or_(Thread.id.in_(list(started)), Thread.id.in_(linked)))
        .order_by(Thread.last_post_at.desc(), Thread.id.desc())
    ).all()
    return [StandardThreadRow(thread, started.get(thread.id, LINKED)) for thread in threads]


def link_post_to_standards(*, post_id: int, references: Collection[tuple[str, int]]) -> None:
    """Record the standards a post links to, given as (area slug, standard number); links
    to standards that do not exist are ignored."""
    if not references:
        return
    wanted = [
        and_(Area.slug == slug, ServiceStandard.number == number) for slug, number in references
    ]
    standard_ids = db.session.scalars(
        select(ServiceStandard.id)
        .join(Area, Area.id == ServiceStandard.area_id)
        .where(or_(*wanted))
    ).all()
    if standard_ids:
        db.session.execute(
            insert(StandardPostLink),
            [{"post_id": post_id, "standard_id": sid} for sid in sorted(set(standard_ids))],
        )


def unlink_post_from_standards(*, post_id: int) -> None:
    db.session.execute(delete(StandardPostLink).where(StandardPostLink.post_id == post_id))


def link_thread(
    *, standard: ServiceStandard, thread: Thread, kind: str, entry: LedgerEntry | None
) -> StandardThread:
    link = StandardThread(
        standard_id=standard.id,
        thread_id=thread.id,
        kind=kind,
        ledger_entry_id=entry.id if entry is not None else None,
    )
    db.session.add(link)
    db.session.flush()
    return link


def postable_boards() -> Sequence[Board]:
    """Public, open boards a standard's discussion can start on."""
    return db.session.scalars(
        select(Board)
        .where(Board.archived.is_(False), Board.private.is_(False))
        .order_by(Board.position, Board.name)
    ).all()


def get_board(*, board_id: int) -> Board | None:
    return db.session.get(Board, board_id)


# --- Comparison ------------------------------------------------------------------------


def compare_standards(
    *,
    topic_slug: str | None = None,
    programme: str | None = None,
    stages: Sequence[str] | None = None,
    region_slug: str | None = None,
) -> list[ComparisonRow]:
    """Every standard in force, side by side across areas, with its latest ledger status."""
    query = (
        select(ServiceStandard, Area)
        .join(Area, Area.id == ServiceStandard.area_id)
        .join(Topic, Topic.id == ServiceStandard.topic_id)
        .where(ServiceStandard.withdrawn_at.is_(None))
        .options(
            selectinload(ServiceStandard.topic),
            selectinload(Area.region),
            selectinload(Area.council),
        )
    )
    if topic_slug:
        query = query.where(Topic.slug == topic_slug)
    if programme:
        query = query.where(Area.programme == programme)
    if stages:
        query = query.where(Area.contract_stage.in_(stages))
    if region_slug:
        query = query.where(Area.region_id.in_(select(Region.id).where(Region.slug == region_slug)))
    query = query.order_by(Topic.name, Area.name, ServiceStandard.number)
    pairs = [(standard, area) for standard, area in db.session.execute(query)]
    latest = latest_statuses(standard_ids=[standard.id for standard, _area in pairs])
    return [ComparisonRow(area, standard, latest.get(standard.id)) for standard, area in pairs]
