from datetime import timedelta

from forum.mail.outbox import retry_delay


def test_retries_back_off_exponentially_up_to_six_hours() -> None:
    delays = [retry_delay(attempt) for attempt in range(1, 12)]
    assert delays[:4] == [timedelta(seconds=s) for s in (30, 60, 120, 240)]
    assert delays == sorted(delays)
    assert delays[-1] == timedelta(hours=6)
