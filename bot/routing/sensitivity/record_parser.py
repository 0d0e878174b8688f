"""The records of a message, as ``person_records`` judges them: each a list of fields
(a key of lower-case words and its value's span) and the span its words are read in.
A record is:

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
  Senior Engineer", or a case's heading "Caso 2977 \u2014 Jan Berg");
* a row of an aligned table under its header (a pandas ``print(df)`` with its index, a SQL
  Server grid), a line of a query's result under its ``SELECT`` (its columns the keys), and
  the text elements of one XML parent (``<Employee>...</Employee><Detail>...``);
* a constructor call whose keyword arguments run over lines (``GarnishmentOrder(`` then
  ``employee_id="15759",  # <a name>``): its class's words a field ("garnishment order"),
  and a comment on an argument's line that is a person's name the record's person.

A listed pair's key after a pipe may be a few words ("| Nota final: 2/5"); a roster's cell
may put a rank before the name ("FO Rohan Weber").

A field is a person's (``person_key``) when its key is a word for a person or a name
(``employee``, ``Name``, ``Nom du salarié``, ``Naam medewerker``, ``candidate_name``), and
its value is a person's name when ``is_person`` says so ("First Last", "Last, First",
"SURNAME SURNAME, NAME", "McAllister", "O'Brien"; not generated or placeholder people).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from bot.routing.sensitivity.model import literal_trie
from bot.routing.sensitivity.names import is_name
from bot.routing.sensitivity.record_parser_words import (
    HEADER_WORDS,
    LANGUAGE_CODES,
    NAME_WORDS,
    NAMES,
    NOT_PEOPLE,
    PERSON_KEYS,
    PERSON_WORDS,
)
from bot.routing.sensitivity.script_names import NOT_HAN_VALUES
from bot.routing.sensitivity.tables import (
    FIRST_COLUMNS,
    LAST_COLUMNS,
    cell_spans,
    column_name,
    table_rows,
)

_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=512)
def person_key(key: str) -> bool:
    """Is a field named ``key`` (lower-case words) a person's?"""
    if key in PERSON_KEYS:
        return True
    words = set(key.split())
    if len(words) > 1 and key.rsplit(" ", 1)[-1] in LANGUAGE_CODES:
        return person_key(key.rsplit(" ", 1)[0])  # a name in a language: "name_ar"
    return (
        bool(words) and words <= PERSON_WORDS | NAME_WORDS and bool(words & (PERSON_WORDS | NAMES))
    )


# A name written "Last, First" ("Müller, Tobias", "PEÑA GARRIDO, NURIA") or with a capital
# inside ("Sean O'Brien"): a cheap test that a message may name someone where
# ``names.may_name`` sees nobody.
_UP = "A-Z\u00c0-\u00d6\u00d8-\u00de"
_LO = "a-z\u00df-\u00f6\u00f8-\u00ff"
_OTHER_NAMES = re.compile(
    rf"[{_UP}][{_LO}]{{1,30}}(?:, [{_UP}][{_LO}]| (?:Mc|Mac|O['\u2019]|D['\u2019])[{_UP}])"
    rf"|[{_UP}]{{2,30}}, [{_UP}]{{2}}"
)
# Prefixes whose next letter is a capital in a name ("McAllister", "O'Brien", "DeShawn"),
# read as one capitalised word ("Mcallister", "Obrien") by ``names.is_name``.
_INNER_CAPITAL = re.compile(r"\b(Mc|Mac|De|Di|Da|La|Le|Fitz|O['\u2019]|D['\u2019])([A-Z])(?=[a-z])")
# A rank or a title before a name in a roster's cell: capitals ("CPT", "FO", "SGT") or a
# short title with its dot ("Capt.", "Dr.", "Sgt.").
# Or a rank, a title or an address written out ("Officer Priya Adeyemi", "Nurse Ada Kim",
# "Mrs Olu Bello", "Sergeant", "Kommissar", "Agente").
_RANK = re.compile(
    r"(?:[A-Z]{2,4}|(?:Capt|Cpt|Sgt|Lt|Cdr|Dr|Prof|Insp|Det|Mr|Mrs|Ms|Mx|Cpl|Pvt|Ofc|Dep)\."
    r"|(?:Officer|Sergeant|Detective|Captain|Lieutenant|Constable|Inspector|Corporal|Trooper|"
    r"Deputy|Agent|Firefighter|Paramedic|Nurse|Doctor|Professor|Pharmacist|Mr|Mrs|Ms|Mx|Miss|"
    r"Dr|Prof|Herr|Frau|Monsieur|Madame|Mme|Señor|Señora|Sr|Sra|Agente|Kommissar|Polizist|"
    r"Polizistin))[ \t]+(?=[A-Z])"
)
_NAME_END = re.compile(r"[(,;<|/]| [-\u2013\u2014] ")


