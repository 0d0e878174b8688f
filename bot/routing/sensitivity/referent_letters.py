"""Letters, greetings, quoted and introduced speakers: who a statement is about when its
message is a letter or a ticket whose header or salutation names a person, a message quoted
after a line that says who sent it, a chat log's line its speaker heads, or a person saying
who they are before speaking of themself.

The shapes are those of ``referents`` (its module docstring); ``referents`` asks
``_introduced_speaker``, ``_quoted_speaker`` and ``_in_letter`` from ``named_elsewhere``
and reads the clause and sentence helpers here too.
"""

from __future__ import annotations

import re

from bot.routing.sensitivity.names import full_names, is_name_word, names
from bot.routing.sensitivity.referent_words import ROLE_PARTS
from bot.routing.sensitivity.script_names import SCRIPT_LETTER

_NAME_SIZE = 60  # characters of a first and last name
# The end of a sentence or clause.
_CLAUSE_END = re.compile(r"[.!?;][\s)]|\n")
_SENTENCE_END = re.compile(r"[.!?][ \t]+|\n")
_SENTENCE_REACH = 300  # characters of the sentence before
# A person saying who they are, and the pronouns they then speak of themself with.
_INTRODUCTION = re.compile(
    r"\b(?:i['\u2019]?m|i am|my name is|this is|it['\u2019]s|ich bin|ich hei(?:\u00df|ss)e|"
    r"mein name ist|je suis|je m['\u2019]appelle|moi c['\u2019]est|soy|me llamo|"
    r"mi nombre es|ik ben|ik heet|mijn naam is)[ \t]+"
)
_FIRST_PERSON = re.compile(
    r"\b(?:i|i['\u2019]m|i['\u2019]ve|my|me|ich|mein(?:e[mnrs]?)?|mir|mich|je|j['\u2019]|"
    r"mon|ma|mes|moi|yo|mi|mis|ik|mijn|mij)(?![\w-])"
)
_INTRODUCTION_REACH = 600
_SPEAKER_REACH = 30  # characters between the first-person pronoun and the word

# A message's subject or title line: what it says is about the person it names
# ("Betreff: Abmahnung Sabine Krüger", "Subject: Final warning - Ana Ruiz", "# PIP: Ana Ruiz").
_SUBJECT_LINE = re.compile(
    r"[ \t>*_]*(?:#{1,4}[ \t]|(?:subject|re|betreff|objet|asunto|assunto|oggetto|onderwerp|"
    r"title|titel|titre|t\u00edtulo|titolo)[ \t]*:)"
)


def _clause_start(lowered: str, floor: int, start: int) -> int:
    clause_start = floor
    for end in _CLAUSE_END.finditer(lowered, floor, start):
        clause_start = end.end()
    return clause_start


def _first_person_before(lowered: str, start: int) -> bool:
    clause_start = _clause_start(lowered, max(0, start - _SPEAKER_REACH), start)
    return _FIRST_PERSON.search(lowered, clause_start, start) is not None


# A chat log's line quoted with its speaker's first name, in a quote (``> Marcus: ...``) or
# with their team in brackets (``Marcus (EU moderation, weekend shift): got the final
# written warning``): what follows is the speaker's own words, about themself when they
# speak of themself (a first-person pronoun, or a verb whose "I" is dropped).
_CHAT_SPEAKER = re.compile(
    r"(?:[ \t]*>[ \t]*(?:\*\*|__)?([A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+)(?:\*\*|__)?"
    r"(?:[ \t]\([^()\n]{1,40}\))?|"
    r"[ \t]*(?:\*\*|__)?([A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+)(?:\*\*|__)?"
    r"[ \t]\([^()\n]{1,40}\))[ \t]*:[ \t]+"
)


# A chat line's own statement with its "I" dropped ("got the final warning yesterday", "just
# had my surgery", "been on sick leave").
_DROPPED_I = re.compile(
    r"[ \t*_]*(?:(?:just|finally|also|still|officially)[ \t]+)?"
    r"(?:got|get|getting|had|have|was|been|am|received|start(?:ing)?|back|off|out|on)(?![\w'\u2019-])"
)
_QUOTED_SPEAKER = re.compile(
    r"^[ \t]*>[ \t]*(?:\*\*|__)?[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+", re.M
)


def quotes_speaker(text: str) -> bool:
    """Does the message quote a chat log's line with its speaker's first name (``> Marcus:``),
    a person ``names.may_name`` does not see?"""
    return any(
        _CHAT_SPEAKER.match(text, line.start()) is not None
        for line in _QUOTED_SPEAKER.finditer(text)
    )


# A person's message quoted after a line that says they sent it ("Ana Ruiz sent me this DM
# last night:", "Tom Berg wrote:").
_QUOTE_INTRO = re.compile(
    r"\b(?:sent|wrote|writes|messaged|dm['\u2019]?d|texted|emailed|posted|said|says|told)\b"
    r"[^\n:.!?]{0,60}:"
)


