"""Rules that read to the end of a line or value, on lines that repeat their trigger.

A rule that re-read the rest of the line from every occurrence of its trigger word made
the scan quadratic: a 16,000-character line of ``sig=sig=...`` took seconds, on the event
loop. Each rule now reads a bounded stretch or skips what it read; these tests pin that
what it found before is still found (the cost is in ``bench_sensitivity``'s worst cases).
"""

from __future__ import annotations

from bot.routing.sensitivity import SensitivityDetector
from bot.routing.sensitivity.assignments import MAX_NESTED_VALUE

DETECTOR = SensitivityDetector(company_domains=["acme.io", "acmecorp.com"])


def _labels(text: str) -> set[str]:
    return {f.label for f in DETECTOR.scan(text).findings}


def _found(text: str) -> list[str]:
    return [text[f.start : f.end] for f in DETECTOR.scan(text).findings]


def test_a_secret_assigned_inside_another_value_is_still_found() -> None:
    text = "proxy config is auth:password=Zq8!vN2xWm4pR7tY,mode=basic -- why 407?"
    assert DETECTOR.scan(text).sensitive
    assert any("Zq8!vN2xWm4pR7tY" in span for span in _found(text))


def test_a_long_value_is_still_read_whole() -> None:
    key = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7" * 40  # 2,040 characters
    text = f"PRIVATE_KEY={key} fails to parse, why?"
    [span] = _found(text)
    assert span.endswith(key[-50:])


def test_a_nested_value_is_read_up_to_its_bound() -> None:
    token = "xK9" + "pQ2mZ7vB" * 10  # 83 characters, under the bound
    assert len(token) < MAX_NESTED_VALUE
    text = f"the header is auth:token={token} and it is rejected"
    assert any(token in span for span in _found(text))


def test_cookie_pairs_after_a_long_run_without_equals_are_still_found() -> None:
    junk = "x" * 3000
    text = f"Cookie: {junk}; sessionid=8f3a9c2e7b1d4f6a0e5c9b2d7a4f1e3c"
    assert "8f3a9c2e7b1d4f6a0e5c9b2d7a4f1e3c" in _found(text)


def test_hl7_segments_split_by_carriage_returns_are_judged_one_by_one() -> None:
    """HL7 ends segments with \\r: a test patient first does not hide a real one after."""
    message = (
        "MSH|^~\\&|LAB|ACME|EHR|ACME|202611280512||ADT^A08|MSG0042|P|2.5\r"
        "PID|1||TEST0001^^^ACME^MR||TEST^PATIENT||19800101|F\r"
        "PID|2||MRN448213^^^ACME^MR||OKAFOR^CHIDI^E||19710923|M|||14 Elm Row^^Leeds^^LS6 2AB\r"
    )
    text = f"our interface engine drops the second patient, why?\n{message}"
    found = _found(text)
    assert any("OKAFOR" in span.upper() for span in found)
    assert not any("TEST^PATIENT" in span.upper() for span in found)


def test_a_line_repeating_a_trigger_is_a_few_findings_not_one_per_name() -> None:
    for text in ("debug dump: " + "sig=" * 4000, "PID|" * 4000):
        assert len(DETECTOR.scan(text).findings) <= 3, text[:20]
