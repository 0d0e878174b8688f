"""What the blind rounds' test modules share: the detector the corpora were labelled for
(without the policy pattern) and a readable view of its findings."""

from __future__ import annotations

from bot.routing.sensitivity import SensitivityDetector

DETECTOR = SensitivityDetector(company_domains=["acme.io", "acmecorp.com"])


def show(text: str) -> list[tuple[str, str]]:
    """Each finding as (label, the text it covers)."""
    return [(f.label, text[f.start : f.end]) for f in DETECTOR.scan(text).findings]


def assert_sensitive(text: str, label: str | None) -> None:
    """The message is sensitive, and reported under ``label`` when one is given."""
    result = DETECTOR.scan(text)
    assert result.sensitive, text
    if label is not None:
        assert label in result.labels, show(text)


def assert_ordinary(text: str) -> None:
    assert not DETECTOR.scan(text).sensitive, show(text)
