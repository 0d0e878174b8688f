"""The per-person rate limit's sliding-window arithmetic (no Redis needed)."""

from __future__ import annotations

import pytest

from bot.state.limits import WINDOW, estimate


def test_under_the_limit_is_allowed() -> None:
    status = estimate(current=5, previous=0, elapsed=10.0, limit=5)
    assert status.allowed and status.count == 5


def test_the_last_minute_counts_for_what_is_left_of_it() -> None:
    # 45 s into this minute, a quarter of the last minute is still in the window.
    assert estimate(current=3, previous=8, elapsed=45.0, limit=5).allowed  # 3 + 2 = 5
    late = estimate(current=3, previous=8, elapsed=15.0, limit=5)  # 3 + 6 = 9
    assert not late.allowed and late.count == pytest.approx(9)
    # 9 - 8 * wait / 60 = 5 after 30 s
    assert late.retry_after == pytest.approx(30.0)


def test_over_the_limit_within_this_minute_waits_for_the_next() -> None:
    status = estimate(current=7, previous=0, elapsed=20.0, limit=5)
    assert not status.allowed and status.retry_after == pytest.approx(WINDOW - 20.0)


def test_the_message_says_how_many_the_limit_and_when() -> None:
    text = estimate(current=31, previous=0, elapsed=50.2, limit=30).describe()
    assert text == (
        "You have asked about 31 questions in the last minute; the limit is 30 a minute. "
        "Try again in 10 s."
    )
