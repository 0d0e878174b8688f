"""What the rules about named people share: a kind of statement, its words, and the loop
that reports each of its words said of a named person (``health.said_of_named_person``).

Each kind (``criminal``, ``immigration``, ``unions``, ``orientation``, ``family``,
``beliefs``, ``ethnicity``, ``drug_tests``, ``sick_notes``, ``reviews``, ``finances``) is a
``Statement``: a label, a pattern on the lower-cased message, the stems that start its words
(found for all kinds in one pass, ``colleagues``), how far around a stem a match may start
and end, how far before it the name may stand, and an optional check of the match (its case
in the message, a rating near a review, no company before an insolvency) and the words of
the message's topic (hiring, for a candidate's family).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from bot.routing.sensitivity.health import asks_about_named_work, said_of_named_person
from bot.routing.sensitivity.literals import Words
from bot.routing.sensitivity.model import Finding, near, with_field_value
from bot.routing.sensitivity.names import names
from bot.routing.sensitivity.records import made_up

# (the message, its lower-cased copy, a match in the copy) -> is it the kind's word?
Check = Callable[[str, str, "re.Match[str]"], bool]


_NO_TOPIC = Words()


@dataclass(frozen=True)
class Statement:
    """A kind of data about a person, reported under ``label`` when said of a named one."""

    label: str
    pattern: re.Pattern[str]
    stems: tuple[str, ...]
    back: int  # characters before a stem where a match may start
    forward: int  # characters after a stem where it may end
    reach: int = 50  # characters between the name (or pronoun) and the match
    check: Check | None = None
    topic: Words = _NO_TOPIC  # words of which the message must hold one
    # words of a report on one person (a background check): in a message holding one, a
    # match may be said of the person the sentence before names ("Checkr report came back
    # for Dmitri Volkov. There's a 2017 DUI conviction")
    report: Words = _NO_TOPIC


# A story's people: a game's characters, a novel's or a film's ("the player commits a
# felony and goes to jail", "Jake Morrison's character gets a criminal record").
_FICTION = re.compile(
    r"\b(?:in the game|game['\u2019]s (?:story|plot|script|text|dialogue|lore|characters?)|"
    r"(?:player|game|playable|non-player|fictional) characters?|"
    r"characters? in the (?:game|story|novel|film|movie|show|book)|npcs?\b|storyline|"
    r"screenplay|fictional|fan fiction|in the novel|the novel['\u2019]s)"
)


# A case known by its person and its company, as the press names it: "what happened in the
# Elizabeth Holmes / Theranos case and what she was convicted of" (the company a name, not a
# department: "the Dana Whitfield / HR case" stays a colleague's).
_NAMED_CASE = re.compile(
    r"\bthe[ \t]+[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){0,3}[ \t]*/[ \t]*"
    r"[A-Z][a-z][\w&.-]*(?:[ \t]+[A-Z][\w&.-]*){0,2}[ \t]+"
    r"(?:case|trial|scandal|affair|saga|fraud case|prosecution)\b"
)


# A field whose value says there is nothing to tell ("Criminal record: none", "Visa: n/a").
_NOTHING = re.compile(
    r"[\"'`*]*[ \t]*[:=][ \t]*[\"'`*]*[ \t]*(?:none|no|nil|null|n/?a|-|clear|keine|kein|"
    r"aucun|aucune|ninguno|ninguna|nada|geen)[\"'`*]*[ \t]*(?:$|[\n,;.)|])",
    re.MULTILINE,
)


# A copula that starts a match ("is bi", "ist jüdisch"): the name's verb, before the word;
# and a refusal's ("won't travel on shabbat": "Miriam won't| ...").
_COPULA = re.compile(
    r"(?:is|am|are|was|as|ist|war|est|\u00e9tait|es|era|zijn) (?:(?:an?|une?|una?) )?|"
    r"(?:won['\u2019]t|will not|doesn['\u2019]t|does not|can['\u2019]t|cannot|never) "
)


def find_statements(kind: Statement, text: str, lowered: str, triggers: list[str]) -> list[Finding]:
    """The matches of ``kind`` around ``triggers`` (its stems found in the message) that
    are said of a named person; none when the message says its people are made up or are
    a story's (a game's characters, a novel's)."""
    findings: list[Finding] = []
    if kind.topic and not kind.topic.found(lowered):
        return findings
    for match in near(kind.pattern, lowered, triggers, kind.back, kind.forward):
        if kind.check is not None and not kind.check(text, lowered, match):
            continue
        if lowered.endswith("[redacted:pii.", 0, match.start()):
            continue  # the label of a redaction marker ("[REDACTED:pii.ethnicity]")
        if _NOTHING.match(lowered, match.end()):
            continue  # "Criminal record: none": a field that says there is nothing
        copula = _COPULA.match(lowered, match.start())
        said_at = copula.end() if copula else match.start()  # "Noor is| bi": the subject's verb
        if said_of_named_person(text, lowered, said_at, kind.reach, match.end()) or (
            kind.report and kind.report.found(lowered) and _named_before(text, lowered, said_at)
        ):
            findings.append(Finding(kind.label, *with_field_value(lowered, *match.span())))
    if findings and (
        made_up(lowered)
        or _FICTION.search(lowered)
        or asks_about_named_work(text, lowered)
        or ("/" in text and _NAMED_CASE.search(text) is not None)
    ):
        return []
    return findings


