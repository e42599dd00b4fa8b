"""When a job is next due: every so often, or daily at an hour of the UK's clock.

Pure functions of a time: no Flask, no database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

UK = ZoneInfo("Europe/London")


def uk_day(moment: datetime) -> date:
    """The date on the UK's clock at `moment`: what "a summary a day" counts by."""
    return moment.astimezone(UK).date()


@dataclass(frozen=True)
class Every:
    period: timedelta

    def first_due(self, now: datetime) -> datetime:
        return now

    def next_after(self, now: datetime) -> datetime:
        return now + self.period

    def describe(self) -> str:
        minutes = int(self.period.total_seconds() // 60)
        return f"every {minutes} minutes" if minutes != 1 else "every minute"


@dataclass(frozen=True)
class DailyAt:
    """Once a day at `hour`:00 UK time (GMT in winter, BST in summer)."""

    hour: int

    def _at(self, day: datetime) -> datetime:
        local = datetime.combine(day.date(), time(self.hour), tzinfo=UK)
        return local.astimezone(UTC)

    def first_due(self, now: datetime) -> datetime:
        today = self._at(now.astimezone(UK))
        return today if today >= now else self.next_after(now)

    def next_after(self, now: datetime) -> datetime:
        local = now.astimezone(UK)
        candidate = self._at(local)
        while candidate <= now:
            local = local + timedelta(days=1)
            candidate = self._at(local)
        return candidate

    def describe(self) -> str:
        return f"daily at {self.hour:02d}:00 UK time"
