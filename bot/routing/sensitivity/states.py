"""Secrets that a tool's state holds under names that do not say secret.

Terraform keeps every attribute of every resource in its state in clear text, so a pasted
``terraform.tfstate``, ``terraform state pull`` or ``terraform show -json`` holds the secrets
that the plan and ``state show`` print as ``(sensitive value)``:

* a ``random_password`` resource's ``result`` is the generated password (its
  ``bcrypt_hash`` is a hash of it; ``random_string``, which Terraform does not treat as a
  secret and which names suffixes and ids, is left alone);
* an output declared ``sensitive`` keeps its ``value`` (``"outputs": {"db_password":
  {"value": "...", "type": "string", "sensitive": true}}``).

Each rule runs only when its literal is in the message.
"""

from __future__ import annotations

import re

from bot.routing.sensitivity import values as v
from bot.routing.sensitivity.model import Finding

LABEL = "secret.password_assignment"
_REACH = 3000  # characters from the resource type to its attributes in a pretty-printed state
# A JSON string value (escapes kept), or HCL's ``result = "..."`` in ``terraform show``.
_RESULT = re.compile(r'"result"[ \t]*:[ \t]*"((?:\\.|[^"\\\n])+)"|\bresult[ \t]*=[ \t]*"([^"\n]+)"')
# Where the next resource begins: its attributes are no longer the password's.
_NEXT_RESOURCE = re.compile(r'"type"[ \t]*:|\bresource[ \t]+"')
_SENSITIVE_TRUE = re.compile(r'"sensitive"[ \t]*:[ \t]*true')
_OBJECT_REACH = 2000  # characters from "sensitive" to either end of its object
_VALUE = re.compile(r'"value"[ \t]*:[ \t]*"((?:\\.|[^"\\\n])+)"')


def find_state_secrets(text: str, lowered: str) -> list[Finding]:
    """Generated passwords and sensitive outputs in a pasted Terraform state."""
    findings: list[Finding] = []
    if "random_password" in lowered:
        findings.extend(_generated_passwords(text, lowered))
    if '"sensitive"' in lowered:
        findings.extend(_sensitive_outputs(text))
    return findings


def _generated_passwords(text: str, lowered: str) -> list[Finding]:
    """The ``result`` after each ``random_password``, before the next resource starts."""
    findings: list[Finding] = []
    index = lowered.find("random_password")
    while index >= 0:
        pos = index + len("random_password")
        following = lowered.find("random_password", pos)
        stop = min(len(text), pos + _REACH, len(text) if following < 0 else following)
        resource = _NEXT_RESOURCE.search(text, pos, stop)
        match = _RESULT.search(text, pos, stop if resource is None else resource.start())
        if match is not None:
            findings.extend(_judged(match))
        index = following
    return findings


def _sensitive_outputs(text: str) -> list[Finding]:
    """The string ``value`` of each JSON object that says ``"sensitive": true``."""
    findings: list[Finding] = []
    for flag in _SENSITIVE_TRUE.finditer(text):
        low, high = max(0, flag.start() - _OBJECT_REACH), flag.end() + _OBJECT_REACH
        start = max(low, text.rfind("{", low, flag.start()) + 1)
        end = text.find("}", flag.end(), high)
        match = _VALUE.search(text, start, high if end < 0 else end)
        if match is not None:
            findings.extend(_judged(match))
    return findings


def _judged(match: re.Match[str]) -> list[Finding]:
    """The matched value unless it is a placeholder or a reference."""
    group = 1 if match.group(1) is not None else 2
    value = match.group(group)
    if v.is_placeholder(value) or v.is_reference(value, quoted=True):
        return []
    return [Finding(LABEL, match.start(group), match.end(group))]
