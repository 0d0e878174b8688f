"""The routing decision: which alias answers, what to fall back to, and why.

Signals, strongest first: sensitivity (a secret or personal data keeps the whole
thread on local models: never routed, retried, escalated, cascaded or fallen back
to an external model), policy rules (a channel or user kept local or pinned to a
model), a hard budget cap (local only), the user's explicit choice, then the
difficulty score against the calibrated threshold (raised near a budget cap),
the cascade band, and whether the thread fits the chosen model's context window.
Every decision carries stable reason codes (for the usage table and reports) and
a short sentence per reason (for the footer and `/tandem why`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from bot.models.base import ModelSpec
from bot.models.tokens import estimate_message_tokens
from bot.routing.policy import Policy

if TYPE_CHECKING:
    from bot.routing.budgets import BudgetStatus


class UnknownAlias(ValueError):
    """The user asked for a model the policy does not declare."""


@dataclass(frozen=True, slots=True)
class Reason:
    code: str
    text: str


class SensitivityLike(Protocol):
    @property
    def sensitive(self) -> bool: ...

    @property
    def labels(self) -> tuple[str, ...]: ...


class DetectorLike(Protocol):
    def scan(self, text: str) -> SensitivityLike: ...


class ScoreLike(Protocol):
    @property
    def value(self) -> float: ...

    @property
    def drivers(self) -> tuple[tuple[str, float], ...]: ...

    @property
    def features(self) -> Mapping[str, float]: ...


class ScorerLike(Protocol):
    def score(self, text: str) -> ScoreLike: ...

    def threshold_for_share(self, strong_share: float) -> float: ...


@dataclass(frozen=True, slots=True)
class Assessment:
    """What the question's text alone says: sensitivity and difficulty (the costly part
    of a decision, so it can run while the thread's state is still being read)."""

    text: str
    scan: SensitivityLike
    score: ScoreLike
    router: object  # the Router that made it (a policy reload brings another)


@dataclass(frozen=True, slots=True)
class RouteRequest:
    text: str
    choice: str | None = None
    history_tokens: int = 0
    thread_sensitive: bool = False
    local_only: str | None = None  # why this question must stay local (e.g. a private channel)
    channel: str = ""
    user: str = ""
    budget: BudgetStatus | None = None


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
    local_only: bool = False
    cascade_to: str | None = None

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
            "local_only": self.local_only,
            "labels": list(self.labels),
            "cascade_to": self.cascade_to,
            "reasons": [{"code": r.code, "text": r.text} for r in self.reasons],
            "drivers": [[name, round(value, 4)] for name, value in self.drivers],
        }


def _drivers_text(drivers: Sequence[tuple[str, float]]) -> str:
    """' (up: stack trace, design; down: lookup)': what pushed the score each way."""
    top = drivers[:3]
    up = [name.replace("_", " ") for name, value in top if value > 0]
    down = [name.replace("_", " ") for name, value in top if value < 0]
    parts = [
        f"{label}: {', '.join(names)}" for label, names in (("up", up), ("down", down)) if names
    ]
    return f" ({'; '.join(parts)})" if parts else ""


@dataclass(slots=True)
class _Draft:
    """The decision while it is being made."""

    request: RouteRequest
    score: ScoreLike
    labels: tuple[str, ...]
    sensitive: bool
    threshold: float
    reasons: list[Reason] = field(default_factory=list)
    local_why: Reason | None = None
    pinned: str | None = None
    cascade_to: str | None = None

    @property
    def local_only(self) -> bool:
        return self.local_why is not None


