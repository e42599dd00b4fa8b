"""Mentor matching: `assign` against brute force, and the scores and reasons people see."""

from __future__ import annotations

import itertools
import math
from collections import Counter

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from forum.mentoring.matching import (
    WEIGHTS,
    AreaNeeds,
    MentorProfile,
    assign,
    fit_score,
    places,
    score,
    score_matrix,
)

TOLERANCE = 1e-6

# ---------------------------------------------------------------- assignment, by brute force


def brute_force(
    scores: list[list[float]], capacities: list[int], forbidden: set[tuple[int, int]]
) -> tuple[int, float]:
    """The best (areas matched, total score) over every possible assignment."""
    mentors = len(capacities)
    choices = [
        [None, *(j for j in range(mentors) if capacities[j] > 0 and (i, j) not in forbidden)]
        for i in range(len(scores))
    ]
    best = (0, 0.0)
    for pick in itertools.product(*choices):
        used = Counter(j for j in pick if j is not None)
        if any(used[j] > capacities[j] for j in used):
            continue
        matched = [(i, j) for i, j in enumerate(pick) if j is not None]
        best = max(best, (len(matched), math.fsum(scores[i][j] for i, j in matched)))
    return best


def outcome(scores: list[list[float]], result: list[int | None]) -> tuple[int, float]:
    matched = [(i, j) for i, j in enumerate(result) if j is not None]
    return len(matched), math.fsum(scores[i][j] for i, j in matched)


def check_valid(
    result: list[int | None],
    areas: int,
    capacities: list[int],
    forbidden: set[tuple[int, int]],
) -> None:
    assert len(result) == areas
    for i, j in enumerate(result):
        assert j is None or (isinstance(j, int) and 0 <= j < len(capacities))
        assert (i, j) not in forbidden
    for j, taken in Counter(j for j in result if j is not None).items():
        assert taken <= capacities[j]


def check_optimal(
    scores: list[list[float]], capacities: list[int], forbidden: set[tuple[int, int]]
) -> list[int | None]:
    result = assign(scores, capacities, forbidden)
    check_valid(result, len(scores), capacities, forbidden)
    matched, total = outcome(scores, result)
    best_matched, best_total = brute_force(scores, capacities, forbidden)
    assert matched == best_matched
    assert total == pytest.approx(best_total, rel=TOLERANCE, abs=TOLERANCE)
    return result


score_values = st.one_of(
    st.integers(min_value=-3, max_value=3).map(float),  # many ties
    st.floats(min_value=-1000, max_value=1000, allow_nan=False, allow_infinity=False),
)


@st.composite
def instances(draw: st.DrawFn) -> tuple[list[list[float]], list[int], set[tuple[int, int]]]:
    areas = draw(st.integers(min_value=0, max_value=5))
    mentors = draw(st.integers(min_value=0, max_value=4))
    scores = [[draw(score_values) for _ in range(mentors)] for _ in range(areas)]
    capacities = [draw(st.integers(min_value=-1, max_value=3)) for _ in range(mentors)]
    pairs = [(i, j) for i in range(areas) for j in range(mentors)]
    forbidden = (
        set(pairs)
        if draw(st.booleans()) and draw(st.booleans())
        else draw(st.sets(st.sampled_from(pairs)))
        if pairs
        else set()
    )
    return scores, capacities, forbidden


@settings(max_examples=300, deadline=None)
@given(instances())
def test_assign_matches_brute_force(
    instance: tuple[list[list[float]], list[int], set[tuple[int, int]]],
) -> None:
    check_optimal(*instance)


@settings(max_examples=300, deadline=None)
@given(instances())
def test_assign_is_deterministic(
    instance: tuple[list[list[float]], list[int], set[tuple[int, int]]],
) -> None:
    scores, capacities, forbidden = instance
    assert assign(scores, capacities, forbidden) == assign(scores, capacities, forbidden)


def test_everything_forbidden_matches_no_one() -> None:
    scores = [[1.0, 2.0], [3.0, 4.0]]
    everything = {(i, j) for i in range(2) for j in range(2)}
    assert assign(scores, [2, 2], everything) == [None, None]


@pytest.mark.parametrize("capacity", [0, -1, -5])
def test_zero_or_negative_capacity_gives_no_places(capacity: int) -> None:
    assert assign([[9.0, 1.0], [9.0, 1.0]], [capacity, 1]) in ([1, None], [None, 1])


def test_more_areas_than_places_matches_the_best_ones() -> None:
    scores = [[1.0], [5.0], [3.0], [4.0]]
    assert assign(scores, [2]) == [None, 0, None, 0]


def test_capacity_above_the_number_of_areas_is_fine() -> None:
    assert assign([[1.0, 0.0], [1.0, 0.0]], [100, 100]) == [0, 0]


def test_negative_scores_still_count_as_matches() -> None:
    assert assign([[-10.0], [-1.0]], [2]) == [0, 0]
    assert assign([[-10.0], [-1.0]], [1]) == [None, 0]


