"""Who should mentor which area: an explainable score, and an optimal programme-wide assignment.

Pure functions on plain values (no Flask, no database) so that the rules shown to people are
the rules that are tested. Routes turn rows into `AreaNeeds` / `MentorProfile`, call these,
and store what comes back.
"""

from __future__ import annotations

import operator
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np


@dataclass(frozen=True)
class Weights:
    """Every number a score is made of, in one place, so the reasons shown can be trusted.

    Topic fit is worth most because it is what the mentor will be asked about; it is the
    share of the area's priorities covered (weighted by level, 3 = expert), so an area with
    many priorities is not favoured over one with few in a programme-wide round. A shared
    region (same networks, same police force, easy visits) comes next. Experience and spare
    places only separate mentors who are otherwise close. Best possible score: 113.
    """

    topics: float = 60.0  # every priority topic covered at level 3
    same_region: float = 20.0
    signed_contract: float = 10.0  # the area has no live contract yet: the experience it needs
    signed_contract_live: float = 5.0  # the area's contract is already signed
    per_area_mentored: float = 2.0
    areas_mentored_counted: int = 5
    per_year: float = 1.0
    years_counted: int = 10
    per_place_left: float = 1.0  # spreads work across mentors rather than filling one up
    places_counted: int = 3


WEIGHTS = Weights()
TOP_LEVEL = 3
# Stages where a contract is not (or no longer) in force, so a mentor who has seen one
# signed brings the most.
STAGES_WITHOUT_LIVE_CONTRACT = frozenset({"exploring", "drafting", "consulting"})


@dataclass(frozen=True)
class AreaNeeds:
    priority_topics: frozenset[str]  # topic slugs
    region: str | None
    contract_stage: str


@dataclass(frozen=True)
class MentorProfile:
    expertise: Mapping[str, int]  # topic slug -> level 1..3
    regions: frozenset[str]
    areas_mentored: int
    years_experience: int
    signed_contracts: int
    capacity_left: int
    available: bool

    def __post_init__(self) -> None:
        for slug, level in self.expertise.items():
            if not 1 <= level <= TOP_LEVEL:
                raise ValueError(f"expertise level for {slug!r} must be 1 to 3, got {level!r}")
        for name in ("areas_mentored", "years_experience", "signed_contracts"):
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must not be negative")


@dataclass(frozen=True)
class Match:
    score: float
    reasons: tuple[str, ...]


def is_open(mentor: MentorProfile) -> bool:
    """Whether the mentor can take an area now; callers forbid (or zero) everyone else."""
    return mentor.available and mentor.capacity_left > 0


def places(mentors: Sequence[MentorProfile]) -> list[int]:
    """Capacities for `assign`: a mentor who is not open gets none."""
    return [mentor.capacity_left if is_open(mentor) else 0 for mentor in mentors]


def _covered(area: AreaNeeds, mentor: MentorProfile) -> list[str]:
    return [slug for slug in area.priority_topics if slug in mentor.expertise]


def fit_score(area: AreaNeeds, mentor: MentorProfile, weights: Weights = WEIGHTS) -> float:
    """The number alone (no reasons), for scoring a whole programme quickly."""
    if not is_open(mentor):
        return 0.0
    points = 0.0
    if area.priority_topics:
        levels = sum(mentor.expertise[slug] for slug in _covered(area, mentor))
        points += weights.topics * levels / (TOP_LEVEL * len(area.priority_topics))
    if area.region is not None and area.region in mentor.regions:
        points += weights.same_region
    if mentor.signed_contracts > 0:
        live = area.contract_stage not in STAGES_WITHOUT_LIVE_CONTRACT
        points += weights.signed_contract_live if live else weights.signed_contract
    points += weights.per_area_mentored * min(mentor.areas_mentored, weights.areas_mentored_counted)
    points += weights.per_year * min(mentor.years_experience, weights.years_counted)
    points += weights.per_place_left * min(mentor.capacity_left, weights.places_counted)
    return points