_SENDER_REACH = 120  # characters between the sender's name and the verb ("Ana (Ana Ruiz, QA) sent")


def _quoted_speaker(text: str, lowered: str, start: int) -> bool:
    """A first-person pronoun in the word's clause, in a message quoted after a line that
    says a named person sent it."""
    if not _first_person_before(lowered, start):
        return False
    floor = max(0, start - _INTRODUCTION_REACH)
    intro = None
    for found in _QUOTE_INTRO.finditer(lowered, floor, start):
        intro = found
    if intro is None:
        return False
    line_start = max(
        floor, intro.start() - _SENDER_REACH, lowered.rfind("\n", floor, intro.start()) + 1
    )
    return any(name.end <= intro.start() for name in names(text, line_start, intro.start()))


# A letter's or a ticket's header line that names its sender ("From: Ana Ruiz") or its
# addressee ("To: Ana Ruiz"), and a salutation to a person named in full ("Dear Ana Ruiz,",
# "Gentile sig. Davide Rossi,", "Sehr geehrte Frau Anna Berg,").
_SENDER_LINE = re.compile(
    r"(?<![\w-])(?:from|von|de|van|da|remitente|mittente|absender|exp\u00e9diteur)[ \t]*:[ \t]*"
    r"(?=[A-Z\u00c0-\u00de]|<?[a-z][a-z'-]+[._][a-z][a-z'-]+@)",
    re.M | re.I,
)
_ADDRESSEE_LINE = re.compile(
    r"^[ \t>*_]*(?:(?:to|an|\u00e0|a|para|aan|destinatario|destinat\u00e1rio|"
    r"empf\u00e4nger|destinataire)[ \t]*:|(?:dear|hi|hello|gentile|gentilissim[oa]|egregi[oa]|"
    r"car[oa]|sehr geehrte[rs]?|liebe[rs]?|cher|ch\u00e8re|bonjour|estimad[oa]|hola|beste|"
    r"geachte|prezad[oa]|ol\u00e1|hallo|hoi|salve|buongiorno|bom dia|buenos d\u00edas))"
    r"(?:[ \t]+(?:sig\.?(?:ra)?|sr\.?|sra\.?|mr\.?|mrs\.?|ms\.?|"
    r"dr\.?|herr|frau|monsieur|madame|m\.|mme|don|do\u00f1a|dhr\.?|mevr\.?|heer|mevrouw|"
    r"signor[a]?))?[ \t]+(?=[A-Z\u00c0-\u00de])",
    re.M | re.I,
)
# A letter's addressee named by the request that asks to check it before it is sent ("can
# you double check this email before I send it to Rafael Okonkwo?", "review the letter
# I'm sending to Ana Ruiz").
_SENT_TO = re.compile(
    r"\b(?i:send|sending|sent|email|emailing|forward|forwarding|give|giving|hand|"
    r"write|writing)[ \t]+(?i:it|this|that|the[ \t]+(?:e-?mail|letter|message|note|draft)"
    r"(?:[ \t]+I['\u2019]m)?)?[ \t]*(?i:over[ \t]+)?(?i:to)[ \t]+(?=[A-Z\u00c0-\u00de])"
)
# The person a letter is written to, spoken to: "your", "Sie", "vous", "Lei"...
_SECOND_PERSON = re.compile(
    r"\b(?:you|your|yours|dein(?:e[mnrs]?)?|vous|votre|vos|usted|"
    r"tu|tus|voc\u00ea|seu|sua|lei|suo|sue|suoi|u|uw|jouw)\b"
)
# German's formal "you", capitalised where "sie" (she, they) is not.
_SIE = re.compile(r"(?<![.!?:]\s)(?<!^)\b(?:Sie|Ihnen|Ihre?[mnrs]?)\b")
_LETTER_REACH = 600  # characters between the header and the word
_LETTER_FORWARD = 250  # characters between a subject line's word and the salutation after it


def _in_letter(text: str, lowered: str, start: int) -> bool:
    """The word is in a letter or ticket whose header names its sender or its addressee in
    full: a first-person pronoun in the word's clause after the sender's line ("From: Ana
    Ruiz" then "I was in hospital"), a second-person one in its sentence or the word in the
    subject line, after or right before the addressee's line or salutation ("To: Ana Ruiz",
    "Subject: Written warning", "This is a formal written warning following your ...")."""
    if "\n" not in lowered:
        return False
    floor = max(0, start - _LETTER_REACH)
    if _first_person_before(lowered, start) and _header_name(text, _SENDER_LINE, floor, start):
        return True
    line_start = lowered.rfind("\n", floor, start) + 1
    if _SUBJECT_LINE.match(lowered, line_start):
        return _header_name(text, _ADDRESSEE_LINE, floor, start + _LETTER_FORWARD)
    sentence_start = _clause_start(lowered, max(line_start, start - _SENTENCE_REACH), start)
    sentence_end = _SENTENCE_END.search(lowered, start, start + _SENTENCE_REACH)
    stop = sentence_end.start() if sentence_end else min(len(text), start + _SENTENCE_REACH)
    spoken_to = _SECOND_PERSON.search(lowered, sentence_start, stop) or _SIE.search(
        text, sentence_start, stop
    )
    return spoken_to is not None and (
        _header_name(text, _ADDRESSEE_LINE, floor, start)
        or _header_name(text, _SENT_TO, floor, start)
    )


