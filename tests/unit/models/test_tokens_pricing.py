from __future__ import annotations

from decimal import Decimal

from bot.models.base import ModelSpec, Privacy
from bot.models.pricing import cost_usd
from bot.models.tokens import estimate_tokens


def test_estimate_is_zero_for_empty_and_grows_with_text() -> None:
    assert estimate_tokens("") == 0
    short = estimate_tokens("what does git rebase do?")
    assert 5 <= short <= 9
    assert estimate_tokens("word " * 1000) == 1000


def test_estimate_is_close_to_bpe_on_code() -> None:
    code = "def add(a: int, b: int) -> int:\n    return a + b\n"
    # cl100k gives 19 tokens for this snippet; the estimate stays within 30%.
    assert 13 <= estimate_tokens(code) <= 25


def test_cost_uses_per_million_prices_exactly() -> None:
    spec = ModelSpec(
        alias="strong",
        provider="openai",
        model="gpt-4o",
        privacy=Privacy.EXTERNAL,
        context_window=128_000,
        max_output_tokens=1024,
        input_usd_per_mtok=Decimal("2.50"),
        output_usd_per_mtok=Decimal("10.00"),
    )
    assert cost_usd(spec, 1_000_000, 0) == Decimal("2.5")
    assert cost_usd(spec, 812, 240) == Decimal("0.00443000")
    free = ModelSpec("local", "ollama", "llama3.1:8b", Privacy.LOCAL, 8192, 1024)
    assert cost_usd(free, 10_000, 10_000) == Decimal(0)