class Router:
    """Pure and fast (no I/O): decide() runs on every question before any model call."""

    def __init__(self, policy: Policy, detector: DetectorLike, scorer: ScorerLike) -> None:
        self.policy = policy
        self.detector = detector
        self.scorer = scorer
        override = policy.threshold_override
        self.threshold = (
            override
            if override is not None
            else scorer.threshold_for_share(policy.target_strong_share)
        )

    def assess(self, text: str) -> Assessment:
        return Assessment(text, self.detector.scan(text), self.scorer.score(text), self)

    def decide(self, request: RouteRequest, assessment: Assessment | None = None) -> Decision:
        """`assessment`: this router's `assess(request.text)`, made earlier (else made here)."""
        policy = self.policy
        if request.choice and request.choice != "auto" and request.choice not in policy.models:
            known = ", ".join(sorted(policy.models))
            raise UnknownAlias(f"unknown model {request.choice!r}; choose auto or one of: {known}")
        if assessment is None or assessment.router is not self or assessment.text != request.text:
            assessment = self.assess(request.text)
        scan = assessment.scan
        draft = _Draft(
            request=request,
            score=assessment.score,
            labels=tuple(scan.labels),
            sensitive=scan.sensitive or request.thread_sensitive,
            threshold=self.threshold,
        )
        self._constraints(draft)
        target: str | None = self._preferred(draft)
        if draft.local_only and target is not None:
            target = self._keep_local(target, draft)
        if target is not None:
            target = self._fit_context(target, draft)
        return self._decision(target, draft)

    def _constraints(self, draft: _Draft) -> None:
        """Sensitivity, rules and budgets: what the question may not do, and why."""
        request, policy = draft.request, self.policy
        if draft.sensitive:
            what = ", ".join(draft.labels) if draft.labels else "an earlier message in this thread"
            draft.local_why = Reason(
                "sensitive", f"contains sensitive data ({what}): local models only"
            )
        elif request.local_only is not None:
            draft.local_why = Reason("local_only", f"{request.local_only}: local models only")
        rule = policy.rule_for(request.channel, request.user)
        if rule is not None:
            name = rule.name or ("this channel" if rule.channel else "your account")
            if rule.local_only and draft.local_why is None:
                draft.local_why = Reason(
                    "rule_local_only", f"policy rule for {name}: local models only"
                )
            if rule.model is not None:
                draft.pinned = rule.model
                draft.reasons.append(Reason("rule_pinned", f"policy rule for {name}: {rule.model}"))
        self._budget(draft)

    def _budget(self, draft: _Draft) -> None:
        budget = draft.request.budget
        if budget is None or budget.level == "ok":
            return
        if budget.level == "hard":
            if draft.local_why is None:
                draft.local_why = Reason("over_budget", budget.describe() + ": local models only")
            return
        raised = min(1.0, draft.threshold + self.policy.budgets.soft_threshold_raise)
        draft.reasons.append(
            Reason(
                "budget_soft", budget.describe() + f": the bar for the strong model is {raised:.2f}"
            )
        )
        draft.threshold = raised

    def _preferred(self, draft: _Draft) -> str:
        policy, request, score = self.policy, draft.request, draft.score
        if draft.pinned is not None:
            return draft.pinned
        if request.choice and request.choice != "auto":
            draft.reasons.append(
                Reason("user_choice", f"you chose {policy.spec(request.choice).display}")
            )
            return request.choice
        drivers = _drivers_text(score.drivers)
        if score.value >= draft.threshold:
            text = f"needs the strong model: score {score.value:.2f} ≥ {draft.threshold:.2f}"
            draft.reasons.append(Reason("score_high", text + drivers))
            return policy.strong
        text = f"the local model is enough: score {score.value:.2f} < {draft.threshold:.2f}"
        draft.reasons.append(Reason("score_low", text + drivers))
        self._maybe_cascade(draft)
        return policy.default

    def _maybe_cascade(self, draft: _Draft) -> None:
        cascade, policy = self.policy.cascade, self.policy
        low, high = cascade.band
        if not cascade.enabled or draft.local_only or not low <= draft.score.value < high:
            return
        if not policy.spec(policy.default).is_local or policy.spec(policy.strong).is_local:
            return
        draft.cascade_to = policy.strong
        local, strong = policy.spec(policy.default).display, policy.spec(policy.strong).display
        text = (
            f"middle band ({low:.2f} to {high:.2f}): {local} answers first, "
            f"{strong} steps in if that answer fails a check"
        )
        draft.reasons.append(Reason("cascade", text))

    def _keep_local(self, target: str, draft: _Draft) -> str | None:
        assert draft.local_why is not None
        draft.reasons.insert(0, draft.local_why)
        if self.policy.spec(target).is_local:
            return target
        local = self.policy.local_aliases()
        if not local:
            draft.reasons.append(Reason("no_local_model", "the policy declares no local model"))
            return None
        chosen = self.policy.default if self.policy.default in local else local[0]
        draft.reasons.append(
            Reason(
                "kept_local", f"{self.policy.spec(target).display} is external, so {chosen} answers"
            )
        )
        return chosen

    def _fit_context(self, target: str, draft: _Draft) -> str:
        request = draft.request
        if request.history_tokens == 0:
            return target
        needed = request.history_tokens + estimate_message_tokens(request.text)
        spec = self.policy.spec(target)
        if _fits(spec, needed):
            return target
        allowed = [
            m
            for m in self.policy.models.values()
            if (m.is_local or not draft.local_only) and _fits(m, needed)
        ]
        explicit = draft.pinned is not None or (request.choice and request.choice != "auto")
        if not allowed or explicit:
            draft.reasons.append(
                Reason("history_trimmed", f"older turns dropped to fit {spec.display}")
            )
            return target
        bigger = min(allowed, key=lambda m: m.context_window)
        draft.cascade_to = None
        draft.reasons.append(
            Reason(
                "context_window",
                f"the thread (~{needed:,} tokens) is too long for {spec.display}, "
                f"so {bigger.display} answers",
            )
        )
        return bigger.alias

    def _decision(self, target: str | None, draft: _Draft) -> Decision:
        fallbacks: tuple[str, ...] = ()
        if target is not None:
            fallbacks = self.policy.fallbacks(target)
            if draft.local_only:
                fallbacks = tuple(a for a in fallbacks if self.policy.spec(a).is_local)
        return Decision(
            target=target,
            fallbacks=fallbacks,
            score=draft.score.value,
            sensitive=draft.sensitive,
            labels=draft.labels,
            reasons=tuple(draft.reasons),
            drivers=tuple(draft.score.drivers),
            features=dict(draft.score.features),
            threshold=draft.threshold,
            local_only=draft.local_only,
            cascade_to=draft.cascade_to if target == self.policy.default else None,
        )


def _fits(spec: ModelSpec, needed_tokens: int) -> bool:
    return needed_tokens + spec.max_output_tokens <= spec.context_window
