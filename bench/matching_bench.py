"""How long a programme-wide matching round takes: score + assign 1,000 areas x 300 mentors.

Budget (issue 6): under 2 s on the 2-core bench machine. Run from the repository root:

    .venv/bin/python bench/matching_bench.py [--areas 1000] [--mentors 300] [--seed 2010]

The data are random but seeded, so every run solves the same problem.
"""

from __future__ import annotations

import argparse
import time

import numpy as np

from forum.mentoring.matching import AreaNeeds, MentorProfile, assign, places, score_matrix

TOPICS = [f"topic-{n}" for n in range(14)]
REGIONS = [f"region-{n}" for n in range(9)]
STAGES = ["exploring", "getting_started", "developing", "signed", "monitoring", "reviewing"]


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--areas", type=int, default=1000)
    parser.add_argument("--mentors", type=int, default=300)
    parser.add_argument("--seed", type=int, default=2010)
    options = parser.parse_args()

    rng = np.random.default_rng(options.seed)
    areas = make_areas(rng, options.areas)
    mentors = make_mentors(rng, options.mentors)

    started = time.perf_counter()
    scores = score_matrix(areas, mentors)
    scored = time.perf_counter()
    result = assign(scores, places(mentors))
    finished = time.perf_counter()

    matched = [(i, j) for i, j in enumerate(result) if j is not None]
    total = sum(scores[i][j] for i, j in matched)
    print(
        f"{options.areas} areas x {options.mentors} mentors "
        f"({sum(places(mentors))} places): {len(matched)} matched, total score {total:.1f}"
    )
    print(f"score  {scored - started:.3f} s")
    print(f"assign {finished - scored:.3f} s")
    print(f"total  {finished - started:.3f} s (budget 2 s)")


if __name__ == "__main__":
    main()