@dataclass(frozen=True, slots=True)
class Field:
    """A field: its key (lower-case words) and its value's span in the message."""

    key: str
    start: int
    end: int


@dataclass(slots=True)
class Record:
    """The fields of one record, the span the record's words are read in (its lines), and
    where its title ends: the first row of its table, or its own start."""

    fields: list[Field]
    start: int
    end: int
    title_at: int = -1

    def __post_init__(self) -> None:
        if self.title_at < 0:
            self.title_at = self.start


def may_hold_records(text: str) -> bool:
    """Could the message hold a record of someone ``names.may_name`` does not see (a name
    written "Last, First", or "O'Brien", a roster's handles under "members:", or a list
    of first names with remarks in brackets)?"""
    if _OTHER_NAMES.search(text) is not None:
        return True
    if "- " in text and _NAMED_ITEM.search(text) is not None:
        return True  # "- Leah (Identity, L4): ...": a list of people by first name
    if ("VALUES" in text or "values" in text) and _UNNAMED_INSERT_ANY.search(text) is not None:
        return True  # "INSERT INTO employees VALUES (1041, 'Gabriel', 'Nunes', ...)"
    if (
        not text.isascii()
        and _OTHER_SCRIPT.search(text) is not None
        and _SCRIPT_NAME_KEY.search(text) is not None
    ):
        return True  # a name field in a message in other scripts: "姓名", "full_name"
    if ("user" in text or "login" in text) and _LOGIN_FIELD.search(text) is not None:
        return True  # '{"user":"lmartinez", ...}': a record of one user's account
    return any(  # (from each list's colon: rare, and found by a literal scan)
        _PEOPLE_KEY_BEFORE.search(text, max(0, m.start() - 24), m.start())
        for m in _LIST_START.finditer(text)
    )


# A user account's field in a record ("user", "username", "user_name", "login") and a
# person's login as its value: lower-case letters, one dot or underscore at most
# ("lmartinez", "j.smith", "anna_k"); not a system's account (``SYSTEM_LOGINS``).
LOGIN_KEYS = frozenset(("user", "username", "user name", "login", "user login", "login name"))
LOGIN = re.compile(r"[a-z]{1,20}[._][a-z]{1,20}|[a-z]{2,20}")
SYSTEM_LOGINS = frozenset((
    "admin", "administrator", "root", "system", "service", "guest", "test", "tester",
    "demo", "anonymous", "anon", "nobody", "deploy", "deployer", "jenkins", "github",
    "gitlab", "postgres", "mysql", "ubuntu", "ec2_user", "www_data", "default", "unknown",
    "none", "null", "true", "false", "user", "username", "example", "sample", "jdoe",
    "johndoe", "janedoe", "foo", "bar", "foobar", "alice", "bob", "charlie", "mallory",
    "someone", "placeholder", "string", "redacted", "bot", "app", "api", "svc",
))  # fmt: skip
_LOGIN_FIELD = re.compile(
    r"\b(?:user|username|user_name|login)[\"']?[ \t]*[:=][ \t]*[\"']?"
    r"(?:[a-z]{1,20}[._][a-z]{1,20}|[a-z]{2,20})(?![\w.-])"
)


def is_login(value: str) -> bool:
    """Is ``value`` (a user account's field's) a person's login (``LOGIN``)?"""
    handle = value.strip(" \t\"'`")
    return (
        LOGIN.fullmatch(handle) is not None
        and handle not in SYSTEM_LOGINS
        and not any(part in SYSTEM_LOGINS for part in re.split(r"[._]", handle))
    )


