"""Cost of a call from the policy's prices per million tokens, as an exact decimal."""

from __future__ import annotations

from decimal import Decimal

from bot.models.base import ModelSpec

_MILLION = Decimal(1_000_000)
_QUANTUM = Decimal("0.00000001")


def cost_usd(spec: ModelSpec, prompt_tokens: int, completion_tokens: int) -> Decimal:
    """USD for one call, rounded to 1e-8 (the usage table's scale)."""
    raw = (
        Decimal(prompt_tokens) * spec.input_usd_per_mtok
        + Decimal(completion_tokens) * spec.output_usd_per_mtok
    ) / _MILLION
    return raw.quantize(_QUANTUM)


def plain_usd(value: Decimal) -> str:
    """Dollars for JSON: '0', '0.00443' (str() of a zero from the database is '0E-8')."""
    return format(value.normalize(), "f") if value else "0"


def usd(value: Decimal) -> str:
    """$1,234.50, or four decimals below a cent so small amounts do not all read $0.00."""
    if value and abs(value) < Decimal("0.01"):
        return f"${value:,.4f}"
    return f"${value:,.2f}"
