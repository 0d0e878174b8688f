from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from bot.config import BUNDLED_POLICY
from bot.routing.policy import PolicyError, load_policy, locate, parse_policy

ROOT = Path(__file__).resolve().parents[3]
EXAMPLE = ROOT / "deploy" / "policy.example.toml"

MINIMAL = """
default = "local"
strong = "big"

[models.local]
provider = "ollama"
model = "llama3.1:8b"
privacy = "local"
context_window = 8192

[models.big]
provider = "openai"
model = "gpt-4o"
privacy = "external"
context_window = 128000
input_usd_per_mtok = 2.5
output_usd_per_mtok = 10
"""


def test_bundled_policy_is_the_documented_example() -> None:
    assert BUNDLED_POLICY.read_text() == EXAMPLE.read_text()


def test_bundled_policy_declares_local_llama_and_gpt4o() -> None:
    policy = load_policy(BUNDLED_POLICY)
    assert policy.spec(policy.default).model == "llama3.1:8b"
    assert policy.spec(policy.default).is_local
    assert policy.spec(policy.strong).model == "gpt-4o"
    assert not policy.spec(policy.strong).is_local
    assert policy.spec(policy.strong).input_usd_per_mtok == Decimal("2.50")


def test_prices_are_exact_decimals_and_fallbacks_are_derived() -> None:
    policy = parse_policy(MINIMAL)
    assert policy.spec("big").output_usd_per_mtok == Decimal("10")
    assert policy.spec("local").input_usd_per_mtok == Decimal(0)
    assert policy.fallbacks("local") == ("big",)
    assert policy.fallbacks("big") == ("local",)


def test_wrong_privacy_names_line_and_field() -> None:
    text = MINIMAL.replace('privacy = "external"', 'privacy = "cloud"')
    with pytest.raises(PolicyError) as info:
        parse_policy(text, "team.toml")
    error = info.value
    assert error.line == text.splitlines().index('privacy = "cloud"') + 1
    assert error.field == "models.big.privacy"
    assert str(error).startswith(f"team.toml:{error.line}: models.big.privacy:")


def test_unknown_key_is_an_error_not_ignored() -> None:
    text = MINIMAL.replace("context_window = 8192", "context_window = 8192\ncontext_windw = 1")
    with pytest.raises(PolicyError) as info:
        parse_policy(text)
    assert info.value.field == "models.local.context_windw"
    assert info.value.line == text.splitlines().index("context_windw = 1") + 1


def test_default_alias_must_exist() -> None:
    with pytest.raises(PolicyError, match="names no model"):
        parse_policy(MINIMAL.replace('default = "local"', 'default = "nope"'))


def test_toml_syntax_error_names_the_line() -> None:
    with pytest.raises(PolicyError) as info:
        parse_policy('default = "local"\nstrong = \n', "bad.toml")
    assert info.value.line == 2
    assert "bad.toml:2" in str(info.value)


def test_missing_file_is_a_policy_error(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match="cannot read"):
        load_policy(tmp_path / "missing.toml")


def test_a_share_and_a_fixed_threshold_together_are_an_error() -> None:
    text = MINIMAL + "\n[routing]\ntarget_strong_share = 0.3\nstrong_threshold = 0.6\n"
    with pytest.raises(PolicyError, match="not both") as info:
        parse_policy(text, "team.toml")
    assert info.value.field == "routing"
    assert parse_policy(MINIMAL + "\n[routing]\nstrong_threshold = 0.6\n").threshold_override == 0.6


def test_output_must_fit_context() -> None:
    text = MINIMAL.replace(
        "context_window = 8192", "context_window = 1000\nmax_output_tokens = 2000"
    )
    with pytest.raises(PolicyError, match="max_output_tokens"):
        parse_policy(text)


def test_locate_handles_arrays_of_tables_and_dotted_keys() -> None:
    text = '[[rules]]\nchannel = "a"\n[[rules]]\nchannel = "b"\nmodels.x = 1\n'
    assert locate(text, ("rules", "1", "channel")) == 4
    assert locate(text, ("rules", "1", "models", "x")) == 5
    assert locate(text, ("rules", "0")) == 1


def test_rate_limit_is_off_unless_set_and_never_negative() -> None:
    assert parse_policy(MINIMAL).limits.questions_per_user_per_minute == 0
    assert load_policy(BUNDLED_POLICY).limits.questions_per_user_per_minute == 30
    text = MINIMAL + "\n[limits]\nquestions_per_user_per_minute = -1\n"
    with pytest.raises(PolicyError) as info:
        parse_policy(text, "team.toml")
    assert info.value.field == "limits.questions_per_user_per_minute"
    assert info.value.line == len(text.splitlines())
