"""The search outbox: what the index must catch up with."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from forum.extensions import db
from forum.models.types import UTCDateTime, one_of, utcnow


class IndexedKind(StrEnum):
    GUIDANCE = "guidance"  # a page: its sections and attachments
    THREAD = "thread"  # a thread's own document (title and opening post)
    POST = "post"


class SearchOutboxEntry(db.Model):
    """Written in the same transaction as the change it records, so the index cannot miss it.

    An entry says only *which* row changed; the writer reads that row when it applies the
    entry and indexes what it finds (or removes it, if it is gone or no longer public). That
    makes applying an entry twice harmless, which is what crash recovery relies on.
    """

    __tablename__ = "search_outbox"
    __table_args__ = (one_of("kind", IndexedKind),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    object_id: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