# A name's field, in a message that may give the name in other scripts (``keyed_script_name``):
# "name", "姓名", "氏名", "이름", "όνομα", "שם", "الاسم", "ФИО", "имя".
_SCRIPT_NAME_KEY = re.compile(
    "(?i:name)|\u59d3\u540d|\u6c0f\u540d|\u540d\u524d|\uc774\ub984|\uc131\uba85|"
    "\u03cc\u03bd\u03bf\u03bc\u03b1|\u05e9\u05dd|\u0627\u0633\u0645|"
    "\u0424\u0418\u041e|\u0444\u0438\u043e|\u0438\u043c\u044f"
)
_OTHER_SCRIPT = re.compile("[\u0370-\u03ff\u0400-\u04ff\u05d0-\u05ea\u0620-\u06d3\u3400-\u9fff]")
# A list item of a first name and a remark in brackets ("- Leah (Identity, L4):"),
# ``person_records``' rated items.
_NAMED_ITEM = re.compile(
    rf"^[ \t]*[-*\u2022][ \t]+(?:\*\*)?[{_UP}][{_LO}]{{1,20}}[ \t]*\([^()\n]{{1,60}}\)",
    re.MULTILINE,
)
# A YAML list of people under its key ("members:", "team:"), whose items may be handles.
_LIST_START = re.compile(r":[ \t]*(?:\[|\n[ \t]*- )")
_PEOPLE_KEY_BEFORE = re.compile(
    r"(?<![\w-])(?:members|team|team_members|people|staff|engineers|employees|participants|"
    r"on[_-]?call|rotation_members|roster)[ \t]*$"
)


_BARE_INITIAL = re.compile(r"(?<=[a-z\u00df-\u00ff] )([A-Z])$")


def is_person(value: str) -> bool:
    """Is ``value`` (a field's) a person's name: "First Last" (with what follows it: ", SRE",
    " (backend)"), "Last, First" (and "Last, First M") or "SURNAME SURNAME, NAME"?"""
    value = " ".join(value.strip(" \t\"'`*").split())
    if not value or len(value) > 80:
        return False
    candidates = []
    last, comma, first = value.partition(", ")
    if comma and "," not in first:
        # a middle initial with no period, as registrars print it ("Whitfield, Noah J")
        first = _BARE_INITIAL.sub(r"\1.", first)
        candidates.append(f"{first} {last}")
    end = _NAME_END.search(value)
    candidates.append(value if end is None else value[: end.start()].strip(" \t*_"))
    rank = _RANK.match(candidates[-1])
    if rank is not None:  # "FO Rohan Weber", "Capt. M. Ortega": a crew list's rank
        candidates.append(candidates[-1][rank.end() :])
    return any(_personal_name(c) for c in candidates)


# A name under a person's field in scripts with no capitals to tell a name by, or whose
# names ``names.is_name`` does not read: two to four Han characters ("李娜", a Chinese name
# written with no space), two or three capitalised Greek or Cyrillic words ("Γιώργος
# Καραγιάννης"), two to four Arabic or Hebrew words ("خالد الزهراني"). Read only as a
# person's field's value, where the key says it is a name.
_GREEK_WORD = "[\u0386\u0388-\u038f\u0391-\u03a9][\u03ac-\u03ce]{1,20}"
_CYR_WORD = "[\u0400-\u042f][\u0430-\u045f]{1,20}"
_SCRIPT_NAME = re.compile(
    f"{_GREEK_WORD}(?: {_GREEK_WORD}){{1,2}}"
    f"|{_CYR_WORD}(?: {_CYR_WORD}){{1,2}}"
    "|[\u3400-\u4dbf\u4e00-\u9fff]{2,4}"
    "|[\u0620-\u064a\u0671-\u06d3]{2,15}(?: [\u0620-\u064a\u0671-\u06d3]{2,15}){1,3}"
    "|[\u05d0-\u05ea]{2,15}(?: [\u05d0-\u05ea\u05f3'\"]{2,15}){1,3}"
)


def keyed_script_name(value: str) -> bool:
    """Is ``value``, a person's field's, a name in Chinese, Greek, Cyrillic, Arabic or
    Hebrew letters (see ``_SCRIPT_NAME``)?"""
    value = " ".join(value.strip(" \t\"'`*").split())
    if not value or value.isascii() or len(value) > 60:
        return False
    return _SCRIPT_NAME.fullmatch(value) is not None and value not in NOT_HAN_VALUES


def _personal_name(value: str) -> bool:
    if value.isupper():
        value = value.title()
    value = _INNER_CAPITAL.sub(lambda m: m.group(1).rstrip("'\u2019") + m.group(2).lower(), value)
    return is_name(value) and not any(w.lower() in NOT_PEOPLE for w in value.split())


