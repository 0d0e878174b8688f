"""Special categories of data about a named person in a record: a payroll row, a sick note's
fields, a leave request logged as a dict, a performance review export, a PIP's field list,
an E-Verify log line, a background check in YAML, a cap table, a credit-check table.

The prose rules (``health``, ``pay``, ``discipline``) need the name and what is said of the
person in one clause; in a record they are fields of one unit, wherever they stand in it. A
record is:

* a row of a table under its header (CSV, TSV, semicolons, pipes, a Markdown table with
  or without its closing pipe; a quoted cell may hold the delimiter, ``"Okafor, Chidi"``),
  a tuple of an SQL ``INSERT`` under its columns, or a line of three or more semicolon-,
  tab- or pipe-separated cells with no header, or of fixed-width cells two spaces or more
  apart (a query's plain output), whose cells may name their own field ("BRUTO 3.245,00");
* one JSON object or Python dict (``{"medewerker": "...", ...}``, ``{'employee': ...}``), and
  one with objects inside it read whole (``{"worker": {"name": ...}, "compensation": ...}``),
  with the words of its line around it; a list of numbers is a value (``"embedding": [...``);
* one line's ``key=value`` pairs (a log line, a repr) or ``key: value`` pairs listed with
  commas, semicolons or pipes;
* one paragraph of ``Key: value`` lines (a ticket, a form, a Markdown ``**Key:** value``
  list) with its other lines, and the line before a field naming the person ("Aisha Rahman,
  Senior Engineer").

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
  a rating with a written summary or feedback;
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
  disabled staff ("disabled employees", ``FROM dip_disabili``, "Schwerbehinderte").

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
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import NamedTuple

from bot.routing.sensitivity import record_kinds as kinds
from bot.routing.sensitivity.criminal import CRIMINAL_RECORD as CRIMINAL_WORDS
from bot.routing.sensitivity.discipline import _DISCIPLINE
from bot.routing.sensitivity.discipline import LABEL as DISCIPLINE
from bot.routing.sensitivity.discipline import STEMS as DISCIPLINE_STEMS
from bot.routing.sensitivity.health import _HEALTH, COMPOUND_ENDS
from bot.routing.sensitivity.health import LABEL as HEALTH
from bot.routing.sensitivity.health import STEMS as HEALTH_STEMS
from bot.routing.sensitivity.immigration import IMMIGRATION as IMMIGRATION_WORDS
from bot.routing.sensitivity.model import Finding, near
from bot.routing.sensitivity.names import is_name
from bot.routing.sensitivity.pay import (
    _FIRST_COLUMNS,
    _LAST_COLUMNS,
    _NAME_COLUMNS,
    _NOT_AMOUNT_COLUMN,
    _NOT_MONEY_AFTER,
    _PAY_COLUMN,
    PAY_WORDS,
    _column_name,
    table_rows,
)
from bot.routing.sensitivity.pay import COMPOUND_ENDS as PAY_ENDS
from bot.routing.sensitivity.pay import LABEL as PAY
from bot.routing.sensitivity.people_tables import _MORE_NAME_COLUMNS, _cell_spans
from bot.routing.sensitivity.records import made_up
from bot.routing.sensitivity.statements import Check

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
_CONSEQUENCE_STEMS = (
    "disciplinary action", "termination", "dismissal", "k\u00fcndigung", "entlassung",
    "licenciement", "despido", "ontslag",
)  # fmt: skip


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
    Lexicon(HEALTH, _HEALTH, frozenset((*HEALTH_STEMS, *COMPOUND_ENDS)), 24, 24),
    Lexicon(DISCIPLINE, _DISCIPLINE, frozenset(DISCIPLINE_STEMS), 8, 48, frozenset({"pip"})),
    Lexicon(DISCIPLINE, _CONSEQUENCE, frozenset(_CONSEQUENCE_STEMS), 40, 24),
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

# Fields named for a person (lower-case words, ``pay._column_name``): a word for a person,
# a name, or both ("employee", "Name", "Nom du salarié", "Naam medewerker", "candidate_name").
_PERSON_WORDS = frozenset((
    "employee", "employe", "employ\u00e9", "employ\u00e9e", "mitarbeiter", "mitarbeiterin",
    "mitarbeiters", "medewerker", "werknemer", "salari\u00e9", "salari\u00e9e", "empleado",
    "empleada", "trabajador", "trabajadora", "worker", "staff", "person", "colleague",
    "kollege", "kollegin", "coll\u00e8gue", "collega", "reporter", "requester", "requestor",
    "applicant", "candidate", "candidat", "candidata", "candidato", "kandidat",
    "kandidatin", "kandidaat", "bewerber", "bewerberin", "sollicitant", "patient", "patiente",
    "pati\u00ebnt", "paciente", "customer", "client", "cliente", "kunde", "kundin", "klant",
    "reviewee", "beneficiary", "holder", "member", "grantee", "optionee", "shareholder",
    "stockholder", "aktion\u00e4r", "aktion\u00e4rin", "actionnaire", "accionista",
    "aandeelhouder",
))  # fmt: skip
_NAME_WORDS = frozenset(("name", "fullname", "nom", "nombre", "naam", "full", "complet",
                         "completo", "volledige", "display", "legal", "real", "preferred",
                         "des", "du", "de", "del",
                         "van", "der", "in", "of", "the"))  # fmt: skip
_NAMES = frozenset(("name", "fullname", "nom", "nombre", "naam"))
_PERSON_KEYS = (
    _NAME_COLUMNS
    | _MORE_NAME_COLUMNS
    | frozenset(("direct report", "requested by", "team member", "staff member"))
)


@lru_cache(maxsize=512)
def _person_key(key: str) -> bool:
    """Is a field named ``key`` (lower-case words) a person's?"""
    if key in _PERSON_KEYS:
        return True
    words = set(key.split())
    return (
        bool(words)
        and words <= _PERSON_WORDS | _NAME_WORDS
        and bool(words & (_PERSON_WORDS | _NAMES))
    )


