"""Rules added after the ninth blind round's ``heldout34`` (credentials inside encodings and
configuration formats, and the same formats done safely).

Each case is a fresh instance of the class of message a blind row belonged to (other
values, other wording, other formats), so these tests pin the general rule, not the row.
"""

from __future__ import annotations

import pytest

from bot.routing.sensitivity import SensitivityDetector

DETECTOR = SensitivityDetector(company_domains=["acme.io", "acmecorp.com"])


def _show(text: str) -> list[tuple[str, str]]:
    return [(f.label, text[f.start : f.end]) for f in DETECTOR.scan(text).findings]


SENSITIVE = [
    # a URL-encoded session cookie: found, and redacted whole (below)
    (
        'from the HAR: "cookies": [{"name": "_shop_sess", "value": "Qm9Xk2LpT8vR4nZs1YwE6cHa3Jf'
        'U7gDi%2FoKb5tMqNx9PrWy2Ve%2BLh8sAj4uCz1Fd--Gk3Bn%2F7aQwE2rT--Zx9Vb%2B%3D%3D"}] why 500?',
        "secret.high_entropy",
    ),
    # a key cut short with an ellipsis still holds most of the key
    (
        "in our .env.example someone left OPENAI_API_KEY=sk-proj-4fKq9Lm2Xz7Wv1Rt... oops",
        "secret.password_assignment",
    ),
    ("my .env: DB_PASSWORD=Xk3mq9Lz... then the rest", "secret.password_assignment"),
]

ORDINARY = [
    # a key's vendor prefix and an ellipsis, a kubectl mask: the shape of a key, none of one
    'template for new devs:\nOPENAI_API_KEY=sk-proj-...\nSLACK_BOT_TOKEN="xoxb-\u2026"\n'
    "GITLAB_TOKEN=glpat-...\nis that enough of a hint?",
    "kubectl config view --minify:\nusers:\n- name: ci\n  user:\n"
    "    client-certificate-data: DATA+OMITTED\n    client-key-data: DATA+OMITTED\n",
]


@pytest.mark.parametrize(("text", "label"), SENSITIVE)
def test_ninth_round_34_classes_are_found(text: str, label: str) -> None:
    assert label in DETECTOR.scan(text).labels, _show(text)


@pytest.mark.parametrize("text", ORDINARY)
def test_ninth_round_34_look_alikes_are_ordinary(text: str) -> None:
    assert not DETECTOR.scan(text).sensitive, _show(text)


@pytest.mark.parametrize(("text", "label"), SENSITIVE)
def test_ninth_round_34_redaction_leaves_nothing(text: str, label: str) -> None:
    redacted = DETECTOR.redact(text)
    assert not DETECTOR.scan(redacted).sensitive, redacted
