"""How long a programme-wide matching round takes: score + assign 1,000 areas x 300 mentors,
with conflicts of interest (pairs that must never be matched) as a real round has them.

Budget (issue 6): under 2 s on the 2-core bench machine. Run from the repository root:

    .venv/bin/python bench/matching_bench.py [--areas 1000] [--mentors 300] [--seed 2010]

The data are random but seeded, so every run solves the same problem.
"""

from __future__ import annotations

import argparse
import time

import numpy as np

from forum.mentoring.matching import AreaNeeds, MentorProfile, assign, places, score_matrix
from forum.models.places import ContractStage

TOPICS = [f"topic-{n}" for n in range(14)]
REGIONS = [f"region-{n}" for n in range(9)]
STAGES = [stage.value for stage in ContractStage]
COUNCILS = 120  # areas per council: about 8 at 1,000 areas
COUNCIL_STAFF_SHARE = 0.2  # mentors who work for or advise a council: none of its areas
DECLARED_CONFLICTS = 3  # each mentor also declares 0-3 areas they must not mentor


def make_areas(rng: np.random.Generator, count: int) -> list[AreaNeeds]:
    return [
        AreaNeeds(
            priority_topics=frozenset(rng.choice(TOPICS, size=rng.integers(1, 6), replace=False)),
            region=str(rng.choice(REGIONS)),
            contract_stage=str(rng.choice(STAGES)),
        )
        for _ in range(count)
    ]


def make_mentors(rng: np.random.Generator, count: int) -> list[MentorProfile]:
    return [
        MentorProfile(
            expertise={
                str(slug): int(rng.integers(1, 4))
                for slug in rng.choice(TOPICS, size=rng.integers(1, 7), replace=False)
            },
            regions=frozenset(rng.choice(REGIONS, size=rng.integers(1, 4), replace=False)),
            areas_mentored=int(rng.integers(0, 12)),
            years_experience=int(rng.integers(0, 25)),
            signed_contracts=int(rng.integers(0, 4)),
            capacity_left=int(rng.integers(1, 6)),  # 1-5, as the issue asks
            available=True,
        )
        for _ in range(count)
    ]


def make_conflicts(rng: np.random.Generator, areas: int, mentors: int) -> set[tuple[int, int]]:
    """(area, mentor) pairs never to match, as `rounds.gather` finds them: a mentor's own
    council's areas, and the areas they declared a conflict with."""
    council_of = rng.integers(0, COUNCILS, size=areas)
    forbidden = set()
    for mentor in range(mentors):
        if rng.random() < COUNCIL_STAFF_SHARE:
            council = rng.integers(0, COUNCILS)
            forbidden |= {(int(a), mentor) for a in np.flatnonzero(council_of == council)}
        declared = rng.choice(areas, size=rng.integers(0, DECLARED_CONFLICTS + 1), replace=False)
        forbidden |= {(int(a), mentor) for a in declared}
    return forbidden


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--areas", type=int, default=1000)
    parser.add_argument("--mentors", type=int, default=300)
    parser.add_argument("--seed", type=int, default=2010)
    options = parser.parse_args()

    rng = np.random.default_rng(options.seed)
    areas = make_areas(rng, options.areas)
    mentors = make_mentors(rng, options.mentors)
    forbidden = make_conflicts(rng, options.areas, options.mentors)

    started = time.perf_counter()
    scores = score_matrix(areas, mentors)
    scored = time.perf_counter()
    result = assign(scores, places(mentors), forbidden)
    finished = time.perf_counter()

    matched = [(i, j) for i, j in enumerate(result) if j is not None]
    assert not forbidden.intersection(matched), "a forbidden pair was matched"
    total = sum(scores[i][j] for i, j in matched)
    print(
        f"{options.areas} areas x {options.mentors} mentors "
        f"({sum(places(mentors))} places, {len(forbidden)} forbidden pairs): "
        f"{len(matched)} matched, total score {total:.1f}"
    )
    print(f"score  {scored - started:.3f} s")
    print(f"assign {finished - scored:.3f} s")
    print(f"total  {finished - started:.3f} s (budget 2 s)")


if __name__ == "__main__":
    main()