def _header_name(text: str, header: re.Pattern[str], start: int, end: int) -> bool:
    """A ``header`` line in ``text[start:end]`` names a person in full right after it, or
    a person's own address ("From: mateo.nakamura@acme.io")."""
    for line in header.finditer(text, start, min(len(text), end)):
        name = next(full_names(text, line.end(), line.end() + _NAME_SIZE), None)
        if name is not None and name.start == line.end():
            return True
        address = _PERSONAL_ADDRESS.match(text, line.end())
        if address is not None and not {address.group(1), address.group(2)} & ROLE_PARTS:
            return True
    return False


# A person's address: a first and a last name before the "@" ("mateo.nakamura@acme.io").
_PERSONAL_ADDRESS = re.compile(
    r"<?([a-z][a-z'-]{1,30})[._]([a-z][a-z'-]{1,30})@[\w-]+(?:\.[\w-]+)+", re.I
)
# A letter's salutation line: a greeting and a full name ("Beste Lotte Meijer,"), or a name
# with its honorific alone on the line ("조현우 님께,", "田中 太郎様", "Уважаемая Анна Смирнова,").
_SALUTATION_END = re.compile(
    r"[ \t]?(?:\ub2d8\uaed8|\ub2d8|\uc528\uaed8|\uc528|\u69d8|\u3055\u3093|\u6bbf|"
    r"\u5148\u751f|\u5973\u58eb)?[ \t]*[,\u3001\uff0c:\uff1a!]?[ \t]*$",
    re.M,
)
_QUOTE_MARKS = re.compile(r"[ \t>*_]*")


def sent_by_address(text: str) -> bool:
    """Does a sender's line give a person's own address ("From: mateo.nakamura@acme.io"),
    a person ``names.may_name`` does not see?"""
    for line in _SENDER_LINE.finditer(text):
        address = _PERSONAL_ADDRESS.match(text, line.end())
        if address is not None and not {address.group(1), address.group(2)} & ROLE_PARTS:
            return True
    return False


def addressed_letter(text: str, start: int) -> bool:
    """Is ``start`` in a letter whose salutation names its addressee in full, at most
    ``_LETTER_REACH`` characters before it?"""
    floor = max(0, start - _LETTER_REACH)
    if _header_name(text, _ADDRESSEE_LINE, floor, start):
        return True
    if not SCRIPT_LETTER.search(text, floor, start):
        return False
    line_start = text.rfind("\n", 0, floor) + 1
    while line_start < start:
        line_end = text.find("\n", line_start, start)
        line_end = start if line_end < 0 else line_end
        content = _QUOTE_MARKS.match(text, line_start, line_end)
        position = line_start if content is None else content.end()
        name = next(full_names(text, position, line_end), None)
        if (
            name is not None
            and name.start == position
            and _SALUTATION_END.match(text, name.end, line_end)
        ):
            return True
        line_start = line_end + 1
    return False


# A message greeting its addressee by their first name, at the start of a line or a quote
# ("Hi Megan —", "\"Dear Tomás,", "Hallo Jana,").
_GREETING = re.compile(
    r"(?:^|[\"\u201c\u00ab\u201e>])[ \t]*(?i:dear|hi|hello|hey|hallo|hoi|hola|bonjour|"
    r"salut|ciao|ol\u00e1|beste|liebe[r]?|cher|ch\u00e8re|querid[oa]|car[oa])[ \t]+"
    r"([A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+)[ \t]*(?:[,!:\u2014\u2013]|-[ \t])",
    re.M,
)


def greeted_by_first_name(text: str, start: int) -> bool:
    """Is ``start`` in a message or a quote that greets its addressee by their first name,
    at most ``_LETTER_REACH`` characters before it?"""
    return any(
        is_name_word(greeting.group(1))
        for greeting in _GREETING.finditer(text, max(0, start - _LETTER_REACH), start)
    )


def _introduced_speaker(text: str, lowered: str, start: int) -> bool:
    """A first-person pronoun in the word's clause, and earlier in the paragraph a person
    saying who they are ("hi, this is Kevin Walsh")."""
    if not _first_person_before(lowered, start):
        return False
    floor = max(0, start - _INTRODUCTION_REACH)
    paragraph = lowered.rfind("\n\n", floor, start)
    floor = floor if paragraph < 0 else paragraph + 2
    for intro in _INTRODUCTION.finditer(lowered, floor, start):
        name = next(full_names(text, intro.end(), min(start, intro.end() + _NAME_SIZE)), None)
        if (
            name is not None
            and name.start == intro.end()
            and not lowered.startswith(("'s", "\u2019s"), name.end)
        ):
            return True
    return False