# The subject of a review: an employee, by a field or an id.
_EMPLOYEE_KEYS = frozenset((
    "employee", "employee name", "employee id", "emp id", "employee number", "worker",
    "worker id", "staff", "staff id", "mitarbeiter", "mitarbeiterin", "personalnummer",
    "medewerker", "personeelsnummer", "salari\u00e9", "salari\u00e9e", "matricule",
    "empleado", "empleada", "reviewee", "direct report", "person id",
))  # fmt: skip
# Pay fields beyond ``pay``'s columns (Spanish withholding, Dutch pay words, the yearly base).
_MORE_PAY_KEY = re.compile(
    r"\b(?:irpf|annual|ote|ctc|stipend|commission|raise|increase|erh\u00f6hung|augmentation|"
    r"aumento|verhoging|hourly|day rate|daily rate|stundensatz|tagessatz|taux horaire|"
    r"uurtarief)\b|salaris|lohn|loon"
)
_NOT_PAY_KEY = re.compile(
    r"\b(?:days?|hours?|id|code|leave|period|years?|months?|effective|points?|miles|credits?|"
    r"score|weight|margin|revenue|sales|profit|volume)\b"
)
# Old and new columns of a raise, in a message about pay.
_RAISE_KEYS = frozenset((
    "old", "new", "current", "proposed", "before", "after", "from", "to", "alt", "neu",
    "bisher", "vorher", "nachher", "ancien", "nouveau", "actuel", "antiguo", "anterior",
    "nuevo", "actual", "oud", "nieuw", "huidig",
))  # fmt: skip
# A free-text reason, said of a sick or medical leave.
_REASON_WORDS = frozenset((
    "reason", "reasons", "motif", "motivo", "motivos", "grund", "begr\u00fcndung", "anlass",
    "toelichting", "reden", "description", "beschreibung", "omschrijving",
    "descripci\u00f3n", "descripcion", "cause", "causa", "ursache", "oorzaak",
))  # fmt: skip
# Fields about the work, not the person: a team called "Oncology", a project's name.
_WORK_KEYS = frozenset((
    "team", "department", "dept", "unit", "project", "service", "product", "component",
    "title", "role", "position", "job", "specialty", "speciality", "abteilung", "afdeling",
    "d\u00e9partement", "departamento", "equipo", "\u00e9quipe", "repo", "repository",
))  # fmt: skip
# A diagnosis field: its value is health data in any record.
_DIAGNOSIS_WORDS = frozenset((
    "diagnosis", "diagnoses", "diagnose", "diagnosen", "diagnostic", "diagnostique",
    "diagn\u00f3stico", "diagnostico", "illness", "krankheit", "ziekte", "maladie",
    "enfermedad", "icd", "icd10",
))  # fmt: skip
# A disciplinary record's field ("Warning level: final", "Abmahnung: unentschuldigtes
# Fehlen"); not a bare "Warning:", a note in any document.
_WARNING_WORDS = frozenset((
    "abmahnung", "abmahnungen", "avertissement", "avertissements", "amonestaci\u00f3n",
    "amonestacion", "waarschuwing", "disciplinary", "disziplinar", "disciplinaire",
    "disciplinaria", "misconduct", "fehlverhalten",
))  # fmt: skip
_WARNING_KEYS = frozenset((
    "warning level", "warning stage", "warning type", "warning step", "warning issued",
    "warning category", "warning reason", "warnings issued", "written warning",
    "final warning", "verbal warning", "formal warning",
))  # fmt: skip
# A field about the person's health ("Medical notes", "Allergies", "Behinderung"), unless it
# is about their insurance or a system ("medical plan", "health check").
_HEALTH_KEY_WORDS = frozenset((
    "medical", "medizinisch", "medizinische", "gesundheit", "m\u00e9dical", "m\u00e9dicale",
    "m\u00e9dicales", "sant\u00e9", "salud", "m\u00e9dico", "m\u00e9dica", "gezondheid",
    "medisch", "medische", "disability", "disabilities", "behinderung", "discapacidad",
    "beperking", "allergies", "allergy", "allergien", "medication",
    "medications", "medikamente", "medicatie", "m\u00e9dicaments", "medicaci\u00f3n",
    "behandlung", "behandeling", "traitement", "tratamiento",
))  # fmt: skip
_NOT_HEALTH_KEY_WORDS = frozenset((
    "plan", "plans", "insurance", "insurer", "provider", "coverage", "tier", "id", "number",
    "check", "checks", "status", "score", "endpoint", "versicherung", "verzekering",
    "mutuelle", "seguro", "type", "code", "leave", "absence", "verlof", "urlaub", "cong\u00e9",
    "baja", "certificate", "bescheinigung", "attest", "certificat", "uploaded", "date", "from",
    "until", "since", "required", "provided", "received",
))  # fmt: skip
_RATING_WORDS = frozenset((
    "rating", "ratings", "bewertung", "leistungsbewertung", "beurteilung", "beoordeling",
    "\u00e9valuation", "evaluation", "calificaci\u00f3n", "calificacion", "evaluaci\u00f3n",
    "evaluacion", "valoraci\u00f3n", "valoracion",
))  # fmt: skip
_SUMMARY_WORDS = frozenset((
    "summary", "feedback", "comment", "comments", "notes", "review", "strengths",
    "zusammenfassung", "samenvatting", "r\u00e9sum\u00e9", "resumen", "commentaire",
    "comentario", "comentarios", "toelichting", "opmerking", "kommentar",
))  # fmt: skip
_CYCLE_WORDS = frozenset(("cycle", "period", "half", "quarter", "zyklus", "cyclus", "ciclo",
                          "calibration", "periode", "p\u00e9riode", "periodo"))  # fmt: skip
