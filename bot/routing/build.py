"""Building a router from settings: no network, no database, light imports.

`tandem route --batch` needs only this (policy, detector, scorer), so it is kept
apart from `bot.wiring`, which imports every client library.
"""

from __future__ import annotations

from bot.config import Settings
from bot.routing.decision import Router, ScorerLike
from bot.routing.difficulty import DifficultyScorer
from bot.routing.policy import Policy, load_policy
from bot.routing.sensitivity import SensitivityDetector


def build_router(
    settings: Settings, policy: Policy | None = None, scorer: ScorerLike | None = None
) -> Router:
    """The router for `policy` (default: TANDEM_POLICY), reusing `scorer` on reloads."""
    policy = policy or load_policy(settings.policy_path)
    domains = (*settings.company_domains, *policy.sensitivity.company_domains)
    detector = SensitivityDetector(
        company_domains=domains, extra_patterns=policy.sensitivity.patterns
    )
    return Router(policy, detector, scorer or DifficultyScorer.load(settings.difficulty_model))