_SENTENCE_END = re.compile(r"(?:(?<![\s(.][a-z])\.|[!?])[\s)]|\n\n|[\u3002\uff01\uff1f]")
_SENTENCE_REACH = 200  # characters of a sentence
# What a report found, said before the match in its sentence ("There's a 2017 DUI
# conviction", "it shows a ...", "Es gibt eine Vorstrafe"), not a question about a policy.
_REPORT_FOUND = re.compile(
    r"\b(?:there(?:['\u2019]s| is| was| are| were)|shows?|showed|found|finds|reveals?|revealed|"
    r"lists?|listed|flagged|came back with|turned up|includes?|included|es gibt|zeigt|"
    r"il y a|montre|hay|muestra|er (?:is|staat))\b"
)
# (nor a report's schema: "there is a field for felony convictions in the payload")
_NOT_FOUND = re.compile(
    r"\b(?:policy|policies|candidates|if|whether|any|ob|si|fields?|columns?|schema|payload|"
    r"api|webhook|options?|types?|categor(?:y|ies)|enum|checkbox)\b"
)


# A report's result given after a colon ("Background check for ... (Jordan Ellis) came back:
# one DUI conviction"): what it found, said of the person named before the colon.
_REPORT_COLON = re.compile(
    r"\b(?:came back|come back|returned|results?|findings?|flagged|shows?|showed|found|"
    r"ergebnis|r\u00e9sultat|resultado)[ \t]*:[ \t]*(?:\w+[ \t]+){0,3}$"
)


def _named_before(text: str, lowered: str, start: int) -> bool:
    """A person named in the sentence before the one ``start`` is in, no one in its own
    before ``start`` (a report's subject, then what it found about them); or named in its
    own sentence before a report's colon (``_REPORT_COLON``)."""
    floor = max(0, start - _SENTENCE_REACH)
    sentence_start = -1
    for stop in _SENTENCE_END.finditer(lowered, floor, start):
        sentence_start = stop.end()
    colon = _REPORT_COLON.search(lowered, max(floor, sentence_start), start)
    if colon is not None and not names(text, colon.end(), start):
        return bool(names(text, max(floor, sentence_start), colon.start()))
    if sentence_start < 0 or names(text, sentence_start, start):
        return False
    if (
        _REPORT_FOUND.search(lowered, sentence_start, start) is None
        or _NOT_FOUND.search(lowered, sentence_start, start) is not None
    ):
        return False
    prior = max(0, sentence_start - _SENTENCE_REACH)
    for stop in _SENTENCE_END.finditer(lowered, prior, max(prior, sentence_start - 2)):
        prior = stop.end()
    return bool(names(text, prior, sentence_start))


def word_ends(*words: str) -> tuple[str, ...]:
    """Stems for short words that start longer ones ("bi": big, bit; "opt": option): the
    word and the character after it."""
    return tuple(word + end for word in words for end in " \n\t.,;:!?)/'\"")


def upper_case(text: str, match: re.Match[str]) -> bool:
    """Is the match written in capitals in the message (``EAD``, ``OPT``: not "opt in")?"""
    return text[match.start() : match.end()].isupper()