# A record of a sick leave: its words anywhere in the record (``ziek_sinds``, "arrêt de
# travail", "Type: sick"), or "medical" with a leave or an absence.
_SICK = re.compile(
    r"(?<![a-z])(?:sick|ziek|verzuim|krank|arbeitsunf\u00e4hig|arr[e\u00ea]t|maladie|baja|"
    rf"incapacidad temporal|illness|enfermedad){_SYSTEM_AFTER}"
)
_MEDICAL = re.compile(
    rf"(?<![a-z])(?:medical|m\u00e9dical|medizinisch|medisch|m\u00e9dic){_SYSTEM_AFTER}"
)
_LEAVE = re.compile(
    r"(?<![a-z])(?:leave|absence|absent|loa\b|abwesenheit|fehlzeit|afwezig|verlof|cong\u00e9|"
    r"ausencia|permiso)"
)
# Words that start the fields and contexts above, for ``colleagues``' pass.
_FIELD_STEMS = (
    "sick", "ziek", "verzuim", "krank", "arbeitsunf", "arr\u00eat", "maladie", "baja",
    "incapacidad", "illness", "enfermedad", "medical", "m\u00e9dical", "medizin", "medisch",
    "diagnos", "diagn\u00f3s", "rating", "bewertung", "beurteilung", "beoordeling",
    "\u00e9valuation", "evaluation", "calificaci", "evaluaci", "valoraci", "motif",
    "toelichting", "irpf", "salaris", "loon", "warning", "waarschuwing", "misconduct",
    "fehlverhalten", "disciplin", "medizin", "gesundheit",
    "sant\u00e9", "salud", "m\u00e9dic", "gezondheid", "behinderung",
    "discapacidad", "beperking", "allerg", "medication", "medikament", "medicatie",
    "m\u00e9dicament", "medicaci", "behandlung", "behandeling", "traitement", "tratamiento",
)  # fmt: skip
STEMS = (
    *_FIELD_STEMS, *_CONSEQUENCE_STEMS, *kinds.IMMIGRATION_VALUE_STEMS,
    *kinds.CRIMINAL_VALUE_STEMS, *kinds.CREDIT_STEMS, *kinds.BIOMETRIC_STEMS,
    *kinds.EQUITY_STEMS, *kinds.DISABILITY_STEMS, *kinds.KEY_STEMS,
)  # fmt: skip
_EQUITY_STEMS = frozenset(kinds.EQUITY_STEMS)
_PAY_STEMS = frozenset((*PAY_WORDS, *PAY_ENDS, "irpf", "salaris", "loon"))

