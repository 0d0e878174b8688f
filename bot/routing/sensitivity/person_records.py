"""Special categories of data about a named person in a record: a payroll row, a sick note's
fields, a leave request logged as a dict, a performance review export, a PIP's field list,
an E-Verify log line, a background check in YAML, a cap table, a credit-check table.

The prose rules (``health``, ``pay``, ``discipline``) need the name and what is said of the
person in one clause; in a record they are fields of one unit, wherever they stand in it. The
records are ``record_parser``'s: table rows, objects, a log line's pairs, ``Key: value``
paragraphs.

Reported, when a field names a person (a field for a person or a name: ``name``,
``employee``, ``Mitarbeiter``, ``Naam medewerker``, ``salarié``, ``empleado``, ``reporter``,
``candidate``, ``patient``, ``customer``...; first- and last-name fields; or that heading
line) with a personal name (``names.is_name``; also "Last, First", "SURNAME SURNAME, NAME",
"McAllister", "O'Brien"), and another field of the record says:

* ``pii.pay``: in a message about pay, an amount or a raise (``$96,000 -> $110,000``,
  ``96k -> 110k``, ``8% -> 12%``) under a pay field (salary, base, bonus, gross, raise,
  Gehalt, Stundenlohn, Brutto, salaire, bruto, neto, IRPF...) or under old and new columns
  (``Alt;Neu``, before/after, current/proposed);
* ``pii.health``: a condition or treatment (``health``'s words) in any field; any value of a
  diagnosis field (a code too) or of a field about the person's health (medical notes,
  allergies, medication, Behinderung); the free-text reason (``reason``, ``motif``,
  ``Grund``, ``toelichting``, ``description``) of a record of sick or medical leave
  (``ziek_sinds``, "arrêt de travail", "Type: sick", "medical" with a leave of absence);
* ``pii.discipline``: ``discipline``'s words in a field (a final warning), a PIP's or a
  warning's consequence ("may result in termination", "bis hin zur Kündigung"), a field of
  a disciplinary record ("Abmahnung:", "Warning level:"), or such a word in the record's
  title ("format this written warning:" right before the field list, or a "PERFORMANCE
  IMPROVEMENT PLAN" line heading it; not a bare "PIP", which is a picture-in-picture mode
  too; a title in capitals is not read as a person's name);
* ``pii.performance``: an employee's review (an employee field or id, or a review cycle):
  a rating with a written summary or feedback; a student's grade (a student's field, as
  ``student_id`` or ``emplid``, and a grade's field with a letter, a mark or a GPA: a
  gradebook's export, a transcript's rows);
* ``pii.immigration``, ``pii.criminal_record``, ``pii.finances`` (a credit record),
  ``pii.biometric``: the kind's words in any field (``immigration``'s and ``criminal``'s
  words, and a record's: "noncitizen authorized to work", a tentative nonconfirmation,
  "convicted", "Ch.7 bankruptcy", "CCJ", "Privatinsolvenz"), or a field named for the kind
  with a value (a visa or work permit, an offense, a credit score, a face embedding or a
  fingerprint template, a ``probe_embedding`` in a face-match log; ``record_kinds``);
  equity (shares, options, a strike under a holder's name, in a message about grants or
  vesting) as ``pii.pay``;
* ``pii.union``: a union's field with a value (``union``, ``union_status``,
  "Gewerkschaft", "syndicat", "vakbond"; not "N" or "non-member"), and ``pii.ethnicity``:
  an ethnicity field's value (``race_ethnicity``, "ethnic origin", "Ethnische Herkunft"),
  or a bare ``race`` field's when it is a survey's group ("White", "Hispanic or Latino");
  not a refusal to answer ("Prefer not to say");
* ``pii.health`` too: a disability degree ("67%") in records right after a title naming
  disabled staff ("disabled employees", ``FROM dip_disabili``, "Schwerbehinderte");
* ``pii.orientation`` and ``pii.beliefs``: a sexual orientation, gender identity or religion
  field's value (``selfId.sexualOrientation``; not a refusal to answer), and
  ``pii.family``, ``pii.beliefs``, ``pii.discipline``, ``pii.health``: ``record_kinds``'
  words as records write them ("both parents deceased", "Observant Muslim", "Academic
  Probation", "SP2", "khuy\u1ebft t\u1eadt", "grounded pending ...").

A review's record keyed by an employee's id (a rating, a written summary) is the person's
whom the message names by their role's word just before it ("employee Kwame Vance"); a
list item of a first name with a level in brackets, or in a calibration's notes, with a
rating in it ("- Leah (Identity, L4): 2 / Partially meets") is a review too.

A rating in a review scale's words ("Needs improvement", "2 - Partially meets") or a PIP
flag set ("pip: Y") beside a named person is a review with no employee field too; a health
field's value written out at length ("allergies": "peanuts - anaphylaxis, EpiPen in the
bag"), an occupational health examination's finding ("Befund"), a taxpayer's income
("rend_trabajo", "Einkommen") in a message about it, and a system's capitalised code read
with spaces ("type=GROSS_MISCONDUCT") are read as the kinds'. A record with no name (a log
line) is the person's that another record within ``_ID_REACH`` names under the same id
("emp=834982 display=..." then "emp=834982 type=..."; ``person_record_words.PERSON_ID_KEYS``).

A person is also a login under a user account's field (``"user":"lmartinez"``; not a
system's account: admin, deploy-bot), and a handle listed under a key for people
("members:" then "- ana") named by a person's field of the record ("member: ana"); the
reason column of a table titled for sickness absence ("Bradford factor") is read as a sick leave's.

The words of each category come from one table, ``LEXICONS`` (a pattern and the stems that
``colleagues`` finds in one pass): a new category's words are read in records once listed
there. A title is looked for before the record's table (its first row), not only before
its own line.

Not reported: column names with no rows and schemas, templates (``{employee_name}``),
records of services and products (``name='payments-api' rating=4``), fields about the work
(a team, a project, a role), generated, placeholder and masked people
(``user_001``, Test User, Sandbox Worker, Jane Doe, ``***``), a sick leave with no reason, a
bare "Warning:" note, a customer's product review, insurance plans ("medical_plan"), a
card's brand ("brand": "visa"), a check with no finding or no result yet ("clear",
"pending"), a game's or a sport's race ("race": "Elf"), a union type, the kinds' words
naming a feature ("bankruptcy-module", "felony-game-mode"), and people the message says are
made up. Limits: a name alone ("employee": "Priya"), a raise
with no pay word in the message ("Current base: 96.000" alone), and a nested record's parts
more than ``_OBJECT_SIZE`` characters apart are not read as one.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import cached_property, lru_cache
from typing import NamedTuple

from bot.routing.sensitivity import record_kinds as kinds
from bot.routing.sensitivity.criminal import CRIMINAL_RECORD as CRIMINAL_WORDS
from bot.routing.sensitivity.discipline import DISCIPLINE_WORDS
from bot.routing.sensitivity.discipline import LABEL as DISCIPLINE
from bot.routing.sensitivity.discipline import STEMS as DISCIPLINE_STEMS
from bot.routing.sensitivity.drug_tests import DRUG_TEST_RESULT
from bot.routing.sensitivity.family import FAMILY_SITUATION
from bot.routing.sensitivity.health import COMPOUND_ENDS, HEALTH_WORDS
from bot.routing.sensitivity.health import LABEL as HEALTH
from bot.routing.sensitivity.health import STEMS as HEALTH_STEMS
from bot.routing.sensitivity.immigration import IMMIGRATION as IMMIGRATION_WORDS
from bot.routing.sensitivity.model import Finding, near
from bot.routing.sensitivity.names import full_names, is_name_word
from bot.routing.sensitivity.pay import COMPOUND_ENDS as PAY_ENDS
from bot.routing.sensitivity.pay import LABEL as PAY
from bot.routing.sensitivity.pay import NOT_AMOUNT_COLUMN, NOT_MONEY_AFTER, PAY_COLUMN, PAY_WORDS
from bot.routing.sensitivity.person_record_words import (
    ADVERSE_FIRST,
    ADVERSE_SECOND,
    CONSEQUENCE_STEMS,
    CYCLE_WORDS,
    DIAGNOSIS_WORDS,
    EMPLOYEE_KEYS,
    FIELD_STEMS,
    GRADE_KEY_WORDS,
    GRADE_VALUE,
    HEALTH_KEY_WORDS,
    INCOME_STEMS,
    MORE_PAY_KEY,
    NOT_HANDLES,
    NOT_HEALTH_KEY_WORDS,
    NOT_MEMBER,
    NOT_PAY_KEY,
    PAY_TITLE,
    PERSON_ID_KEYS,
    PIP_KEYS,
    RAISE_KEYS,
    RATED_ITEM_STEMS,
    RATING_WORDS,
    REASON_WORDS,
    STUDENT_KEY_WORDS,
    SUMMARY_WORDS,
    WARNING_KEYS,
    WARNING_WORDS,
    WORK_KEYS,
    YES,
)
from bot.routing.sensitivity.record_parser import (
    LOGIN_KEYS,
    Field,
    Record,
    is_login,
    is_person,
    keyed_script_name,
    person_key,
    records,
)
from bot.routing.sensitivity.records import made_up
from bot.routing.sensitivity.reviews import RATING
from bot.routing.sensitivity.statements import Check
from bot.routing.sensitivity.tables import FIRST_COLUMNS, LAST_COLUMNS

PERFORMANCE = "pii.performance"

# A PIP's or a warning's consequence: "may result in termination", "up to and including
# dismissal", "bis hin zur Kündigung", "jusqu'au licenciement", "hasta el despido", "kan
# leiden tot ontslag".
_CONSEQUENCE = re.compile(
    r"(?:result(?:s|ing)? in|lead(?:s|ing)? to|up to and including|grounds for)"
    r" (?:further |formal )?(?:disciplinary action|termination|dismissal)|"
    r"bis (?:hin )?zur (?:k\u00fcndigung|entlassung)|"
    r"jusqu'(?:au|\u00e0 un) licenciement|"
    r"hasta (?:el|un) despido|"
    r"(?:leiden )?tot (?:een )?ontslag"
)


class Lexicon(NamedTuple):
    """A special category's words in a field's value: its label, pattern, the stems
    ``colleagues`` finds (the pattern is tried only around them, ``model.near``) and how far
    a match reaches before and after its stem. ``upper_only``: matches that count only as
    written in capitals ("PIP", not pip the installer); ``check``: the kind's own test of a
    match (its case: "EAD", "visa" and not "Visa" the card)."""

    label: str
    pattern: re.Pattern[str]
    stems: frozenset[str]
    back: int
    forward: int
    upper_only: frozenset[str] = frozenset()
    check: Check | None = None


# A word that names a feature or a system, not what is said of a person: "the sick leave
# API", "sick-leave-service", "Sick leave balance wrong for part-timers",
# "Krankmeldungs-Schnittstelle", "bankruptcy-module".
_SYSTEM_AFTER = (
    r"(?![\w-]{0,20}(?:[-_ ]\w{1,20})?[-_ ](?:api|apis|service|services|svc|app|endpoint|"
    r"calc|calculation|calculator|module|table|schema|job|cron|sync|integration|feature|page|"
    r"form|flow|workflow|types?|enum|balances?|accruals?|policy|policies|report|reports|rules?|"
    r"dashboard|widget|tracker|tracking|field|column|bug|ticket|import|export|logic|code|"
    r"migration|model|saldo|berechnung|rechner|modul|schnittstelle|koppeling|berekening|"
    r"calcul|c\u00e1lculo)\b)"
)
LEXICONS: tuple[Lexicon, ...] = (
    Lexicon(HEALTH, HEALTH_WORDS, frozenset((*HEALTH_STEMS, *COMPOUND_ENDS)), 24, 24),
    Lexicon(DISCIPLINE, DISCIPLINE_WORDS, frozenset(DISCIPLINE_STEMS), 8, 48, frozenset({"pip"})),
    Lexicon(DISCIPLINE, _CONSEQUENCE, frozenset(CONSEQUENCE_STEMS), 40, 24),
    Lexicon(
        kinds.IMMIGRATION,
        IMMIGRATION_WORDS.pattern,
        frozenset(IMMIGRATION_WORDS.stems),
        IMMIGRATION_WORDS.back,
        IMMIGRATION_WORDS.forward,
        check=kinds.immigration_status,
    ),
    Lexicon(
        kinds.IMMIGRATION,
        re.compile(kinds.IMMIGRATION_VALUES.pattern + _SYSTEM_AFTER),
        frozenset(kinds.IMMIGRATION_VALUE_STEMS),
        8,
        40,
    ),
    Lexicon(
        kinds.CRIMINAL_RECORD,
        CRIMINAL_WORDS.pattern,
        frozenset(CRIMINAL_WORDS.stems),
        CRIMINAL_WORDS.back,
        CRIMINAL_WORDS.forward,
    ),
    Lexicon(
        kinds.CRIMINAL_RECORD,
        re.compile(kinds.CRIMINAL_VALUES.pattern + _SYSTEM_AFTER),
        frozenset(kinds.CRIMINAL_VALUE_STEMS),
        0,
        24,
    ),
    Lexicon(
        HEALTH,
        re.compile(kinds.RECORD_HEALTH.pattern + _SYSTEM_AFTER),
        frozenset(kinds.RECORD_HEALTH_STEMS),
        24,
        40,
    ),
    Lexicon(
        DISCIPLINE,
        re.compile(kinds.RECORD_DISCIPLINE.pattern + _SYSTEM_AFTER),
        frozenset(kinds.RECORD_DISCIPLINE_STEMS),
        8,
        40,
        kinds.RECORD_DISCIPLINE_UPPER,
    ),
    Lexicon(
        kinds.FAMILY,
        re.compile(kinds.RECORD_FAMILY.pattern + _SYSTEM_AFTER),
        frozenset(kinds.RECORD_FAMILY_STEMS),
        16,
        40,
    ),
    Lexicon(  # a divorce, custody, alimony or child support in a person's record
        kinds.FAMILY,
        FAMILY_SITUATION.pattern,
        frozenset(FAMILY_SITUATION.stems),
        FAMILY_SITUATION.back,
        FAMILY_SITUATION.forward,
    ),
    Lexicon(
        kinds.BELIEFS,
        re.compile(kinds.RECORD_BELIEFS.pattern + _SYSTEM_AFTER),
        frozenset(kinds.RECORD_BELIEFS_STEMS),
        24,
        40,
    ),
    Lexicon(
        kinds.UNION,
        re.compile(kinds.RECORD_UNION.pattern + _SYSTEM_AFTER),
        frozenset(kinds.RECORD_UNION_STEMS),
        16,
        40,
    ),
    Lexicon(  # a drug or alcohol test's result in the record ("result=NON-NEGATIVE
        # analyte=THC-COOH mro_verified=true")
        HEALTH,
        DRUG_TEST_RESULT.pattern,
        frozenset(DRUG_TEST_RESULT.stems),
        DRUG_TEST_RESULT.back,
        DRUG_TEST_RESULT.forward,
    ),
    Lexicon(
        kinds.FINANCIAL,
        re.compile(kinds.CREDIT.pattern + _SYSTEM_AFTER),
        frozenset(kinds.CREDIT_STEMS),
        kinds.CREDIT_BACK,
        40,
    ),
)
# A title that says what the records right after it are (``_Context._titled``, beside a
# disciplinary word): disabled staff, with a degree in the record.
_DISABILITY_TITLE = Lexicon(
    HEALTH, kinds.DISABILITY_GROUP, frozenset(kinds.DISABILITY_STEMS), kinds.DISABILITY_BACK, 40
)

# A record of a sick leave: its words anywhere in the record (``ziek_sinds``, "arrêt de
# travail", "Type: sick"), or "medical" with a leave or an absence.
_SICK = re.compile(
    r"(?<![a-z])(?:sick|ziek|verzuim|krank|arbeitsunf\u00e4hig|arr[e\u00ea]t|maladie|baja|"
    rf"incapacidad temporal|illness|enfermedad|bradford){_SYSTEM_AFTER}"
)
_MEDICAL = re.compile(
    rf"(?<![a-z])(?:medical|m\u00e9dical|medizinisch|medisch|m\u00e9dic){_SYSTEM_AFTER}"
)
_LEAVE = re.compile(
    r"(?<![a-z])(?:leave|absence|absent|loa\b|abwesenheit|fehlzeit|afwezig|verlof|cong\u00e9|"
    r"ausencia|permiso)"
)
STEMS = (
    *FIELD_STEMS, *CONSEQUENCE_STEMS, *kinds.IMMIGRATION_VALUE_STEMS,
    *kinds.CRIMINAL_VALUE_STEMS, *kinds.CREDIT_STEMS, *kinds.BIOMETRIC_STEMS,
    *kinds.EQUITY_STEMS, *kinds.DISABILITY_STEMS, *kinds.KEY_STEMS,
    *kinds.RECORD_HEALTH_STEMS, *kinds.RECORD_DISCIPLINE_STEMS, *kinds.RECORD_FAMILY_STEMS,
    *kinds.RECORD_BELIEFS_STEMS, *kinds.RECORD_UNION_STEMS, *INCOME_STEMS,
)  # fmt: skip
_EQUITY_STEMS = frozenset(kinds.EQUITY_STEMS)
_PAY_STEMS = frozenset((*PAY_WORDS, *PAY_ENDS, "irpf", "salaris", "loon", *INCOME_STEMS))

_PLACEHOLDER_VALUE = re.compile(
    r"[\s*x.\-\u2014]*|null|none|nil|n/?a|tbd|unknown|other|redacted|masked|hidden|private|"
    r"personal|confidential|[<{\[$%].*"
)
_LETTER = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"\d")
_ZERO = re.compile(r"[$\u20ac\u00a3]?0+(?:[.,]0+)?")


def find_person_records(text: str, lowered: str, found: set[str]) -> list[Finding]:
    """Special categories in the fields of records about a named person (module docstring),
    in a message where ``colleagues`` found ``found``, the stems of its topics."""
    read = list(records(text, lowered))
    if not read:
        return []
    context = _Context(text, lowered, found)
    findings: list[Finding] = []
    people = [context.people(record) for record in read]
    by_id = _people_by_id(lowered, read, people)
    if "=" in text or " is " in text:
        for value, name in _glossed_ids(text):
            by_id.setdefault(value, (name.start, [name]))
    for record, named in zip(read, people, strict=True):
        if not named and by_id:
            named = _linked(lowered, record, by_id)
        findings.extend(context.judge(record, named))
    if found & RATED_ITEM_STEMS:
        findings.extend(_rated_items(text, lowered))
    if findings and made_up(lowered):
        return []
    return findings


_TITLE_REACH = 200  # characters between a record's title and its first line

# A list item of a calibration's or a review's notes: a person's first name (or full name)
# with their team and level in brackets, then their rating ("- Leah (Identity, L4): rating 2
# / \"Partially meets\", PIP recommended").
_RATED_ITEM = re.compile(
    r"^[ \t]*(?:[-*\u2022][ \t]+|\d{1,2}[.)][ \t]+)(?:\*\*)?"
    r"([A-Z\u00c0-\u00de][a-z\u00df-\u00ff]{1,20}(?:[ \t][A-Z\u00c0-\u00de][\w'\u2019-]{0,20}\.?)?)"
    r"[ \t]*(?:\(([^()\n]{1,60})\))?[ \t]*(?:\*\*)?[ \t]*[:\u2014\u2013-][ \t]*([^\n]{1,300})",
    re.MULTILINE,
)
# A level in the brackets ("L4", "IC3", "E5", "Senior"), or calibration named in the message.
_LEVEL = re.compile(
    r"(?<![\w-])(?:(?:l|ic|e|m|sde|swe|g)[ -]?\d{1,2}|junior|senior|staff|principal|lead|"
    r"mid-?level)(?![\w-])"
)
# An employee named by their role's word before a review's record keyed by their id
# ("(employee Kwame Vance, reviewer ...)", "Mitarbeiterin: Jana Vogel"), and how far before
# the record.
_NAMED_EMPLOYEE = re.compile(
    r"(?<![\w-])(?i:employee|reviewee|direct report|mitarbeiter(?:in)?|medewerker|"
    r"salari\u00e9e?|emplead[oa]|colaborador[a]?|funcion\u00e1ri[oa]|dipendente)"
    r"[ \t]*[:=]?[ \t]+(?=[A-Z\u00c0-\u00de])"
)
_NAMED_REACH = 600

# A list of people under its key, in YAML (a block of "- item" lines or "[a, b]").
_MEMBER_LIST = re.compile(
    r"^[ \t]*(?:members|team|team_members|people|staff|engineers|employees|participants|"
    r"on[_-]?call|rotation_members|roster)[ \t]*:[ \t]*(?:\[([^\]\n]{1,400})\]|\n"
    r"((?:[ \t]*-[ \t]+[\w.-]{1,40}[ \t]*(?:\n|$)){1,50}))",
    re.MULTILINE,
)
_LIST_ITEM = re.compile(r"[a-z][\w.-]{1,30}")
_HANDLE = re.compile(r"[A-Za-z][\w.-]{1,30}")


class _Context:
    """What a record's fields are read against: the message, the spans of each lexicon's
    words in it, and whether it is about pay."""

    def __init__(self, text: str, lowered: str, found: set[str]) -> None:
        self.text = text
        self.lowered = lowered
        self.pay_message = bool(found & _PAY_STEMS)
        self.equity_message = bool(found & _EQUITY_STEMS)
        self.spans: list[tuple[int, int, str]] = sorted(
            _lexicon_spans(text, lowered, found, LEXICONS)
        )
        self.starts = [s for s, _, _ in self.spans]
        # where a disciplinary word is (not a bare "PIP": a picture-in-picture mode too),
        # for ``_titled``'s one lookup per record (a walk over the spans from a table's
        # title to each of its rows was quadratic in the rows)
        self.discipline_at = [
            s for s, e, label in self.spans if label == DISCIPLINE and lowered[s:e] != "pip"
        ]
        self.disabled_at = sorted(
            s for s, _, _ in _lexicon_spans(text, lowered, found, (_DISABILITY_TITLE,))
        )

    @cached_property
    def biometric_message(self) -> bool:
        return kinds.BIOMETRIC_CONTEXT.search(self.lowered) is not None

    @cached_property
    def credit_message(self) -> bool:
        return kinds.CREDIT_CHECK.search(self.lowered) is not None

    def words_in(self, start: int, end: int) -> str | None:
        """The label of the first lexicon match inside ``start:end``, if any."""
        index = bisect_left(self.starts, start)
        while index < len(self.spans) and self.spans[index][0] < end:
            if self.spans[index][1] <= end:
                return self.spans[index][2]
            index += 1
        return None

    def _kind_words_at(self, start: int) -> bool:
        """Does a lexicon's match start at ``start``: a title, not a name ("FINAL WRITTEN
        WARNING" read as three capitalised words)?"""
        index = bisect_left(self.starts, start)
        return index < len(self.starts) and self.starts[index] == start

    def people(self, record: Record) -> list[Field]:
        """The fields that name the record's person."""
        people = [
            f
            for f in record.fields
            if (person_key(f.key) and self.person(f) and not self._kind_words_at(f.start))
            # a user account's login ('"user":"lmartinez"'): the record is that person's
            or (f.key in LOGIN_KEYS and is_login(self.text[f.start : f.end]))
        ]
        people.extend(self._first_and_last(record))
        return people

    def judge(self, record: Record, people: list[Field]) -> list[Finding]:
        """The record's person (``people``: its fields, or another record's with the same
        id) and its special fields, if it has both."""
        facts = _Facts(self.lowered, record)
        if not people:
            return self._review_of_named(record, facts)
        taken = {(f.start, f.end) for f in people}
        found: list[Finding] = []
        for field in record.fields:
            if (field.start, field.end) not in taken:
                label = self.special(field, facts)
                if label is not None:
                    found.append(Finding(label, field.start, field.end))
        if not found:
            found = self._titled(record, people, taken)
            if not found:
                return []
        label = found[0].label
        found.extend(Finding(label, f.start, f.end) for f in people)
        return found

    def _review_of_named(self, record: Record, facts: _Facts) -> list[Finding]:
        """A review's record keyed by an employee's id (a rating, a written summary) whose
        employee the message names just before it ("open review ... (employee Kwame
        Vance, reviewer ...)" above its payload): the rating and the name."""
        if not facts.review:
            return []
        ratings = [
            f
            for f in record.fields
            if set(f.key.split()) & RATING_WORDS
            and not _PLACEHOLDER_VALUE.fullmatch(self.lowered[f.start : f.end].strip(" \"'"))
        ]
        if not ratings:
            return []
        start = max(0, record.start - _NAMED_REACH)
        for named in _NAMED_EMPLOYEE.finditer(self.text, start, record.start):
            name = next(full_names(self.text, named.end(), named.end() + 60), None)
            if (
                name is not None
                and name.start == named.end()
                and is_person(self.text[name.start : name.end])
            ):
                return [
                    *(Finding(PERFORMANCE, f.start, f.end) for f in ratings),
                    Finding(PERFORMANCE, name.start, name.end),
                ]
        return []

    def _titled(
        self, record: Record, people: list[Field], taken: set[tuple[int, int]]
    ) -> list[Finding]:
        """What the title right before the record (or its table) says of it: a disciplinary
        word ("this written warning:"; not a bare "PIP", a picture-in-picture mode too), or
        disabled staff, with a degree in the record ("67%")."""
        start = max(0, record.title_at - _TITLE_REACH)
        before = max(record.start, min(f.start for f in people))  # a paragraph's title
        index = bisect_left(self.discipline_at, start)
        if index < len(self.discipline_at) and self.discipline_at[index] < before:
            return [Finding(DISCIPLINE, f.start, f.end) for f in people]
        if self.pay_message and PAY_TITLE.search(self.lowered, start, record.title_at):
            # rows of names and bare amounts under a pay title ("Sheet 'FY25 bonus pool'",
            # then "A3: Name  B3: Mgr  C3: 17,000")
            amounts = [
                Finding(PAY, f.start, f.end)
                for f in record.fields
                if not f.key and _is_amount(self.lowered[f.start : f.end].strip(" \t\"'`*"))
            ]
            if amounts:
                return amounts
        index = bisect_left(self.disabled_at, start)
        if index == len(self.disabled_at) or self.disabled_at[index] >= record.start:
            return []
        return [
            Finding(HEALTH, f.start, f.end)
            for f in record.fields
            if (f.start, f.end) not in taken
            and kinds.degree(f.key, self.lowered[f.start : f.end].strip(" \t\"'`*"))
        ]

    def person(self, field: Field) -> bool:
        value = self.text[field.start : field.end]
        if is_person(value) or keyed_script_name(value):
            return True
        handle = value.strip(" \t\"'`")
        return _HANDLE.fullmatch(handle) is not None and handle.lower() in self.members

    @cached_property
    def members(self) -> frozenset[str]:
        """The handles listed under a key for people ("members:", "team: [dana, ana]"): a
        roster's people, though written in lower case ("- member: ana")."""
        if "- " not in self.text and "[" not in self.text:
            return frozenset()
        found: set[str] = set()
        for listing in _MEMBER_LIST.finditer(self.lowered):
            found.update(_LIST_ITEM.findall(listing.group(1) or listing.group(2)))
        return frozenset(found - NOT_HANDLES)

    def _first_and_last(self, record: Record) -> list[Field]:
        first = next((f for f in record.fields if f.key in FIRST_COLUMNS), None)
        last = next((f for f in record.fields if f.key in LAST_COLUMNS and f is not first), None)
        if first is None or last is None:
            return []
        name = f"{self.text[first.start : first.end]} {self.text[last.start : last.end]}"
        return [first, last] if is_person(name) else []

    def special(self, field: Field, facts: _Facts) -> str | None:
        """The label of what ``field`` says of the record's person, or None."""
        words = set(field.key.split())
        if words & WORK_KEYS:
            return None
        label = self.words_in(field.start, field.end)
        if label is not None:
            return label
        code = self.text[field.start : field.end].strip(" \t\"'`*")
        if "_" in code and _CODE.fullmatch(code):
            label = _code_words(code)  # "type=GROSS_MISCONDUCT"
            if label is not None:
                return label
        value = self.lowered[field.start : field.end].strip(" \t\"'`*")
        if self.pay_message and _pay_field(field.key, words, value):
            return PAY
        if self.equity_message and kinds.equity_key(field.key) and _is_amount(value):
            return PAY  # a holder's shares, options and strike
        kind = kinds.key_kind(field.key)
        if kind is not None:
            return self._kind(kind, value)
        if kinds.adverse_result(field.key, value) and self.credit_message:
            return kinds.FINANCIAL
        if words & GRADE_KEY_WORDS and facts.student and GRADE_VALUE.fullmatch(value):
            return PERFORMANCE  # a student's grade
        return _named(words, value, field, facts)

    def _kind(self, kind: str, value: str) -> str | None:
        """``kind`` (``record_kinds.key_kind``) if ``value`` is one of its values."""
        if kind in (kinds.BIOMETRIC, kinds.WEAK_BIOMETRIC):
            weak = kind == kinds.WEAK_BIOMETRIC
            if not kinds.biometric_value(value) or (weak and not self.biometric_message):
                return None
            return kinds.BIOMETRIC
        if not value or _PLACEHOLDER_VALUE.fullmatch(value) or kinds.no_finding(value):
            return None
        if kind in (kinds.ETHNICITY, kinds.WEAK_ETHNICITY):
            return kinds.ETHNICITY if kinds.ethnic_value(kind, value) else None
        if kind in (kinds.ORIENTATION, kinds.BELIEFS):
            return None if kinds.not_disclosed(value) else kind
        if _ZERO.fullmatch(value):
            return None  # "garnish_amt: 0.00": nothing withheld
        if kind == kinds.UNION and value in NOT_MEMBER:
            return None
        if kind == kinds.CRIMINAL_RECORD and not _LETTER.search(value):
            return None  # a count or a date ("offense: 87" is a game's)
        return kind


