"""How quickly mentors answer: plain functions on timestamps (no Flask, no database)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from statistics import median


def median_time_to_answer(pairs: Iterable[tuple[datetime, datetime]]) -> timedelta | None:
    """The median of (first answer - asked) over the pairs, or None when there are none.

    An answer logged before the question (clock skew, imported data) counts as instant.
    """
    waits = [max((answered - asked).total_seconds(), 0.0) for asked, answered in pairs]
    if not waits:
        return None
    return timedelta(seconds=median(waits))


def describe_duration(duration: timedelta) -> str:
    """ "under an hour", "5 hours", "2 days 3 hours": what people read at a glance."""
    hours = int(duration.total_seconds() // 3600)
    if hours < 1:
        return "under an hour"
    days, hours = divmod(hours, 24)
    parts = []
    if days:
        parts.append(f"{days} day" if days == 1 else f"{days} days")
    if hours:
        parts.append(f"{hours} hour" if hours == 1 else f"{hours} hours")
    return " ".join(parts)