# A name written "Last, First" ("Müller, Tobias", "PEÑA GARRIDO, NURIA") or with a capital
# inside ("Sean O'Brien"): a cheap test that a message may name someone where
# ``names.may_name`` sees nobody.
_UP = "A-Z\u00c0-\u00d6\u00d8-\u00de"
_LO = "a-z\u00df-\u00f6\u00f8-\u00ff"
_OTHER_NAMES = re.compile(
    rf"[{_UP}][{_LO}]{{1,30}}(?:, [{_UP}][{_LO}]| (?:Mc|Mac|O['\u2019]|D['\u2019])[{_UP}])"
    rf"|[{_UP}]{{2,30}}, [{_UP}]{{2}}"
)
# Name words that are not a person's: generated, placeholder and role names.
_NOT_PEOPLE = frozenset((
    "test", "tester", "testing", "user", "users", "demo", "sample", "dummy", "fake", "example",
    "placeholder", "sandbox", "worker", "employee", "candidate", "patient", "person",
    "anonymous", "unknown", "redacted", "lorem", "ipsum", "foo", "bar", "baz", "bot", "admin",
    "service", "system", "default", "null", "none",
))  # fmt: skip
# Prefixes whose next letter is a capital in a name ("McAllister", "O'Brien", "DeShawn"),
# read as one capitalised word ("Mcallister", "Obrien") by ``names.is_name``.
_INNER_CAPITAL = re.compile(r"\b(Mc|Mac|De|Di|Da|La|Le|Fitz|O['\u2019]|D['\u2019])([A-Z])(?=[a-z])")
_NAME_END = re.compile(r"[(,;<|/]| [-\u2013\u2014] ")
_PLACEHOLDER_VALUE = re.compile(
    r"[\s*x.\-\u2014]*|null|none|nil|n/?a|tbd|unknown|other|redacted|masked|hidden|private|"
    r"personal|confidential|[<{\[$%].*"
)
_LETTER = re.compile(r"[^\W\d_]")
_NOT_MEMBER = frozenset(("n", "0", "f", "non-member", "nonmember", "not a member"))
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class _Field:
    """A field: its key (lower-case words) and its value's span in the message."""

    key: str
    start: int
    end: int


@dataclass(slots=True)
class _Record:
    """The fields of one record, the span the record's words are read in (its lines), and
    where its title ends: the first row of its table, or its own start."""

    fields: list[_Field]
    start: int
    end: int
    title_at: int = -1

    def __post_init__(self) -> None:
        if self.title_at < 0:
            self.title_at = self.start


def may_hold_records(text: str) -> bool:
    """Could the message hold a record of someone ``names.may_name`` does not see (a name
    written "Last, First", or "O'Brien")?"""
    return _OTHER_NAMES.search(text) is not None


def find_person_records(text: str, lowered: str, found: set[str]) -> list[Finding]:
    """Special categories in the fields of records about a named person (module docstring),
    in a message where ``colleagues`` found ``found``, the stems of its topics."""
    records = list(_records(text, lowered))
    if not records:
        return []
    context = _Context(text, lowered, found)
    findings: list[Finding] = []
    for record in records:
        findings.extend(context.judge(record))
    if findings and made_up(lowered):
        return []
    return findings


