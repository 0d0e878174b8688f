"""`/tandem digest subscribe` grammar: defaults, any word order, and helpful refusals."""

from __future__ import annotations

from datetime import time

import pytest

from bot.digest.commands import SUBSCRIBE_USAGE, CommandError, parse_id, parse_subscription
from bot.digest.schedule import Schedule


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("usage", ("usage", Schedule("daily", time(9, 0), "UTC"))),
        ("channel weekly", ("channel", Schedule("weekly", time(9, 0), "UTC", 0))),
        (
            "usage daily 09:00 Europe/Paris",
            ("usage", Schedule("daily", time(9, 0), "Europe/Paris")),
        ),
        (
            "channel weekly fri 17:30 america/new_york",
            ("channel", Schedule("weekly", time(17, 30), "America/New_York", 4)),
        ),
        (
            "CHANNEL Europe/Paris 8:15 Weekly",
            ("channel", Schedule("weekly", time(8, 15), "Europe/Paris", 0)),
        ),
        ("channel sunday", ("channel", Schedule("weekly", time(9, 0), "UTC", 6))),
        ("usage 18:00 japan", ("usage", Schedule("daily", time(18, 0), "Japan"))),
    ],
)
def test_subscribe_words(words: str, expected: tuple[str, Schedule]) -> None:
    assert parse_subscription(words.split()) == expected


@pytest.mark.parametrize(
    ("words", "hint"),
    [
        ("", "usage or channel"),
        ("everything daily", "usage or channel"),
        ("usage daily mon", "daily digest has no weekday"),
        ("usage 25:00", "between 00:00 and 23:59"),
        ("usage Mars/Olympus", "unknown time zone"),
        ("usage daily weekly", "cadence given twice"),
        ("usage 09:00 10:00", "given twice"),
        ("usage hourly", "don't understand 'hourly'"),
    ],
)
def test_bad_subscribe_words_get_the_usage_line(words: str, hint: str) -> None:
    with pytest.raises(CommandError) as caught:
        parse_subscription(words.split())
    message = str(caught.value)
    assert hint.lower() in message.lower()
    assert message.endswith(SUBSCRIBE_USAGE)
    assert "Example: `/tandem digest subscribe" in message


def test_ids() -> None:
    assert parse_id(["3"], "u") == 3
    assert parse_id(["#12"], "u") == 12
    for bad in ([], ["x"], ["1", "2"], ["-1"]):
        with pytest.raises(CommandError):
            parse_id(bad, "u")
