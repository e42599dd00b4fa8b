"""People who use the site."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy import false as sa_false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from forum.extensions import db
from forum.models.places import Area, Organisation, Region
from forum.models.types import UTCDateTime, one_of, utcnow


class Role(StrEnum):
    """Site roles, from least to most trusted."""

    MEMBER = "member"
    MENTOR = "mentor"
    MODERATOR = "moderator"
    ADMIN = "admin"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class EmailFrequency(StrEnum):
    """How someone wants to hear about activity by email."""

    IMMEDIATE = "immediate"
    DAILY = "daily"
    NEVER = "never"


class AccountStatus(StrEnum):
    ACTIVE = "active"
    SUSPENDED = "suspended"


class User(db.Model):
    __tablename__ = "user_account"
    __table_args__ = (
        one_of("role", Role),
        one_of("status", AccountStatus),
        one_of("email_frequency", EmailFrequency),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    display_name: Mapped[str] = mapped_column(String(60), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(16), default=Role.MEMBER.value)
    status: Mapped[str] = mapped_column(String(16), default=AccountStatus.ACTIVE.value)
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), index=True
    )
    area_id: Mapped[int | None] = mapped_column(
        ForeignKey("area.id", ondelete="SET NULL"), index=True
    )
    region_id: Mapped[int | None] = mapped_column(
        ForeignKey("region.id", ondelete="SET NULL"), index=True
    )
    bio: Mapped[str] = mapped_column(Text, default="")
    email_frequency: Mapped[str] = mapped_column(
        String(16), default=EmailFrequency.IMMEDIATE.value, server_default="immediate"
    )
    # Trusted once a moderator approves a held post (or by role): later posts are not held.
    trusted: Mapped[bool] = mapped_column(Boolean, default=False, server_default=sa_false())
    # Bumped when the password changes or the account is suspended: every session and
    # "remember me" cookie issued before then stops working.
    session_version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_sign_in_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    organisation: Mapped[Organisation | None] = relationship()
    area: Mapped[Area | None] = relationship()
    region: Mapped[Region | None] = relationship()

    # Flask-Login's user protocol, written out rather than inherited from UserMixin so
    # that get_id carries the session version.
    is_anonymous = False

    @property
    def is_authenticated(self) -> bool:
        return True

    @property
    def is_active(self) -> bool:
        return self.status == AccountStatus.ACTIVE

    def get_id(self) -> str:
        return f"{self.id}:{self.session_version}"

    @property
    def role_enum(self) -> Role:
        return Role(self.role)

    def __repr__(self) -> str:
        return f"<User {self.id} {self.email}>"
