"""A circuit breaker per model, so a server that keeps failing is skipped until it recovers.

Closed: calls go through; N failures inside the window open it. Open: calls are
skipped (the router's fallbacks answer instead, instantly rather than after a
timeout) until the cooldown ends. Half-open: one call probes; success closes,
failure opens again. A 429 opens it for at least the server's Retry-After.
Each process keeps its own breakers: each replica learns from its own calls,
which needs no coordination and costs nothing per question.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from bot.models.errors import ErrorKind, ModelError
from bot.routing.policy import HealthSchema

CLOSED, HALF_OPEN, OPEN = "closed", "half_open", "open"
COUNTED = frozenset({ErrorKind.UNAVAILABLE, ErrorKind.RATE_LIMITED, ErrorKind.TIMEOUT})
Clock = Callable[[], float]
OnChange = Callable[[str, str], None]


@dataclass(frozen=True, slots=True)
class BreakerState:
    state: str
    retry_in: float


class CircuitBreaker:
    def __init__(
        self,
        alias: str,
        settings: HealthSchema,
        *,
        clock: Clock = time.monotonic,
        on_change: OnChange | None = None,
    ) -> None:
        self.alias = alias
        self._settings = settings
        self._clock = clock
        self._on_change = on_change
        self._failures: deque[float] = deque()
        self._state = CLOSED
        self._open_until = 0.0
        self._probing = False

    @property
    def state(self) -> str:
        if self._state == OPEN and self._clock() >= self._open_until:
            return HALF_OPEN
        return self._state

    def allow(self) -> bool:
        """May a call go to this model now? In half-open, only one probe at a time."""
        state = self.state
        if state == CLOSED:
            return True
        if state == OPEN or self._probing:
            return False
        self._set(HALF_OPEN)
        self._probing = True
        return True

    def success(self) -> None:
        self._failures.clear()
        self._probing = False
        self._set(CLOSED)

    def failure(self, error: ModelError) -> None:
        if error.kind not in COUNTED:
            self._probing = False
            return
        now = self._clock()
        self._failures.append(now)
        while self._failures and now - self._failures[0] > self._settings.window_seconds:
            self._failures.popleft()
        cooldown = self._settings.cooldown_seconds
        if error.retry_after is not None and error.kind is ErrorKind.RATE_LIMITED:
            self._open(now + max(error.retry_after, 1.0))
        elif self._probing or len(self._failures) >= self._settings.failure_threshold:
            self._open(now + cooldown)
        self._probing = False

    def _open(self, until: float) -> None:
        self._open_until = max(self._open_until, until)
        self._set(OPEN)

    def _set(self, state: str) -> None:
        if state != self._state:
            self._state = state
            if self._on_change is not None:
                self._on_change(self.alias, state)

    def snapshot(self) -> BreakerState:
        return BreakerState(self.state, max(0.0, self._open_until - self._clock()))


class Health:
    """The breakers of every model in the policy."""

    def __init__(
        self,
        aliases: list[str],
        settings: HealthSchema,
        *,
        clock: Clock = time.monotonic,
        on_change: OnChange | None = None,
    ) -> None:
        self._settings = settings
        self._clock = clock
        self._on_change = on_change
        self.breakers: dict[str, CircuitBreaker] = {}
        self.update(aliases, settings)

    def update(self, aliases: list[str], settings: HealthSchema) -> None:
        """After a policy reload: keep the state of models that stay, add new ones."""
        self._settings = settings
        self.breakers = {
            alias: self.breakers.get(alias)
            or CircuitBreaker(alias, settings, clock=self._clock, on_change=self._on_change)
            for alias in aliases
        }
        for alias in aliases:
            if self._on_change is not None:
                self._on_change(alias, self.breakers[alias].state)

    def allow(self, alias: str) -> bool:
        return self.breakers[alias].allow()

    def snapshot(self) -> Mapping[str, BreakerState]:
        return {alias: breaker.snapshot() for alias, breaker in self.breakers.items()}