def records(text: str, lowered: str) -> Iterator[Record]:
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
    if "</" in text:
        yield from _element_records(text)
    if "select " in lowered and "|" in text:
        yield from _result_records(text, lowered)
    if "(\n" in text or "( \n" in text:
        yield from _call_records(text)
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
# A key after a pipe or a semicolon, or first on its line, may be a few words with a remark
# in brackets ("| Nota final: 2/5", "| حجز قضائي (دين بنكي): 2850").
_LISTED_PAIR = re.compile(
    r"(?:[^\W\d](?<![\w.-].)[\w.-]{0,40}|(?:(?<=[|;] )|(?<![^\n]))[^\W\d][\w.-]{0,30}"
    r"(?: [^\W\d][\w.-]{0,30}){0,3}(?: \([^()\n:]{1,40}\))?)"
    r"[ \t]*:[ \t]+((?:[^,;|\n:]|:(?! )){1,120}?)"
    r"(?=[ \t]*(?:[,;|\n]|$))"
)
# SQL: ``INSERT INTO t (columns) VALUES (...), (...)``, each tuple a record.
_INSERT = re.compile(r"insert into [\w.\"`\[\]]{1,80} ?\(([^()]{1,1000})\) ?values")
_TUPLE = re.compile(r"\s*,?\s*\(([^()]{1,2000})\)")


# An XML element with text inside it: ``<Employee id="E1">Ana Lima</Employee>``.
_ELEMENT = re.compile(r"<([^\W\d][\w:.-]{0,40})(?:[ \t][^<>\n]{0,200})?>([^<>\n]{1,400})</\1>")
_PARENT_CLOSES = re.compile(r"</|\n[ \t]*\n")


def _element_records(text: str) -> Iterator[Record]:
    """The elements of one parent in an XML document, each a field named by its tag (the
    record ends where a parent element closes, or at a blank line)."""
    fields: list[Field] = []
    start = last = 0
    for element in _ELEMENT.finditer(text):
        if fields and _PARENT_CLOSES.search(text, last, element.start()):
            yield Record(fields, start, last)
            fields = []
        if not fields:
            start = element.start()
        fields.append(Field(column_name(element.group(1)), *element.span(2)))
        last = element.end()
    if fields:
        yield Record(fields, start, last)


# A query's selected columns (``SELECT nome, scadenza_permesso FROM``; not ``*``), and the
# lines of its result pasted after it, maybe as SQL comments ("-- Ana Lima | 2024-04-09").
_SELECT = re.compile(r"\bselect[ \t\n]+(?:distinct[ \t]+)?([\w.\"`\[\], \t]{1,300}?)[ \t\n]+from\b")
_RESULT_LINE = re.compile(r"[ \t]*(?:--|#|//)?[ \t]*\|?([^\n]*)")
_RESULT_LINES = 30


def _result_records(text: str, lowered: str) -> Iterator[Record]:
    """The rows of a query's result under its ``SELECT``: lines of as many pipe-separated
    cells as the query selects columns (two or more), within ``_RESULT_LINES`` lines."""
    for select in _SELECT.finditer(lowered):
        columns = [column_name(c.rsplit(".", 1)[-1]) for c in select.group(1).split(",")]
        if len(columns) < 2 or not all(columns):
            continue
        start = text.find("\n", select.end()) + 1
        for _ in range(_RESULT_LINES):
            if start <= 0 or start >= len(text):
                break
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            line = _RESULT_LINE.match(text, start, end)
            if line is not None and line.group(1).count("|") in (len(columns) - 1, len(columns)):
                offset = line.start(1)
                spans = cell_spans(line.group(1).rstrip(" \t|"), "|")
                if len(spans) == len(columns):
                    fields = [
                        Field(key, offset + a, offset + b)
                        for key, (a, b) in zip(columns, spans, strict=True)
                    ]
                    yield Record(fields, start, end)
            start = end + 1


# A constructor call whose keyword arguments run over lines (``GarnishmentOrder(`` then
# ``employee_id="15759",  # Priya Moretti`` ...): the object's class names what the record
# is (a field of its own, "garnishment order"), and a comment on an argument's line that is
# a person's name is the record's person.
_CALL_OPEN = re.compile(r"(?<![\w.])([A-Z][A-Za-z0-9]{2,60})\([ \t]*\n")
_KWARG_LINE = re.compile(
    r"[ \t]*([^\W\d]\w{0,40})[ \t]*=[ \t]*"
    r"(\"[^\"\n]{0,400}\"|'[^'\n]{0,400}'|[^\s,#][^,#\n]{0,120}?)"
    r"[ \t]*,?[ \t]*(?:#[ \t]*([^\n]{1,80}?))?[ \t]*$"
)
_CALL_LINES = 60  # lines of arguments read after the call's opening bracket