# A code a system writes for a case's type or a status, in capitals joined by underscores
# ("GROSS_MISCONDUCT", "SUSPENDED_PENDING_INVESTIGATION", "FINAL_WRITTEN_WARNING"): read
# with spaces by the lexicons.
_CODE = re.compile(r"(?=.{5,60}$)[A-Z][A-Z0-9]*(?:_[A-Z0-9]+){1,6}")


@lru_cache(maxsize=256)
def _code_words(code: str) -> str | None:
    """The label of a lexicon's words in ``code`` read with spaces, if any (a log repeats
    its codes: read once each)."""
    spaced = code.replace("_", " ")
    lowered = spaced.lower()
    for lexicon in LEXICONS:
        if lexicon.check is not None or not any(stem in lowered for stem in lexicon.stems):
            continue
        if lexicon.pattern.search(lowered):
            return lexicon.label
    return None


_ID_VALUE = re.compile(r"[\w-]{3,40}")
_ID_REACH = 4000  # characters between two records of one person


# An id the message says is a person's: "E85898 = Leilani Lindqvist", "W-2231 is Tom
# Berg" (an id has a digit; a name is ``is_person``'s, up to a bracket or a comma).
_ID_GLOSS = re.compile(
    r"(?<![\w-])([A-Za-z]{0,4}-?\d[\w-]{2,20})[ \t]*(?:=|is|->|\u2192)[ \t]*"
    r"([A-Z\u00c0-\u00de][^\n,;()=:]{2,60})"
)


