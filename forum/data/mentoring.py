"""Queries for mentor profiles, matching rounds, offers and mentoring questions."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import joinedload, selectinload

from forum.extensions import db
from forum.models.accounts import AccountStatus, Role, User
from forum.models.areas import AreaMember
from forum.models.boards import Board, Thread
from forum.models.mentoring import (
    HOLDS_A_PLACE,
    MatchingProposal,
    MatchingRound,
    MatchStatus,
    MentorExpertise,
    MentoringMatch,
    MentoringQuestion,
    MentorProfile,
)
from forum.models.places import Area

MENTORING_BOARD_SLUG = "mentoring-questions"

_PROFILE_OPTIONS = (
    joinedload(MentorProfile.user),
    selectinload(MentorProfile.expertise).joinedload(MentorExpertise.topic),
    selectinload(MentorProfile.regions),
    selectinload(MentorProfile.conflict_organisations),
    selectinload(MentorProfile.conflict_areas),
)


# ---------------------------------------------------------------- mentors


def get_profile(*, user_id: int) -> MentorProfile | None:
    return db.session.scalar(
        select(MentorProfile).options(*_PROFILE_OPTIONS).where(MentorProfile.user_id == user_id)
    )


def add_profile(*, user: User) -> MentorProfile:
    profile = MentorProfile(user_id=user.id, user=user)
    db.session.add(profile)
    db.session.flush()
    return profile


def list_mentors() -> Sequence[MentorProfile]:
    """Active people with the mentor role and a profile, by name."""
    return db.session.scalars(
        select(MentorProfile)
        .join(User, User.id == MentorProfile.user_id)
        .options(*_PROFILE_OPTIONS)
        .where(User.role == Role.MENTOR, User.status == AccountStatus.ACTIVE)
        .order_by(User.display_name, User.id)
    ).all()


def mentors_by_id() -> list[MentorProfile]:
    """The same mentors ordered by id: a fixed order makes matching deterministic."""
    return sorted(list_mentors(), key=lambda profile: profile.user_id)


def places_taken(*, mentor_ids: Iterable[int] | None = None) -> dict[int, int]:
    """How many areas each mentor holds now (offers waiting, accepted or active)."""
    query = (
        select(MentoringMatch.mentor_id, func.count(MentoringMatch.id))
        .where(MentoringMatch.status.in_([s.value for s in HOLDS_A_PLACE]))
        .group_by(MentoringMatch.mentor_id)
    )
    if mentor_ids is not None:
        query = query.where(MentoringMatch.mentor_id.in_(list(mentor_ids)))
    return {mentor_id: count for mentor_id, count in db.session.execute(query).all()}


def mentor_user(*, user_id: int) -> User | None:
    return db.session.scalar(
        select(User).where(
            User.id == user_id, User.role == Role.MENTOR, User.status == AccountStatus.ACTIVE
        )
    )


# ---------------------------------------------------------------- areas


def get_area(*, slug: str) -> Area | None:
    return db.session.scalar(
        select(Area)
        .options(selectinload(Area.priority_topics), joinedload(Area.region))
        .where(Area.slug == slug)
    )


def list_areas() -> Sequence[Area]:
    return db.session.scalars(
        select(Area)
        .options(selectinload(Area.priority_topics), joinedload(Area.region))
        .order_by(Area.id)
    ).all()


def areas_without_mentor() -> Sequence[Area]:
    """Areas with no mentor and no offer waiting, by id (deterministic matching)."""
    holding = select(MentoringMatch.area_id).where(
        MentoringMatch.status.in_([s.value for s in HOLDS_A_PLACE])
    )
    return db.session.scalars(
        select(Area)
        .options(selectinload(Area.priority_topics), joinedload(Area.region))
        .where(Area.id.not_in(holding))
        .order_by(Area.id)
    ).all()


def member_areas(*, user_id: int) -> Sequence[Area]:
    return db.session.scalars(
        select(Area)
        .join(AreaMember, AreaMember.area_id == Area.id)
        .where(AreaMember.user_id == user_id)
        .order_by(Area.name)
    ).all()


def area_member_users(*, area_id: int) -> Sequence[User]:
    return db.session.scalars(
        select(User)
        .join(AreaMember, AreaMember.user_id == User.id)
        .where(AreaMember.area_id == area_id, User.status == AccountStatus.ACTIVE)
        .order_by(User.id)
    ).all()


def admins() -> Sequence[User]:
    return db.session.scalars(
        select(User)
        .where(User.role == Role.ADMIN, User.status == AccountStatus.ACTIVE)
        .order_by(User.id)
    ).all()


# ---------------------------------------------------------------- offers and matches


def get_match(*, match_id: int) -> MentoringMatch | None:
    return db.session.scalar(
        select(MentoringMatch)
        .options(
            joinedload(MentoringMatch.area),
            joinedload(MentoringMatch.mentor),
            selectinload(MentoringMatch.history),
        )
        .where(MentoringMatch.id == match_id)
    )


def current_matches(*, area_id: int) -> Sequence[MentoringMatch]:
    """The area's offers waiting and mentors now."""
    return db.session.scalars(
        select(MentoringMatch)
        .options(joinedload(MentoringMatch.mentor))
        .where(
            MentoringMatch.area_id == area_id,
            MentoringMatch.status.in_([s.value for s in HOLDS_A_PLACE]),
        )
        .order_by(MentoringMatch.offered_at, MentoringMatch.id)
    ).all()


