"""The routing policy file (TOML): models by alias, which is default and strong, rules.

The policy is data an admin edits, so a mistake must point at the line and the
field ("policy.toml:14: models.strong.privacy: ..."), not at a stack trace.
Validation is pydantic with `extra="forbid"` so a typo is an error rather than
a silently ignored setting.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from bot.models.base import ModelSpec, Privacy, Timeouts

DEFAULT_SYSTEM_PROMPT = (
    "You are Tandem, an assistant for a software engineering team, answering in Slack. "
    "Be accurate and concise; use Markdown code blocks for code and commands. "
    "If you are not sure, say so."
)


class PolicyError(ValueError):
    """A policy file that cannot be used, with where and what."""

    def __init__(self, path: Path | str, line: int | None, fieldname: str, message: str) -> None:
        self.path = str(path)
        self.line = line
        self.field = fieldname
        self.message = message
        where = f"{self.path}:{line}" if line else self.path
        what = f" {fieldname}:" if fieldname else ""
        super().__init__(f"{where}:{what} {message}")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TimeoutsSchema(_Strict):
    connect: float = Field(default=3.0, gt=0)
    first_token: float = Field(default=60.0, gt=0)
    idle: float = Field(default=30.0, gt=0)
    total: float = Field(default=300.0, gt=0)


class ModelSchema(_Strict):
    provider: Literal["ollama", "openai"]
    model: str = Field(min_length=1)
    privacy: Privacy
    context_window: int = Field(gt=256)
    max_output_tokens: int = Field(default=1024, gt=0)
    input_usd_per_mtok: Decimal = Field(default=Decimal(0), ge=0)
    output_usd_per_mtok: Decimal = Field(default=Decimal(0), ge=0)
    label: str = ""
    timeouts: TimeoutsSchema = TimeoutsSchema()

    @model_validator(mode="after")
    def _output_fits(self) -> ModelSchema:
        if self.max_output_tokens >= self.context_window:
            raise ValueError("max_output_tokens must be smaller than context_window")
        return self


class RoutingSchema(_Strict):
    target_strong_share: float = Field(default=0.25, ge=0, le=1)
    strong_threshold: float | None = Field(default=None, ge=0, le=1)
    fallbacks: dict[str, list[str]] = Field(default_factory=dict)
    retry_attempts: int = Field(default=3, ge=1, le=10)

    @model_validator(mode="after")
    def _one_way_to_the_threshold(self) -> RoutingSchema:
        """Both set used to mean the fixed threshold, silently: one of them is a mistake."""
        if {"target_strong_share", "strong_threshold"} <= self.model_fields_set:
            raise ValueError(
                "set target_strong_share (the threshold is calibrated from it) or "
                "strong_threshold (fixed by hand), not both"
            )
        return self


class RuleSchema(_Strict):
    """Pin a channel or a user to a model, or keep them on local models."""

    name: str = ""
    channel: str | None = None
    user: str | None = None
    model: str | None = None
    local_only: bool = False

    @model_validator(mode="after")
    def _complete(self) -> RuleSchema:
        if (self.channel is None) == (self.user is None):
            raise ValueError("a rule matches exactly one of channel or user")
        if self.model is None and not self.local_only:
            raise ValueError("a rule sets model, local_only, or both")
        return self

    def matches(self, channel: str, user: str) -> bool:
        return self.channel == channel if self.channel is not None else self.user == user


class BudgetsSchema(_Strict):
    """USD caps on external models. At `soft_fraction` of a cap the strong threshold
    rises by `soft_threshold_raise`; at the cap only local models answer."""

    user_daily_usd: Decimal | None = Field(default=None, ge=0)
    channel_monthly_usd: Decimal | None = Field(default=None, ge=0)
    workspace_monthly_usd: Decimal | None = Field(default=None, ge=0)
    soft_fraction: float = Field(default=0.8, gt=0, le=1)
    soft_threshold_raise: float = Field(default=0.15, ge=0, le=1)


class CascadeSchema(_Strict):
    """For scores inside `band`, the local model answers first; a failed cheap check
    escalates to the strong model. The user sees one answer."""

    enabled: bool = False
    band: tuple[float, float] = (0.4, 0.7)
    min_answer_chars: int = Field(default=20, ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> CascadeSchema:
        low, high = self.band
        if not 0 <= low < high <= 1:
            raise ValueError("band must be [low, high] with 0 <= low < high <= 1")
        return self


class HealthSchema(_Strict):
    """Circuit breaker per model."""

    failure_threshold: int = Field(default=3, ge=1)
    window_seconds: float = Field(default=60.0, gt=0)
    cooldown_seconds: float = Field(default=30.0, gt=0)


class LimitsSchema(_Strict):
    """Questions one person may ask per minute in Slack (0 = no limit), every surface
    together; not the terminal, not scheduled digests."""

    questions_per_user_per_minute: int = Field(default=0, ge=0)


class SensitivitySchema(_Strict):
    company_domains: list[str] = Field(default_factory=list)
    patterns: dict[str, str] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _compiles(self) -> SensitivitySchema:
        for name, pattern in self.patterns.items():
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"pattern {name!r} is not a valid regex: {exc}") from None
        return self


class PolicySchema(_Strict):
    default: str
    strong: str
    system_prompt: str = DEFAULT_SYSTEM_PROMPT
    models: dict[str, ModelSchema] = Field(min_length=1)
    routing: RoutingSchema = RoutingSchema()
    rules: list[RuleSchema] = Field(default_factory=list)
    budgets: BudgetsSchema = BudgetsSchema()
    cascade: CascadeSchema = CascadeSchema()
    health: HealthSchema = HealthSchema()
    sensitivity: SensitivitySchema = SensitivitySchema()
    limits: LimitsSchema = LimitsSchema()

    @model_validator(mode="after")
    def _aliases_exist(self) -> PolicySchema:
        for role in ("default", "strong"):
            alias = getattr(self, role)
            if alias not in self.models:
                raise ValueError(f"{role} = {alias!r} names no model; known: {sorted(self.models)}")
        for alias, chain in self.routing.fallbacks.items():
            for target in [alias, *chain]:
                if target not in self.models:
                    raise ValueError(f"routing.fallbacks.{alias} names unknown model {target!r}")
        for index, rule in enumerate(self.rules):
            if rule.model is not None and rule.model not in self.models:
                raise ValueError(f"rules[{index}] names unknown model {rule.model!r}")
        return self


@dataclass(frozen=True)
class Policy:
    """A validated policy, ready for the router and the wiring."""

    models: Mapping[str, ModelSpec]
    default: str
    strong: str
    system_prompt: str
    target_strong_share: float
    threshold_override: float | None
    retry_attempts: int
    source: str
    rules: tuple[RuleSchema, ...] = ()
    budgets: BudgetsSchema = field(default_factory=BudgetsSchema)
    cascade: CascadeSchema = field(default_factory=CascadeSchema)
    health: HealthSchema = field(default_factory=HealthSchema)
    sensitivity: SensitivitySchema = field(default_factory=SensitivitySchema)
    limits: LimitsSchema = field(default_factory=LimitsSchema)
    _fallbacks: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def fallbacks(self, alias: str) -> tuple[str, ...]:
        """Ordered aliases to try when `alias` fails; explicit in the file or derived."""
        if alias in self._fallbacks:
            return self._fallbacks[alias]
        order = [self.default, self.strong, *sorted(self.models)]
        return tuple(dict.fromkeys(a for a in order if a != alias))

    def local_aliases(self) -> list[str]:
        return [a for a, m in self.models.items() if m.is_local]

    def rule_for(self, channel: str, user: str) -> RuleSchema | None:
        """The first rule for this user, else for this channel (a person's pin wins)."""
        by_user = [r for r in self.rules if r.user is not None and r.matches(channel, user)]
        by_channel = [r for r in self.rules if r.channel is not None and r.matches(channel, user)]
        matching = by_user or by_channel
        return matching[0] if matching else None

    def spec(self, alias: str) -> ModelSpec:
        return self.models[alias]


def _to_spec(alias: str, schema: ModelSchema) -> ModelSpec:
    t = schema.timeouts
    return ModelSpec(
        alias=alias,
        provider=schema.provider,
        model=schema.model,
        privacy=schema.privacy,
        context_window=schema.context_window,
        max_output_tokens=schema.max_output_tokens,
        input_usd_per_mtok=schema.input_usd_per_mtok,
        output_usd_per_mtok=schema.output_usd_per_mtok,
        timeouts=Timeouts(t.connect, t.first_token, t.idle, t.total),
        label=schema.label,
    )


def policy_from_schema(schema: PolicySchema, source: str) -> Policy:
    return Policy(
        models={alias: _to_spec(alias, m) for alias, m in schema.models.items()},
        default=schema.default,
        strong=schema.strong,
        system_prompt=schema.system_prompt,
        target_strong_share=schema.routing.target_strong_share,
        threshold_override=schema.routing.strong_threshold,
        retry_attempts=schema.routing.retry_attempts,
        source=source,
        rules=tuple(schema.rules),
        budgets=schema.budgets,
        cascade=schema.cascade,
        health=schema.health,
        sensitivity=schema.sensitivity,
        limits=schema.limits,
        _fallbacks={a: tuple(c) for a, c in schema.routing.fallbacks.items()},
    )


def parse_policy(text: str, source: str = "<policy>") -> Policy:
    """Parse and validate policy text; raise `PolicyError` naming line and field."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"at line (\d+)", str(exc))
        raise PolicyError(source, int(match.group(1)) if match else None, "", str(exc)) from None
    try:
        schema = PolicySchema.model_validate(data)
    except ValidationError as exc:
        raise _first_error(exc, text, source) from None
    return policy_from_schema(schema, source)


def load_policy(path: Path) -> Policy:
    """Read a policy file; a missing or unreadable file is a `PolicyError` too."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise PolicyError(path, None, "", f"cannot read the policy file: {exc.strerror}") from None
    return parse_policy(text, str(path))


def _first_error(exc: ValidationError, text: str, source: str) -> PolicyError:
    error = exc.errors()[0]
    loc = tuple(str(p) for p in error["loc"])
    message = error["msg"].removeprefix("Value error, ")
    return PolicyError(source, locate(text, loc), ".".join(loc), message)


_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(?:#.*)?$")
_KEY = re.compile(r"^\s*([A-Za-z0-9_\-\".]+?)\s*=")


def _split_key(raw: str) -> tuple[str, ...]:
    return tuple(part.strip().strip('"') for part in raw.split("."))


def locate(text: str, loc: Sequence[str]) -> int | None:
    """Best line for a validation error at `loc`: the key's line, else its table's."""
    current: tuple[str, ...] = ()
    arrays: dict[tuple[str, ...], int] = {}
    best: int | None = None
    target = tuple(loc)
    for number, line in enumerate(text.splitlines(), start=1):
        header = _HEADER.match(line)
        if header:
            current = _split_key(header.group(2))
            if header.group(1) == "[[":
                index = arrays.get(current, -1) + 1
                arrays[current] = index
                current = (*current, str(index))
            if target[: len(current)] == current:
                best = number
            continue
        key = _KEY.match(line)
        if key:
            path = current + _split_key(key.group(1))
            if path == target:
                return number
            if target[: len(path)] == path:
                best = number
    return best


def dump_summary(policy: Policy) -> dict[str, Any]:
    """A JSON-able summary for `tandem policy check` and the App Home."""
    return {
        "source": policy.source,
        "default": policy.default,
        "strong": policy.strong,
        "target_strong_share": policy.target_strong_share,
        "strong_threshold": policy.threshold_override,
        "rules": [r.model_dump(exclude_defaults=True) for r in policy.rules],
        "budgets": policy.budgets.model_dump(mode="json", exclude_none=True),
        "cascade": policy.cascade.model_dump(mode="json"),
        "limits": policy.limits.model_dump(mode="json"),
        "models": {
            alias: {
                "provider": m.provider,
                "model": m.model,
                "privacy": m.privacy.value,
                "context_window": m.context_window,
                "usd_per_mtok": [str(m.input_usd_per_mtok), str(m.output_usd_per_mtok)],
                "fallbacks": list(policy.fallbacks(alias)),
            }
            for alias, m in policy.models.items()
        },
    }