_TITLE_REACH = 200  # characters between a record's title and its first line


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

    def judge(self, record: _Record) -> list[Finding]:
        """The record's person and its special fields, if it has both."""
        people = [
            f
            for f in record.fields
            if _person_key(f.key) and self.person(f) and not self._kind_words_at(f.start)
        ]
        people.extend(self._first_and_last(record))
        if not people:
            return []
        taken = {(f.start, f.end) for f in people}
        facts = _Facts(self.lowered, record)
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

    def _titled(
        self, record: _Record, people: list[_Field], taken: set[tuple[int, int]]
    ) -> list[Finding]:
        """What the title right before the record (or its table) says of it: a disciplinary
        word ("this written warning:"; not a bare "PIP", a picture-in-picture mode too), or
        disabled staff, with a degree in the record ("67%")."""
        start = max(0, record.title_at - _TITLE_REACH)
        before = max(record.start, min(f.start for f in people))  # a paragraph's title
        index = bisect_left(self.starts, start)
        while index < len(self.spans) and self.spans[index][0] < before:
            first, last, label = self.spans[index]
            if label == DISCIPLINE and self.lowered[first:last] != "pip":
                return [Finding(DISCIPLINE, f.start, f.end) for f in people]
            index += 1
        index = bisect_left(self.disabled_at, start)
        if index == len(self.disabled_at) or self.disabled_at[index] >= record.start:
            return []
        return [
            Finding(HEALTH, f.start, f.end)
            for f in record.fields
            if (f.start, f.end) not in taken
            and kinds.degree(f.key, self.lowered[f.start : f.end].strip(" \t\"'`*"))
        ]

    def person(self, field: _Field) -> bool:
        return is_person(self.text[field.start : field.end])

    def _first_and_last(self, record: _Record) -> list[_Field]:
        first = next((f for f in record.fields if f.key in _FIRST_COLUMNS), None)
        last = next((f for f in record.fields if f.key in _LAST_COLUMNS and f is not first), None)
        if first is None or last is None:
            return []
        name = f"{self.text[first.start : first.end]} {self.text[last.start : last.end]}"
        return [first, last] if is_person(name) else []

    def special(self, field: _Field, facts: _Facts) -> str | None:
        """The label of what ``field`` says of the record's person, or None."""
        words = set(field.key.split())
        if words & _WORK_KEYS:
            return None
        label = self.words_in(field.start, field.end)
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
        if kind == kinds.UNION and value in _NOT_MEMBER:
            return None
        if kind == kinds.CRIMINAL_RECORD and not _LETTER.search(value):
            return None  # a count or a date ("offense: 87" is a game's)
        return kind


def _named(words: set[str], value: str, field: _Field, facts: _Facts) -> str | None:
    """The label of what a field's name (``words``) says its ``value`` is, or None."""
    given = len(value) <= 40 and not _PLACEHOLDER_VALUE.fullmatch(value)
    if words & _DIAGNOSIS_WORDS or (
        words & _HEALTH_KEY_WORDS and not words & _NOT_HEALTH_KEY_WORDS
    ):
        return HEALTH if given else None  # a code too ("F32.1", "GdB 50")
    if words & _RATING_WORDS:
        return PERFORMANCE if given and facts.review else None
    if not _free_text(value):
        return None
    if words & _REASON_WORDS and facts.sick(field):
        return HEALTH
    if words & _WARNING_WORDS or field.key in _WARNING_KEYS:
        return DISCIPLINE
    if words & _SUMMARY_WORDS and facts.rated:
        return PERFORMANCE
    return None


class _Facts:
    """What a record as a whole says, read once: is it a review of an employee (an employee
    field or a cycle, a rating, a written summary), where are its words of sick or medical
    leave."""

    def __init__(self, lowered: str, record: _Record) -> None:
        self.lowered = lowered
        self.record = record
        self._keys = [(set(f.key.split()), f) for f in record.fields]

    @cached_property
    def review(self) -> bool:
        """An employee's review: an employee field or a cycle, and a written summary."""
        if not any(f.key in _EMPLOYEE_KEYS or k & _CYCLE_WORDS for k, f in self._keys):
            return False
        return any(
            k & _SUMMARY_WORDS and _free_text(self.lowered[f.start : f.end].strip(" \"'"))
            for k, f in self._keys
        )

    @cached_property
    def rated(self) -> bool:
        return any(k & _RATING_WORDS for k, _ in self._keys) and self.review

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
        found = pattern.finditer(self.lowered, self.record.start, self.record.end)
        return [m.start() for m in found]

    def sick(self, reason: _Field) -> bool:
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
    if not (words & _RAISE_KEYS and len(words) == 1) and not (
        (_PAY_COLUMN.search(key) or _MORE_PAY_KEY.search(key))
        and not _NOT_AMOUNT_COLUMN.search(key)
        and not _NOT_PAY_KEY.search(key)
    ):
        return False
    return _is_amount(value)


def _is_amount(value: str) -> bool:
    """Does ``value`` start with an amount (three digits or more, a "k", a raise)?"""
    amount = _AMOUNT.match(value)
    if amount is None or _NOT_MONEY_AFTER.match(value, amount.end()):
        return False
    figure = amount.group()
    digits = len(_DIGIT.findall(figure))
    return amount.group("raise") is not None or digits >= 3 or (digits > 0 and "k" in figure)


def _free_text(value: str) -> bool:
    """A value with words in it, not a placeholder ("null", "***", "<reason>")."""
    return len(_LETTER.findall(value[:200])) >= 4 and not _PLACEHOLDER_VALUE.fullmatch(value)