def _call_records(text: str) -> Iterator[Record]:
    """Each multi-line constructor call's keyword arguments, its class and the person a
    comment names (``_CALL_OPEN``)."""
    for call in _CALL_OPEN.finditer(text):
        fields = [Field(column_name(call.group(1)), *call.span(1))]
        start = end = call.end()
        for _ in range(_CALL_LINES):
            if start >= len(text):
                break
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            if text[start:end].lstrip().startswith(")"):
                break
            argument = _KWARG_LINE.match(text, start, end)
            if argument is not None:
                value_start, value_end = argument.span(2)
                if text[value_start] in "\"'":
                    value_start, value_end = value_start + 1, value_end - 1
                fields.append(Field(column_name(argument.group(1)), value_start, value_end))
                comment = argument.group(3)
                if comment is not None and is_person(comment):
                    fields.append(Field("name", *argument.span(3)))
            start = end + 1
        if len(fields) >= 3:
            yield Record(fields, call.start(), end)


def _insert_records(text: str, lowered: str) -> Iterator[Record]:
    yield from _unnamed_insert_records(text, lowered)
    for insert in _INSERT.finditer(lowered):
        columns = [column_name(c) for c in insert.group(1).split(",")]
        row = _TUPLE.match(text, insert.end())
        while row is not None:
            start = row.start(1)
            spans = cell_spans(row.group(1), ",")
            fields = [
                Field(key, start + a, start + b)
                for key, (a, b) in zip(columns, spans, strict=False)
                if b > a
            ]
            yield Record(fields, start, row.end(1))
            row = _TUPLE.match(text, row.end())


# ``INSERT INTO employees VALUES (1041, 'Gabriel', 'Nunes', 186000, 'PIP')``: no column
# names, but a table of people and, side by side, two quoted cells that are a first and a
# last name; the row's other cells are read with no key (as ``_row_cells``' are).
_UNNAMED_INSERT = re.compile(
    r"insert into [\w.\"`\[\]]{0,40}?\b(?:employees?|staff|people|persons?|workers?|users?|"
    r"candidates?|members?|personnel|mitarbeiter|empleados|salaries)\b[\"`\]]? ?values"
)
_UNNAMED_INSERT_ANY = re.compile(_UNNAMED_INSERT.pattern, re.IGNORECASE)
_NAME_WORD = re.compile(r"[^\W\d_][^\W\d_'-]{0,30}(?:-[^\W\d_]{1,30})?")


def _unnamed_insert_records(text: str, lowered: str) -> Iterator[Record]:
    for insert in _UNNAMED_INSERT.finditer(lowered):
        row = _TUPLE.match(text, insert.end())
        while row is not None:
            start = row.start(1)
            spans = [(start + a, start + b) for a, b in cell_spans(row.group(1), ",")]
            fields = [Field("", a, b) for a, b in spans if b > a]
            for i in range(len(fields) - 1):
                first = _NAME_WORD.fullmatch(text, fields[i].start, fields[i].end)
                last = _NAME_WORD.fullmatch(text, fields[i + 1].start, fields[i + 1].end)
                if first and last and is_name(f"{first.group()} {last.group()}"):
                    fields[i] = Field("first name", *first.span())
                    fields[i + 1] = Field("last name", *last.span())
                    yield Record(fields, start, row.end(1))
                    break
            row = _TUPLE.match(text, row.end())


def _object_records(text: str) -> Iterator[Record]:
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
            yield Record(fields, start, min(len(text), last + _AROUND) if end < 0 else end)


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


# A name in brackets right after a pair's value: a log line's id and whose it is.
_NAME_IN_BRACKETS = re.compile(r"[ \t]\(([^()\n\d=:]{3,60})\)")


def _pairs(pattern: re.Pattern[str], text: str, start: int, end: int) -> list[Field]:
    fields: list[Field] = []
    for match in pattern.finditer(text, start, end):
        key = text[match.start() : match.start(1)]
        key = key.rstrip(" \t=:").rstrip("\"'")
        value_start, value_end = match.span(1)
        if text[value_start] in "\"'":
            value_start, value_end = value_start + 1, value_end - 1
        fields.append(Field(column_name(key), value_start, value_end))
        named = _NAME_IN_BRACKETS.match(text, match.end(), end)
        if named is not None and is_person(named.group(1)):
            # an id with its person's name in brackets: "emp=E75428 (Marcus Oyelaran)"
            fields.append(Field("name", named.start(1), named.end(1)))
    return fields