def area_matches(*, area_id: int) -> Sequence[MentoringMatch]:
    return db.session.scalars(
        select(MentoringMatch)
        .options(joinedload(MentoringMatch.mentor))
        .where(MentoringMatch.area_id == area_id)
        .order_by(MentoringMatch.offered_at.desc(), MentoringMatch.id.desc())
    ).all()


def mentor_matches(
    *, mentor_id: int, statuses: Sequence[MatchStatus] = HOLDS_A_PLACE
) -> Sequence[MentoringMatch]:
    return db.session.scalars(
        select(MentoringMatch)
        .options(joinedload(MentoringMatch.area))
        .where(
            MentoringMatch.mentor_id == mentor_id,
            MentoringMatch.status.in_([s.value for s in statuses]),
        )
        .order_by(MentoringMatch.offered_at, MentoringMatch.id)
    ).all()


def open_offers() -> Sequence[MentoringMatch]:
    return db.session.scalars(
        select(MentoringMatch)
        .options(joinedload(MentoringMatch.area), joinedload(MentoringMatch.mentor))
        .where(MentoringMatch.status == MatchStatus.OFFERED)
        .order_by(MentoringMatch.deadline, MentoringMatch.id)
    ).all()


def active_matches() -> Sequence[MentoringMatch]:
    return db.session.scalars(
        select(MentoringMatch)
        .options(joinedload(MentoringMatch.area), joinedload(MentoringMatch.mentor))
        .where(MentoringMatch.status == MatchStatus.ACTIVE)
        .order_by(MentoringMatch.started_at, MentoringMatch.id)
    ).all()


def offers_due(*, now: datetime) -> Sequence[MentoringMatch]:
    return db.session.scalars(
        select(MentoringMatch)
        .options(joinedload(MentoringMatch.area), joinedload(MentoringMatch.mentor))
        .where(MentoringMatch.status == MatchStatus.OFFERED, MentoringMatch.deadline < now)
        .order_by(MentoringMatch.deadline, MentoringMatch.id)
    ).all()


def claim_offer_expiry(*, match_id: int, now: datetime) -> bool:
    """Mark one overdue offer expired, unless another run (or the mentor's answer) got
    there first: the conditional update is what makes each offer expire exactly once."""
    result = db.session.execute(
        update(MentoringMatch)
        .where(
            MentoringMatch.id == match_id,
            MentoringMatch.status == MatchStatus.OFFERED,
            MentoringMatch.deadline < now,
        )
        .values(status=MatchStatus.EXPIRED.value)
        .execution_options(synchronize_session=False)
    )
    return result.rowcount == 1  # type: ignore[attr-defined]