def _glossed_ids(text: str) -> Iterator[tuple[str, Field]]:
    for match in _ID_GLOSS.finditer(text):
        name = match.group(2).rstrip(" .")
        if is_person(name):
            yield match.group(1).lower(), Field("name", match.start(2), match.start(2) + len(name))


def _person_ids(lowered: str, record: Record) -> Iterator[str]:
    for field in record.fields:
        if field.key in PERSON_ID_KEYS or field.key in EMPLOYEE_KEYS:
            value = lowered[field.start : field.end].strip(" \t\"'`")
            if _ID_VALUE.fullmatch(value) and _DIGIT.search(value):
                yield value


def _people_by_id(
    lowered: str, read: list[Record], people: list[list[Field]]
) -> dict[str, tuple[int, list[Field]]]:
    """The named people of the records, by their id's value (and where the record is)."""
    found: dict[str, tuple[int, list[Field]]] = {}
    for record, named in zip(read, people, strict=True):
        if named:
            for value in _person_ids(lowered, record):
                found.setdefault(value, (record.start, named))
    return found


def _linked(lowered: str, record: Record, by_id: dict[str, tuple[int, list[Field]]]) -> list[Field]:
    """The person another record near this one names under the same id."""
    for value in _person_ids(lowered, record):
        at, named = by_id.get(value, (-1, []))
        if named and abs(at - record.start) <= _ID_REACH:
            return named
    return []