def is_person(value: str) -> bool:
    """Is ``value`` (a field's) a person's name: "First Last" (with what follows it: ", SRE",
    " (backend)"), "Last, First" or "SURNAME SURNAME, NAME"?"""
    value = " ".join(value.strip(" \t\"'`*").split())
    if not value or len(value) > 80:
        return False
    candidates = []
    last, comma, first = value.partition(", ")
    if comma and "," not in first:
        candidates.append(f"{first} {last}")
    end = _NAME_END.search(value)
    candidates.append(value if end is None else value[: end.start()].strip(" \t*_"))
    return any(_personal_name(c) for c in candidates)


def _personal_name(value: str) -> bool:
    if value.isupper():
        value = value.title()
    value = _INNER_CAPITAL.sub(lambda m: m.group(1).rstrip("'\u2019") + m.group(2).lower(), value)
    return is_name(value) and not any(w.lower() in _NOT_PEOPLE for w in value.split())


def _records(text: str, lowered: str) -> Iterator[_Record]:
    """Every record of the message (module docstring)."""
    objects = list(_object_records(text))
    yield from objects
    inside = sorted((r.start, r.end) for r in objects)
    table_lines: set[int] = set()
    if "\n" in text:
        for record, line_start in _table_records(text):
            table_lines.add(line_start)
            yield record
    if "insert into" in lowered:
        yield from _insert_records(text, lowered)
    yield from _line_records(text, inside, table_lines)


# How long an object read as one record may be, and how much of its line around it is read
# with it ("upserted leave_request {...}").
_OBJECT_SIZE = 4000
_AROUND = 200
_BRACE = re.compile(r"[{}]")
# A key and its value inside an object or a log line: ``"key": "value"``, ``'key': 1``,
# ``key='value'``, ``key=value``, and the start of a list of numbers (``"embedding": [0.22,
# ...``). (The key's first letter comes first, then the look-behind at the character before
# it: ``re`` skips to letters quickly.)
_PAIR = re.compile(
    r"[^\W\d](?<![\w.-].)[\w.-]{0,40}[\"']?[ \t]*(?:=|:(?!//))[ \t]*"
    r"(\"[^\"\n]{0,400}\"|'[^'\n]{0,400}'|[^\s,;{}()\[\]\"']{1,80}"
    r"|\[[ \t]*-?\d[\d.,eE+ \t-]{0,200})"
)
_EQUALS_PAIR = re.compile(
    r"[^\W\d](?<![\w.-].)[\w.-]{0,40}=(\"[^\"\n]{0,400}\"|'[^'\n]{0,400}'|[^\s,;&\"']{1,80})"
)


# ``key: value`` pairs listed on one line ("employee: Anna Lee, type: sick, reason: ...",
# "Name: Anna Lee | Salary: 72000"): a value runs to the next comma, semicolon or pipe.
_LISTED_PAIR = re.compile(
    r"[^\W\d](?<![\w.-].)[\w.-]{0,40}[ \t]*:[ \t]+((?:[^,;|\n:]|:(?! )){1,120}?)"
    r"(?=[ \t]*(?:[,;|\n]|$))"
)
# SQL: ``INSERT INTO t (columns) VALUES (...), (...)``, each tuple a record.
_INSERT = re.compile(r"insert into [\w.\"`\[\]]{1,80} ?\(([^()]{1,1000})\) ?values")
_TUPLE = re.compile(r"\s*,?\s*\(([^()]{1,2000})\)")


def _insert_records(text: str, lowered: str) -> Iterator[_Record]:
    for insert in _INSERT.finditer(lowered):
        columns = [_column_name(c) for c in insert.group(1).split(",")]
        row = _TUPLE.match(text, insert.end())
        while row is not None:
            start = row.start(1)
            spans = _cell_spans(row.group(1), ",")
            fields = [
                _Field(key, start + a, start + b)
                for key, (a, b) in zip(columns, spans, strict=False)
                if b > a
            ]
            yield _Record(fields, start, row.end(1))
            row = _TUPLE.match(text, row.end())


def _object_records(text: str) -> Iterator[_Record]:
    """Each JSON object or dict with no object inside it, and each outermost one of at most
    ``_OBJECT_SIZE`` characters with objects inside it, with the pairs of those (an export's
    ``{"employee": {"name": ...}, "compensation": {"base": ...}}``)."""
    for first, last in _objects(text):
        fields = _pairs(_PAIR, text, first + 1, last)
        if len(fields) >= 2:
            start = text.rfind("\n", max(0, first - _AROUND), first) + 1
            if start == 0:
                start = max(0, first - _AROUND)
            end = text.find("\n", last, last + _AROUND)
            yield _Record(fields, start, min(len(text), last + _AROUND) if end < 0 else end)


