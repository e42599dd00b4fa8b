"""How quickly mentors answer: the median wait, and how it reads."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from forum.mentoring.stats import describe_duration, median_time_to_answer

ASKED = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _answered_after(*hours: float) -> list[tuple[datetime, datetime]]:
    return [(ASKED, ASKED + timedelta(hours=h)) for h in hours]


def test_no_answers_means_no_median() -> None:
    assert median_time_to_answer([]) is None
    assert median_time_to_answer(iter(())) is None


def test_one_answer_is_its_own_median() -> None:
    assert median_time_to_answer(_answered_after(5)) == timedelta(hours=5)


def test_median_of_an_odd_count_is_the_middle_wait() -> None:
    assert median_time_to_answer(_answered_after(30, 2, 100)) == timedelta(hours=30)


def test_median_of_an_even_count_is_halfway_between_the_middle_two() -> None:
    assert median_time_to_answer(_answered_after(1, 3, 10, 400)) == timedelta(hours=6.5)


def test_each_question_counts_from_its_own_asking() -> None:
    pairs = [
        (ASKED, ASKED + timedelta(hours=2)),
        (ASKED + timedelta(days=10), ASKED + timedelta(days=10, hours=4)),
        (ASKED + timedelta(days=20), ASKED + timedelta(days=21)),
    ]
    assert median_time_to_answer(pairs) == timedelta(hours=4)


def test_an_answer_logged_before_its_question_counts_as_instant() -> None:
    pairs = [(ASKED, ASKED - timedelta(hours=3)), *_answered_after(2, 8)]
    assert median_time_to_answer(pairs) == timedelta(hours=2)
    assert median_time_to_answer(pairs[:1]) == timedelta(0)


@given(st.lists(st.integers(min_value=0, max_value=10_000_000), min_size=1, max_size=40))
def test_the_median_lies_between_the_quickest_and_the_slowest(waits: list[int]) -> None:
    pairs = [(ASKED, ASKED + timedelta(seconds=s)) for s in waits]
    median = median_time_to_answer(pairs)
    assert median is not None
    assert timedelta(seconds=min(waits)) <= median <= timedelta(seconds=max(waits))


def test_durations_read_at_a_glance() -> None:
    assert describe_duration(timedelta(0)) == "under an hour"
    assert describe_duration(timedelta(minutes=59)) == "under an hour"
    assert describe_duration(timedelta(hours=1)) == "1 hour"
    assert describe_duration(timedelta(hours=5, minutes=40)) == "5 hours"
    assert describe_duration(timedelta(days=1)) == "1 day"
    assert describe_duration(timedelta(days=2, hours=3)) == "2 days 3 hours"
    assert describe_duration(timedelta(days=1, hours=1)) == "1 day 1 hour"