def claim_answer(*, match_id: int, status: MatchStatus, now: datetime) -> bool:
    """Record the mentor's answer only while the offer is still open: an answer racing the
    expiry job (or a second click) must not overwrite what happened first."""
    result = db.session.execute(
        update(MentoringMatch)
        .where(
            MentoringMatch.id == match_id,
            MentoringMatch.status == MatchStatus.OFFERED,
            or_(MentoringMatch.deadline.is_(None), MentoringMatch.deadline >= now),
        )
        .values(status=status.value)
        .execution_options(synchronize_session=False)
    )
    return result.rowcount == 1  # type: ignore[attr-defined]


def mentors_already_tried(*, area_id: int) -> set[int]:
    """Mentors who declined this area or let its offer expire: never offered it again."""
    return set(
        db.session.scalars(
            select(MentoringMatch.mentor_id).where(
                MentoringMatch.area_id == area_id,
                MentoringMatch.status.in_([MatchStatus.DECLINED, MatchStatus.EXPIRED]),
            )
        )
    )


# ---------------------------------------------------------------- rounds


def latest_round() -> MatchingRound | None:
    return db.session.scalar(
        select(MatchingRound)
        .options(
            selectinload(MatchingRound.proposals).joinedload(MatchingProposal.area),
            selectinload(MatchingRound.proposals).joinedload(MatchingProposal.mentor),
        )
        .order_by(MatchingRound.created_at.desc(), MatchingRound.id.desc())
        .limit(1)
    )


def round_runner(*, round_id: int) -> User | None:
    """Who ran a matching round (None once their account has gone)."""
    return db.session.scalar(
        select(User)
        .join(MatchingRound, MatchingRound.created_by_id == User.id)
        .where(MatchingRound.id == round_id)
    )


def get_round(*, round_id: int) -> MatchingRound | None:
    return db.session.scalar(
        select(MatchingRound)
        .options(
            selectinload(MatchingRound.proposals).joinedload(MatchingProposal.area),
            selectinload(MatchingRound.proposals).joinedload(MatchingProposal.mentor),
        )
        .where(MatchingRound.id == round_id)
    )


# ---------------------------------------------------------------- questions


def mentoring_board() -> Board | None:
    return db.session.scalar(select(Board).where(Board.slug == MENTORING_BOARD_SLUG))


def add_mentoring_board() -> Board:
    board = Board(
        slug=MENTORING_BOARD_SLUG,
        name="Mentoring questions",
        description=(
            "Questions areas ask their mentors. Each one is seen only by the area, its "
            "mentors and programme staff."
        ),
        private=True,
        position=1000,
    )
    db.session.add(board)
    db.session.flush()
    return board


def get_question(*, thread_id: int) -> MentoringQuestion | None:
    return db.session.scalar(
        select(MentoringQuestion)
        .options(joinedload(MentoringQuestion.thread), joinedload(MentoringQuestion.area))
        .where(MentoringQuestion.thread_id == thread_id)
    )


def _questions_query():  # type: ignore[no-untyped-def]
    return (
        select(MentoringQuestion)
        .join(Thread, Thread.id == MentoringQuestion.thread_id)
        .join(Board, Board.id == Thread.board_id)
        .options(
            joinedload(MentoringQuestion.thread).joinedload(Thread.board),
            joinedload(MentoringQuestion.thread).joinedload(Thread.author),
            joinedload(MentoringQuestion.area),
            joinedload(MentoringQuestion.mentor),
        )
        .where(Thread.hidden.is_(False), Board.private.is_(True))
    )


def unanswered_questions_for_mentor(*, mentor_id: int, area_ids: Iterable[int]) -> list:  # type: ignore[type-arg]
    """Questions a mentor should answer, oldest first: addressed to them, asked by one of
    their areas, or open to every mentor."""
    areas = list(area_ids)
    addressed = (
        (MentoringQuestion.mentor_id == mentor_id)
        | (MentoringQuestion.mentor_id.is_(None))
        | (MentoringQuestion.offered_to_all_at.is_not(None))
    )
    if areas:
        addressed = addressed | MentoringQuestion.area_id.in_(areas)
    return list(
        db.session.scalars(
            _questions_query()
            .where(MentoringQuestion.first_answer_at.is_(None), addressed)
            .order_by(MentoringQuestion.asked_at, MentoringQuestion.thread_id)
        ).all()
    )


