"""Schedule arithmetic: daily and weekly fires in the subscription's zone, across DST."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.digest.schedule import (
    Schedule,
    ScheduleError,
    canonical_zone,
    last_fire,
    next_fire,
    parse_time,
)
from bot.digest.scheduler import ScheduleTrigger


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


PARIS_9 = Schedule("daily", time(9, 0), "Europe/Paris")


def test_daily_fire_follows_paris_summer_time() -> None:
    # Paris is UTC+1 in winter and UTC+2 from 31 March 2024.
    assert next_fire(PARIS_9, utc(2024, 3, 30, 12)) == utc(2024, 3, 31, 7)
    assert next_fire(PARIS_9, utc(2024, 3, 29, 12)) == utc(2024, 3, 30, 8)
    assert next_fire(PARIS_9, utc(2024, 10, 26, 12)) == utc(2024, 10, 27, 8)


def test_next_is_strictly_after_and_last_is_at_or_before() -> None:
    fire = utc(2024, 1, 10, 8)
    assert next_fire(PARIS_9, fire) == utc(2024, 1, 11, 8)
    assert last_fire(PARIS_9, fire) == fire
    assert last_fire(PARIS_9, fire - timedelta(microseconds=1)) == utc(2024, 1, 9, 8)


def test_time_in_the_spring_gap_fires_once_an_hour_later() -> None:
    schedule = Schedule("daily", time(2, 30), "Europe/Paris")
    # 02:30 does not exist on 31 March 2024: it fires at 01:30Z (03:30 CEST).
    assert next_fire(schedule, utc(2024, 3, 30, 12)) == utc(2024, 3, 31, 1, 30)
    assert next_fire(schedule, utc(2024, 3, 31, 1, 30)) == utc(2024, 4, 1, 0, 30)


def test_ambiguous_autumn_time_fires_once_at_the_first_occurrence() -> None:
    schedule = Schedule("daily", time(2, 30), "Europe/Paris")
    first = next_fire(schedule, utc(2024, 10, 26, 12))
    assert first == utc(2024, 10, 27, 0, 30)  # 02:30 CEST
    assert next_fire(schedule, first) == utc(2024, 10, 28, 1, 30)  # not 01:30Z the same day
    assert last_fire(schedule, utc(2024, 10, 27, 1, 45)) == first


def test_weekly_fires_on_its_weekday_only() -> None:
    monday = Schedule("weekly", time(9, 0), "America/New_York", weekday=0)
    after = utc(2024, 11, 1, 12)  # a Friday; New York leaves DST on Sunday 3 Nov
    fire = next_fire(monday, after)
    assert fire == utc(2024, 11, 4, 14)  # Mon 09:00 EST
    assert next_fire(monday, fire) == utc(2024, 11, 11, 14)
    assert last_fire(monday, fire - timedelta(seconds=1)) == utc(2024, 10, 28, 13)  # EDT


def test_sunday_weekly_in_a_zone_east_of_utc() -> None:
    sunday = Schedule("weekly", time(0, 15), "Asia/Tokyo", weekday=6)
    # Sunday 00:15 in Tokyo is Saturday 15:15 UTC.
    assert next_fire(sunday, utc(2024, 6, 1, 15)) == utc(2024, 6, 1, 15, 15)


def test_bad_schedules_are_refused() -> None:
    with pytest.raises(ScheduleError):
        Schedule("weekly", time(9, 0), "UTC")
    with pytest.raises(ScheduleError):
        Schedule("daily", time(9, 0), "UTC", weekday=2)
    with pytest.raises(ScheduleError):
        Schedule("daily", time(9, 0), "Mars/Olympus")
    with pytest.raises(ScheduleError):
        Schedule("daily", time(9, 0, 30), "UTC")
    with pytest.raises(ScheduleError):
        next_fire(PARIS_9, datetime(2024, 1, 1))  # naive


@pytest.mark.parametrize("text", ["9", "24:00", "09:60", "9h30", "", "123:00", "09:5"])
def test_bad_times(text: str) -> None:
    with pytest.raises(ScheduleError):
        parse_time(text)


def test_times_and_zones_are_normalised() -> None:
    assert parse_time("9:05") == time(9, 5)
    assert canonical_zone("europe/paris") == "Europe/Paris"
    for bad in ("Europe", "../etc/passwd", ""):
        with pytest.raises(ScheduleError):
            canonical_zone(bad)


ZONES = ["UTC", "Europe/Paris", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata"]
schedules = st.builds(
    lambda cadence, hour, minute, tz, day: Schedule(
        cadence, time(hour, minute), tz, day if cadence == "weekly" else None
    ),
    st.sampled_from(["daily", "weekly"]),
    st.integers(0, 23),
    st.integers(0, 59),
    st.sampled_from(ZONES),
    st.integers(0, 6),
)
instants = st.datetimes(
    min_value=datetime(2020, 1, 1), max_value=datetime(2035, 1, 1), timezones=st.just(UTC)
)


@settings(max_examples=300, deadline=None)
@given(schedules, instants)
def test_next_and_last_bracket_every_instant(schedule: Schedule, now: datetime) -> None:
    after, before = next_fire(schedule, now), last_fire(schedule, now)
    assert before <= now < after
    assert next_fire(schedule, before) == after  # nothing fires in between
    assert last_fire(schedule, after) == after
    assert timedelta(hours=20) <= after - before <= schedule.period + timedelta(hours=4)
    local = before.astimezone(schedule.zone)
    if schedule.weekday is not None:
        assert local.weekday() == schedule.weekday
    shifted = datetime.combine(local.date(), local.time()) - datetime.combine(
        local.date(), schedule.at
    )
    assert timedelta(0) <= shifted <= timedelta(hours=1)  # only a spring gap moves it later


@settings(max_examples=100, deadline=None)
@given(schedules, instants)
def test_the_scheduler_trigger_fires_exactly_at_the_schedule(
    schedule: Schedule, now: datetime
) -> None:
    trigger = ScheduleTrigger(schedule)
    first = trigger.get_next_fire_time(None, now)
    assert first == next_fire(schedule, now - timedelta(microseconds=1))
    assert trigger.get_next_fire_time(first, now) == next_fire(schedule, first)


def test_trigger_keeps_the_week_cron_loses_after_dst() -> None:
    """APScheduler's CronTrigger jumps from 2 to 16 March 2020 here; ours does not."""
    monday = Schedule("weekly", time(0, 0), "America/New_York", 0)
    trigger = ScheduleTrigger(monday)
    fire = trigger.get_next_fire_time(None, utc(2020, 3, 1))
    fires = []
    for _ in range(3):
        assert fire is not None
        fires.append(fire)
        fire = trigger.get_next_fire_time(fire, fire)
    assert fires == [utc(2020, 3, 2, 5), utc(2020, 3, 9, 4), utc(2020, 3, 16, 4)]