def score_matrix(
    areas: Sequence[AreaNeeds], mentors: Sequence[MentorProfile], weights: Weights = WEIGHTS
) -> list[list[float]]:
    """`scores[i][j]` for `assign`; explain only the pairs people look at with `score`."""
    return [[fit_score(area, mentor, weights) for mentor in mentors] for area in areas]


def score(area: AreaNeeds, mentor: MentorProfile, topic_names: Mapping[str, str]) -> Match:
    """The fit of `mentor` for `area` and the reasons for it, in words shown to people.

    `topic_names` maps slugs to display names; a slug missing from it is shown as itself, so
    a stale name list never stops a matching round.
    """
    if not is_open(mentor):
        closed = []
        if not mentor.available:
            closed.append("is not taking on new areas at the moment")
        if mentor.capacity_left <= 0:
            closed.append("has no places left")
        return Match(0.0, tuple(closed))
    reasons = [
        _topic_reason(area, mentor, topic_names),
        _region_reason(area, mentor),
        _contracts_reason(area, mentor),
        _plural(mentor.areas_mentored, "area", "has mentored {} before")
        if mentor.areas_mentored
        else "has not mentored an area yet",
        _plural(mentor.years_experience, "year", "{} of experience")
        if mentor.years_experience
        else None,
        _plural(mentor.capacity_left, "place", "{} left"),
    ]
    return Match(fit_score(area, mentor), tuple(reason for reason in reasons if reason))


def _plural(count: int, noun: str, template: str) -> str:
    return template.format(f"{count} {noun}" if count == 1 else f"{count} {noun}s")


def _display(slug: str, topic_names: Mapping[str, str]) -> str:
    name = topic_names.get(slug, slug)
    # "Street lighting" reads "street lighting" mid-sentence; "ASB" stays as it is.
    if len(name) > 1 and name[0].isupper() and name[1].islower():
        return name[0].lower() + name[1:]
    return name


def _topic_reason(area: AreaNeeds, mentor: MentorProfile, topic_names: Mapping[str, str]) -> str:
    wanted = len(area.priority_topics)
    covered = _covered(area, mentor)
    if not wanted:
        return "the area has not chosen its priority topics yet"
    if not covered:
        return "covers none of the area's priority topics"
    names = ", ".join(sorted(_display(slug, topic_names) for slug in covered))
    if wanted == 1:
        reason = f"covers the area's priority topic: {names}"
    elif len(covered) == wanted:
        every = "both" if wanted == 2 else f"all {wanted}"
        reason = f"covers {every} of the area's priority topics: {names}"
    else:
        reason = f"covers {len(covered)} of the area's {wanted} priority topics: {names}"
    expert = sorted(
        _display(slug, topic_names) for slug in covered if mentor.expertise[slug] == TOP_LEVEL
    )
    if expert:
        reason += f" (expert in {', '.join(expert)})"
    return reason


def _region_reason(area: AreaNeeds, mentor: MentorProfile) -> str | None:
    if area.region is None:
        return None
    if area.region in mentor.regions:
        return "works in the same region"
    return "does not work in the area's region"


def _contracts_reason(area: AreaNeeds, mentor: MentorProfile) -> str | None:
    if mentor.signed_contracts == 1:
        return "has mentored a signed contract"
    if mentor.signed_contracts > 1:
        return f"has mentored {mentor.signed_contracts} signed contracts"
    if area.contract_stage in STAGES_WITHOUT_LIVE_CONTRACT:
        return "has not yet seen a contract through to signing"
    return None


