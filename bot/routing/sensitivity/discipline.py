"""A named colleague's disciplinary record: a performance improvement plan, a written or
final warning, a disciplinary hearing, a dismissal for cause or misconduct.

Like health and pay (``health``, ``pay``), this is what an employer keeps to the people who
need it: "Tomasz is being placed on a PIP and had two written warnings" drafted for HR names
him and his record, so the request must stay local.

Reported (``pii.discipline``): such a word (English, German, French, Spanish, Dutch) said of a
named person: the name before it in the same clause ("Ana Ruiz got a final warning", "Jonas
Weber (backend) is being put on a performance improvement plan"), or a personal pronoun
before it with a name earlier in the paragraph ("He had two written warnings").

Not reported: "performance" about software ("a performance improvement plan for the
database"), ``pip`` the installer (only the upper-case ``PIP`` is the plan), the policy with
nobody named ("what should a PIP template contain?"), a compiler's warnings, and people the
message says are made up.
"""

from __future__ import annotations

import re

from bot.routing.sensitivity.health import said_of_named_person
from bot.routing.sensitivity.model import Finding, near
from bot.routing.sensitivity.records import made_up

LABEL = "pii.discipline"

_WORDS = (
    # English
    r"performance improvement plan(?! (?:for|of|on) (?:the|our|this|that|its|a|an)\b)|pip|"
    r"(?:first |second |final |formal |verbal |written )+warnings?|"
    r"disciplinary (?:action|hearing|meeting|process|procedure|record|warning|case)s?|"
    r"(?:termination|terminated|dismissed|dismissal|fired) for (?:cause|misconduct)|"
    r"gross misconduct|"
    # German
    r"abmahnung(?:en)?|leistungsverbesserungsplan|disziplinar\w+|"
    # French
    r"avertissements?(?: (?:\u00e9crit|disciplinaire|formel))?|"
    r"plan d'am\u00e9lioration (?:des|de la) performances?|licenciement pour faute|"
    r"mise \u00e0 pied|proc\u00e9dure disciplinaire|"
    # Spanish
    r"amonestaci(?:\u00f3n|ones)|plan de mejora del (?:desempe\u00f1o|rendimiento)|"
    r"despido disciplinario|expediente disciplinario|sanci\u00f3n disciplinaria|"
    # Dutch
    r"(?:schriftelijke|offici\u00eble|formele|laatste|eerste|tweede|mondelinge) "
    r"waarschuwing(?:en)?|disciplinaire (?:maatregel|straf|procedure|sanctie)s?|"
    r"ontslag op staande voet|berisping|verbetertraject|schorsing|"
    r"verbeterplan(?! (?:voor|van) (?:de|het|onze|ons|deze|dit)\b)"
)
_DISCIPLINE = re.compile(rf"(?<![\w-])(?:{_WORDS})(?![\w-])")
# Where those words start, at the start of a word (``colleagues``).
STEMS = (
    "performance improvement plan", "pip", "first warning", "second warning", "final warning",
    "formal warning", "verbal warning", "written warning", "disciplinary", "termination for",
    "terminated for", "dismissed for", "dismissal for", "fired for", "gross misconduct",
    "abmahnung", "leistungsverbesserungsplan", "disziplinar", "avertissement",
    "plan d'am\u00e9lioration", "licenciement pour faute", "mise \u00e0 pied",
    "proc\u00e9dure disciplinaire", "amonestaci", "plan de mejora", "despido disciplinario",
    "expediente disciplinario", "sanci\u00f3n disciplinaria", "schriftelijke waarschuwing",
    "offici\u00eble waarschuwing", "formele waarschuwing", "laatste waarschuwing",
    "eerste waarschuwing", "tweede waarschuwing", "mondelinge waarschuwing", "disciplinaire",
    "ontslag op staande voet", "berisping", "verbetertraject", "verbeterplan", "schorsing",
)  # fmt: skip
# "He missed 4 of 6 sprint commitments, had two written warnings": a record runs longer than
# a condition's "her chemo".
_LINK_REACH = 70


def find_discipline(text: str, lowered: str, triggers: list[str]) -> list[Finding]:
    """Disciplinary words said of a named person, looked for around ``triggers``."""
    findings: list[Finding] = []
    for match in near(_DISCIPLINE, lowered, triggers, 8, 48):
        if match.group() == "pip" and text[match.start() : match.end()] != "PIP":
            continue  # pip the installer
        if said_of_named_person(text, lowered, match.start(), _LINK_REACH, match.end()):
            findings.append(Finding(LABEL, match.start(), match.end()))
    if findings and made_up(lowered):
        return []
    return findings
