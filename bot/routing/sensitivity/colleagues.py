"""Special categories of personal data about named people: their health (``health``),
their pay (``pay``), their disciplinary record (``discipline``), and the kinds said of them
as a condition is (``statements``): a criminal record (``criminal``), immigration status
(``immigration``), trade union membership (``unions``), sexual orientation (``orientation``),
family situation (``family``), religion or politics (``beliefs``), ethnic origin
(``ethnicity``), a drug test's result (``drug_tests``), a sick note's reason or a diagnosis code
(``sick_notes``), a performance review with its rating (``reviews``), a private person's
financial distress (``finances``: insolvency, debts in collection, a garnishment) and a legal
matter (``legal``: a lawsuit, a court case, a tribunal claim); and the
same, a credit record, biometric data and equity grants, as fields of a record about a
named person (``person_records`` and ``record_kinds``: a payroll row, a sick note's fields,
a logged dict, a cap table).

The rules need words of their own (a condition or a treatment; salary, raise, payroll,
gross; a conviction, a visa...), in five languages, several hundred stems in all. Tested one
by one they cost more than the rest of the personal-data rules together, so they are looked
for only in a message that may name someone (``names.may_name``: a capitalised word before
another, a verb or a possessive; one message in five), hold a table with first and last
names in columns of their own or a name written "Last, First"
(``record_parser.may_hold_records``), or a sender's line with a person's own address
(``referent_letters.sent_by_address``: "From: mateo.nakamura@acme.io"), a role only one
person holds in the writer's company (``health.one_person_role``: "our CFO") or an account
closed by
its user name (``referents.offboards_user``: "Offboard yhaddad"), in one pass for all of
them at the start of a word (``model.literal_trie``), plus a few words that end German
compounds ("Brustkrebs", "Jahresgehalt"); each rule runs only when its words are there. An
exam or textbook question's people are made up (``examples.exam_question``: lettered answer
options, an arithmetic word problem).
"""

from __future__ import annotations

import re

from bot.routing.sensitivity.beliefs import BELIEFS
from bot.routing.sensitivity.criminal import CRIMINAL_RECORD
from bot.routing.sensitivity.discipline import STEMS as DISCIPLINE_STEMS
from bot.routing.sensitivity.discipline import addressed_discipline, find_discipline
from bot.routing.sensitivity.drug_tests import DRUG_TEST_RESULT
from bot.routing.sensitivity.ethnicity import ETHNICITY
from bot.routing.sensitivity.examples import exam_question, lettered_options
from bot.routing.sensitivity.family import CANDIDATE_FAMILY, FAMILY_SITUATION
from bot.routing.sensitivity.finances import FINANCIAL_DISTRESS
from bot.routing.sensitivity.health import COMPOUND_ENDS as HEALTH_ENDS
from bot.routing.sensitivity.health import STEMS, find_health, one_person_role
from bot.routing.sensitivity.immigration import IMMIGRATION
from bot.routing.sensitivity.legal import LEGAL_MATTER
from bot.routing.sensitivity.model import Finding, literal_trie
from bot.routing.sensitivity.names import may_name
from bot.routing.sensitivity.orientation import FORMER_NAME, ORIENTATION
from bot.routing.sensitivity.pay import COMPOUND_ENDS as PAY_ENDS
from bot.routing.sensitivity.pay import PAY_WORDS, find_pay, paid_address
from bot.routing.sensitivity.person_records import STEMS as RECORD_STEMS
from bot.routing.sensitivity.person_records import find_person_records
from bot.routing.sensitivity.record_parser import may_hold_records
from bot.routing.sensitivity.referent_letters import quotes_speaker, sent_by_address
from bot.routing.sensitivity.referents import (
    describes_one_person,
    offboards_user,
    one_on_one_notes,
    reidentifies_subject,
)
from bot.routing.sensitivity.reviews import REVIEW
from bot.routing.sensitivity.sick_notes import DIAGNOSIS_CODE, SICK_NOTE_REASON
from bot.routing.sensitivity.statements import find_statements
from bot.routing.sensitivity.unions import UNION_MEMBERSHIP