def area_questions(*, area_id: int, limit: int = 50) -> list:  # type: ignore[type-arg]
    return list(
        db.session.scalars(
            _questions_query()
            .where(MentoringQuestion.area_id == area_id)
            .order_by(MentoringQuestion.asked_at.desc(), MentoringQuestion.thread_id.desc())
            .limit(limit)
        ).all()
    )


def questions_awaiting_publication() -> list:  # type: ignore[type-arg]
    return list(
        db.session.scalars(
            _questions_query()
            .where(
                MentoringQuestion.publish_consent.is_(True),
                MentoringQuestion.first_answer_at.is_not(None),
                MentoringQuestion.published_at.is_(None),
            )
            .order_by(MentoringQuestion.asked_at)
        ).all()
    )


def answer_times(*, mentor_id: int) -> list[tuple[datetime, datetime]]:
    """(asked, first answered) for every question this mentor answered first."""
    rows = db.session.execute(
        select(MentoringQuestion.asked_at, MentoringQuestion.first_answer_at).where(
            MentoringQuestion.first_answer_by_id == mentor_id,
            MentoringQuestion.first_answer_at.is_not(None),
        )
    ).all()
    return [(asked, answered) for asked, answered in rows]


def questions_to_escalate(*, asked_before: datetime) -> Sequence[MentoringQuestion]:
    return db.session.scalars(
        select(MentoringQuestion)
        .options(joinedload(MentoringQuestion.thread), joinedload(MentoringQuestion.area))
        .where(
            MentoringQuestion.mentor_id.is_not(None),
            MentoringQuestion.first_answer_at.is_(None),
            MentoringQuestion.offered_to_all_at.is_(None),
            MentoringQuestion.asked_at < asked_before,
        )
        .order_by(MentoringQuestion.asked_at, MentoringQuestion.thread_id)
    ).all()


def claim_escalation(*, thread_id: int, now: datetime) -> bool:
    """Open one question to every mentor, unless another run already did (exactly once)."""
    result = db.session.execute(
        update(MentoringQuestion)
        .where(
            MentoringQuestion.thread_id == thread_id,
            MentoringQuestion.offered_to_all_at.is_(None),
            MentoringQuestion.first_answer_at.is_(None),
        )
        .values(offered_to_all_at=now)
        .execution_options(synchronize_session=False)
    )
    return result.rowcount == 1  # type: ignore[attr-defined]


def note_reply(*, thread: Thread, author: User, at: datetime) -> None:
    """The first reply by a mentor (or staff) to a mentoring question is its first answer."""
    if author.id == thread.author_id or author.role == Role.MEMBER:
        return
    db.session.execute(
        update(MentoringQuestion)
        .where(
            MentoringQuestion.thread_id == thread.id,
            MentoringQuestion.first_answer_at.is_(None),
        )
        .values(first_answer_at=at, first_answer_by_id=author.id)
    )


def area_member_pairs(*, area_ids: Iterable[int] | None = None) -> set[tuple[int, int]]:
    """(area id, user id) for every area membership: a mentor never mentors their own area."""
    query = select(AreaMember.area_id, AreaMember.user_id)
    if area_ids is not None:
        query = query.where(AreaMember.area_id.in_(list(area_ids)))
    return {(area_id, user_id) for area_id, user_id in db.session.execute(query).all()}


def active_matches_for_area(*, area_id: int) -> Sequence[MentoringMatch]:
    return db.session.scalars(
        select(MentoringMatch)
        .options(joinedload(MentoringMatch.mentor))
        .where(MentoringMatch.area_id == area_id, MentoringMatch.status == MatchStatus.ACTIVE)
        .order_by(MentoringMatch.started_at, MentoringMatch.id)
    ).all()


def add_question(*, question: MentoringQuestion) -> None:
    db.session.add(question)
    db.session.flush()
