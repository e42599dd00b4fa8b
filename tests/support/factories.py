"""Factories with defaults plus keyword overrides (CTFd's `gen_*` idea)."""

from __future__ import annotations

import itertools
from datetime import timedelta
from functools import cache
from typing import Any

from forum.accounts.passwords import hash_password
from forum.extensions import db
from forum.models import Area, Board, Organisation, Post, Region, Thread, Topic, User
from forum.models.areas import AreaMember, CommunityContract, LedgerEntry, ServiceStandard
from forum.models.guidance import GuidanceAttachment, GuidancePage
from forum.models.types import utcnow

PASSWORD = "harbour lantern pebble 42"
_sequence = itertools.count(1)


@cache
def _password_hash() -> str:
    # scrypt is deliberately slow; hash the shared test password once per run.
    return hash_password(PASSWORD)


def make_user(**overrides: Any) -> User:
    n = next(_sequence)
    values: dict[str, Any] = {
        "email": f"person{n}@example.org",
        "display_name": f"Person {n}",
        "password_hash": _password_hash(),
        "role": "member",
        "status": "active",
        "bio": "",
        "session_version": 1,
    }
    values.update(overrides)
    user = User(**values)
    db.session.add(user)
    db.session.commit()
    return user


def make_region(**overrides: Any) -> Region:
    n = next(_sequence)
    region = Region(**{"slug": f"region-{n}", "name": f"Region {n}", **overrides})
    db.session.add(region)
    db.session.commit()
    return region


def make_organisation(**overrides: Any) -> Organisation:
    n = next(_sequence)
    values = {"slug": f"org-{n}", "name": f"Organisation {n}", "kind": "council", **overrides}
    organisation = Organisation(**values)
    db.session.add(organisation)
    db.session.commit()
    return organisation


def make_topic(**overrides: Any) -> Topic:
    n = next(_sequence)
    topic = Topic(**{"slug": f"topic-{n}", "name": f"Topic {n}", "description": "", **overrides})
    db.session.add(topic)
    db.session.commit()
    return topic


def make_area(**overrides: Any) -> Area:
    n = next(_sequence)
    values = {
        "slug": f"area-{n}",
        "name": f"Area {n}",
        "programme": "pilot",
        "contract_stage": "drafting",
        **overrides,
    }
    area = Area(**values)
    db.session.add(area)
    db.session.commit()
    return area


def make_board(**overrides: Any) -> Board:
    n = next(_sequence)
    values = {"slug": f"board-{n}", "name": f"Board {n}", "description": "A board.", **overrides}
    board = Board(**values)
    db.session.add(board)
    db.session.commit()
    return board


def make_thread(
    *,
    board: Board,
    author: User,
    posts: int = 1,
    repliers: list[User] | None = None,
    **overrides: Any,
) -> Thread:
    """A thread with `posts` posts written straight to the tables (fast, for volume tests)."""
    n = next(_sequence)
    start = utcnow() - timedelta(days=1)
    thread = Thread(
        board_id=board.id,
        author_id=author.id,
        title=overrides.pop("title", f"Thread number {n}"),
        post_count=posts,
        last_post_at=start + timedelta(minutes=posts),
        created_at=start,
        **{"last_poster_id": author.id, **overrides},
    )
    db.session.add(thread)
    db.session.flush()
    people = [author, *(repliers or [])]
    db.session.add_all(
        Post(
            thread_id=thread.id,
            author_id=people[i % len(people)].id,
            position=i + 1,
            markdown=f"Post {i + 1} in thread {n}",
            html=f'<p class="govuk-body">Post {i + 1} in thread {n}</p>',
            created_at=start + timedelta(minutes=i),
        )
        for i in range(posts)
    )
    board.thread_count += 1
    board.post_count += posts
    board.last_post_at = thread.last_post_at
    db.session.commit()
    return thread


# --- Areas and their community contracts ---------------------------------------------------