_HEALTH_WORDS = frozenset((*STEMS, *HEALTH_ENDS))
_PAY_WORDS = frozenset((*PAY_WORDS, *PAY_ENDS))
_DISCIPLINE_WORDS = frozenset(DISCIPLINE_STEMS)
_COMPOUND_ENDS = (*HEALTH_ENDS, *PAY_ENDS)
_STATEMENTS = (
    CRIMINAL_RECORD, IMMIGRATION, UNION_MEMBERSHIP, ORIENTATION, FAMILY_SITUATION,
    CANDIDATE_FAMILY, DRUG_TEST_RESULT, SICK_NOTE_REASON, BELIEFS, ETHNICITY, REVIEW,
    FINANCIAL_DISTRESS, DIAGNOSIS_CODE, FORMER_NAME, LEGAL_MATTER,
)  # fmt: skip
_STATEMENT_WORDS = tuple(frozenset(kind.stems) for kind in _STATEMENTS)
# At the start of a word: the pattern starts with the character before it, so ``re`` skips
# to the next space or punctuation quickly, where a word's letters would each be tried.
# Words in Greek, Hebrew, Arabic, Devanagari and the CJK scripts are a trie of their own,
# read only in a message with such letters: in one trie with the Latin words they made its
# first branch point three times wider, tried at every space of every message.
_ALL_WORD_SET = _HEALTH_WORDS.union(_PAY_WORDS, _DISCIPLINE_WORDS, RECORD_STEMS, *_STATEMENT_WORDS)
_ALL_WORDS = sorted(_ALL_WORD_SET)
_TOPIC_WORDS = re.compile(
    r"[^a-z\u00e0-\u00ff](" + literal_trie(word for word in _ALL_WORDS if word[0] < "\u0370") + ")"
)
_SCRIPT_WORDS = re.compile(
    r"[^a-z\u00e0-\u00ff](" + literal_trie(word for word in _ALL_WORDS if word[0] >= "\u0370") + ")"
)
_SCRIPT = re.compile(r"[\u0370-\uffff]")
# The trie matches the longest word where several start ("permesso di", a record's value,
# over "permesso", the start of "permesso di soggiorno"): each word brings the shorter words
# it starts with, which another kind may need.
_SHORTER = {
    word: tuple(word[:size] for size in range(1, len(word)) if word[:size] in _ALL_WORD_SET)
    for word in _ALL_WORDS
}


def _split_names(lowered: str) -> bool:
    """A table may give first and last names in columns of their own."""
    return "\n" in lowered and (
        "first" in lowered or "vorname" in lowered or "pr\u00e9nom" in lowered
        or "prenom" in lowered or "apellido" in lowered or "surname" in lowered
        or "given name" in lowered or "given_name" in lowered or "forename" in lowered
        or "nachname" in lowered
    )  # fmt: skip


_LONG = 1000  # characters: an exam passage's options are cheaper to find than its words


def _may_concern_someone(text: str, lowered: str) -> bool:
    """Could the message name or otherwise identify a person (the gates of the module
    docstring)?"""
    return (
        may_name(text)
        or _split_names(lowered)
        or may_hold_records(text)
        or ("@" in text and sent_by_address(text))
        or (">" in text and quotes_speaker(text))
        or describes_one_person(text)
        or one_person_role(lowered)
        or offboards_user(text)
        or reidentifies_subject(text)
        or one_on_one_notes(text)
        or ("@" in text and paid_address(text))
        or ("@" in text and addressed_discipline(text))
    )


def _topic_words(lowered: str) -> set[str]:
    """The kinds' words in the message (one pass of the trie; the other scripts' words only
    where there are such letters; German compounds' ends)."""
    found = {match.group(1) for match in _TOPIC_WORDS.finditer(" " + lowered)}
    if not lowered.isascii() and _SCRIPT.search(lowered):
        found.update(match.group(1) for match in _SCRIPT_WORDS.finditer(" " + lowered))
    for word in [word for word in found if _SHORTER.get(word)]:
        found.update(_SHORTER[word])
    found.update(word for word in _COMPOUND_ENDS if word in lowered)
    return found


def find_colleague_data(text: str, lowered: str) -> list[Finding]:
    """Named people's health, pay, discipline, reviews and the other kinds of the module
    docstring (``pii.health``, ``pii.pay``, ``pii.discipline``, ``pii.performance``,
    ``pii.criminal_record``, ``pii.finances``, ``pii.legal``...)."""
    if not _may_concern_someone(text, lowered):
        return []
    long = len(text) > _LONG
    if long and lettered_options(text):
        return []  # (below), asked first of a long message: an MMLU passage's words are many
    found = _topic_words(lowered)
    if not found or (not long and lettered_options(text)):
        return []  # (an exam's options: its people are made up, ``exam_question``)
    findings: list[Finding] = []
    health_words = found & _HEALTH_WORDS
    if health_words:
        findings.extend(find_health(text, lowered, sorted(health_words)))
    if found & _PAY_WORDS:
        findings.extend(find_pay(text, lowered))
    discipline_words = found & _DISCIPLINE_WORDS
    if discipline_words:
        findings.extend(find_discipline(text, lowered, sorted(discipline_words)))
    for kind, words in zip(_STATEMENTS, _STATEMENT_WORDS, strict=True):
        triggers = found & words
        if triggers:
            findings.extend(find_statements(kind, text, lowered, sorted(triggers)))
    findings.extend(find_person_records(text, lowered, found))
    if (
        findings
        and exam_question(text)
        and not offboards_user(text)
        and not reidentifies_subject(text)
    ):
        # an exam's or a textbook's made-up people ("Mai earns $5.50 per hour"); not an
        # account closed by its user name ("Offboard yhaddad ... by 17:00"), a real person's,
        # nor a trial subject's id glossed with who they are ("participant 2207-015, that's
        # the Olympic rower (Hanna, ...), had the grade 4 neutropenia")
        return []
    return findings