def assign(
    scores: Sequence[Sequence[float]],
    capacities: Sequence[int],
    forbidden: Collection[tuple[int, int]] = (),
) -> list[int | None]:
    """Each area's mentor index, or None: most areas matched first, then the largest total.

    Exact, by reduction to one rectangular assignment problem. Mentor j becomes one column
    per place it can fill (at most one per area that may have it, so never more than the
    number of areas). An allowed cell costs -(BIG + w), where w is the score rescaled to
    [0, 1] over the allowed cells; forbidden cells cost 0, so they are only chosen as filler
    and are read back as None. Every assignment with k real matches costs
    -(k * BIG + W) with 0 <= W <= k, and BIG = (most matches possible) + 1 > k, so one more
    match always outweighs any gain in score: the solver's minimum is the maximum number of
    matches and, among those, the largest total (W is total score less k times the minimum,
    an affine map for fixed k). Costs stay within [-(BIG + 1), 0]: rounding is of the order
    areas * BIG * 1e-16 of the score range (1e-10 for 1,000 areas), while a missed match would
    cost at least 1. The matrix has areas x (sum of places) cells, so very large capacities
    for very many areas cost memory, never correctness.

    Ties: `linear_sum_assignment` is deterministic, so the same inputs in the same order
    always give the same answer; among equally good assignments its fixed search order
    decides. Callers wanting a particular preference fold it into the scores or order the
    areas and mentors (for example by id).
    """
    import numpy as np  # imported when needed: SciPy costs ~40 MiB a process
    from scipy.optimize import linear_sum_assignment

    fit = _score_array(scores, len(capacities))
    areas, mentors = fit.shape
    slots = np.array(
        [min(max(_whole(capacity, j), 0), areas) for j, capacity in enumerate(capacities)],
        dtype=np.intp,
    )
    allowed = np.ones((areas, mentors), dtype=bool)
    for pair in forbidden:
        allowed[_pair(pair, areas, mentors)] = False
    allowed &= slots > 0
    if not allowed.any():
        return [None] * areas
    slots = np.minimum(slots, allowed.sum(axis=0))
    owner = np.repeat(np.arange(mentors), slots)
    lowest, highest = fit[allowed].min(), fit[allowed].max()
    half_span = highest / 2 - lowest / 2  # halves: no overflow for scores near the float limit
    weight = np.zeros_like(fit)
    if half_span > 0:
        weight[allowed] = (fit[allowed] / 2 - lowest / 2) / half_span
    big = min(areas, owner.size) + 1
    cost = np.where(allowed, -(big + weight), 0.0)[:, owner]
    result: list[int | None] = [None] * areas
    for row, column in zip(*linear_sum_assignment(cost), strict=True):
        mentor = int(owner[column])
        if allowed[row, mentor]:
            result[int(row)] = mentor
    return result


def _score_array(scores: Sequence[Sequence[float]], mentors: int) -> np.ndarray:
    import numpy as np

    rows = list(scores)
    for i, row in enumerate(rows):
        try:
            width = len(row)
        except TypeError:
            raise ValueError(f"scores[{i}] is not a row of scores") from None
        if width != mentors:
            raise ValueError(
                f"scores[{i}] has {width} entries but there are {mentors} mentors (capacities)"
            )
    given = np.asarray(rows) if rows else np.zeros((0, mentors))
    if given.dtype.kind not in "biuf":  # None, text or objects: not silently NaN or parsed
        raise ValueError("scores must all be numbers")
    fit = given.astype(float).reshape(len(rows), mentors)
    if not np.isfinite(fit).all():
        raise ValueError("scores must be finite numbers (no NaN or infinity)")
    return fit


def _whole(value: object, j: int) -> int:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    try:
        return operator.index(value)  # type: ignore[arg-type]
    except TypeError:
        raise ValueError(f"capacities[{j}] must be a whole number, got {value!r}") from None


def _pair(pair: object, areas: int, mentors: int) -> tuple[int, int]:
    try:
        i, j = pair  # type: ignore[misc]
        i, j = operator.index(i), operator.index(j)
    except (TypeError, ValueError):
        raise ValueError(f"forbidden pairs must be (area, mentor) indexes, got {pair!r}") from None
    if not (0 <= i < areas and 0 <= j < mentors):
        raise ValueError(f"forbidden pair {pair!r} is outside {areas} areas and {mentors} mentors")
    return i, j