def _rated_items(text: str, lowered: str) -> list[Finding]:
    """The items of a list of people's ratings (``_RATED_ITEM``): a name, its level in
    brackets or a calibration in the message, and a rating (``reviews``' scores and words)
    in the item."""
    if "calibrat" not in lowered and "(" not in text:
        return []
    calibration = "calibrat" in lowered
    findings: list[Finding] = []
    for item in _RATED_ITEM.finditer(text):
        name, remark = item.group(1), item.group(2)
        if not all(is_name_word(word) for word in name.split()):
            continue
        if not calibration and (remark is None or not _LEVEL.search(remark.lower())):
            continue
        if RATING.search(lowered, item.start(3), item.end(3)) is None:
            continue
        findings.append(Finding(PERFORMANCE, *item.span(1)))
        findings.append(Finding(PERFORMANCE, *item.span(3)))
    return findings


def _scale_words(value: str) -> bool:
    """Is a rating's value a review scale's words ("Needs improvement", "2 - Partially
    meets"), not a product's stars or a score ("4/5")?"""
    match = RATING.search(value)
    return match is not None and _DIGIT.search(match.group()) is None


def _named(words: set[str], value: str, field: Field, facts: _Facts) -> str | None:
    """The label of what a field's name (``words``) says its ``value`` is, or None."""
    given = len(value) <= 40 and not _PLACEHOLDER_VALUE.fullmatch(value)
    if "h cg" in field.key:  # "hCG" read as two words ("Serum hCG")
        words = words | {"hcg"}
    if (
        words & DIAGNOSIS_WORDS or (words & HEALTH_KEY_WORDS and not words & NOT_HEALTH_KEY_WORDS)
    ) and (len(value) <= 120 and _free_text(value) and not kinds.no_finding(value)):
        # a diagnosis or an allergy written out ("breast cancer stage II, chemotherapy",
        # "arachides — anaphylaxie, stylo EpiPen dans le sac")
        return HEALTH
    if (
        words & DIAGNOSIS_WORDS
        or (words & ADVERSE_FIRST and words & ADVERSE_SECOND)
        or (words & HEALTH_KEY_WORDS and not words & NOT_HEALTH_KEY_WORDS)
    ):
        return HEALTH if given else None  # a code too ("F32.1", "GdB 50")
    if words & RATING_WORDS:
        return PERFORMANCE if given and (facts.review or _scale_words(value)) else None
    if field.key in PIP_KEYS and value in YES:
        return PERFORMANCE  # "pip: Y" beside a named person: on an improvement plan
    if not _free_text(value):
        return None
    if words & REASON_WORDS and facts.sick(field):
        return HEALTH
    if words & WARNING_WORDS or field.key in WARNING_KEYS:
        return DISCIPLINE
    if words & SUMMARY_WORDS and facts.rated:
        return PERFORMANCE
    return None


