"""Where people work: regions, organisations, neighbourhood areas, and the topic taxonomy."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import Column, ForeignKey, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from forum.extensions import db
from forum.models.types import one_of

if TYPE_CHECKING:
    from forum.models.areas import AreaMember, CommunityContract


class OrganisationKind(StrEnum):
    COUNCIL = "council"
    POLICE = "police"
    HOUSING_PROVIDER = "housing_provider"
    RESIDENTS_ASSOCIATION = "residents_association"
    OTHER = "other"


class Programme(StrEnum):
    PILOT = "pilot"
    CONNECTING_COMMUNITIES = "connecting_communities"
    OTHER = "other"


class ContractStage(StrEnum):
    """Where an area is with its contract, in the order areas go through the stages."""

    EXPLORING = "exploring"
    DRAFTING = "drafting"
    CONSULTING = "consulting"
    SIGNED = "signed"
    MONITORING = "monitoring"
    REVIEWING = "reviewing"


class Region(db.Model):
    __tablename__ = "region"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(100))


class Topic(db.Model):
    """The one taxonomy shared by threads, guidance, mentor expertise and area priorities."""

    __tablename__ = "topic"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")


class Organisation(db.Model):
    __tablename__ = "organisation"
    __table_args__ = (one_of("kind", OrganisationKind),)

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(100), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(32))
    authority_type: Mapped[str | None] = mapped_column(String(32))
    region_id: Mapped[int | None] = mapped_column(ForeignKey("region.id"), index=True)

    region: Mapped[Region | None] = relationship()


area_topic = Table(
    "area_topic",
    db.metadata,
    Column("area_id", ForeignKey("area.id", ondelete="CASCADE"), primary_key=True),
    Column("topic_id", ForeignKey("topic.id", ondelete="CASCADE"), primary_key=True),
)


class Area(db.Model):
    """A neighbourhood that has, or is working towards, a community contract."""

    __tablename__ = "area"
    __table_args__ = (one_of("programme", Programme), one_of("contract_stage", ContractStage))

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(100), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    location: Mapped[str] = mapped_column(String(200), default="")
    council_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"), index=True)
    region_id: Mapped[int | None] = mapped_column(ForeignKey("region.id"), index=True)
    programme: Mapped[str] = mapped_column(String(32), default=Programme.OTHER.value)
    households_band: Mapped[str | None] = mapped_column(String(16))
    contract_stage: Mapped[str] = mapped_column(String(32), default=ContractStage.EXPLORING.value)
    description: Mapped[str] = mapped_column(Text, default="")

    council: Mapped[Organisation | None] = relationship()
    region: Mapped[Region | None] = relationship()
    priority_topics: Mapped[list[Topic]] = relationship(secondary=area_topic, order_by=Topic.name)
    members: Mapped[list[AreaMember]] = relationship(
        back_populates="area", cascade="all, delete-orphan", passive_deletes=True
    )
    contract: Mapped[CommunityContract | None] = relationship(
        back_populates="area", cascade="all, delete-orphan", passive_deletes=True
    )