def _table_records(text: str) -> Iterator[tuple[Record, int]]:
    """The rows of tables with a name column, each a record of its cells by column."""
    header: tuple[str, tuple[str, ...]] | None = None
    first_row = 0
    for head, line, offset in table_rows(text, _header):
        if head is not header:  # (one header object for the rows of its table)
            header, first_row = head, offset
        delimiter, columns = head
        spans = cell_spans(line, delimiter)
        fields = [
            Field(key, offset + a, offset + b)
            for key, (a, b) in zip(columns, spans, strict=False)
            if b > a
        ]
        yield Record(fields, offset, offset + len(line), first_row), offset


_HEADER_WORD = re.compile(literal_trie(HEADER_WORDS))  # (one search, not one per word)


# A column named with a number after its letters ("icd10", "address_line1", "sha256").
_NUMBERED_COLUMN = re.compile(r"[^\W\d][^\W\d]*(?: [^\W\d]+)*\d{1,3}")


def _numbered_column(column: str) -> bool:
    """A column named with a number in its words ("icd10", "address_line1", "baseline_hba1c",
    "ethnicity_16cat"): each word with digits has two letters or more and three digits at
    most; not a cell of data ("E29621", "2023-09-14", "3.1")."""
    if _NUMBERED_COLUMN.fullmatch(column):
        return True
    for word in column.split():
        digits = len(_DIGIT.findall(word))
        if digits and (digits > 3 or len(word) - digits < 2 or not word.isalnum()):
            return False
    return True


def _header(line: str) -> tuple[str, tuple[str, ...]] | None:
    """A table header with a name column (or first- and last-name columns): its delimiter
    and column names."""
    lowered = line.lower()
    if _HEADER_WORD.search(lowered) is None:
        return None
    for delimiter in ("|", "\t", ";", ","):
        if delimiter not in line:
            continue
        columns = tuple(column_name(line[a:b]) for a, b in cell_spans(line, delimiter))
        if delimiter == "|" and line.rstrip().endswith("|"):
            columns = columns[:-1]  # a Markdown row's closing pipe
        if len(columns) < 2 or any(
            not c or (_DIGIT.search(c) and not _numbered_column(c)) for c in columns
        ):
            continue  # a row of data ("E29621", "2023-09-14"), not a header
        if any(person_key(c) for c in columns) or (
            any(c in FIRST_COLUMNS for c in columns) and any(c in LAST_COLUMNS for c in columns)
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
) -> Iterator[Record]:
    """Log lines, rows with no header, and paragraphs of ``Key: value`` lines (a paragraph's
    words are the record's: a ticket's title, "arrêt de travail du 12/03")."""
    paragraph: list[Field] = []
    paragraph_start = 0
    heading: Field | None = None
    next_object = 0
    rows_start = -1  # the first of the rows with no header right before this line
    spaced = _SpacedTable()  # the fixed-width header the line is read under
    last_pairs: Record | None = None  # the pairs of the line right before, and its own
    for start, end in _lines(text):
        if text[start:end].isspace() or start == end:
            if paragraph:
                yield Record(paragraph, paragraph_start, start)
            paragraph, heading, paragraph_start, rows_start = [], None, end + 1, -1
            spaced.header = None
            continue
        while next_object < len(inside) and inside[next_object][1] <= start:
            next_object += 1
        if next_object < len(inside) and inside[next_object][0] <= start:
            continue  # a line of an object, read as one record
        yield from spaced.read(text, start, end, start in table_lines)
        pairs = list(_pair_records(text, start, end))
        yield from pairs
        continued = _continued(text, start, end, last_pairs)
        yield from continued
        last_pairs = (*pairs, *continued)[-1] if pairs or continued else None
        cells = [] if start in table_lines else _row_cells(text, text[start:end], start)
        rows_start = (start if rows_start < 0 else rows_start) if cells else -1
        if cells:
            yield Record(cells, start, end, rows_start)
        field = _key_line(text, start, end)
        if field is None:
            heading = _heading(text, start, end)
            continue
        if heading is not None:
            paragraph.append(heading)
            heading = None
        paragraph.append(field)
    if paragraph:
        yield Record(paragraph, paragraph_start, len(text))