class _Facts:
    """What a record as a whole says, read once: is it a review of an employee (an employee
    field or a cycle, a rating, a written summary), where are its words of sick or medical
    leave."""

    def __init__(self, lowered: str, record: Record) -> None:
        self.lowered = lowered
        self.record = record
        self._keys = [(set(f.key.split()), f) for f in record.fields]

    @cached_property
    def review(self) -> bool:
        """An employee's review: an employee field or a cycle, and a written summary."""
        if not any(f.key in EMPLOYEE_KEYS or k & CYCLE_WORDS for k, f in self._keys):
            return False
        return any(
            k & SUMMARY_WORDS and _free_text(self.lowered[f.start : f.end].strip(" \"'"))
            for k, f in self._keys
        )

    @cached_property
    def student(self) -> bool:
        """A student's record: a field for the student ("student_id", "emplid")."""
        return any(k & STUDENT_KEY_WORDS for k, _ in self._keys)

    @cached_property
    def rated(self) -> bool:
        return any(k & RATING_WORDS for k, _ in self._keys) and self.review

    @cached_property
    def _sick_at(self) -> list[int]:
        return self._at(_SICK)

    @cached_property
    def _medical_at(self) -> list[int]:
        return self._at(_MEDICAL)

    @cached_property
    def _leave_at(self) -> list[int]:
        return self._at(_LEAVE)

    def _at(self, pattern: re.Pattern[str]) -> list[int]:
        """Where ``pattern`` is found in the record, or in the title of its table (the
        lines before its first row: "Bradford factor per agent:", a header "sick_since")."""
        start = max(0, min(self.record.start, self.record.title_at - _TITLE_REACH))
        found = pattern.finditer(self.lowered, start, self.record.end)
        return [m.start() for m in found]

    def sick(self, reason: Field) -> bool:
        """Is the record, outside its ``reason`` field, one of a sick or medical leave?"""

        def outside(starts: list[int]) -> bool:  # (in order: the first or the last is)
            return bool(starts) and (starts[0] < reason.start or starts[-1] >= reason.end)

        if outside(self._sick_at):
            return True
        return outside(self._medical_at) and outside(self._leave_at)


