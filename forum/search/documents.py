"""What the index holds: plain documents built from database rows, the same for both backends."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime

PUBLIC = "public"
EDITORS = "editors"  # drafts: only people who may edit guidance find them


@dataclass(frozen=True)
class Document:
    """One searchable unit. Guidance pages are split into sections (and attachments) so a
    hit can link to the part that answers; every document of a page or a thread shares a
    `group`, so results show each page or thread once, at its best-matching part."""

    id: str  # "section:<page>:<anchor>", "attachment:<id>", "thread:<id>", "post:<id>"
    group: str  # "guidance:<page id>" or "thread:<thread id>"
    kind: str  # what people filter on: guidance, thread or post
    source: str  # section, attachment, thread or post
    title: str
    url: str
    created_at: datetime
    heading: str = ""
    body: str = ""
    topics: tuple[str, ...] = ()  # slugs
    topic_names: tuple[str, ...] = ()
    board: str | None = None
    area: str | None = None
    region: str | None = None
    author: str | None = None
    audience: str = PUBLIC
    extra: dict[str, str] = field(default_factory=dict, compare=False, hash=False)

    @property
    def stamp(self) -> str:
        """Changes whenever anything indexed changes: reconcile compares these."""
        parts = (
            self.group,
            self.kind,
            self.title,
            self.url,
            self.heading,
            self.body,
            ",".join(self.topics),
            " ".join(self.topic_names),
            self.board or "",
            self.area or "",
            self.region or "",
            self.author or "",
            self.audience,
            self.created_at.isoformat(),
        )
        return hashlib.blake2b("\x1f".join(parts).encode(), digest_size=12).hexdigest()
