from __future__ import annotations

import pytest

from bot.routing.cascade import failed_check

GOOD = "Use `git rebase -i HEAD~3` to squash the last three commits into one."


@pytest.mark.parametrize(
    ("text", "finish", "expected"),
    [
        (GOOD, "stop", None),
        (GOOD, "length", "cut_off"),
        ("Yes.", "stop", "too_short"),
        ("I don't know which version of Terraform added this, sorry.", "stop", "refusal"),
        ("As an AI, I cannot access your cluster to check that.", "stop", "refusal"),
        ("Here:\n```python\ndef f(:\n    pass\n```\n", "stop", "code_does_not_parse"),
        ("Here:\n```python\ndef f():\n    return 1\n```\nThat works.", "stop", None),
        (
            'Config:\n```json\n{"a": 1,}\n```\nDone, that is the file.',
            "stop",
            "code_does_not_parse",
        ),
        ("Run:\n```bash\nkubectl get pods -n {{ ns }\n```\nthen check.", "stop", None),
    ],
)
def test_cheap_check(text: str, finish: str, expected: str | None) -> None:
    assert failed_check(text, finish, min_chars=20) == expected