def _lexicon_spans(
    text: str, lowered: str, found: set[str], lexicons: tuple[Lexicon, ...]
) -> Iterator[tuple[int, int, str]]:
    """Each lexicon's matches around its stems in the message."""
    for lexicon in lexicons:
        stems = found & lexicon.stems
        if not stems:
            continue
        for match in near(lexicon.pattern, lowered, sorted(stems), lexicon.back, lexicon.forward):
            word = match.group()
            if word in lexicon.upper_only and text[match.start() : match.end()] != word.upper():
                continue
            if lexicon.check is not None and not lexicon.check(text, lowered, match):
                continue
            yield match.start(), match.end(), lexicon.label


# An amount at the start of a value: a currency, digits with separators, a "k"; or a raise
# of percentages ("8% -> 12%").
_AMOUNT = re.compile(
    r"[+]?(?:[$\u20ac\u00a3][ \t]?|(?:eur|usd|gbp|chf)[ \t]?)?\d[\d.,' ]{0,12}"
    r"(?:[ \t]?(?:k|\u20ac|\$|\u00a3|eur|usd|gbp|chf)\b)?(?![\d%/-])"
    r"|(?P<raise>\d{1,2}(?:[.,]\d+)?[ \t]?%[ \t]*(?:->|\u2192|=>|to)[ \t]*\d)"
)


def _pay_field(key: str, words: set[str], value: str) -> bool:
    """An amount under a pay field or a raise's old or new column."""
    if not (words & RAISE_KEYS and len(words) == 1) and not (
        (PAY_COLUMN.search(key) or MORE_PAY_KEY.search(key))
        and not NOT_AMOUNT_COLUMN.search(key)
        and not NOT_PAY_KEY.search(key)
    ):
        return False
    return _is_amount(value)


def _is_amount(value: str) -> bool:
    """Does ``value`` start with an amount (three digits or more, a "k", a raise)?"""
    amount = _AMOUNT.match(value)
    if amount is None or NOT_MONEY_AFTER.match(value, amount.end()):
        return False
    figure = amount.group()
    digits = len(_DIGIT.findall(figure))
    return amount.group("raise") is not None or digits >= 3 or (digits > 0 and "k" in figure)


def _free_text(value: str) -> bool:
    """A value with words in it, not a placeholder ("null", "***", "<reason>")."""
    return len(_LETTER.findall(value[:200])) >= 4 and not _PLACEHOLDER_VALUE.fullmatch(value)
