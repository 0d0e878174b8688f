"""Routing rules on their own, with a scripted scorer: what wins over what, and why."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal

import pytest

from bot.config import BUNDLED_POLICY
from bot.routing.budgets import BudgetStatus
from bot.routing.decision import Router, RouteRequest, UnknownAlias
from bot.routing.policy import parse_policy
from bot.routing.sensitivity import SensitivityDetector
from tests.support.samples import AWS_SECRET_QUESTION


@dataclass(frozen=True)
class Score:
    value: float
    drivers: tuple[tuple[str, float], ...] = (("length", 0.1),)
    features: Mapping[str, float] = field(default_factory=lambda: {"length_tokens": 7.0})


class FixedScorer:
    """Scores by a keyword so each test states its difficulty plainly."""

    def score(self, text: str) -> Score:
        return Score(0.9 if "HARD" in text else 0.5 if "MEDIUM" in text else 0.1)

    def threshold_for_share(self, strong_share: float) -> float:
        return 1 - strong_share


BASE = BUNDLED_POLICY.read_text()


def router(extra: str = "", **replace: str) -> Router:
    text = BASE + extra
    for old, new in replace.items():
        text = text.replace(old, new)
    return Router(parse_policy(text), SensitivityDetector(), FixedScorer())


def test_threshold_is_calibrated_from_target_share() -> None:
    assert router().threshold == pytest.approx(0.75)
    fixed = router(**{"target_strong_share = 0.25": "strong_threshold = 0.4"})
    assert fixed.threshold == pytest.approx(0.4)


def test_easy_local_hard_strong_with_reasons() -> None:
    r = router()
    easy = r.decide(RouteRequest("what does git rebase do?"))
    hard = r.decide(RouteRequest("HARD design question"))
    assert (easy.target, hard.target) == ("local", "strong")
    assert easy.codes == ["score_low"] and hard.codes == ["score_high"]
    assert "length" in hard.why
    assert easy.fallbacks == ("strong",)


def test_sensitive_overrides_user_choice_and_fallbacks() -> None:
    d = router().decide(RouteRequest(AWS_SECRET_QUESTION, choice="strong"))
    assert d.target == "local"
    assert d.fallbacks == ()
    assert d.codes[0] == "sensitive"
    assert d.sensitive and d.local_only
    assert "secret.aws_key" in d.labels


def test_thread_sensitivity_applies_to_clean_follow_up() -> None:
    d = router().decide(RouteRequest("HARD now what?", thread_sensitive=True))
    assert d.target == "local" and d.local_only


def test_unknown_alias_is_rejected() -> None:
    with pytest.raises(UnknownAlias, match="nope"):
        router().decide(RouteRequest("hi", choice="nope"))


RULES = """
[[rules]]
name = "security"
channel = "CSEC"
local_only = true

[[rules]]
channel = "CPLAT"
model = "strong"

[[rules]]
user = "UPIN"
model = "local"
"""


def test_rules_keep_a_channel_local_and_pin_models() -> None:
    r = router(RULES)
    secure = r.decide(RouteRequest("HARD question", channel="CSEC", user="U1", choice="strong"))
    assert secure.target == "local" and secure.local_only and "rule_local_only" in secure.codes
    pinned = r.decide(RouteRequest("easy", channel="CPLAT", user="U1"))
    assert pinned.target == "strong" and "rule_pinned" in pinned.codes
    person = r.decide(RouteRequest("HARD", channel="CPLAT", user="UPIN"))
    assert person.target == "local"


def test_budget_soft_raises_bar_and_hard_keeps_local() -> None:
    r = router(**{"target_strong_share = 0.25": "strong_threshold = 0.8"})
    cap = Decimal(5)
    soft = BudgetStatus("soft", "user", Decimal("4.2"), cap)
    hard = BudgetStatus("hard", "user", Decimal("5.1"), cap)
    raised = r.decide(RouteRequest("HARD", budget=soft))
    assert raised.threshold == pytest.approx(0.95)
    assert raised.target == "local" and "budget_soft" in raised.codes
    capped = r.decide(RouteRequest("HARD", budget=hard, choice="strong"))
    assert capped.target == "local" and capped.local_only
    assert "over_budget" in capped.codes
    assert "$5.10 of $5.00" in capped.why
    tiny = BudgetStatus("hard", "channel", Decimal("0.0042"), Decimal("0.004"))
    assert "$0.0042 of $0.0040" in tiny.describe()  # not "$0.00 of $0.00"


def test_cascade_band_marks_strong_as_next_step() -> None:
    r = router(**{"enabled = false": "enabled = true", "band = [0.35, 0.6]": "band = [0.4, 0.7]"})
    medium = r.decide(RouteRequest("MEDIUM question"))
    assert medium.target == "local" and medium.cascade_to == "strong"
    assert "cascade" in medium.codes
    easy = r.decide(RouteRequest("easy"))
    assert easy.cascade_to is None
    secret = r.decide(RouteRequest("MEDIUM " + AWS_SECRET_QUESTION))
    assert secret.cascade_to is None


def test_policy_patterns_make_a_question_sensitive() -> None:
    extra_pattern = 'customer_id = "CUST-[0-9]{6}"'
    text = BASE.replace('# customer_id = "CUST-[0-9]{6}"', extra_pattern)
    policy = parse_policy(text)
    detector = SensitivityDetector(extra_patterns=policy.sensitivity.patterns)
    d = Router(policy, detector, FixedScorer()).decide(
        RouteRequest("HARD: why is CUST-123456 failing?")
    )
    assert d.target == "local" and "policy.customer_id" in d.labels


def test_long_thread_moves_to_bigger_window() -> None:
    d = router().decide(RouteRequest("easy follow-up", history_tokens=9000))
    assert d.target == "strong" and "context_window" in d.codes
    kept = router().decide(RouteRequest("easy", history_tokens=9000, thread_sensitive=True))
    assert kept.target == "local" and "history_trimmed" in kept.codes


def test_an_assessment_made_ahead_is_used_only_for_its_text_and_router() -> None:
    """The assistant assesses the text while Redis answers; the decision is the same."""
    r = router()
    request = RouteRequest(AWS_SECRET_QUESTION, choice="strong")
    ahead = r.assess(request.text)
    assert r.decide(request, ahead) == r.decide(request)
    # An assessment of other words, or by the router a policy reload replaced, is not used.
    clean = r.assess("HARD design question")
    assert r.decide(request, clean).target == "local"
    extra_pattern = 'customer_id = "CUST-[0-9]{6}"'
    reloaded_policy = parse_policy(BASE.replace('# customer_id = "CUST-[0-9]{6}"', extra_pattern))
    reloaded = Router(
        reloaded_policy,
        SensitivityDetector(extra_patterns=reloaded_policy.sensitivity.patterns),
        FixedScorer(),
    )
    question = RouteRequest("HARD: why is CUST-123456 failing?")
    assert reloaded.decide(question, r.assess(question.text)).target == "local"