def test_more_matches_beat_a_higher_score() -> None:
    # Area 0 prefers mentor 0, but area 1 can only have mentor 0: both get a mentor.
    scores = [[100.0, 0.0], [1.0, 50.0]]
    assert check_optimal(scores, [1, 1], {(1, 1)}) == [1, 0]


def test_beats_greedy() -> None:
    # Greedy takes the best pair (0, 0) first and ends with 10; the optimum is 9 + 9.
    scores = [[10.0, 9.0], [9.0, 0.0]]
    assert check_optimal(scores, [1, 1], set()) == [1, 0]


def test_empty_inputs() -> None:
    assert assign([], []) == []
    assert assign([], [3]) == []
    assert assign([[], []], []) == [None, None]


def test_accepts_numpy_arrays_and_whole_floats() -> None:
    assert assign(np.array([[1.0, 2.0]]), np.array([1, 1])) == [1]
    assert assign([[1.0, 2.0]], [1.0, 0.0]) == [0]


def test_large_and_tiny_scores_stay_exact() -> None:
    check_optimal([[1e300, -1e300], [-1e300, 1e300]], [1, 1], set())
    check_optimal([[1e-9, 2e-9], [2e-9, 1e-9]], [1, 1], set())


@pytest.mark.parametrize(
    ("scores", "capacities", "forbidden", "message"),
    [
        ([[1.0, 2.0], [3.0]], [1, 1], (), r"scores\[1\] has 1 entries but there are 2 mentors"),
        ([[1.0, 2.0]], [1], (), "there are 1 mentors"),
        ([1.0, 2.0], [1, 1], (), r"scores\[0\] is not a row"),
        ([[1.0, math.nan]], [1, 1], (), "finite"),
        ([[1.0, math.inf]], [1, 1], (), "finite"),
        ([[1.0, None]], [1, 1], (), "must all be numbers"),
        ([[1.0]], [1.5], (), r"capacities\[0\] must be a whole number"),
        ([[1.0]], ["2"], (), "whole number"),
        ([[1.0]], [1], [(0, 1)], "outside 1 areas and 1 mentors"),
        ([[1.0]], [1], [(-1, 0)], "outside"),
        ([[1.0]], [1], [(0,)], "forbidden pairs must be"),
    ],
)
def test_bad_input_is_a_clear_value_error(
    scores: object, capacities: object, forbidden: object, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        assign(scores, capacities, forbidden)  # type: ignore[arg-type]


# ---------------------------------------------------------------- scores and their reasons

NAMES = {
    "graffiti": "Graffiti",
    "litter": "Litter",
    "street-lighting": "Street lighting",
    "dog-fouling": "Dog fouling",
    "ASB": "ASB",
}


def area_needs(**changes: object) -> AreaNeeds:
    values: dict[str, object] = {
        "priority_topics": frozenset({"graffiti", "litter", "street-lighting", "dog-fouling"}),
        "region": "north-west",
        "contract_stage": "drafting",
    }
    return AreaNeeds(**(values | changes))  # type: ignore[arg-type]


def mentor_profile(**changes: object) -> MentorProfile:
    values: dict[str, object] = {
        "expertise": {"graffiti": 2, "litter": 2, "street-lighting": 1},
        "regions": frozenset({"north-west"}),
        "areas_mentored": 2,
        "years_experience": 6,
        "signed_contracts": 1,
        "capacity_left": 1,
        "available": True,
    }
    return MentorProfile(**(values | changes))  # type: ignore[arg-type]


def test_reasons_read_as_plain_words() -> None:
    match = score(area_needs(), mentor_profile(), NAMES)
    assert match.reasons == (
        "covers 3 of the area's 4 priority topics: graffiti, litter, street lighting",
        "works in the same region",
        "has mentored a signed contract",
        "has mentored 2 areas before",
        "6 years of experience",
        "1 place left",
    )
    assert match.score == fit_score(area_needs(), mentor_profile())


def test_reasons_for_a_weak_fit() -> None:
    mentor = mentor_profile(
        expertise={"ASB": 3},
        regions=frozenset({"london"}),
        areas_mentored=0,
        years_experience=0,
        signed_contracts=0,
        capacity_left=3,
    )
    assert score(area_needs(), mentor, NAMES).reasons == (
        "covers none of the area's priority topics",
        "does not work in the area's region",
        "has not yet seen a contract through to signing",
        "has not mentored an area yet",
        "3 places left",
    )


def test_topic_reason_wording() -> None:
    expert = mentor_profile(expertise={"graffiti": 3, "ASB": 3, "litter": 1})
    one = area_needs(priority_topics=frozenset({"graffiti"}))
    assert score(one, expert, NAMES).reasons[0] == (
        "covers the area's priority topic: graffiti (expert in graffiti)"
    )
    both = area_needs(priority_topics=frozenset({"ASB", "litter"}))
    assert score(both, expert, NAMES).reasons[0] == (
        "covers both of the area's priority topics: ASB, litter (expert in ASB)"
    )
    three = area_needs(priority_topics=frozenset({"ASB", "graffiti", "litter"}))
    assert (
        score(three, expert, NAMES)
        .reasons[0]
        .startswith("covers all 3 of the area's priority topics: ASB, graffiti, litter")
    )
    none_chosen = area_needs(priority_topics=frozenset())
    assert score(none_chosen, expert, NAMES).reasons[0] == (
        "the area has not chosen its priority topics yet"
    )
    unnamed = area_needs(priority_topics=frozenset({"fly-tipping"}))
    assert score(unnamed, mentor_profile(expertise={"fly-tipping": 2}), {}).reasons[0] == (
        "covers the area's priority topic: fly-tipping"
    )


def test_several_signed_contracts_and_no_region() -> None:
    reasons = score(area_needs(region=None), mentor_profile(signed_contracts=3), NAMES).reasons
    assert "has mentored 3 signed contracts" in reasons
    assert not any("region" in reason for reason in reasons)


def test_signed_contract_experience_counts_most_before_signing() -> None:
    mentor = mentor_profile()
    before = fit_score(area_needs(contract_stage="exploring"), mentor)
    after = fit_score(area_needs(contract_stage="monitoring"), mentor)
    assert before - after == WEIGHTS.signed_contract - WEIGHTS.signed_contract_live


@pytest.mark.parametrize(
    ("changes", "reasons"),
    [
        ({"available": False}, ("is not taking on new areas at the moment",)),
        ({"capacity_left": 0}, ("has no places left",)),
        (
            {"available": False, "capacity_left": -1},
            ("is not taking on new areas at the moment", "has no places left"),
        ),
    ],
)
def test_closed_mentors_score_zero_and_say_why(
    changes: dict[str, object], reasons: tuple[str, ...]
) -> None:
    mentor = mentor_profile(**changes)
    assert score(area_needs(), mentor, NAMES).score == 0.0
    assert score(area_needs(), mentor, NAMES).reasons == reasons
    assert places([mentor, mentor_profile(capacity_left=4)]) == [0, 4]


def test_expertise_levels_are_checked() -> None:
    with pytest.raises(ValueError, match="must be 1 to 3"):
        mentor_profile(expertise={"litter": 4})
    with pytest.raises(ValueError, match="must not be negative"):
        mentor_profile(years_experience=-1)


topic_slugs = st.sampled_from(sorted(NAMES))
mentors = st.builds(
    MentorProfile,
    expertise=st.dictionaries(topic_slugs, st.integers(min_value=1, max_value=3)),
    regions=st.frozensets(st.sampled_from(["north-west", "london", "yorkshire"])),
    areas_mentored=st.integers(min_value=0, max_value=20),
    years_experience=st.integers(min_value=0, max_value=40),
    signed_contracts=st.integers(min_value=0, max_value=5),
    capacity_left=st.integers(min_value=-1, max_value=6),
    available=st.booleans(),
)
areas = st.builds(
    AreaNeeds,
    priority_topics=st.frozensets(topic_slugs),
    region=st.one_of(st.none(), st.sampled_from(["north-west", "london"])),
    contract_stage=st.sampled_from(["exploring", "drafting", "consulting", "signed", "reviewing"]),
)


@settings(max_examples=300, deadline=None)
@given(areas, mentors, st.data())
def test_more_shared_topics_score_higher(
    area: AreaNeeds, mentor: MentorProfile, data: st.DataObject
) -> None:
    missing = sorted(area.priority_topics - mentor.expertise.keys())
    if not missing or mentor.capacity_left <= 0 or not mentor.available:
        return
    topic = data.draw(st.sampled_from(missing))
    level = data.draw(st.integers(min_value=1, max_value=3))
    better = MentorProfile(**(vars(mentor) | {"expertise": {**mentor.expertise, topic: level}}))
    assert fit_score(area, better) > fit_score(area, mentor)
    if level < 3:
        expert = MentorProfile(**(vars(better) | {"expertise": {**better.expertise, topic: 3}}))
        assert fit_score(area, expert) > fit_score(area, better)


@settings(max_examples=300, deadline=None)
@given(st.lists(areas, max_size=3), st.lists(mentors, max_size=3))
def test_score_matrix_is_the_explained_score(
    areas_: list[AreaNeeds], mentors_: list[MentorProfile]
) -> None:
    matrix = score_matrix(areas_, mentors_)
    for area, row in zip(areas_, matrix, strict=True):
        for mentor, value in zip(mentors_, row, strict=True):
            assert value == score(area, mentor, NAMES).score
            assert 0.0 <= value <= 113.0
            assert (value == 0.0) == (not mentor.available or mentor.capacity_left <= 0)