class _SpacedTable:
    """The fixed-width header (its columns and first row) the next line is read under."""

    def __init__(self) -> None:
        self.header: tuple[tuple[str, ...], int] | None = None

    def read(self, text: str, start: int, end: int, in_table: bool) -> Iterator[Record]:
        """The line's row under the header before it, if it is one; else the line is the
        header of the next lines, if it is one."""
        if in_table or "  " not in text[start:end]:
            self.header = None
            return
        row = None if self.header is None else _spaced_row(text, start, end, *self.header)
        if row is not None:
            yield row
            return
        columns = _spaced_header(text[start:end])
        self.header = None if columns is None else (columns, end + 1)


def _spaced_header(line: str) -> tuple[str, ...] | None:
    """The column names of a fixed-width header (a pandas ``print(df)``, a SQL Server grid,
    ``psql``'s aligned output without pipes): two or more names two spaces or more apart,
    one of them a person's."""
    cells = _SPACED_CELL.findall(line)
    if len(cells) < 2 or len(cells) > 30:
        return None
    columns = tuple(column_name(c) for c in cells)
    if any(not c or (_DIGIT.search(c) and not _NUMBERED_COLUMN.fullmatch(c)) for c in columns):
        return None
    if any(person_key(c) for c in columns) or (
        any(c in FIRST_COLUMNS for c in columns) and any(c in LAST_COLUMNS for c in columns)
    ):
        return columns
    return None


def _spaced_row(
    text: str, start: int, end: int, columns: tuple[str, ...], first_row: int
) -> Record | None:
    """A row under a fixed-width header: as many cells as columns, or one more before them
    (a pandas frame's index)."""
    spans = [m.span() for m in _SPACED_CELL.finditer(text, start, end)]
    if len(spans) == len(columns) + 1 and text[spans[0][0] : spans[0][1]].isdigit():
        spans = spans[1:]
    if len(spans) != len(columns):
        return None
    fields = [Field(key, a, b) for key, (a, b) in zip(columns, spans, strict=True)]
    return Record(fields, start, end, first_row)


