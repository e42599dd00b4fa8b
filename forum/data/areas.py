"""Queries and writes for areas, their contracts, standards, ledgers and progress logs."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import selectinload

from forum.data.errors import DuplicateValueError
from forum.extensions import db
from forum.models.accounts import User
from forum.models.areas import (
    AreaMember,
    CommunityContract,
    ContractRevision,
    ProgressUpdate,
    ServiceStandard,
)
from forum.models.places import Area, Organisation, Region, Topic, area_topic


def list_areas(
    *,
    region_slug: str | None = None,
    programme: str | None = None,
    stages: Sequence[str] | None = None,
    topic_slug: str | None = None,
) -> Sequence[Area]:
    query = select(Area).options(
        selectinload(Area.region), selectinload(Area.council), selectinload(Area.priority_topics)
    )
    if region_slug:
        query = query.join(Area.region).where(Region.slug == region_slug)
    if programme:
        query = query.where(Area.programme == programme)
    if stages:
        query = query.where(Area.contract_stage.in_(stages))
    if topic_slug:
        query = query.where(
            Area.id.in_(
                select(area_topic.c.area_id)
                .join(Topic, Topic.id == area_topic.c.topic_id)
                .where(Topic.slug == topic_slug)
            )
        )
    return db.session.scalars(query.order_by(Area.name)).all()


def standard_counts(*, area_ids: Sequence[int]) -> dict[int, int]:
    """Standards in force per area, for the area list (one query for the whole page)."""
    if not area_ids:
        return {}
    rows = db.session.execute(
        select(ServiceStandard.area_id, func.count())
        .where(ServiceStandard.area_id.in_(area_ids), ServiceStandard.withdrawn_at.is_(None))
        .group_by(ServiceStandard.area_id)
    )
    return {area_id: count for area_id, count in rows}


def get_area(*, slug: str) -> Area | None:
    return db.session.scalar(
        select(Area)
        .where(Area.slug == slug)
        .options(
            selectinload(Area.region),
            selectinload(Area.council),
            selectinload(Area.priority_topics),
            selectinload(Area.contract),
            selectinload(Area.members).selectinload(AreaMember.user),
        )
    )


def list_councils() -> Sequence[Organisation]:
    return db.session.scalars(
        select(Organisation).where(Organisation.kind == "council").order_by(Organisation.name)
    ).all()


def save_area(*, area: Area) -> Area:
    """Add or update an area; a web address already in use raises DuplicateValueError."""
    try:
        with db.session.begin_nested():
            db.session.add(area)
            db.session.flush()
    except IntegrityError as exc:
        raise DuplicateValueError(
            "slug", "Another area already uses that web address. Choose a different one."
        ) from exc
    return area


def get_topic(*, topic_id: int) -> Topic | None:
    return db.session.get(Topic, topic_id)


def ensure_contract(*, area: Area) -> CommunityContract:
    """The area's contract row, created empty the first time anyone edits it."""
    if area.contract is None:
        area.contract = CommunityContract(
            area_id=area.id, parties=[], residents_commitments=[], redress_options=[]
        )
        db.session.add(area.contract)
        db.session.flush()
    return area.contract


# --- Progress log, members, history ----------------------------------------------------


def area_progress(*, area_id: int) -> Sequence[ProgressUpdate]:
    return db.session.scalars(
        select(ProgressUpdate)
        .where(ProgressUpdate.area_id == area_id)
        .options(selectinload(ProgressUpdate.author), selectinload(ProgressUpdate.standard))
        .order_by(ProgressUpdate.recorded_on.desc(), ProgressUpdate.id.desc())
    ).all()


def add_progress(
    *,
    area: Area,
    recorded_on: date,
    text: str,
    html: str,
    standard: ServiceStandard | None,
    measured_value: str,
    author: User,
) -> ProgressUpdate:
    update = ProgressUpdate(
        area_id=area.id,
        recorded_on=recorded_on,
        text=text,
        html=html,
        standard_id=standard.id if standard is not None else None,
        measured_value=measured_value,
        author_id=author.id,
    )
    db.session.add(update)
    db.session.flush()
    return update


def find_user(*, email: str) -> User | None:
    return db.session.scalar(select(User).where(func.lower(User.email) == email.lower()))


def get_member(*, area_id: int, user_id: int) -> AreaMember | None:
    return db.session.scalar(
        select(AreaMember).where(AreaMember.area_id == area_id, AreaMember.user_id == user_id)
    )


def add_member(*, area: Area, user: User, role: str) -> AreaMember:
    member = AreaMember(area_id=area.id, user_id=user.id, role=role)
    db.session.add(member)
    db.session.flush()
    return member


def remove_member(*, member: AreaMember) -> None:
    db.session.delete(member)
    db.session.flush()


def user_areas(*, user_id: int) -> Sequence[Area]:
    """The areas a person belongs to, for their profile."""
    return db.session.scalars(
        select(Area)
        .join(AreaMember, AreaMember.area_id == Area.id)
        .where(AreaMember.user_id == user_id)
        .order_by(Area.name)
    ).all()


def add_revision(
    *, area: Area, editor: User, summary: str, changes: list[dict[str, str]]
) -> ContractRevision:
    contract = ensure_contract(area=area)
    contract.revision_count += 1
    revision = ContractRevision(
        area_id=area.id,
        number=contract.revision_count,
        editor_id=editor.id,
        summary=summary,
        changes=changes,
    )
    db.session.add(revision)
    db.session.flush()
    return revision


def area_revisions(*, area_id: int) -> Sequence[ContractRevision]:
    return db.session.scalars(
        select(ContractRevision)
        .where(ContractRevision.area_id == area_id)
        .options(selectinload(ContractRevision.editor))
        .order_by(ContractRevision.number.desc())
    ).all()


def list_regions() -> Sequence[Region]:
    return db.session.scalars(select(Region).order_by(Region.name)).all()


def list_topics() -> Sequence[Topic]:
    return db.session.scalars(select(Topic).order_by(Topic.name)).all()
