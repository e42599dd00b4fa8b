"""Mentoring: mentor profiles, matching rounds, offers and matches, and mentoring questions."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
    and_,
    true,
)
from sqlalchemy import false as sa_false
from sqlalchemy.orm import Mapped, backref, foreign, mapped_column, relationship

from forum.extensions import db
from forum.models.accounts import User
from forum.models.boards import Thread
from forum.models.places import Area, Organisation, Region, Topic
from forum.models.types import UTCDateTime, one_of, utcnow

LOWEST_LEVEL, TOP_LEVEL = 1, 3


class ExpertiseLevel(StrEnum):
    """How well a mentor knows a topic; stored as 1..3, named for people."""

    WORKING = "1"
    EXPERIENCED = "2"
    EXPERT = "3"

    @property
    def label(self) -> str:
        return {"1": "Working knowledge", "2": "Experienced", "3": "Expert"}[self.value]


class MatchStatus(StrEnum):
    OFFERED = "offered"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    EXPIRED = "expired"
    ACTIVE = "active"
    ENDED = "ended"

    @property
    def label(self) -> str:
        return self.value.capitalize()


# An offer or a match that holds one of the mentor's places.
HOLDS_A_PLACE = (MatchStatus.OFFERED, MatchStatus.ACCEPTED, MatchStatus.ACTIVE)


mentor_region = Table(
    "mentor_region",
    db.metadata,
    Column("mentor_id", ForeignKey("mentor_profile.user_id", ondelete="CASCADE"), primary_key=True),
    Column("region_id", ForeignKey("region.id", ondelete="CASCADE"), primary_key=True),
)

mentor_conflict_organisation = Table(
    "mentor_conflict_organisation",
    db.metadata,
    Column("mentor_id", ForeignKey("mentor_profile.user_id", ondelete="CASCADE"), primary_key=True),
    Column("organisation_id", ForeignKey("organisation.id", ondelete="CASCADE"), primary_key=True),
)

mentor_conflict_area = Table(
    "mentor_conflict_area",
    db.metadata,
    Column("mentor_id", ForeignKey("mentor_profile.user_id", ondelete="CASCADE"), primary_key=True),
    Column("area_id", ForeignKey("area.id", ondelete="CASCADE"), primary_key=True),
)


class MentorProfile(db.Model):
    """What a mentor offers: shown in the directory and turned into matching scores."""

    __tablename__ = "mentor_profile"
    __table_args__ = (
        CheckConstraint("capacity > 0", name="capacity_positive"),
        CheckConstraint(
            "areas_mentored >= 0 AND years_experience >= 0 AND signed_contracts >= 0",
            name="experience_not_negative",
        ),
    )

    user_id: Mapped[int] = mapped_column(
        ForeignKey("user_account.id", ondelete="CASCADE"), primary_key=True
    )
    bio_markdown: Mapped[str] = mapped_column(Text, default="")
    bio_html: Mapped[str] = mapped_column(Text, default="")
    capacity: Mapped[int] = mapped_column(Integer, default=2)
    available: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    areas_mentored: Mapped[int] = mapped_column(Integer, default=0)
    years_experience: Mapped[int] = mapped_column(Integer, default=0)
    signed_contracts: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    user: Mapped[User] = relationship()
    expertise: Mapped[list[MentorExpertise]] = relationship(
        back_populates="mentor", cascade="all, delete-orphan", order_by="MentorExpertise.topic_id"
    )
    regions: Mapped[list[Region]] = relationship(secondary=mentor_region, order_by=Region.name)
    conflict_organisations: Mapped[list[Organisation]] = relationship(
        secondary=mentor_conflict_organisation, order_by=Organisation.name
    )
    conflict_areas: Mapped[list[Area]] = relationship(
        secondary=mentor_conflict_area, order_by=Area.name
    )


class MentorExpertise(db.Model):
    __tablename__ = "mentor_expertise"
    __table_args__ = (
        CheckConstraint(f"level BETWEEN {LOWEST_LEVEL} AND {TOP_LEVEL}", name="level_valid"),
    )

    mentor_id: Mapped[int] = mapped_column(
        ForeignKey("mentor_profile.user_id", ondelete="CASCADE"), primary_key=True
    )
    topic_id: Mapped[int] = mapped_column(
        ForeignKey("topic.id", ondelete="CASCADE"), primary_key=True
    )
    level: Mapped[int] = mapped_column(Integer, default=2)

    mentor: Mapped[MentorProfile] = relationship(back_populates="expertise")
    topic: Mapped[Topic] = relationship()


class MatchingRound(db.Model):
    """A programme-wide proposal: stored, so a reload shows the same pairs until sent."""

    __tablename__ = "matching_round"

    id: Mapped[int] = mapped_column(primary_key=True)
    created_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    created_by: Mapped[User | None] = relationship()
    proposals: Mapped[list[MatchingProposal]] = relationship(
        back_populates="round", cascade="all, delete-orphan", order_by="MatchingProposal.position"
    )


class MatchingProposal(db.Model):
    """One area in a round: the mentor proposed (or none), with the score and its reasons."""

    __tablename__ = "matching_proposal"
    __table_args__ = (UniqueConstraint("round_id", "area_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("matching_round.id", ondelete="CASCADE"))
    area_id: Mapped[int] = mapped_column(ForeignKey("area.id", ondelete="CASCADE"))
    mentor_id: Mapped[int | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL")
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    score: Mapped[float] = mapped_column(Float, default=0.0)
    reasons: Mapped[list[str]] = mapped_column(JSON, default=list)
    adjusted: Mapped[bool] = mapped_column(Boolean, default=False, server_default=sa_false())

    round: Mapped[MatchingRound] = relationship(back_populates="proposals")
    area: Mapped[Area] = relationship()
    mentor: Mapped[User | None] = relationship()


class MentoringMatch(db.Model):
    """An offer to a mentor for an area, and (once accepted) the mentoring itself."""

    __tablename__ = "mentoring_match"
    __table_args__ = (
        one_of("status", MatchStatus),
        Index("ix_mentoring_match_area_status", "area_id", "status"),
        Index("ix_mentoring_match_mentor_status", "mentor_id", "status"),
        Index("ix_mentoring_match_status_deadline", "status", "deadline"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    area_id: Mapped[int] = mapped_column(ForeignKey("area.id", ondelete="CASCADE"))
    mentor_id: Mapped[int] = mapped_column(ForeignKey("user_account.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(16), default=MatchStatus.OFFERED.value)
    score: Mapped[float] = mapped_column(Float, default=0.0)
    reasons: Mapped[list[str]] = mapped_column(JSON, default=list)
    round_id: Mapped[int | None] = mapped_column(
        ForeignKey("matching_round.id", ondelete="SET NULL")
    )
    requested_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL")
    )
    deadline: Mapped[datetime | None] = mapped_column(UTCDateTime)
    offered_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    decline_reason: Mapped[str] = mapped_column(Text, default="")

    area: Mapped[Area] = relationship()
    mentor: Mapped[User] = relationship(foreign_keys=[mentor_id])
    requested_by: Mapped[User | None] = relationship(foreign_keys=[requested_by_id])
    history: Mapped[list[MatchEvent]] = relationship(
        back_populates="match",
        cascade="all, delete-orphan",
        order_by="(MatchEvent.created_at, MatchEvent.id)",
    )

    @property
    def status_enum(self) -> MatchStatus:
        return MatchStatus(self.status)


class MatchEvent(db.Model):
    """One change of an offer's status: who, when and why, kept for good."""

    __tablename__ = "mentoring_match_event"
    __table_args__ = (one_of("status", MatchStatus),)

    id: Mapped[int] = mapped_column(primary_key=True)
    match_id: Mapped[int] = mapped_column(
        ForeignKey("mentoring_match.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[str] = mapped_column(String(16))
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id", ondelete="SET NULL"))
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    match: Mapped[MentoringMatch] = relationship(back_populates="history")
    actor: Mapped[User | None] = relationship()


class MentoringQuestion(db.Model):
    """The mentoring side of a question thread on the private board: who may read it."""

    __tablename__ = "mentoring_question"
    __table_args__ = (Index("ix_mentoring_question_open", "first_answer_at", "asked_at"),)

    thread_id: Mapped[int] = mapped_column(
        ForeignKey("thread.id", ondelete="CASCADE"), primary_key=True
    )
    area_id: Mapped[int] = mapped_column(ForeignKey("area.id", ondelete="CASCADE"), index=True)
    # None: addressed to any mentor.
    mentor_id: Mapped[int | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL"), index=True
    )
    asked_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    first_answer_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    first_answer_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL"), index=True
    )
    offered_to_all_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    publish_consent: Mapped[bool] = mapped_column(Boolean, default=False, server_default=sa_false())
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    thread: Mapped[Thread] = relationship(
        backref=backref("mentoring", uselist=False, lazy="select")
    )
    area: Mapped[Area] = relationship()
    mentor: Mapped[User | None] = relationship(foreign_keys=[mentor_id])
    # The area's mentors now: they read every question the area asks.
    active_matches: Mapped[list[MentoringMatch]] = relationship(
        primaryjoin=lambda: and_(
            foreign(MentoringMatch.area_id) == MentoringQuestion.area_id,
            MentoringMatch.status == MatchStatus.ACTIVE.value,
        ),
        viewonly=True,
        uselist=True,
    )

    @property
    def open_to_all_mentors(self) -> bool:
        return self.mentor_id is None or self.offered_to_all_at is not None

    def area_mentor_ids(self) -> set[int]:
        return {match.mentor_id for match in self.active_matches}