def _objects(text: str) -> list[tuple[int, int]]:
    """The positions of the braces of the objects ``_object_records`` reads, in order."""
    if "{" not in text:
        return []
    found: list[tuple[int, int]] = []
    open_at: list[tuple[int, bool]] = []  # an open brace, and whether an object is inside
    for brace in _BRACE.finditer(text):
        if brace.group() == "{":
            if open_at:
                open_at[-1] = (open_at[-1][0], True)
            open_at.append((brace.start(), False))
        elif open_at:
            first, nested = open_at.pop()
            if brace.start() - first > _OBJECT_SIZE:
                continue
            if nested:  # the outermost of its size: the ones inside it are read again in it
                while found and found[-1][0] > first:
                    found.pop()
            found.append((first, brace.start()))
    return _with_inner(text, found)


def _with_inner(text: str, outer: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``outer`` with the innermost objects of each that has objects inside it."""
    spans: list[tuple[int, int]] = []
    for first, last in outer:
        spans.append((first, last))
        if text.find("{", first + 1, last) > 0:
            spans.extend(
                (m.start(), m.end() - 1) for m in _INNERMOST.finditer(text, first + 1, last)
            )
    return spans


_INNERMOST = re.compile(r"\{[^{}]*\}")


def _pairs(pattern: re.Pattern[str], text: str, start: int, end: int) -> list[_Field]:
    fields: list[_Field] = []
    for match in pattern.finditer(text, start, end):
        key = text[match.start() : match.start(1)]
        key = key.rstrip(" \t=:").rstrip("\"'")
        value_start, value_end = match.span(1)
        if text[value_start] in "\"'":
            value_start, value_end = value_start + 1, value_end - 1
        fields.append(_Field(_column_name(key), value_start, value_end))
    return fields


def _table_records(text: str) -> Iterator[tuple[_Record, int]]:
    """The rows of tables with a name column, each a record of its cells by column."""
    header: tuple[str, tuple[str, ...]] | None = None
    first_row = 0
    for head, line, offset in table_rows(text, _header):
        if head is not header:  # (one header object for the rows of its table)
            header, first_row = head, offset
        delimiter, columns = head
        spans = _cell_spans(line, delimiter)
        fields = [
            _Field(key, offset + a, offset + b)
            for key, (a, b) in zip(columns, spans, strict=False)
            if b > a
        ]
        yield _Record(fields, offset, offset + len(line), first_row), offset


_HEADER_WORDS = ("name", "nom", "naam", "employe", "mitarbeiter", "medewerker", "salari",
                 "first", "vorname", "pr\u00e9nom", "prenom", "apellido", "surname",
                 "staff", "worker", "person", "last", "candida", "kandida", "patient",
                 "pati\u00ebnt", "paciente", "reporter", "trabajador", "holder", "grantee",
                 "optionee", "aktion\u00e4r", "actionnaire", "accionista",
                 "aandeelhouder", "client", "customer", "kund", "klant", "applicant",
                 "bewerber", "sollicitant")  # fmt: skip


# A column named with a number after its letters ("icd10", "address_line1", "sha256").
_NUMBERED_COLUMN = re.compile(r"[^\W\d][^\W\d]*(?: [^\W\d]+)*\d{1,3}")


def _header(line: str) -> tuple[str, tuple[str, ...]] | None:
    """A table header with a name column (or first- and last-name columns): its delimiter
    and column names."""
    lowered = line.lower()
    if not any(word in lowered for word in _HEADER_WORDS):
        return None
    for delimiter in ("|", "\t", ";", ","):
        if delimiter not in line:
            continue
        columns = tuple(_column_name(line[a:b]) for a, b in _cell_spans(line, delimiter))
        if delimiter == "|" and line.rstrip().endswith("|"):
            columns = columns[:-1]  # a Markdown row's closing pipe
        if len(columns) < 2 or any(
            not c or (_DIGIT.search(c) and not _NUMBERED_COLUMN.fullmatch(c)) for c in columns
        ):
            continue  # a row of data ("E29621", "2023-09-14"), not a header
        if any(_person_key(c) for c in columns) or (
            any(c in _FIRST_COLUMNS for c in columns) and any(c in _LAST_COLUMNS for c in columns)
        ):
            return delimiter, columns
    return None


# A ``Key: value`` line: a bullet, Markdown bold, a key of a few words and a remark in
# brackets ("motif (transmis par la salariée) :"), a colon, the value to the end of the line.
_KEY_LINE = re.compile(
    r"[ \t]*(?:[-*\u2022>][ \t]+)?(?:\*\*|__)?([^\W\d_][\w '\u2019./-]{0,40}?)[ \t]*"
    r"(?:\([^()\n]{0,80}\)[ \t]*)?(?:\*\*|__)?[ \t]*:(?:\*\*|__)?[ \t]*(?=[^\s/])"
)
# The cells of a line with no header: three or more, by semicolons, tabs or pipes, or two
# spaces or more.
_ROW_DELIMITERS = (";", "\t", "|")
_SPACED_CELL = re.compile(r"\S+(?: \S+)*")
# A cell that names its own field: "BRUTO 3.245,00", "IRPF: 14,5".
_KEYED_CELL = re.compile(r"([^\W\d_][\w .-]{0,30}?)[ \t]*[:=]?[ \t]+(?=[$\u20ac\u00a3+\d])")


def _line_records(
    text: str, inside: list[tuple[int, int]], table_lines: set[int]
) -> Iterator[_Record]:
    """Log lines, rows with no header, and paragraphs of ``Key: value`` lines (a paragraph's
    words are the record's: a ticket's title, "arrêt de travail du 12/03")."""
    paragraph: list[_Field] = []
    paragraph_start = 0
    heading: _Field | None = None
    next_object = 0
    rows_start = -1  # the first of the rows with no header right before this line
    for start, end in _lines(text):
        if text[start:end].isspace() or start == end:
            if paragraph:
                yield _Record(paragraph, paragraph_start, start)
            paragraph, heading, paragraph_start, rows_start = [], None, end + 1, -1
            continue
        while next_object < len(inside) and inside[next_object][1] <= start:
            next_object += 1
        if next_object < len(inside) and inside[next_object][0] <= start:
            continue  # a line of an object, read as one record
        yield from _pair_records(text, start, end)
        cells = [] if start in table_lines else _row_cells(text, text[start:end], start)
        rows_start = (start if rows_start < 0 else rows_start) if cells else -1
        if cells:
            yield _Record(cells, start, end, rows_start)
        field = _key_line(text, start, end)
        if field is None:
            heading = _heading(text, start, end)
            continue
        if heading is not None:
            paragraph.append(heading)
            heading = None
        paragraph.append(field)
    if paragraph:
        yield _Record(paragraph, paragraph_start, len(text))


def _lines(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        yield start, end
        start = end + 1


def _pair_records(text: str, start: int, end: int) -> Iterator[_Record]:
    """A line's ``key=value`` or listed ``key: value`` pairs."""
    line = text[start:end]
    for pattern, mark in ((_EQUALS_PAIR, "="), (_LISTED_PAIR, ": ")):
        if line.count(mark) >= 2:
            pairs = _pairs(pattern, text, start, end)
            if len(pairs) >= 2:
                yield _Record(pairs, start, end)


def _key_line(text: str, start: int, end: int) -> _Field | None:
    match = _KEY_LINE.match(text, start, end)
    if match is None:
        return None
    value_end = len(text[:end].rstrip(" \t*"))
    if value_end <= match.end():
        return None
    return _Field(_column_name(match.group(1)), match.end(), value_end)


def _heading(text: str, start: int, end: int) -> _Field | None:
    """A line that is a person's name, maybe with their title ("Aisha Rahman, Senior
    Engineer"): the person of the ``Key: value`` lines right after it."""
    line = text[start:end]
    stripped = line.strip(" \t*_#->\u2022")
    if not stripped or len(stripped) > 100 or not is_person(stripped):
        return None
    offset = start + line.index(stripped)
    cut = _NAME_END.search(stripped)
    return _Field("name", offset, offset + (len(stripped) if cut is None else cut.start()))


def _row_cells(text: str, line: str, start: int) -> list[_Field]:
    """The cells of a delimited line with no header, or of a fixed-width one (cells two
    spaces or more apart, as a query's plain output prints them): a person's name (key
    ``name``), cells that name their field ("BRUTO 3.245,00"), and the others (no key)."""
    delimiter = next((d for d in _ROW_DELIMITERS if line.count(d) >= 2), None)
    if delimiter is not None:
        spans = _cell_spans(line, delimiter)
    elif line.count("  ") >= 2:
        spans = [m.span() for m in _SPACED_CELL.finditer(line)]
    else:
        return []
    fields: list[_Field] = []
    for a, b in spans:
        cell = line[a:b]
        keyed = _KEYED_CELL.match(cell)
        if keyed is not None and _DIGIT.search(cell, keyed.end(), keyed.end() + 1):
            value_start = start + a + keyed.end()
            fields.append(_Field(_column_name(keyed.group(1)), value_start, start + b))
        elif cell and is_person(cell):
            fields.append(_Field("name", start + a, start + b))
        elif b > a:
            fields.append(_Field("", start + a, start + b))
    has_name = any(f.key == "name" for f in fields)
    return fields if has_name and len(fields) >= 3 else []
