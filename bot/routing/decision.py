"""The routing decision: which alias answers, what to fall back to, and why.

Signals, strongest first: sensitivity (a secret or personal data keeps the whole
thread on local models: never routed, retried, escalated or fallen back to an
external model), the user's explicit choice, the difficulty score against the
policy's threshold, and whether the thread fits the chosen model's context.
Every decision carries stable reason codes (for the usage table and reports)
and a short sentence per reason (for the footer and `/tandem why`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from bot.models.base import ModelSpec
from bot.models.tokens import estimate_message_tokens
from bot.routing.policy import Policy


class UnknownAlias(ValueError):
    """The user asked for a model the policy does not declare."""


@dataclass(frozen=True, slots=True)
class Reason:
    code: str
    text: str


class SensitivityLike(Protocol):
    sensitive: bool
    labels: tuple[str, ...]


class DetectorLike(Protocol):
    def scan(self, text: str) -> SensitivityLike: ...


class ScoreLike(Protocol):
    value: float
    drivers: tuple[tuple[str, float], ...]
    features: Mapping[str, float]


class ScorerLike(Protocol):
    def score(self, text: str) -> ScoreLike: ...


@dataclass(frozen=True, slots=True)
class RouteRequest:
    text: str
    choice: str | None = None
    history_tokens: int = 0
    thread_sensitive: bool = False


@dataclass(frozen=True)
class Decision:
    target: str | None
    fallbacks: tuple[str, ...]
    score: float
    sensitive: bool
    labels: tuple[str, ...]
    reasons: tuple[Reason, ...]
    drivers: tuple[tuple[str, float], ...] = ()
    features: Mapping[str, float] = field(default_factory=dict)
    threshold: float = 0.0

    @property
    def local_only(self) -> bool:
        return self.sensitive

    @property
    def codes(self) -> list[str]:
        return [r.code for r in self.reasons]

    @property
    def why(self) -> str:
        return "; ".join(r.text for r in self.reasons)

    def to_dict(self, policy: Policy) -> dict[str, Any]:
        spec = policy.models.get(self.target) if self.target else None
        return {
            "target": self.target,
            "provider": spec.provider if spec else None,
            "model": spec.model if spec else None,
            "privacy": spec.privacy.value if spec else None,
            "fallbacks": list(self.fallbacks),
            "score": round(self.score, 4),
            "threshold": round(self.threshold, 4),
            "sensitive": self.sensitive,
            "labels": list(self.labels),
            "reasons": [{"code": r.code, "text": r.text} for r in self.reasons],
            "drivers": [[name, round(value, 4)] for name, value in self.drivers],
        }


def _drivers_text(drivers: Sequence[tuple[str, float]]) -> str:
    names = [name.replace("_", " ") for name, _ in drivers[:3]]
    return f" ({', '.join(names)})" if names else ""


class Router:
    """Pure and fast (no I/O): decide() runs on every question before any model call."""

    def __init__(self, policy: Policy, detector: DetectorLike, scorer: ScorerLike) -> None:
        self.policy = policy
        self._detector = detector
        self._scorer = scorer

    def decide(self, request: RouteRequest) -> Decision:
        policy = self.policy
        if request.choice and request.choice != "auto" and request.choice not in policy.models:
            known = ", ".join(sorted(policy.models))
            raise UnknownAlias(f"unknown model {request.choice!r}; choose auto or one of: {known}")
        scan = self._detector.scan(request.text)
        sensitive = scan.sensitive or request.thread_sensitive
        score = self._scorer.score(request.text)
        reasons: list[Reason] = []
        target: str | None = self._preferred(request, score, reasons)
        if sensitive and target is not None:
            target = self._keep_local(target, scan.labels, reasons)
        if target is not None:
            target = self._fit_context(target, request, sensitive, reasons)
        return Decision(
            target=target,
            fallbacks=self._fallbacks(target, sensitive),
            score=score.value,
            sensitive=sensitive,
            labels=tuple(scan.labels),
            reasons=tuple(reasons),
            drivers=tuple(score.drivers),
            features=dict(score.features),
            threshold=policy.strong_threshold,
        )

    def _preferred(self, request: RouteRequest, score: ScoreLike, reasons: list[Reason]) -> str:
        policy = self.policy
        if request.choice and request.choice != "auto":
            reasons.append(
                Reason("user_choice", f"you chose {policy.spec(request.choice).display}")
            )
            return request.choice
        drivers = _drivers_text(score.drivers)
        if score.value >= policy.strong_threshold:
            text = (
                f"needs the strong model: score {score.value:.2f} ≥ {policy.strong_threshold:.2f}"
            )
            reasons.append(Reason("score_high", text + drivers))
            return policy.strong
        text = f"the local model is enough: score {score.value:.2f} < {policy.strong_threshold:.2f}"
        reasons.append(Reason("score_low", text + drivers))
        return policy.default

    def _keep_local(
        self,
        target: str,
        labels: Sequence[str],
        reasons: list[Reason],
    ) -> str | None:
        what = ", ".join(labels) if labels else "an earlier message in this thread"
        reasons.insert(
            0, Reason("sensitive", f"contains sensitive data ({what}): local models only")
        )
        if self.policy.spec(target).is_local:
            return target
        local = self.policy.local_aliases()
        if not local:
            reasons.append(Reason("no_local_model", "the policy declares no local model"))
            return None
        chosen = self.policy.default if self.policy.default in local else local[0]
        reasons.append(
            Reason(
                "kept_local", f"{self.policy.spec(target).display} is external, so {chosen} answers"
            )
        )
        return chosen

    def _fit_context(
        self, target: str, request: RouteRequest, sensitive: bool, reasons: list[Reason]
    ) -> str:
        needed = request.history_tokens + estimate_message_tokens(request.text)
        spec = self.policy.spec(target)
        if _fits(spec, needed) or request.history_tokens == 0:
            return target
        allowed = [
            m
            for m in self.policy.models.values()
            if (m.is_local or not sensitive) and _fits(m, needed)
        ]
        if not allowed or (request.choice and request.choice != "auto"):
            reasons.append(Reason("history_trimmed", f"older turns dropped to fit {spec.display}"))
            return target
        bigger = min(allowed, key=lambda m: m.context_window)
        reasons.append(
            Reason(
                "context_window",
                f"the thread (~{needed:,} tokens) is too long for {spec.display}, "
                f"so {bigger.display} answers",
            )
        )
        return bigger.alias

    def _fallbacks(self, target: str | None, sensitive: bool) -> tuple[str, ...]:
        if target is None:
            return ()
        chain = self.policy.fallbacks(target)
        if sensitive:
            chain = tuple(a for a in chain if self.policy.spec(a).is_local)
        return chain


def _fits(spec: ModelSpec, needed_tokens: int) -> bool:
    return needed_tokens + spec.max_output_tokens <= spec.context_window
