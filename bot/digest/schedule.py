"""When a digest fires: pure date arithmetic in the subscription's own time zone.

Kept apart from the scheduler (as arq keeps `next_cron` apart from its worker)
so the rules are tested without Redis, APScheduler or a clock. The same two
functions decide the fire time a job claims, whether a missed fire is still
inside the grace time, and what the scheduler shows as "next".

Wall-clock rules across daylight-saving changes: a time that does not exist on
the day clocks go forward fires at the same instant as the hour before the gap
plus the gap (09:30 in a 09:00-10:00 gap fires at 10:30 local); a time that
occurs twice on the day clocks go back fires once, at the first occurrence.
"""

from __future__ import annotations

import functools
import zoneinfo
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Literal

Cadence = Literal["daily", "weekly"]
CADENCES: tuple[Cadence, ...] = ("daily", "weekly")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_SEARCH_DAYS = 9  # a weekly schedule recurs within 7 days; two spare days cover DST shifts


class ScheduleError(ValueError):
    """A schedule that cannot be used (unknown time zone, weekday out of range, ...)."""


@functools.cache
def _zone_names() -> dict[str, str]:
    """Canonical IANA names by lower-cased name, so `europe/paris` is understood."""
    return {name.lower(): name for name in zoneinfo.available_timezones()}


def canonical_zone(name: str) -> str:
    """The IANA name as tzdata spells it; `ScheduleError` for anything else.

    Looked up in the list of known zones rather than passed to `ZoneInfo`
    directly, which would also accept directories and odd paths.
    """
    found = _zone_names().get(name.strip().lower())
    if found is None:
        raise ScheduleError(f"unknown time zone {name!r}; use an IANA name such as Europe/Paris")
    return found


def parse_time(text: str) -> time:
    """`HH:MM` (or `H:MM`), 00:00 to 23:59."""
    hours, sep, minutes = text.strip().partition(":")
    if not sep or not hours.isdigit() or not minutes.isdigit() or len(minutes) != 2:
        raise ScheduleError(f"expected a time like 09:00, got {text!r}")
    if len(hours) > 2 or int(hours) > 23 or int(minutes) > 59:
        raise ScheduleError(f"expected a time between 00:00 and 23:59, got {text!r}")
    return time(int(hours), int(minutes))


@dataclass(frozen=True, slots=True)
class Schedule:
    """Daily, or weekly on one weekday (0 = Monday), at a wall time in an IANA zone."""

    cadence: Cadence
    at: time
    tz: str = "UTC"
    weekday: int | None = None

    def __post_init__(self) -> None:
        if self.cadence not in CADENCES:
            raise ScheduleError(f"cadence must be daily or weekly, not {self.cadence!r}")
        if self.cadence == "weekly" and (self.weekday is None or not 0 <= self.weekday <= 6):
            raise ScheduleError("a weekly schedule needs a weekday from 0 (Monday) to 6 (Sunday)")
        if self.cadence == "daily" and self.weekday is not None:
            raise ScheduleError("a daily schedule has no weekday")
        if self.at.second or self.at.microsecond or self.at.tzinfo is not None:
            raise ScheduleError("schedule times are whole minutes of local wall time")
        if canonical_zone(self.tz) != self.tz:
            raise ScheduleError(f"time zone {self.tz!r} is not a canonical IANA name")

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.tz)

    @property
    def period(self) -> timedelta:
        """The nominal gap between fires, used as a digest's default look-back."""
        return timedelta(days=7 if self.cadence == "weekly" else 1)

    @property
    def hhmm(self) -> str:
        return f"{self.at.hour:02d}:{self.at.minute:02d}"

    def describe(self) -> str:
        """`daily at 09:00 Europe/Paris`, `weekly on Monday at 09:00 UTC`."""
        if self.weekday is None:
            return f"daily at {self.hhmm} {self.tz}"
        return f"weekly on {WEEKDAYS[self.weekday].title()} at {self.hhmm} {self.tz}"

    def fires_on(self, day: date) -> bool:
        return self.weekday is None or day.weekday() == self.weekday

    def instant_on(self, day: date) -> datetime:
        """The UTC instant of this schedule's wall time on `day` (fold=0: see module doc)."""
        return datetime.combine(day, self.at, tzinfo=self.zone).astimezone(UTC)


def _aware(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ScheduleError("schedule arithmetic needs time-zone-aware datetimes")
    return moment


def next_fire(schedule: Schedule, after: datetime) -> datetime:
    """The first fire strictly after `after`, as a UTC datetime."""
    start = _aware(after).astimezone(schedule.zone).date()
    for offset in range(_SEARCH_DAYS):
        day = start + timedelta(days=offset)
        if schedule.fires_on(day):
            instant = schedule.instant_on(day)
            if instant > after:
                return instant
    raise AssertionError("unreachable: every schedule fires within a week")


def last_fire(schedule: Schedule, at_or_before: datetime) -> datetime:
    """The latest fire at or before `at_or_before`, as a UTC datetime."""
    start = _aware(at_or_before).astimezone(schedule.zone).date()
    for offset in range(_SEARCH_DAYS):
        day = start - timedelta(days=offset)
        if schedule.fires_on(day):
            instant = schedule.instant_on(day)
            if instant <= at_or_before:
                return instant
    raise AssertionError("unreachable: every schedule fires within a week")
