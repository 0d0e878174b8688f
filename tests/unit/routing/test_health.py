from __future__ import annotations

from bot.models.errors import BadRequest, ModelUnavailable, RateLimited
from bot.routing.health import CLOSED, HALF_OPEN, OPEN, CircuitBreaker, Health
from bot.routing.policy import HealthSchema


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def breaker(clock: Clock, changes: list[tuple[str, str]] | None = None) -> CircuitBreaker:
    settings = HealthSchema(failure_threshold=3, window_seconds=60, cooldown_seconds=30)
    seen = changes if changes is not None else []
    return CircuitBreaker(
        "local", settings, clock=clock, on_change=lambda a, s: seen.append((a, s))
    )


def test_opens_after_threshold_failures_in_window_then_probes() -> None:
    clock = Clock()
    changes: list[tuple[str, str]] = []
    b = breaker(clock, changes)
    for _ in range(2):
        b.failure(ModelUnavailable("down"))
    assert b.allow()
    b.failure(ModelUnavailable("down"))
    assert b.state == OPEN
    assert not b.allow()
    clock.now += 31
    assert b.state == HALF_OPEN
    assert b.allow()
    assert not b.allow()  # one probe at a time
    b.success()
    assert b.state == CLOSED
    assert changes == [("local", OPEN), ("local", HALF_OPEN), ("local", CLOSED)]


def test_failed_probe_opens_again() -> None:
    clock = Clock()
    b = breaker(clock)
    for _ in range(3):
        b.failure(ModelUnavailable("down"))
    clock.now += 31
    assert b.allow()
    b.failure(ModelUnavailable("still down"))
    assert b.state == OPEN
    assert not b.allow()


def test_old_failures_fall_out_of_the_window() -> None:
    clock = Clock()
    b = breaker(clock)
    b.failure(ModelUnavailable("down"))
    b.failure(ModelUnavailable("down"))
    clock.now += 61
    b.failure(ModelUnavailable("down"))
    assert b.state == CLOSED


def test_rate_limit_cools_down_for_retry_after() -> None:
    clock = Clock()
    b = breaker(clock)
    b.failure(RateLimited("slow down", retry_after=45))
    assert b.state == OPEN
    clock.now += 40
    assert not b.allow()
    clock.now += 6
    assert b.allow()


def test_bad_requests_do_not_count() -> None:
    clock = Clock()
    b = breaker(clock)
    for _ in range(5):
        b.failure(BadRequest("your fault"))
    assert b.state == CLOSED


def test_health_keeps_state_across_policy_reload() -> None:
    clock = Clock()
    settings = HealthSchema(failure_threshold=1)
    health = Health(["local", "strong"], settings, clock=clock)
    health.breakers["local"].failure(ModelUnavailable("down"))
    health.update(["local", "strong", "mini"], settings)
    assert health.snapshot()["local"].state == OPEN
    assert health.snapshot()["mini"].state == CLOSED
