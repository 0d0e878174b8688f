"""Who a statement about a person is about when no name stands before it in its clause.

``health.said_of_named_person`` links a condition (a warning, a conviction...) to a name
right before it in the same clause, or to a pronoun there with a name earlier in the
paragraph. People data also comes in shapes where the name stands elsewhere:

* a name as a label: a list item or notes whose line starts with a person's first and last
  name and a separator (``- Rui Alves: on a PIP since May``, ``Alex Kim - bisexual``) or
  with a form's field for a person (``Employee: Rui Alves``, ``Trabalhador: ...``,
  ``Customer: ...``), a paragraph whose earlier line is such a heading (``Tom Walsh,
  warehouse`` and, two lines down, ``dislocated shoulder, ER visit``), a name and a colon
  in a sentence ("Checkr came back on Maria Lopez: misdemeanor conviction"), or such a
  field earlier in the sentence ("Customer: Jonas Weber, private person, ... insolvency
  proceedings");
* a name right after the statement, as its complement ("le titre de séjour de Moussa
  Diallo", "a final warning to Amir Khan", "a complaint against Ravi Shah", "de
  verblijfsvergunning van Ahmed Yilmaz");
* a subject or title line that names the person (``Betreff: Abmahnung Sabine Krüger``,
  ``Subject: Final warning - Ana Ruiz``, ``# PIP: Ana Ruiz``), and a ticket's title line,
  its key first, for the lines under it in its paragraph (``SAFETY-2748  Post-accident
  drug screen - Ana Ruiz`` then ``Lab result: POSITIVE``);
* the sentence before, when the statement's sentence starts with a pronoun for what it
  told, or with its predicate, its subject dropped (Hungarian: "Roma nemzetiségű, ..."),
  ("Please revoke Ana Ruiz's access tonight. It's a dismissal for misconduct", "...
  las cuentas de Inés Navarro. Se trata de un despido procedente");
* the first or last name alone of a person named in full earlier in the message ("Marcus
  Lee was on the forklift" ... "Marcus non-negative", ``known_name_in``, asked by
  ``health.said_of_named_person`` in the statement's clause);
* a question of who the statement is about, answered by the next sentence with names
  ("who at the Reno warehouse signed union cards. ... it's Dave Kowalski, Ray Mendes"; "which
  of the lab techs joined ver.di ... the ones I know of: Stefan Graf, Anja Weber");
* a list introduced by the statement: its line ends in a colon, names follow (``these folks
  are union members:`` then ``* Rosa Diaz``, or ``union members: Ana Ruiz, Tom Berg``);
* a person speaking of themself after saying who they are (``hi, this is Kevin Walsh ...
  I've been in rehab``, ``je suis Camille Martin ... mon arrêt``) or in a chat log's line
  they head (``Ana Ruiz: I start chemo monday``; a first name in a quoted chat line or with
  a team in brackets, ``> Marcus (EU moderation): got the final written warning``, its "I"
  dropped) or in their message quoted after a line
  that says they sent it ("Ana Ruiz sent me this DM:" then "I've been diagnosed with
  ..."): a first-person pronoun in the clause;
* a letter or a ticket whose header names its sender (``From: Ana Ruiz`` then "I was in
  hospital": a first-person pronoun in the clause) or its addressee (``To: Ana Ruiz``,
  "Dear Ana Ruiz,", "Gentile sig. Davide Rossi,"), for the subject line ("Subject: Written
  warning") and a sentence that speaks to them ("a formal written warning following your
  third late arrival");
* an account closed by its user name, in lower case as user names are written, before the
  statement (``Offboard yhaddad (urgent)`` then "Terminated for cause today", "disable the
  account of lbrandt now. He is on a final written warning");
* "my report" (or "she") in a message that describes the writer's team as themself and
  one named person ("I manage the data platform team (it's me, Aoife and two contractors)"
  ... "a crisper summary for my report" ... "rating 'Does Not Meet'");
* notes under a one-to-one meeting's heading (``notes from 1:1 w/ ahollis``), a status
  message's reason field under the line that names its person (``FO Maren Halloran ...
  GROUNDED`` then ``reason: ... arrhythmia``), a letter the writer asks to check before
  sending it to a named person ("before I send it to Rafael Okonkwo?" then "your
  probation ..."), and the sentence's subject described as the only one of their role in
  a named place ("The only designer in the Oslo office ... they are");
* a trial subject's pseudonymous id ("subj 014-007", "participant 2207-015") glossed in its
  sentence with what singles the person out: a tie to the only one of something in a named
  place ("the pharmacist who runs the only chemist in Hella"), or "that's" and their first
  name in brackets ("that's the Olympic rower ... (Hanna, silver in Tokyo)"); not the id
  alone, nor the only site or clinic of a place;
* notes whose pronoun ("she mentioned she's pregnant") is the person a field names on a
  line below them in their block (``Candidate: Leah Moskowitz``);
* the reason given for what is said of a named person (a clinician's finding too:
  "occupational health confirmed long covid") reaches back to the start of its
  sentence (``Hanna Lind's due date and her leave move by three weeks because of
  eclampsia``).

Only first and last names count here (a first name alone, once the message has named its
person in full). What follows a label is the person's own speech, not
facts about them, when it starts as a question or with a pronoun ("Ana Ruiz: how should
the app handle users with anxiety?", "Marco Rossi, Staff Engineer" then "how do we model
injuries?"): it is about them only when they speak of themself.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from bot.routing.sensitivity.literals import Words
from bot.routing.sensitivity.names import NOT_NAMES, full_names, is_name_word, names
from bot.routing.sensitivity.referent_letters import (
    _CHAT_SPEAKER,
    _CLAUSE_END,
    _DROPPED_I,
    _NAME_SIZE,
    _SENTENCE_END,
    _SENTENCE_REACH,
    _SUBJECT_LINE,
    _clause_start,
    _first_person_before,
    _in_letter,
    _introduced_speaker,
    _quoted_speaker,
)
from bot.routing.sensitivity.referent_words import (
    NOT_USERS,
    PERSON_KEY,
    STAFF_NUMBER,
)
from bot.routing.sensitivity.script_names import PERSON_FIELDS, SCRIPT_LETTER

# A list item's marker and emphasis before a name at the start of a line, and a form's
# field that says the name is a person's ("Employee: Ana Ruiz", "Trabajador: ...").
_ITEM = re.compile(
    # a quoted ticket's or note's line opens with its quote mark ("\"Pharmacist Camille
    # Brennan, store #948: ..."); a crew list's line with a rank's code ("3/E Gareth Novak")
    r"[ \t>]*(?:(?:[-*\u2022+]|\d{1,2}[.)])[ \t]+)?[\"\u201c\u201e\u00ab]?(?:\*\*|__)?"
    r"(?:[A-Z0-9]{1,2}/[A-Z0-9]{1,2}[ \t]+)?"
    rf"(?:(?:{PERSON_KEY}|{PERSON_FIELDS})(?:\*\*|__)?[ \t]*[:\uff1a](?:\*\*|__)?[ \t\u3000]*)?"
    # an employee number before the name ("社員番号 36154　中村 美咲さん", "Emp #4411 Rui Alves")
    rf"(?:(?:{STAFF_NUMBER})[ \t]*[:\uff1a#]?[ \t]*[A-Z]{{0,3}}-?\d{{3,10}}"
    r"[ \t\u3000,\uff0c\u3001]+)?"
)
# The same field inside a sentence: "... Customer: Jonas Weber, private person, ...".
_KEYED = re.compile(rf"(?<![\w-]){PERSON_KEY}[ \t]*:[ \t]*(?=[A-Z\u00c0-\u00de])")
_KEYED_REACH = 200  # characters of the sentence before the word
# After a heading's name: a separator, or the end of the line.
_HEAD_SEPARATOR = re.compile(
    r"(?:[ \t]?(?:\u3055\u3093|\u69d8|\u6c0f|\u541b|\u304f\u3093|\u5148\u751f|\u5973\u58eb|"
    r"\ub2d8|\uc528))?(?:\*\*|__)?[ \t]*(?:[:,(|\uff1a\uff0c\uff08\u3001]|[-\u2013\u2014][ \t]|$)",
    re.M,
)
_HEAD_LINES = 6  # lines above the statement, in its paragraph, where its heading may be
_HEAD_REACH = 500  # characters
# Speech, not facts: a question word, a greeting or a pronoun first.
_SPEECH = re.compile(
    r"[ \t*_\"'>-]*(?:how|what|why|when|where|who|which|please|pls|hi|hey|hello|thanks|"
    r"i|i['\u2019]m|i['\u2019]ve|we|you|wie|was|warum|wann|wo|wer|bitte|ich|wir|du|comment|"
    r"pourquoi|quand|o\u00f9|qui|est-ce|je|j['\u2019]|nous|vous|c\u00f3mo|qu\u00e9|por qu\u00e9|"
    r"cu\u00e1ndo|d\u00f3nde|qui\u00e9n|yo|nosotros|hoe|wat|waarom|wanneer|waar|ik|wij|jij)"
    r"(?![\w'\u2019-])"
)
# A label's colon in a sentence.
_CAPITALISED = re.compile(r"(?<![\w'\u2019-])[A-Z\u00c0-\u00de]")
_LABEL_REACH = 80  # characters between a sentence's "Name:" and the statement
# The statement's complement: a preposition, then (``_named_after``) a name; up to two
# words between for "of" ("transfer petition for"), none for "to".
_COMPLEMENT = re.compile(
    # (and an abbreviation in brackets: "Surat Peringatan kedua (SP2) untuk Budi Santoso")
    r"(?:[ \t]+[\w'\u2019-]+){0,2}?(?:[ \t]\([\w./ -]{1,12}\))?[ \t]+"
    r"(?:of|for|von|vom|de|d['\u2019]|del|van|voor|da|do|"
    r"das|dos|di|della|dello|dell['\u2019]|til|till|av|af|f\u00f6r|pentru|dla|untuk|bagi)[ \t]+"
    r"(?=[A-Z\u00c0-\u00de])|[ \t]+(?:to|an|\u00e0|aan|against|into|gegen|contre|contra|"
    r"tegen)[ \t]+(?=[A-Z\u00c0-\u00de])"
)
# The rest of the statement's line up to a colon that introduces a list of people.
_INTRODUCES = re.compile(r"[^\n.!?:]{0,120}:[ \t]*\n?")
# A reason given right before the word: its sentence is the reach.
_REASON = re.compile(
    r"\b(?:because of|due to|owing to|on account of|wegen|aufgrund|infolge|"
    r"\u00e0 cause d[eu']?|en raison d[eu']?|suite \u00e0|pour cause d[e']?|debido a|"
    r"a causa de|por culpa de|vanwege|wegens|als gevolg van|"
    # Arabic: because of, following, as a result of, after ("... إجازة مرضية ... بعد عملية
    # قلب مفتوح", sick leave after open-heart surgery)
    r"\u0628\u0633\u0628\u0628|\u0625\u062b\u0631|\u062c\u0631\u0627\u0621|"
    r"\u0646\u062a\u064a\u062c\u0629|\u0628\u0639\u062f|"
    # a reason's clause, its subject and verb before the word ("because her son has",
    # "bo dziecko ma", "weil sein Kind hat")
    r"(?:because|weil|parce qu['\u2019e]|porque|perch\u00e9|omdat|bo|poniewa\u017c|gdy\u017c|"
    r"proto\u017ee|karena)(?:[ \t]+[\w'\u2019]+){1,3}?[ \t]+(?:has|had|have|hat|hatte|a|avait|"
    r"tiene|ten\u00eda|tem|ha|aveva|heeft|ma|mia\u0142\w?|m\u00e1|m\u011bl\w?|punya)|"
    # a sick note's reason ("signed off for six weeks with severe depression")
    r"signed off(?: sick| work)?(?: for(?: [\w-]+){1,3})? with(?: (?:long|chronic|severe|"
    r"acute|mild|post-viral))?|"
    # a clinician's finding is the reason too ("reduced hours ..., occupational health
    # confirmed long covid", "der Betriebsarzt hat ... bestätigt", "the GP letter confirms")
    r"(?:occupational health|oh|(?:the|her|his|their|a) (?:doctor|gp|specialist|consultant|"
    r"physician)(?: letter| report| note)?|(?:der|die) \w*(?:arzt|\u00e4rztin)|"
    r"le m\u00e9decin(?: du travail)?|"
    r"el m\u00e9dico|de (?:bedrijfs)?arts)(?: (?:has|have|had|hat))? (?:confirm(?:ed|s)|diagnosed|"
    r"best\u00e4tigt|diagnostiziert|a confirm\u00e9|confirm\u00f3|bevestigt|bevestigde)"
    r"(?:[ \t]+(?:long|chronic|severe|acute|mild|early|post-viral|type [12]))?)[ \t]+"
    r"(?:(?:an?|the|her|his|their|einer?|eines|einem|seiner?|ihrer?|une?|la|le|l'|sa|son|"
    r"ses|una?|el|su|sus|een|de|het|zijn|haar)[ \t]+)?$"
)
REASON_REACH = 160


# The same after the word, in languages whose "because of" follows it: Hindi, Japanese,
# Korean, Turkish ("complications की वजह से", "手術のため", "수술 때문에", "ameliyat nedeniyle").
_REASON_AFTER = re.compile(
    r"[ \t]*(?:\u0915\u0940 \u0935\u091c\u0939 \u0938\u0947|\u0915\u0947 \u0915\u093e\u0930\u0923|"
    r"\u0915\u0940 \u0935\u091c\u0939|\u306e\u305f\u3081|\u304c\u539f\u56e0|\ub54c\ubb38\uc5d0|"
    r"(?:\uc73c)?\ub85c \uc778\ud574|nedeniyle|y\u00fcz\u00fcnden|sebebiyle"
    r")"
)


def reach_for(lowered: str, start: int, reach: int, end: int = -1) -> int:
    """The reach of a word given as a reason ("because of pre-eclampsia", "complications
    की वजह से"): its sentence."""
    if _REASON.search(lowered, max(0, start - 40), start) or (
        end >= 0 and _REASON_AFTER.match(lowered, end)
    ):
        return max(reach, REASON_REACH)
    return reach


def named_elsewhere(text: str, lowered: str, start: int, end: int) -> bool:
    """Is the word at ``start:end`` said of a person named in one of the shapes of the
    module docstring: a label, a complement, a list it introduces, a speaker, a subject
    line, the sentence before?"""
    return (
        _in_one_on_one_notes(text, lowered, start)
        or _labelled(text, lowered, start)
        or _keyed(text, lowered, start)
        or _named_after(text, end)
        or _answered_who(text, lowered, start, end)
        or _introduces_people(text, lowered, start)
        or _introduced_speaker(text, lowered, start)
        or _quoted_speaker(text, lowered, start)
        or _in_subject_line(text, lowered, start)
        or _after_naming_sentence(text, lowered, start)
        or _in_letter(text, lowered, start)
        or _identified_id(text, start)
        or _reidentified_subject(text, start)
        or _uniquely_described(text, lowered, start)
        or _offboarded_user(text, start)
        or _report_in_small_team(text, lowered, start)
        or _reason_under_name(text, lowered, start)
        or _labelled_below(text, lowered, start)
    )


# Notes of a one-to-one meeting, headed by the person met, by their user name or name
# ("notes from 1:1 w/ ahollis (10 Jan)", "1:1 with Priya - 3 March", "Einzelgespräch mit
# Jonas"): the lines under the heading, in its paragraph, are about that person; not a
# meeting with a role or a group ("1:1 with my manager", "1:1s with the team").
_ONE_ON_ONE = re.compile(
    r"(?:\b1:1|\b1-on-1|\bone-on-one|\b1on1|\bskip-level|\beinzelgespr\u00e4ch|"
    r"\bmitarbeitergespr\u00e4ch|\bentretien individuel|\bentretien)(?:[ \t]+notes)?[ \t]+"
    r"(?:w/|with|mit|avec|con|met)[ \t]+@?([a-z\u00c0-\u00de][\w.-]{1,30})",
    re.I,
)
_NOTES_LINES = 8  # lines of notes under the heading


def _one_on_one_heading(text: str, start: int, end: int) -> int:
    """The end of a one-to-one meeting's heading with a person in ``text[start:end]``, or -1."""
    for match in _ONE_ON_ONE.finditer(text, start, end):
        person = match.group(1).rstrip(".-")
        if person.lower() not in NOT_USERS and is_name_word(person):
            return match.end()
    return -1


@lru_cache(maxsize=4)
def one_on_one_notes(text: str) -> bool:
    """Does the message hold notes of a one-to-one meeting with a person, a person
    ``names.may_name`` may not see ("1:1 w/ ahollis")?"""
    return ("1" in text or "one" in text or "gespr" in text or "entretien" in text) and (
        _one_on_one_heading(text, 0, len(text)) >= 0
    )


def _in_one_on_one_notes(text: str, lowered: str, start: int) -> bool:
    """The word is in the notes under a one-to-one meeting's heading (``_ONE_ON_ONE``)."""
    if not one_on_one_notes(text):
        return False  # (asked once per message: each word said of a person asks)
    line_end = lowered.rfind("\n", max(0, start - _HEAD_REACH), start)
    for _ in range(_NOTES_LINES):
        if line_end < 0:
            return False
        above = lowered.rfind("\n", max(0, line_end - _HEAD_REACH), line_end) + 1
        if not lowered[above:line_end].strip():
            return False  # a blank line: another paragraph
        if _one_on_one_heading(text, above, line_end) >= 0:
            return True
        line_end = above - 1
    return False


# A status message's reason field under the line that names the person it is about
# ("FO Maren Halloran (staff C119628) status → GROUNDED" then "reason: Class 1 medical not
# renewed - ... (arrhythmia)"; "Grund:", "motif :", "motivo:", "reden:").
_REASON_FIELD = re.compile(
    r"[ \t>*_-]*(?:reason|cause|grund|ursache|motif|raison|motivo|causa|reden|oorzaak)"
    r"(?:\*\*|__)?[ \t]*:"
)
_REASON_LINES = 2  # lines above the reason's where the person may be named


def _reason_under_name(text: str, lowered: str, start: int) -> bool:
    """The word is in a reason field's line, and one of the lines right above it, in its
    paragraph, names a person in full."""
    line_start = lowered.rfind("\n", max(0, start - _HEAD_REACH), start) + 1
    if line_start == 0 or _REASON_FIELD.match(lowered, line_start, start) is None:
        return False
    line_end = line_start - 1
    for _ in range(_REASON_LINES):
        above = lowered.rfind("\n", max(0, line_end - _HEAD_REACH), line_end) + 1
        if not lowered[above:line_end].strip():
            return False  # a blank line: another paragraph
        if next(full_names(text, above, line_end), None) is not None:
            return True
        if above == 0:
            return False
        line_end = above - 1
    return False


# A person the message identifies by a description that fits only them ("she's our only
# SRE in the Lisbon office", "he is the only night nurse at St Mary's", "the designer on the
# Growth squad (the only one we have in Nairobi)"), and the word said of them in its clause:
# "my report", a third-person pronoun.
# The description may be its sentence's subject too ("The only designer in the Oslo office
# has told me ... they are transgender"), "they" said of them, or the word said of it in
# its sentence with no pronoun ("l'unico del supporto di Napoli che parla tedesco è in
# malattia ... per un esaurimento nervoso"); in English, Italian, German, French, Spanish,
# Portuguese and Dutch.
_ONLY = (
    r"(?:[Tt]he|[Oo]ur)[ \t]+(?:only|sole|one and only)|[Ll]['\u2019]unic[oa]|"
    r"[Ii]l[ \t]+solo|[Ll]a[ \t]+sola|(?:[Dd]er|[Dd]ie|[Uu]nser[e]?)[ \t]+einzigen?|"
    r"[Ll]e[ \t]+seul|[Ll]a[ \t]+seule|[Ee]l[ \t]+\u00fanico|[Ll]a[ \t]+\u00fanica|"
    r"[Oo][ \t]+\u00fanico|[Aa][ \t]+\u00fanica|[Dd]e[ \t]+enige"
)
_PLACE_WORDS = (
    r"in|at|di|del|della|dello|nel|nella|a|im|am|bei|beim|der|\u00e0|au|de|du|en|dans|"
    r"em|no|na|do|da|bij|van|op"
)
_UNIQUE = re.compile(
    r"(?:\b(?:she|he)(?:['\u2019]s| is| was)[ \t]+(?:our|the|my)[ \t]+(?:only|sole|one and only)|"
    rf"(?:^|(?<=[.!?\"\u201c\n(:,\u2014])[ \t]*)(?:{_ONLY}))"
    rf"[ \t]+[\w -]{{1,40}}?[ \t]+(?:(?:{_PLACE_WORDS})[ \t]+"
    r"(?:(?:the|our|il|la|lo|der|die|dem|le|el|o|a|de|het|l['\u2019])[ \t]+)?"
    r"(?=[A-Z\u00c0-\u00de0-9])|"
    # or the named team or rota they are on ("the only woman on the Dublin SRE rotation",
    # "the only nurse on the Ward 7 night shift"; not "the only admin on the Jira instance")
    r"on[ \t]+(?:the|our)[ \t]+(?=[A-Z0-9][\w-]*(?:[ \t]+[\w-]+){0,3}?[ \t]+"
    r"(?:rotation|rota|team|shift|squad|crew|desk|on-call)\b))",
    re.M,
)
_ONLY_WORDS = Words((" only ", "unic", " solo ", " sola ", "einzig", " seul", "\u00fanic", "enige"))
_DESCRIBED_ONE = re.compile(
    r"\b(?:my (?:direct )?report|one of my (?:direct )?reports|she|he|her|him|his|they|them|"
    r"their)\b"
)
_UNIQUE_REACH = 400  # characters between the description and the word
_SUBJECT_REACH = 200  # characters between the description as a subject and the word


def describes_one_person(text: str) -> bool:
    """Does the message describe someone as the only one of their role in a named place
    ("she's our only SRE in the Lisbon office"), or the writer's team as themself and one
    named person whom it calls "my report" ("it's just me and Tomasz"), a person
    ``names.may_name`` does not see?"""
    return (_ONLY_WORDS.found(text.lower()) and _UNIQUE.search(text) is not None) or (
        ("y report" in text or "y direct report" in text) and _SMALL_TEAM.search(text) is not None
    )


def _uniquely_described(text: str, lowered: str, start: int) -> bool:
    """The word's clause speaks of "my report" or "she", and the message near it describes
    that person as the only one of their role in a named place or team; or the description
    is the subject of the word's sentence."""
    floor = max(0, start - _UNIQUE_REACH)
    if not _ONLY_WORDS.found(lowered[floor : start + _UNIQUE_REACH]):
        return False
    clause_start = _clause_start(lowered, max(0, start - _LABEL_REACH), start)
    if _DESCRIBED_ONE.search(lowered, clause_start, start) is not None:
        return _UNIQUE.search(text, floor, min(len(text), start + _UNIQUE_REACH)) is not None
    # (its clause: "The only designer role in the Oslo office is open; the job ad mentions
    # ..." speaks of a post, and the next clause of the ad)
    clause_start = max(0, start - _SUBJECT_REACH)
    for stop in _CLAUSE_END.finditer(lowered, clause_start, start):
        clause_start = stop.end()
    return _UNIQUE.search(text, clause_start, start) is not None


# Notes about a person with their name in a field on a line after them, in the same block
# ("- She mentioned she's about 6 months pregnant" ... then "Candidate: Leah Moskowitz"):
# a third-person pronoun in the word's clause is that person.
_FIELD_LINE = re.compile(
    rf"^[ \t>*_-]*(?:{PERSON_KEY})(?:\*\*|__)?[ \t]*:(?:\*\*|__)?[ \t]*"
    r"(?=[A-Z\u00c0-\u00de])([^\n]{3,60})$",
    re.M,
)
_THIRD_PERSON = re.compile(
    r"\b(?:she|he|her|him|his|they|them|their|sie|er|elle|il|ella|\u00e9l)\b"
)
_BELOW_LINES = 10  # lines between the notes' word and the field that names their person
_BELOW_REACH = 800  # characters


def _labelled_below(text: str, lowered: str, start: int) -> bool:
    """A pronoun in the word's clause, and a line below it in its block (no blank line
    between) that is a person's field with a first and last name as its whole value."""
    clause_start = _clause_start(lowered, max(0, start - _LABEL_REACH), start)
    if _THIRD_PERSON.search(lowered, clause_start, start) is None:
        return False
    line_end = text.find("\n", start)
    if line_end < 0:
        return False
    stop = min(len(text), start + _BELOW_REACH)
    blank = text.find("\n\n", line_end, stop)
    if blank >= 0:
        stop = blank
    if text.count("\n", line_end, stop) > _BELOW_LINES:
        stop = text.find("\n", line_end)
        for _ in range(_BELOW_LINES):
            stop = text.find("\n", stop + 1)
            if stop < 0:
                stop = len(text)
                break
    for field in _FIELD_LINE.finditer(text, line_end + 1, stop):
        value = field.group(1).strip().strip("*_").strip()
        name = next(full_names(value), None)
        if name is not None and name.start == 0 and name.end == len(value):
            return True
    return False


# A small team the writer describes by its members, one of them named and the others not
# their reports ("I manage the data platform team (it's me, Aoife and two contractors)",
# "the team is just me and Tomasz."): "my report", "she" after it is that person.
_SMALL_TEAM = re.compile(
    r"\b(?:it['\u2019]s|it is|that['\u2019]s|just|only|is|are)[ \t]+(?:just[ \t]+|only[ \t]+)?"
    r"(?:me(?:,[ \t]*|[ \t]+(?:and|plus|&)[ \t]+)([A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+)"
    r"(?:,?[ \t]+(?:and|plus|&)[ \t]+(?:one|two|three|four|a|an|some|\d)[ \t]+(?:[\w-]+[ \t]+)?"
    r"(?:contractors?|interns?|freelancers?|consultants?|vendors?|temps?|students?|"
    r"working students?)\b|(?=[ \t]*[).;:!?\n]))|"
    r"([A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+)[ \t]+(?:and|&)[ \t]+me(?=[ \t]*[).;:!?,\n]))"
)
_TEAM_WORDS = re.compile(r"\b(?:team|squad|manage|managing|lead|leading)\b")
_TEAM_REACH = 120  # characters between the team's word and its members


def _report_in_small_team(text: str, lowered: str, start: int) -> bool:
    """The word's message speaks of "my report" (or "she", "he") after describing the
    writer's team as themself and one named person (see ``_SMALL_TEAM``), at most
    ``_UNIQUE_REACH`` characters before the word."""
    floor = max(0, start - _UNIQUE_REACH)
    if lowered.find("me", floor, start) < 0:
        return False
    for team in _SMALL_TEAM.finditer(text, floor, start):
        if (
            is_name_word(team.group(1) or team.group(2))
            and _TEAM_WORDS.search(lowered, max(0, team.start() - _TEAM_REACH), team.start())
            and _DESCRIBED_ONE.search(lowered, team.end(), start)
        ):
            return True
    return False


# A person's id as a field's value in a record or a call on the word's line
# (``FitNote(employee='E98795', condition='...')``, ``emp_id: W70885``).
_PERSON_ID_FIELD = re.compile(
    r"(?i:employee|emp|worker|staff|user|person|patient|member|associate)(?:_?(?i:id|no))?"
    r"""["']?[ \t]*[=:][ \t]*["']?([A-Z]{1,3}-?\d{4,8})(?![\w-])"""
)
_ID_NAME_REACH = 100  # characters between an id and the full name the message glosses it with
_ID_MENTIONS = 4


def _identified_id(text: str, start: int) -> bool:
    """A person's id on the word's line that the message ties to a full name elsewhere
    ("when E98795 uploads a document (that's Noor Sharma from billing)" and later
    ``FitNote(employee='E98795', condition='type 2 diabetes')``)."""
    # (the line's start, or the reach's if the line is longer: from the text's start, each
    # word of a long one-line paste re-read everything before it)
    floor = max(0, start - _HEAD_REACH)
    line_start = text.rfind("\n", floor, start) + 1 or floor
    for field in _PERSON_ID_FIELD.finditer(text, line_start, start):
        person_id = field.group(1)
        index = text.find(person_id)
        for _ in range(_ID_MENTIONS):  # (a log repeating the id: its first mentions)
            if index < 0:
                break
            if index != field.start(1):
                around = text[max(0, index - _ID_NAME_REACH) : index + _ID_NAME_REACH]
                if next(full_names(around), None) is not None:
                    return True
            index = text.find(person_id, index + 1)
    return False


# A trial's pseudonymous subject id ("subj 014-007", "participant 2207-015") glossed in its
# sentence with what singles the person out: a tie to the only one of something in a named
# place ("— the pharmacist who runs the only chemist in Hella, her brother operates the
# ferry —"), or "that's" and the person's first name in brackets ("that's the Olympic rower
# everyone at the site recognised (Hanna, silver in Tokyo)"). The pseudonym no longer hides
# them: what the sentence says of the subject after it is said of a known person.
_SUBJECT_ID = re.compile(
    r"\b(?i:subj(?:ect)?|participant|pt|patient|proband|probandin|teilnehmer(?:in)?|"
    r"patient(?:e|in)?|sujet|sujeto|paciente)\.?[ \t]*(?:#|no\.?|id)?[ \t:]*"
    r"\d{2,5}-\d{2,5}(?![\w-])"
)
_SINGLED_OUT = re.compile(
    # (not a trial's own units: "at the only site in Hella" says where, not who)
    r"\b(?:the|our) (?:only|sole) (?!(?:participant|patient|subject|case|one|site|centre|"
    r"center|clinic|hospital|trial|study|arm|cohort)s?\b)[a-z]+(?: [a-z]+)? (?:in|at|on|of) "
    r"(?:the )?[A-Z\u00c0-\u00de]"
    r"|\b(?:that['\u2019]s|that is|i\.e\.|aka|a\.k\.a\.)[ \t][^\n.;!?()]{0,80}"
    r"\([A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+[,)]"
)
_SUBJECT_ID_REACH = 250  # characters between the id and the word said of its person


def reidentifies_subject(text: str) -> bool:
    """Does a trial subject's id stand in the message, glossed with what singles its person
    out (``_SINGLED_OUT``), a person ``names.may_name`` does not see?"""
    return "-" in text and _reidentified_subject(text, len(text))


def _reidentified_subject(text: str, start: int) -> bool:
    """A trial subject's id before ``start`` in its sentence, and between them what singles
    the person out (``_SINGLED_OUT``)."""
    floor = max(0, start - _SUBJECT_ID_REACH)
    for subject in _SUBJECT_ID.finditer(text, floor, start):
        stop = text.find("\n", subject.end(), start)
        if _SINGLED_OUT.search(text, subject.end(), start if stop < 0 else stop):
            return True
    return False


# An account named by its user name after a verb that closes it ("Offboard yhaddad",
# "deprovision jsmith", "disable the account of m.lee", "remove user rszabo"): the person
# leaving, in lower case as user names are written; not the offboarding's own nouns
# ("offboarding checklist", "offboard contractors", "offboard them").
_OFFBOARDED = re.compile(
    r"\b(?:[Oo]ff-?board(?:ing)?|[Dd]e-?provision(?:ing)?|"
    r"(?:[Dd]isable|[Dd]eactivate|[Ss]uspend|[Rr]emove|[Dd]elete|[Ll]ock)[ \t]+(?:the[ \t]+)?"
    r"(?:user|account|login)(?:[ \t]+(?:of|for))?)[ \t]+(?:for[ \t]+)?@?"
    r"([a-z][a-z0-9]*(?:[._-][a-z0-9]+)?)(?![\w@-]|\.\w)"
)
_OFFBOARD_REACH = 600  # characters between the user name and the word said of them


def offboards_user(text: str) -> bool:
    """Does the message close a person's account by their user name ("Offboard yhaddad"),
    a person ``names.may_name`` does not see?"""
    return (
        "board" in text or "provision" in text or "user" in text or "account" in text
    ) and _offboarded_user(text, len(text))


def _offboarded_user(text: str, start: int) -> bool:
    """A user name after a verb that closes their account, before ``start`` in the message
    (at most ``_OFFBOARD_REACH`` characters)."""
    for match in _OFFBOARDED.finditer(text, max(0, start - _OFFBOARD_REACH), start):
        if match.group(1) not in NOT_USERS:
            return True
    return False


# A capitalised word, as a first or last name said alone.
_NAME_WORD = re.compile(r"(?<![\w'\u2019-])[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+(?![\w-])")
_KNOWN_REACH = 1500  # characters before the clause where the person is named in full


def known_name_in(text: str, clause_start: int, start: int) -> bool:
    """Is a capitalised word of ``text[clause_start:start]`` the first or last name of a
    person named in full earlier ("Marcus Lee was on the forklift" ... "Marcus non-negative",
    "Daniela Vogt" ... "Daniela struggles")?"""
    parts: dict[int, list[int]] | None = None
    floor = max(0, clause_start - _KNOWN_REACH)
    for word in _NAME_WORD.finditer(text, clause_start, start):
        if word.group().lower() in NOT_NAMES:
            continue
        parts = _name_parts(text) if parts is None else parts
        ends = parts.get(hash(word.group()), [])
        index = bisect_left(ends, floor)
        if index < len(ends) and ends[index] <= clause_start:
            return True
    return False


# The last message's full names: the hash of each first and last name and where the full
# names end, found once per message (a list of statements each asks), kept by the message's
# hash and length; not the names, which must not outlive the scan.
_last_names: tuple[int, int, dict[int, list[int]]] = (0, -1, {})


def _name_parts(text: str) -> dict[int, list[int]]:
    global _last_names
    key, size, parts = _last_names
    if key != hash(text) or size != len(text):
        parts = {}
        for name in full_names(text):
            words = text[name.start : name.end].split()
            for word in {words[0], words[-1]}:
                parts.setdefault(hash(word), []).append(name.end)
        _last_names = (hash(text), len(text), parts)
    return parts


_LINE_REACH = 200


# A ticket's title line: its key first ("SAFETY-2748  Post-accident screen - Ana Ruiz").
_TICKET_KEY = re.compile(
    r"[ \t>*_]*(?:(?:Jira|JIRA|Linear|Zendesk|Ticket|ticket|Issue|issue)[ \t]+)?"
    r"(?:[A-Z][A-Z0-9]+-\d+|INC\d+|#\d+)[ \t:]"
)


def _in_subject_line(text: str, lowered: str, start: int) -> bool:
    """The word is in a subject or title line that names a person in full, or in the lines
    under a ticket's title line that does, or under a subject line whose value is a person
    ("Subject: Ana Ruiz (Team Lead)" in an investigation's notes), in its paragraph."""
    line_start = lowered.rfind("\n", max(0, start - _LINE_REACH), start) + 1
    if line_start == 0 and start > _LINE_REACH:
        return False
    if _SUBJECT_LINE.match(lowered, line_start) or _TICKET_KEY.match(text, line_start):
        line_end = lowered.find("\n", start, start + _LINE_REACH)
        line_end = min(len(text), start + _LINE_REACH) if line_end < 0 else line_end
        return next(full_names(text, line_start, line_end), None) is not None
    floor = max(0, start - _HEAD_REACH)
    line_end = line_start - 1
    for _ in range(_HEAD_LINES):
        if line_end <= floor:
            return False
        line_start = text.rfind("\n", floor, line_end) + 1
        if not text[line_start:line_end].strip():
            return False  # a blank line: another paragraph
        if _TICKET_KEY.match(text, line_start, line_end):
            return next(full_names(text, line_start, line_end), None) is not None
        subject = _SUBJECT_LINE.match(lowered, line_start, line_end)
        if subject is not None:
            rest = text[subject.end() : line_end]
            value = subject.end() + len(rest) - len(rest.lstrip(" \t"))
            name = next(full_names(text, value, line_end), None)
            return name is not None and name.start == value  # "Subject: Ana Ruiz (QA)"
        line_end = line_start - 1
    return False


# A sentence that starts with the statement, its subject a pronoun for what the sentence
# before told ("... las cuentas de Inés Navarro. Se trata de un despido procedente", "This is
# a dismissal for gross misconduct"): up to three words between.
_IMPERSONAL_START = re.compile(
    r"(?:it['\u2019]s|it is|it was|it will be|this is|that['\u2019]s|that is|es|fue|ser\u00e1|"
    r"se trata de|c['\u2019]est|ce sera|il s['\u2019]agit d['\u2019]?|es ist|das ist|es war|"
    r"es handelt sich um|het is|dit is|dat is|\u00e9|foi|ser\u00e1|trata-se de|\u00e8)"
    r"(?:[ \t]+(?:an?|un|una|une|ein|eine|einen|een|um|uma|the|la|le|el|die|der|das|de|het))?"
    r"(?:[ \t]+[\w'\u2019-]+){0,3}?[ \t]+$"
)


# An aside before the statement, in brackets ("(just between us managers: it's surgery").
_ASIDE = re.compile(r"[(\[](?:[^.!?:()\[\]\n]{0,40}:[ \t]+)?")


# A sentence that opens with its predicate, its subject dropped: Hungarian's adjectives of
# origin, faith or nationality ("Roma nemzetiségű, ezért ...", "Református vallású.").
_PREDICATE_FIRST = re.compile(
    r"[\w-]+(?: [\w-]+)? (?:nemzetis\u00e9g\u0171|sz\u00e1rmaz\u00e1s\u00fa|etnikum\u00fa|"
    r"vall\u00e1s\u00fa|felekezet\u0171)(?=[ \t]*(?:[,.;:!?\u2014\u2013]|$|"
    r"(?:\u00e9s|de|ez\u00e9rt|\u00edgy)\b))"
)
# A sentence that is a rating's field, its subject dropped ("... verfehlt (2 von 7).
# Bewertung: 'unter Erwartung'.", "Rating: below expectations.").
_RATING_FIRST = re.compile(
    r"(?:rating|bewertung|beurteilung|note|\u00e9valuation|valoraci\u00f3n|calificaci\u00f3n|"
    r"beoordeling|avalia\u00e7\u00e3o|valutazione)[ \t]*:"
)


def _after_naming_sentence(text: str, lowered: str, start: int) -> bool:
    """The word's sentence starts "It's a ...", "Es un ..." (or an aside in brackets does:
    "(between us: it's surgery") and the sentence before names a person, in full or as the
    subject of its verb ("Sofia will be out for six weeks")."""
    floor = max(0, start - 80)
    ends = list(_SENTENCE_END.finditer(lowered, floor, start))
    if not ends:
        return False
    aside = _ASIDE.match(lowered, ends[-1].end(), start)
    said = ends[-1].end() if aside is None else aside.end()
    if _IMPERSONAL_START.match(lowered, said, start) is None and not (
        said == start
        and (
            _PREDICATE_FIRST.match(lowered, start) is not None
            or _RATING_FIRST.match(lowered, start) is not None
        )
    ):
        return False
    sentence_start = ends[-1].start()
    previous_floor = max(0, sentence_start - _SENTENCE_REACH)
    for stop in _SENTENCE_END.finditer(lowered, previous_floor, sentence_start):
        previous_floor = stop.end()
    if next(full_names(text, previous_floor, sentence_start + 1), None) is not None:
        return True
    return bool(names(text, previous_floor, sentence_start + 1))


def heading_at(text: str, line_start: int, line_end: int) -> int:
    """The end of the name that heads the line ``text[line_start:line_end]``, or -1."""
    item = _ITEM.match(text, line_start, line_end)
    position = item.end() if item else line_start
    if position >= line_end or not (
        text[position].isupper() or SCRIPT_LETTER.match(text, position)
    ):
        return -1
    name = next(full_names(text, position, min(line_end, position + _NAME_SIZE)), None)
    if name is None or name.start != position:
        return -1
    separator = _HEAD_SEPARATOR.match(text, name.end, line_end)
    return -1 if separator is None else separator.end()


def _labelled(text: str, lowered: str, start: int) -> bool:
    """A name labels the word's clause ("Maria Lopez: misdemeanor ..."), its line, or a line
    above it in its paragraph; what the label heads is facts, or its speaker's own words."""
    floor = max(0, start - _HEAD_REACH)
    own_line = line_start = text.rfind("\n", floor, start) + 1
    clause_start = _clause_start(lowered, max(line_start, start - _LABEL_REACH), start)
    colon = lowered.rfind(": ", max(line_start, start - _LABEL_REACH), start)
    if colon >= clause_start and _ends_in_name(text, line_start, colon):
        return _about_label(lowered, colon + 1, start)
    speaker = _CHAT_SPEAKER.match(text, line_start, start)
    if speaker is not None and is_name_word(speaker.group(1) or speaker.group(2)):
        return _DROPPED_I.match(lowered, speaker.end(), start) is not None or (
            _first_person_before(lowered, start)
        )
    if line_start == 0 and floor > 0:
        return False  # a line longer than a heading's reach
    line_end = start
    for _ in range(_HEAD_LINES + 1):
        head = heading_at(text, line_start, line_end)
        if 0 <= head <= start:
            return _about_label(lowered, head if line_start == own_line else own_line, start)
        if line_start <= floor or line_start == 0:
            return False
        line_end = line_start - 1
        line_start = text.rfind("\n", floor, line_end) + 1
        if not text[line_start:line_end].strip():
            return False  # a blank line: another paragraph
    return False


def _keyed(text: str, lowered: str, start: int) -> bool:
    """A form's field names a person earlier in the word's sentence ("Customer: Greta
    Holm, private person, ... insolvency proceedings")."""
    outer = floor = max(0, start - _KEYED_REACH)
    for stop in _SENTENCE_END.finditer(lowered, floor, start):
        floor = stop.end()
    if lowered.find(":", outer, start) < 0:
        return False
    for key in _KEYED.finditer(text, floor, start):
        if _key_names(text, key.end(), start):
            return True
    # a record's field that starts a sentence before, in the word's paragraph ("Proszę o
    # pomoc. Pracownik: Tomasz Wierzbicki, magazyn Stryków, nr ewid. 4623. Rozwiązanie
    # umowy bez wypowiedzenia")
    paragraph = lowered.rfind("\n\n", outer, floor)
    if paragraph >= 0:
        outer = paragraph + 2
    for key in _KEYED.finditer(text, outer, floor):
        before = text[max(0, key.start() - 3) : key.start()].rstrip(" \t")
        if (not before or before[-1] in ".!?\n") and _key_names(text, key.end(), start):
            return True
    return False


def _key_names(text: str, after: int, start: int) -> bool:
    """A first and last name right at ``after``, a field's value."""
    name = next(full_names(text, after, min(start, after + _NAME_SIZE)), None)
    return name is not None and name.start == after


def _ends_in_name(text: str, line_start: int, colon: int) -> bool:
    """A first and last name right before ``colon`` ("Kandidat Felix Wagner:", French
    spacing: "Julien Chauvin :")."""
    floor = max(line_start, colon - _NAME_SIZE)
    for word in _CAPITALISED.finditer(text, floor, colon):
        name = next(full_names(text, word.start(), colon), None)
        if name is not None and not text[name.end : colon].strip(" \t\u00a0\u202f"):
            return True
    return False


def _about_label(lowered: str, after: int, start: int) -> bool:
    """What follows a label at ``after`` is about the person unless it is speech; speech is
    about them when they speak of themself (a first-person pronoun before the word)."""
    if _SPEECH.match(lowered, after, start) is None:
        return True
    return _first_person_before(lowered, start)


def _named_after(text: str, end: int) -> bool:
    """A name as the statement's complement, right after it ("... de Moussa Diallo", "a
    final warning to Amir Khan"): at most two words between for "of", none for "to"."""
    complement = _COMPLEMENT.match(text, end)
    if complement is None:
        return False
    position = complement.end()
    name = next(full_names(text, position, position + _NAME_SIZE), None)
    return name is not None and name.start == position


# A question of who the statement is about, answered in the next sentence ("ops wants to
# know who at the Reno warehouse signed union cards. from what i heard it's Dave Kowalski,
# Ray Mendes and ..."): the answer says it is them ("it's", "they are") or leads in to
# them with a colon ("the ones I know of:"), then the names.
_WHO = re.compile(r"\bwho\b|\bwhich (?:of|employees|workers|people|staff|colleagues)\b")
_ANSWER = re.compile(
    r"\b(?:it['\u2019]s|it is|it was|it['\u2019]ll be|they['\u2019]re|they are|they were|"
    r"that['\u2019]s|namely)[ \t]+|"
    # or a lead-in to the names that ends in a colon ("the ones I know of: Stefan Graf, ...",
    # "those I'm sure about: ...", "so far: ...")
    r"\b(?:the ones|those|the people|so far|as far as i know)(?:[ \t]+[\w'\u2019]+){0,4}?"
    r"[ \t]*:[ \t]*"
)
_WHO_STOP = re.compile(r"[.!?][\"'\u201d)]*(?:[ \t]+|$)|\n")
_WHO_REACH = 120  # characters of the question's sentence before the word, and of the answer


def _answered_who(text: str, lowered: str, start: int, end: int) -> bool:
    """The word's sentence asks who, and the next answers with names (``_ANSWER``)."""
    floor = max(0, start - _WHO_REACH)
    for earlier in _WHO_STOP.finditer(lowered, floor, start):
        floor = earlier.end()
    if _WHO.search(lowered, floor, start) is None:
        return False
    stop = _WHO_STOP.search(lowered, end, end + _WHO_REACH)
    if stop is None:
        return False
    after = stop.end()
    limit = min(len(lowered), after + _WHO_REACH)
    next_stop = _WHO_STOP.search(lowered, after, limit)
    limit = limit if next_stop is None else next_stop.start()
    answer = _ANSWER.search(lowered, after, limit)
    if answer is None:
        return False
    name = next(full_names(text, answer.end(), limit), None)
    return name is not None and name.start == answer.end()


def _introduces_people(text: str, lowered: str, start: int) -> bool:
    """The word's line ends in a colon and a name follows ("... members:\\n- Ana Ruiz")."""
    colon = _INTRODUCES.match(lowered, start)
    if colon is None:
        return False
    position = colon.end()
    if position > 0 and text[position - 1] == "\n":
        while text.startswith("\n", position):
            position += 1
        line_end = text.find("\n", position, position + _HEAD_REACH)
        return heading_at(text, position, position + _HEAD_REACH if line_end < 0 else line_end) >= 0
    line_end = text.find("\n", position, position + _NAME_SIZE)
    line_end = min(len(text), position + _NAME_SIZE) if line_end < 0 else line_end
    name = next(full_names(text, position, line_end), None)
    return name is not None and name.start == position