def _lines(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        yield start, end
        start = end + 1


# A line of one ``key=value`` pair right under a line of pairs: the same record's next
# field ("notes=\"County criminal: ...\"" under "candidate_id=... name=... status=...").
_CONTINUED_PAIR = re.compile(
    r"[ \t]*([^\W\d][\w.-]{0,40})=(\"[^\"\n]{1,400}\"|[^\s\"]{1,80})[ \t]*"
)


def _continued(text: str, start: int, end: int, above: Record | None) -> tuple[Record, ...]:
    """The record of the line of pairs right above, with this line's one pair added, when
    the line is one ``key=value`` pair (``_CONTINUED_PAIR``)."""
    if above is None or above.end + 1 != start:
        return ()
    more = _CONTINUED_PAIR.fullmatch(text, start, end)
    if more is None:
        return ()
    value_start, value_end = more.span(2)
    if text[value_start] == '"':
        value_start, value_end = value_start + 1, value_end - 1
    field = Field(column_name(more.group(1)), value_start, value_end)
    return (Record([*above.fields, field], above.start, end),)


def _pair_records(text: str, start: int, end: int) -> Iterator[Record]:
    """A line's ``key=value`` or listed ``key: value`` pairs."""
    line = text[start:end]
    for pattern, mark in ((_EQUALS_PAIR, "="), (_LISTED_PAIR, ": ")):
        if line.count(mark) >= 2:
            pairs = _pairs(pattern, text, start, end)
            if len(pairs) >= 2:
                yield Record(pairs, start, end)


def _key_line(text: str, start: int, end: int) -> Field | None:
    match = _KEY_LINE.match(text, start, end)
    if match is None:
        if "=" in text[start:end]:
            # a log record's fields one per line ("  worker_id=E-24484" then
            # "  legal_name=..."): a paragraph of ``key=value`` lines is one record too
            return _equals_line(text, start, end)
        return None
    value_end = len(text[:end].rstrip(" \t*"))
    if value_end <= match.end():
        return None
    return Field(column_name(match.group(1)), match.end(), value_end)


# A line of one ``key=value`` pair, its value to the end of the line ("name=Henrik Solberg").
_EQUALS_LINE = re.compile(
    r"[ \t]*([^\W\d][\w.-]{0,40})=(\"[^\"\n]{1,400}\"|[^\s\"=][^\"=\n]{0,120}?)[ \t]*"
)


def _equals_line(text: str, start: int, end: int) -> Field | None:
    pair = _EQUALS_LINE.fullmatch(text, start, end)
    if pair is None:
        return None
    value_start, value_end = pair.span(2)
    if text[value_start] == '"':
        value_start, value_end = value_start + 1, value_end - 1
    return Field(column_name(pair.group(1)), value_start, value_end)


# A case's or a file's label before its person's name in a heading: a word and a number,
# then a dash or a colon ("Caso 2977 \u2014", "Dossier n\u00b0 82311 -", "Case #4411:").
_CASE_LABEL = re.compile(
    r"[^\W\d_][\w.]{0,20}[ \t]*(?:(?:no\.?|nr\.?|n[\u00b0\u00ba]|#)[ \t]*)?"
    r"[\w/-]{0,8}\d[\w/-]{0,12}"
    r"[ \t]*(?:[\u2014\u2013:|]|--?)[ \t]*(?=[^\W\d_])"
)


def _heading(text: str, start: int, end: int) -> Field | None:
    """A line that is a person's name, maybe with their title ("Aisha Rahman, Senior
    Engineer"): the person of the ``Key: value`` lines right after it."""
    line = text[start:end]
    stripped = line.strip(" \t*_#->\u2022")
    case = _CASE_LABEL.match(stripped)
    if case is not None:  # "Caso 2977 \u2014 Jan Berg", "Dossier 82311 - Arjun Costa"
        stripped = stripped[case.end() :]
    if not stripped or len(stripped) > 100 or not is_person(stripped):
        return None
    offset = start + line.index(stripped)
    cut = _NAME_END.search(stripped)
    return Field("name", offset, offset + (len(stripped) if cut is None else cut.start()))


# A spreadsheet cell's reference before its value ("A2: 667365", "B2=..."), and a remark in
# brackets ending a cell.
_CELL_REFERENCE = re.compile(r"[A-Z]{1,3}[1-9]\d{0,6}[ \t]*[:=][ \t]*")
_REMARK = re.compile(r"[ \t]+\([^()]{1,60}\)$")


# Dashes between spaces as cells' separators ("Camille Roux — N3 — note 2/5 — salaire
# actuel 49 500 € brut"): in a table only, a line next to one of the same shape (prose puts
# an aside between two dashes, in a line of its own).
_DASHES = (" \u2014 ", " \u2013 ")


def _dashed_row(text: str, line: str, start: int) -> str | None:
    """The dash that separates the cells of ``line`` and of the line before or after it
    (two or more each), or None."""
    for dash in _DASHES:
        if line.count(dash) < 2:
            continue
        before = text.rfind("\n", 0, max(0, start - 1)) + 1
        after_start = start + len(line) + 1
        after = text.find("\n", after_start)
        neighbours = (
            text[before : max(before, start - 1)],
            text[after_start : len(text) if after < 0 else after]
            if after_start <= len(text)
            else "",
        )
        if any(n.count(dash) >= 2 for n in neighbours):
            return dash.strip()
    return None


def _row_cells(text: str, line: str, start: int) -> list[Field]:
    """The cells of a delimited line with no header (dashes too, ``_dashed_row``), or of a
    fixed-width one (cells two spaces or more apart, as a query's plain output prints
    them): a person's name (key ``name``), cells that name their field ("BRUTO 3.245,00"),
    and the others (no key)."""
    delimiter = next((d for d in _ROW_DELIMITERS if line.count(d) >= 2), None)
    if delimiter is None and ("\u2014" in line or "\u2013" in line):
        delimiter = _dashed_row(text, line, start)
    if delimiter is not None:
        spans = cell_spans(line, delimiter)
    elif line.count("  ") >= 2:
        spans = [m.span() for m in _SPACED_CELL.finditer(line)]
    else:
        return []
    fields: list[Field] = []
    for a, b in spans:
        reference = _CELL_REFERENCE.match(line, a, b)
        if reference is not None:
            a = reference.end()  # a spreadsheet's cells as pasted: "B2: Rizal Kurniawan"
        cell = line[a:b]
        remark = _REMARK.search(cell)
        if remark is not None and is_person(cell[: remark.start()]):
            b = a + remark.start()  # a remark after the name: "Rizal Kurniawan (Indonesia)"
            cell = line[a:b]
        keyed = _KEYED_CELL.match(cell)
        if keyed is not None and _DIGIT.search(cell, keyed.end(), keyed.end() + 1):
            value_start = start + a + keyed.end()
            fields.append(Field(column_name(keyed.group(1)), value_start, start + b))
        elif cell and is_person(cell):
            fields.append(Field("name", start + a, start + b))
        elif b > a:
            fields.append(Field("", start + a, start + b))
    has_name = any(f.key == "name" for f in fields)
    return fields if has_name and len(fields) >= 3 else []
