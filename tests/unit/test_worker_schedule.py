"""When scheduled jobs are due: UK time for daily ones, through both clock changes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from forum.worker.locks import lock_key
from forum.worker.schedule import DailyAt, Every, uk_day


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def test_daily_jobs_follow_the_uk_clock_in_winter_and_summer() -> None:
    seven = DailyAt(7)
    assert seven.next_after(utc(2026, 12, 2, 6, 59)) == utc(2026, 12, 2, 7, 0)  # GMT
    assert seven.next_after(utc(2026, 7, 2, 5, 0)) == utc(2026, 7, 2, 6, 0)  # 07:00 BST
    assert seven.next_after(utc(2026, 12, 2, 7, 0)) == utc(2026, 12, 3, 7, 0)


def test_daily_jobs_across_the_clock_changes() -> None:
    seven = DailyAt(7)
    # The clocks go forward on 29 March 2026 and back on 25 October 2026.
    assert seven.next_after(utc(2026, 3, 28, 7, 0)) == utc(2026, 3, 29, 6, 0)
    assert seven.next_after(utc(2026, 10, 24, 6, 0)) == utc(2026, 10, 25, 7, 0)
    one_in_the_morning = DailyAt(1)  # 01:00 on 29 March does not exist in the UK
    assert one_in_the_morning.next_after(utc(2026, 3, 28, 2, 0)) == utc(2026, 3, 29, 1, 0)


def test_a_new_daily_job_is_first_due_today_if_its_hour_is_still_to_come() -> None:
    seven = DailyAt(7)
    assert seven.first_due(utc(2026, 12, 2, 6, 0)) == utc(2026, 12, 2, 7, 0)
    assert seven.first_due(utc(2026, 12, 2, 9, 0)) == utc(2026, 12, 3, 7, 0)


def test_every_is_due_at_once_then_each_period() -> None:
    five = Every(timedelta(minutes=5))
    now = utc(2026, 12, 2, 9, 0)
    assert five.first_due(now) == now
    assert five.next_after(now) == utc(2026, 12, 2, 9, 5)
    assert five.describe() == "every 5 minutes"


@pytest.mark.parametrize(
    ("moment", "day"),
    [
        (utc(2026, 12, 2, 23, 30), (2026, 12, 2)),  # GMT: still the 2nd
        (utc(2026, 7, 2, 23, 30), (2026, 7, 3)),  # BST: already the 3rd
    ],
)
def test_the_summary_day_is_the_uk_date(moment: datetime, day: tuple[int, int, int]) -> None:
    assert uk_day(moment).timetuple()[:3] == day


def test_each_job_has_its_own_stable_lock() -> None:
    assert lock_key("daily-summaries") == lock_key("daily-summaries")
    assert lock_key("daily-summaries") != lock_key("offer-expiry")
    assert -(2**63) <= lock_key("offer-expiry") < 2**63
