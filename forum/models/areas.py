"""Community contracts: who belongs to an area, its contract, standards and their ledgers."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from forum.extensions import db
from forum.models.accounts import User
from forum.models.boards import Thread
from forum.models.places import Area, Topic
from forum.models.types import UTCDateTime, one_of, utcnow


class MemberRole(StrEnum):
    """What a member does for the area; every member may edit its contract."""

    OFFICER = "officer"
    RESIDENTS_REPRESENTATIVE = "residents_representative"
    PARTNER = "partner"


class LedgerStatus(StrEnum):
    MET = "met"
    AT_RISK = "at_risk"
    MISSED = "missed"


class StandardThreadKind(StrEnum):
    DISCUSSION = "discussion"
    REDRESS = "redress"


class AreaMember(db.Model):
    """A person who belongs to an area (officer, residents' representative or partner).

    Distinct from `User.area_id`, which anyone may set on their own profile: membership is
    granted by the area's members or an admin, and it is what lets a person edit the contract.
    """

    __tablename__ = "area_member"
    __table_args__ = (
        UniqueConstraint("area_id", "user_id", name="uq_area_member_area_id_user_id"),
        one_of("role", MemberRole),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    area_id: Mapped[int] = mapped_column(ForeignKey("area.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(
        ForeignKey("user_account.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[str] = mapped_column(String(32), default=MemberRole.OFFICER.value)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    user: Mapped[User] = relationship()
    area: Mapped[Area] = relationship(back_populates="members")


class CommunityContract(db.Model):
    """An area's contract: the parts that are lists of lines, plus its deadlines.

    Lists (parties, residents' commitments, redress options) are kept as JSON lists of
    plain-text lines: they are short, read together and always edited together.
    """

    __tablename__ = "community_contract"
    __table_args__ = (
        CheckConstraint("response_days BETWEEN 1 AND 365", name="response_days_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    area_id: Mapped[int] = mapped_column(ForeignKey("area.id", ondelete="CASCADE"), unique=True)
    title: Mapped[str] = mapped_column(String(150), default="")
    parties: Mapped[list[str]] = mapped_column(JSON, default=list)
    residents_commitments: Mapped[list[str]] = mapped_column(JSON, default=list)
    redress_options: Mapped[list[str]] = mapped_column(JSON, default=list)
    # Days a provider has to respond when a standard is missed.
    response_days: Mapped[int] = mapped_column(Integer, default=10)
    signed_on: Mapped[date | None] = mapped_column(Date)
    review_on: Mapped[date | None] = mapped_column(Date)
    # Standard numbers are handed out from here and never reused.
    standards_issued: Mapped[int] = mapped_column(Integer, default=0)
    revision_count: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    area: Mapped[Area] = relationship(back_populates="contract")


class ServiceStandard(db.Model):
    """One promise in a contract, with a per-area number that never changes."""

    __tablename__ = "service_standard"
    __table_args__ = (
        UniqueConstraint("area_id", "number", name="uq_service_standard_area_id_number"),
        Index("ix_service_standard_topic_id", "topic_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    area_id: Mapped[int] = mapped_column(ForeignKey("area.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    topic_id: Mapped[int] = mapped_column(ForeignKey("topic.id"))
    provider: Mapped[str] = mapped_column(String(150))
    description: Mapped[str] = mapped_column(String(300))
    target: Mapped[str] = mapped_column(String(150))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Withdrawn standards stay (their number and ledger are history), marked here.
    withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    area: Mapped[Area] = relationship()
    topic: Mapped[Topic] = relationship()

    @property
    def withdrawn(self) -> bool:
        return self.withdrawn_at is not None


class LedgerEntry(db.Model):
    """A dated performance record for a standard: met, at risk or missed, with evidence."""

    __tablename__ = "ledger_entry"
    __table_args__ = (
        one_of("status", LedgerStatus),
        Index("ix_ledger_entry_standard", "standard_id", "recorded_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    standard_id: Mapped[int] = mapped_column(ForeignKey("service_standard.id", ondelete="CASCADE"))
    recorded_on: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16))
    measured_value: Mapped[str] = mapped_column(String(100), default="")
    evidence: Mapped[str] = mapped_column(Text, default="")
    evidence_html: Mapped[str] = mapped_column(Text, default="")
    author_id: Mapped[int | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    author: Mapped[User | None] = relationship()
    standard: Mapped[ServiceStandard] = relationship()


class ProgressUpdate(db.Model):
    """A dated note in the contract's progress log, optionally measured against a standard."""

    __tablename__ = "progress_update"
    __table_args__ = (Index("ix_progress_update_area", "area_id", "recorded_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    area_id: Mapped[int] = mapped_column(ForeignKey("area.id", ondelete="CASCADE"))
    recorded_on: Mapped[date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
    html: Mapped[str] = mapped_column(Text)
    standard_id: Mapped[int | None] = mapped_column(
        ForeignKey("service_standard.id", ondelete="SET NULL")
    )
    measured_value: Mapped[str] = mapped_column(String(100), default="")
    author_id: Mapped[int | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    author: Mapped[User | None] = relationship()
    standard: Mapped[ServiceStandard | None] = relationship()


class StandardThread(db.Model):
    """A forum thread about a standard: a discussion or a redress request."""

    __tablename__ = "standard_thread"
    __table_args__ = (one_of("kind", StandardThreadKind),)

    standard_id: Mapped[int] = mapped_column(
        ForeignKey("service_standard.id", ondelete="CASCADE"), primary_key=True
    )
    thread_id: Mapped[int] = mapped_column(
        ForeignKey("thread.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    kind: Mapped[str] = mapped_column(String(16), default=StandardThreadKind.DISCUSSION.value)
    ledger_entry_id: Mapped[int | None] = mapped_column(
        ForeignKey("ledger_entry.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    thread: Mapped[Thread] = relationship()


class ContractRevision(db.Model):
    """One change to an area's contract or details: who, when, and each field before/after."""

    __tablename__ = "contract_revision"
    __table_args__ = (
        UniqueConstraint("area_id", "number", name="uq_contract_revision_area_id_number"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    area_id: Mapped[int] = mapped_column(ForeignKey("area.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    editor_id: Mapped[int | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL")
    )
    summary: Mapped[str] = mapped_column(String(300))
    # [{"field": label, "before": text, "after": text}, ...]
    changes: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    editor: Mapped[User | None] = relationship()


class StandardPostLink(db.Model):
    """A post that links to a standard's page, so the standard's page lists its thread.

    Written when the post is saved or edited (forum.boards.posting): the page reads this
    table, never the posts' text. Deleted and held posts stay here and are left out when
    read, so restoring or approving one needs nothing more.
    """

    __tablename__ = "standard_post_link"

    post_id: Mapped[int] = mapped_column(
        ForeignKey("post.id", ondelete="CASCADE"), primary_key=True
    )
    standard_id: Mapped[int] = mapped_column(
        ForeignKey("service_standard.id", ondelete="CASCADE"), primary_key=True, index=True
    )