def make_area_member(*, area: Area, user: User, role: str = "officer") -> AreaMember:
    member = AreaMember(area_id=area.id, user_id=user.id, role=role)
    db.session.add(member)
    db.session.commit()
    return member


def make_contract(*, area: Area, **overrides: Any) -> CommunityContract:
    values: dict[str, Any] = {
        "title": "Clean and Tidy agreement",
        "parties": ["The council", "Residents' association"],
        "residents_commitments": ["Put bins out only on collection day"],
        "redress_options": ["A written response", "Put the problem right"],
        "response_days": 10,
        **overrides,
    }
    contract = CommunityContract(area_id=area.id, **values)
    db.session.add(contract)
    db.session.commit()
    return contract


def make_standard(*, area: Area, topic: Topic, **overrides: Any) -> ServiceStandard:
    """A standard with the area's next number (the contract is created if missing)."""
    contract = db.session.query(CommunityContract).filter_by(area_id=area.id).one_or_none()
    if contract is None:
        contract = make_contract(area=area)
    contract.standards_issued += 1
    values: dict[str, Any] = {
        "number": contract.standards_issued,
        "provider": "Council street cleansing",
        "description": "Remove graffiti from public buildings",
        "target": "within 48 hours",
        **overrides,
    }
    standard = ServiceStandard(area_id=area.id, topic_id=topic.id, **values)
    db.session.add(standard)
    db.session.commit()
    return standard


def make_ledger_entry(*, standard: ServiceStandard, **overrides: Any) -> LedgerEntry:
    values: dict[str, Any] = {
        "recorded_on": utcnow().date() - timedelta(days=3),
        "status": "met",
        "measured_value": "",
        "evidence": "Monitoring form",
        "evidence_html": '<p class="govuk-body">Monitoring form</p>',
        **overrides,
    }
    entry = LedgerEntry(standard_id=standard.id, **values)
    db.session.add(entry)
    db.session.commit()
    return entry


def make_guidance_page(**overrides: Any) -> GuidancePage:
    """A guidance page saved the way the editor saves one (rendered, with a revision)."""
    from forum.guidance.pages import PageText, create_page
    from forum.models.guidance import GuidanceStatus

    n = next(_sequence)
    text = PageText(
        title=overrides.pop("title", f"Guidance page {n}"),
        summary=overrides.pop("summary", "What this page helps you do."),
        markdown=overrides.pop(
            "markdown",
            "An introduction.\n\n## First steps\n\nStart here.\n\n## Next\n\nThen this.\n",
        ),
        topics=overrides.pop("topics", []),
    )
    page = create_page(
        slug=overrides.pop("slug", f"guidance-{n}"),
        text=text,
        author=overrides.pop("author", None),
        status=GuidanceStatus(overrides.pop("status", "published")),
        **overrides,
    )
    db.session.commit()
    return page


def make_attachment(
    *,
    page: GuidancePage,
    data: bytes = b"Plain text notes.",
    filename: str = "notes.txt",
) -> GuidanceAttachment:
    from forum.data import guidance as guidance_data
    from forum.guidance import attachments as files

    kind = files.sniff(data)
    row = guidance_data.add_attachment(
        page_id=page.id,
        filename=filename,
        content_type=kind.content_type,
        data=data,
        text=files.extract_text(data, kind),
        uploaded_by_id=None,
    )
    db.session.commit()
    return row


# --- Files for guidance attachments ------------------------------------------------------


def make_pdf_bytes(text: str = "Bulky waste collection form") -> bytes:
    """A minimal, valid one-page PDF whose text pypdf can read (written by hand: pypdf can
    make pages but not write text onto them)."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def make_docx_bytes(*paragraphs: str, table: list[list[str]] | None = None) -> bytes:
    """A real Word document made with python-docx."""
    import io

    import docx

    document = docx.Document()
    for paragraph in paragraphs or ("Fly-tipping enforcement policy",):
        document.add_paragraph(paragraph)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
