"""What the blind rounds' test modules share: the detector the corpora were labelled for
(without the policy pattern) and a readable view of its findings."""

from __future__ import annotations

from bot.routing.sensitivity import SensitivityDetector

DETECTOR = SensitivityDetector(company_domains=["acme.io", "acmecorp.com"])


def show(text: str) -> list[tuple[str, str]]:
    """Each finding as (label, the text it covers)."""
    return [(f.label, text[f.start : f.end]) for f in DETECTOR.scan(text).findings]
