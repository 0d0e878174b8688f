"""People named in a message, for the rules about what is said of them (``health``, ``pay``).

A name alone is not sensitive (colleagues are named in every stand-up summary); what is said
about a named person may be. These shapes count as naming someone, capitalised as names
are written:

* a first and a last name (``Lena Kaya``, ``Lotte van Dijk``, ``K. Haddad``, a surname cut
  to its initial: ``Priya S.``, and a second surname: ``Inés Navarro Gil``), neither of
  them a word that starts titles, teams, products, places or sentences (``Senior Engineer``,
  ``Data Team``, ``Google Workspace``, ``New York``) or a medical or scientific term
  (``Acute Myeloid``, ``Multiple Sclerosis``), and not followed by a disease noun that makes
  it one term (``Leydig tumor``, ``Kaposi Sarcoma``);
* a first name as the subject of its sentence, right before a verb or with a possessive
  (``Nadia is off``, ``Jana ist``, ``Claire est``, ``Lucía está``, ``Tom's``, Hinglish
  ``Dmitri ki``), with a role in brackets before the verb (``Dmitri (finance team) ki``),
  before an adverb and a verb (``Marcus only picked up``), introduced by their team
  (``Kenji on the platform team``, ``Seo-yeon de Backend``) or with an honorific after it
  (``Mateoさん``, ``Jiho 씨``);
* a person's initials after their role (``one QA engineer (J.M.)``).

A Latin-script name written against Japanese, Chinese or Korean characters, with no space
(``一次オンコールのMateo Satoさんは``), is a name as one between spaces is.

The stock people of examples (Jane Doe, John Smith, Max Mustermann, Jean Dupont, Juan Pérez)
are nobody. Names written in lower case are not recognised: chat that drops capitals drops
them for every word, and there is nothing left to tell a name from a word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.routing.sensitivity.model import literal_trie

_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f"
_LOWER = "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f"
# One capitalised name word, with a hyphenated or apostrophised second part (``García-López``,
# ``O'Brien``).
_WORD = rf"[{_UPPER}][{_LOWER}]+(?:[-'\u2019][{_UPPER}]?[{_LOWER}]+)?"
_PARTICLES_TEXT = "van von de da del der den di du dos das la le ter ten bin al el mac zu"
_PARTICLE_TRIE = literal_trie(_PARTICLES_TEXT.split())
_PARTICLES = f"(?:{_PARTICLE_TRIE})"
# (The capital comes first, then the look-behind at the character before it: ``re`` skips
# to capitals quickly, where a leading look-behind is tried at every position.)
# Japanese, Chinese and Korean write a Latin name against their own characters, with no
# space ("一次オンコールのMateo Satoさんは"): those are not a longer word's letters.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff66-\uff9f"
_START = rf"[{_UPPER}](?<!(?![{_CJK}])[\w@./#-].)"
_END = rf"(?!(?![{_CJK}])[\w@-])"
_FULL_NAME = re.compile(
    rf"({_START}(?:[{_LOWER}]+(?:[-'\u2019][{_UPPER}]?[{_LOWER}]+)?|\.))"
    rf"(?: {_PARTICLES}){{0,2}} ({_WORD}|[{_UPPER}]\.){_END}(?: ({_WORD}){_END})?"
)
# The verbs a sentence's subject is followed by, in English, German, French and Spanish.
_SUBJECT_VERBS_TEXT = """
    is was has had will would just also starts started starting begins began got gets needs
    needed can't cannot won't isn't wasn't goes went told said asked moves moved earns earned
    makes made stays remains takes took
    ist war hat hatte wird muss kann f\u00e4ngt beginnt geht bekommt verdient bleibt
    est \u00e9tait a sera va doit commence touche gagne passe reste
    est\u00e1 estaba estar\u00e1 tiene tuvo empieza gana cobra pasa sigue fue ha
    est\u00e1 tem teve foi vai ficou \u00e8 sta era aveva sar\u00e0
    jest by\u0142 by\u0142a ma mia\u0142 mia\u0142a je byl byla m\u00e1 m\u011bl m\u011bla
    sedang sudah akan lagi masih
    ka ki ke ko ne
    """
# (a trie: ``re`` tries a flat alternation's ninety words one by one at every capital)
_SUBJECT_VERBS = literal_trie(_SUBJECT_VERBS_TEXT.split())
# What a first name is said with besides a verb: a role or team in brackets before the verb
# ("Dmitri (finance team) ki salary", "Nadia (QA) is"), the team it is introduced by
# ("Kenji on the platform team, he", "Noor from billing", "Seo-yeon de Backend"), an adverb
# before a verb ("Marcus only picked up"), and an honorific after it ("Mateoさん", "Minho 씨").
_TEAMS_TEXT = """
    backend frontend platform infra infrastructure data qa sre devops ops finance billing
    payments sales marketing support design mobile android ios security legal hr people
    product engineering research analytics growth payroll accounting procurement logistics
    warehouse recruiting it ml web api core vertrieb einkauf buchhaltung
    """
_TEAMS = literal_trie(_TEAMS_TEXT.split())
_ADVERBS = "only|just|also|still|never|always|already|finally|really|actually|then"
_MORE_VERBS = (
    "picked|pinged|mentioned|wants|wanted|feels|felt|called|emailed|messaged|texted|"
    "reported|agreed|decided|lost|found|asked|told|said|needs|has|had|is|was"
)
_SAID_WITH = (
    rf"(?:[ \t]\([^()\n]{{1,40}}\))?(?:['\u2019]s\b|(?= (?:{_SUBJECT_VERBS})\b))|"
    rf"(?=[ \t]+(?:on|from|de|del|da|do|von|vom|aus|van|uit|z|ze|dari)[ \t]+"
    r"(?:(?:the|our|el|la|o|a|il|der|dem|het|l'|team|equipo|\u00e9quipe|equipe|time|squadra)"
    rf"[ \t]+)?(?i:{_TEAMS})(?:[ \t]+team)?\b)|"
    rf"(?=[ \t]+(?:{_ADVERBS})[ \t]+(?:{_MORE_VERBS}|[a-z]+ed)\b)|"
    r"(?=[ \t]?(?:\u3055\u3093|\u69d8|\u6c0f|\u304f\u3093|\u3061\u3083\u3093|\uc528|\ub2d8))"
)
_SUBJECT = re.compile(
    rf"({_START}[{_LOWER}]+(?:[-'\u2019][{_UPPER}]?[{_LOWER}]+)?)(?:{_SAID_WITH})"
)
# Either shape, without the checks: a quick test that a message may name someone.
_MAY_NAME = re.compile(
    rf"[{_UPPER}](?:[{_LOWER}]+(?:[-'\u2019][{_UPPER}]?[{_LOWER}]+)?|\.)"
    rf"(?:['\u2019]s\b| (?:[{_UPPER}][{_LOWER}]|[{_UPPER}]\.(?!\w)"
    rf"|{_PARTICLE_TRIE} (?:{_PARTICLE_TRIE} )?[{_UPPER}][{_LOWER}]|(?:{_SUBJECT_VERBS})\b)"
    rf"|{_SAID_WITH}|[ \t]?[{_UPPER}]\.(?:[ \t]?[{_UPPER}]\.)?\))"
)  # (no repeated group: ``re`` sets up a repeat at every capital, a fifth of the cost)
# Capitalised words that are not names: sentence starters, days and months, titles and
# levels, teams, products and places that come in pairs ("Senior Engineer", "New York"),
# and examples' streets ("Example Street", "Sample Avenue").
_NOT_NAMES_TEXT = """
    the a an this that these those there here it its my our your his her their we i you he
    she they hi hello hey dear thanks thank please pls can could would should will shall is
    are was were what why how when where who whom which if and or but so also just not no
    yes ok okay re fw fwd subject from to cc bcc note update status today tomorrow yesterday
    tonight morning afternoon evening week weekend month year everyone someone anyone nobody
    everybody somebody anybody all both each every some any none one two three other another
    after before since until during while because although though then now next last first
    in as at on by for of with into about over under
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december feb mar apr jun jul aug sep sept
    oct nov dec mon tue wed thu fri sat sun
    senior junior staff principal lead head chief associate assistant intern trainee
    engineer engineering manager director designer analyst developer scientist architect
    specialist consultant officer executive president partner recruiter coordinator admin
    level band grade tier step range bracket base total gross net salary salaries bonus pay
    team teams data cloud platform product products design sales support customer customers
    success marketing finance people operations ops infrastructure infra security mobile web
    backend frontend software hardware service services server api app apps account accounts
    group department dept office offices company board committee legal payroll human resources
    health check checks care insurance plan plans policy policies benefit benefits leave
    google microsoft amazon apple meta slack zoom jira confluence github gitlab notion figma
    workspace console login root cluster node pod pods workflow pipeline project projects
    new san los las saint st santa hong tel rio buenos north south east west upper lower
    example examples sample street avenue boulevard
    great united central general public private open free global national international
    mr mrs ms miss dr prof sir madam herr frau monsieur madame señor señora
    quelqu'un quelqu\u2019un chacun personne alguien nadie jemand niemand
    it's it\u2019s that's that\u2019s what's what\u2019s there's there\u2019s here's here\u2019s
    let's let\u2019s he's he\u2019s she's she\u2019s who's who\u2019s
    der die das ein eine und oder aber wenn weil ich du er sie wir ihr hallo danke bitte
    le la les un une et ou mais si je tu il elle nous vous ils elles bonjour merci
    el los las uno una y o pero si yo tú él ella nosotros hola gracias
    """
# Medical, anatomical and scientific words, capitalised in the names of conditions and
# treatments ("Acute Myeloid Leukemia", "Multiple Sclerosis", "Major Depressive Disorder",
# "Cognitive Behavioural Therapy"): a pair with one of them is a term, not a person. Not
# the adjectives that are also surnames ("Major", "Multiple"): their pair has a term word.
_TERMS_TEXT = """
    acute chronic malignant benign
    myeloid lymphoid lymphocytic lymphoblastic myelogenous cognitive behavioural behavioral
    dialectical ulcerative irritable bowel obsessive compulsive depressive generalised
    generalized seasonal affective traumatic stress panic binge eating autism autistic
    spectrum attention deficit hyperactivity bipolar borderline personality schizophrenia
    alcohol alcoholic substance sclerosis colitis arthritis rheumatoid autoimmune diabetes
    mellitus hypertension dementia epilepsy leukemia leukaemia lymphoma carcinoma sarcoma
    melanoma tumor tumour cancer disease disorder syndrome therapy infection deficiency
    dystrophy fibrosis cystic sickle anemia anaemia muscular coronary cardiac pulmonary
    renal hepatic cerebral spinal thyroid breast prostate ovarian cervical pancreatic
    colorectal gastric lung liver kidney brain bone blood marrow stem cell cells nervous
    immune viral bacterial clinical psychiatric psychological mental
