"""Queries for regions, organisations, areas and topics."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from forum.extensions import db
from forum.models.places import Area, Organisation, Region, Topic


def list_regions() -> Sequence[Region]:
    return db.session.scalars(select(Region).order_by(Region.name)).all()


def list_organisations() -> Sequence[Organisation]:
    return db.session.scalars(select(Organisation).order_by(Organisation.name)).all()


def list_areas() -> Sequence[Area]:
    return db.session.scalars(
        select(Area)
        .options(selectinload(Area.region), selectinload(Area.council))
        .order_by(Area.name)
    ).all()


def list_topics() -> Sequence[Topic]:
    return db.session.scalars(select(Topic).order_by(Topic.name)).all()


def get_region(*, region_id: int) -> Region | None:
    return db.session.get(Region, region_id)


def get_organisation(*, organisation_id: int) -> Organisation | None:
    return db.session.get(Organisation, organisation_id)


def get_area(*, area_id: int) -> Area | None:
    return db.session.get(Area, area_id)