"""
NOT_NAMES = frozenset(_NOT_NAMES_TEXT.split()) | frozenset(_TERMS_TEXT.split())
# A noun that ends a condition's name: the pair before it is part of the term ("Leydig
# tumor", "Kaposi Sarcoma", "Guillain Barre Syndrome"), not a person.
_TERM_AFTER = re.compile(
    r"[ -](?:disease|disorder|syndrome|leuka?emia|lymphoma|carcinoma|sarcoma|tumou?r|"
    r"cancer|sclerosis|colitis|therapy|deficiency|dystrophy|palsy|fever|virus|infection|"
    r"cells?|gland|nerve|artery|test)s?\b",
    re.IGNORECASE,
)
# The stock people of examples and forms: nobody.
_STOCK_PEOPLE = frozenset((
    "jane doe", "john doe", "jane roe", "john roe", "richard roe", "john smith", "jane smith",
    "joe bloggs", "fred bloggs", "max mustermann", "erika mustermann", "jean dupont",
    "marie dupont", "juan p\u00e9rez", "juan perez", "fulano de tal", "mario rossi",
    "test user", "jan kowalski", "jan jansen",
))  # fmt: skip


class Name:
    """A person named at ``start:end`` of the message; ``full`` for a first and last name."""

    __slots__ = ("end", "full", "start")

    def __init__(self, start: int, end: int, *, full: bool) -> None:
        self.start = start
        self.end = end
        self.full = full


def is_name_word(word: str) -> bool:
    return word.rstrip(".").lower() not in NOT_NAMES


def full_names(text: str, start: int = 0, end: int | None = None) -> Iterator[Name]:
    """First-and-last names in ``text[start:end]`` (see module docstring)."""
    stop = len(text) if end is None else end
    match = _FULL_NAME.search(text, start, stop)
    while match is not None:
        if not is_name_word(match.group(1)) or not is_name_word(match.group(2)):
            # "Thanks Lena Kaya": the name may start at the second word
            match = _FULL_NAME.search(text, match.start(2), stop)
            continue
        end = (
            match.end(2)
            if match.group(3) is None or not is_name_word(match.group(3))
            else match.end()
        )
        if match.group(1).endswith(".") and match.group(2).endswith("."):
            match = _FULL_NAME.search(text, match.start(2), stop)
            continue  # initials alone ("U. S.")
        if " ".join(text[match.start() : end].lower().split()) not in _STOCK_PEOPLE and not (
            _TERM_AFTER.match(text, end)
        ):
            yield Name(match.start(), end, full=True)
        match = _FULL_NAME.search(text, end, stop)


def subjects(text: str, start: int = 0, end: int | None = None) -> Iterator[Name]:
    """First names as the subject of their sentence, before a verb or with a possessive."""
    for match in _SUBJECT.finditer(text, start, len(text) if end is None else end):
        if is_name_word(match.group(1)):
            yield Name(match.start(1), match.end(1), full=False)


def may_name(text: str) -> bool:
    """Could the message name someone (a quick test before ``names``)?"""
    return _MAY_NAME.search(text) is not None


# A person the message names by their initials after their role ("our one QA engineer
# (J.M.)", "the nurse (A. K.)"): anonymised for the reader, known to the team.
_INITIALS = re.compile(
    r"(?i:engineer|developer|manager|analyst|designer|lead|colleague|employee|worker|"
    r"member|technician|nurse|agent|contractor|intern|tester|admin|driver|operator)s?"
    rf"[ \t]+\(([{_UPPER}]\.[ \t]?[{_UPPER}]\.(?:[ \t]?[{_UPPER}]\.)?)\)"
)


def names(text: str, start: int = 0, end: int | None = None) -> list[Name]:
    """Every person named in ``text[start:end]``, in order (a full name once, not again as
    the subject its first name also is), and people named by their initials after their
    role."""
    found = list(full_names(text, start, end))
    if "." in text:
        found.extend(
            Name(m.start(1), m.end(1), full=False)
            for m in _INITIALS.finditer(text, start, len(text) if end is None else end)
        )
    taken = [(n.start, n.end) for n in found]
    for name in subjects(text, start, end):
        if not any(s <= name.start < e for s, e in taken):
            found.append(name)
    return sorted(found, key=lambda n: n.start)


# A table cell holding a person's names: two to four capitalised words, particles between
# ("Inés Moreno Ruiz", "Lotte van Dijk", "K. Haddad").
_NAME_CELL = re.compile(
    rf"(?:{_WORD}|[{_UPPER}]\.)(?: (?:{_PARTICLES}|{_WORD}|[{_UPPER}]\.)){{1,3}}"
)


def is_name(value: str) -> bool:
    """Is ``value`` (a table cell) a person's first and last name?"""
    value = " ".join(value.split())
    if _NAME_CELL.fullmatch(value) is None or value.lower() in _STOCK_PEOPLE:
        return False
    words = [w for w in value.split(" ") if w[:1].isupper()]
    return len(words) >= 2 and all(is_name_word(w) for w in words)
