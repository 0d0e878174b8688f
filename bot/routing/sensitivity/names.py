"""People named in a message, for the rules about what is said of them (``health``, ``pay``).

A name alone is not sensitive (colleagues are named in every stand-up summary); what is said
about a named person may be. These shapes count as naming someone, capitalised as names
are written:

* a first and a last name (``Lena Kaya``, ``Lotte van Dijk``, ``K. Haddad``, a surname cut
  to its initial: ``Priya S.``, and a second surname: ``Inés Navarro Gil``), neither of
  them a word that starts titles, teams, products, places or sentences (``Senior Engineer``,
  a job ad's ``Engenheiro de Dados Pleno``, ``Middle Python Developer``,
  ``Data Team``, ``Google Workspace``, ``New York``) or a medical or scientific term
  (``Acute Myeloid``, ``Multiple Sclerosis``), and not followed by a disease noun that makes
  it one term (``Leydig tumor``, ``Kaposi Sarcoma``);
* a first name as the subject of its sentence, right before a verb or with a possessive
  (``Nadia is off``, ``Jana ist``, ``Claire est``, ``Lucía está``, ``Tom's``, Hinglish
  ``Dmitri ki``), with a role in brackets before the verb (``Dmitri (finance team) ki``),
  before an adverb and a verb (``Marcus only picked up``), introduced by their team
  (``Kenji on the platform team``, ``Seo-yeon de Backend``) or with an honorific after it
  (``Mateoさん``, ``Jiho 씨``);
* a surname after a title (``Mr Haddad rang``, ``Mrs. Okafor``, ``Ms Chen``, ``Herr
  Brandt``), whatever verb follows it; not a product or a show a title starts (``a Dr
  Pepper``, ``Ms Word``, ``the Mr Robot finale``) or a template's ``Dear Mr Surname``;
* a person's initials after their role (``one QA engineer (J.M.)``), or without periods as
  their sentence's subject with a gendered pronoun after them (``MK out Tue/Thu ... she
  asked``; not an acronym: ``PR is merged``) or before a one-person role in apposition
  (``JM — the payments team lead —``, ``RB (our only DBA)``);
* a chat handle (``@bfarrell``; not a group's ``@here``, ``@sre-team`` or a decorator) and
  a first name as a request's object (``leave Tom off the rota``, ``mark Jonas as``) or as
  a preposition's object ending its clause, a gendered pronoun after it (``the no-hire for
  Tomasz. ... his packet``).

A Latin-script name written against Japanese, Chinese or Korean characters, with no space
(``一次オンコールのMateo Satoさんは``), is a name as one between spaces is. Names in other
scripts (``script_names``): a Chinese, Japanese or Korean name after a person's field or
before an honorific (``申請者: 伊藤 翔太``, ``中村 美咲さん``, ``조현우 님께``) or a Chinese
one opening its sentence with "he" or "she" after it (``王磊的背景调查……他在``) or with its
pay or performance right after it anywhere (``看到王磊的新薪资``, ``王磊今年绩效``), and a Cyrillic
first and last name after a person's field or a greeting or with a surname's or a
patronymic's ending (``ФИО``, ``Уважаемая Анна Смирнова``, ``Екатерина Попова``), and a
Hindi or Hebrew first and last name with a common surname or a team in brackets after it
(``अमित शर्मा``, ``איתי לוי``, ``प्रिया नागर (लेखा विभाग)``), and an Arabic first and last
name whose first is a common given name (``يوسف الحربي``). Vietnamese names are Latin
letters with their diacritics (``Nguyễn Thị Hoa``).

The stock people of examples (Jane Doe, John Smith, Max Mustermann, Jean Dupont, Juan Pérez)
are nobody. Names written in lower case are mostly not recognised: chat that drops capitals
drops them for every word, and there is little left to tell a name from a word. One shape
counts: in a message whose first letter is lower case, a word (not a pronoun or a word chat
puts there: "prod", "everyone") as the subject of a clause a conjunction opens, "she" or
"he" after it ("so chiara isn't on the P32 bench — she told me ...").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from bot.routing.sensitivity.model import literal_trie

# (not "đ", a Vietnamese word's lower-case first letter: "đang điều trị")
_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u0110\u0112-\u017f"
# (and Vietnamese letters with two diacritics: "Nguyễn Thị Hoa")
_LOWER = "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f\u01a1\u01b0\u1ea1-\u1ef9"
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
    makes made stays remains takes took keeps kept carries
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
# ("Kenji on the platform team, he", "Noor from billing", "Seo-yeon de Backend"), a post or
# crew and its verb ("Jamal on baggage handling (T3) is", "Ines on the night crew has"), an adverb
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
    "reported|agreed|decided|lost|found|asked|told|said|needs|has|had|is|was|goes|keeps|"
    "prays|attends|wears|takes"
)
_SAID_WITH = (
    rf"(?:[ \t]\([^()\n]{{1,40}}\))?(?:['\u2019]s\b|(?= (?:{_SUBJECT_VERBS})\b))|"
    rf"(?=[ \t]+(?:on|from|de|del|da|do|von|vom|aus|van|uit|z|ze|dari)[ \t]+"
    r"(?:(?:the|our|el|la|o|a|il|der|dem|het|l'|team|equipo|\u00e9quipe|equipe|time|squadra)"
    rf"[ \t]+)?(?i:{_TEAMS})(?:[ \t]+team)?\b)|"
    rf"(?=[ \t]+(?:{_ADVERBS})[ \t]+(?:{_MORE_VERBS}|[a-z]+ed)\b)|"
    # the post or crew a first name is introduced by, then its verb ("Jamal on baggage
    # handling (T3, team of 6) is", "Ines on the night crew has")
    r"(?=[ \t]+on[ \t]+(?:the[ \t]+)?[a-z]+(?:[ \t]+[a-z]+)?"
    r"(?:[ \t]+\([^()\n]{1,40}\)|[ \t]+(?:team|crew|shift|desk|line|rota|squad|floor))"
    rf"[ \t]+(?:{_SUBJECT_VERBS})\b)|"
    # the branch a first name is introduced by ("Siobhan from the Midtown location is",
    # "Raj at our Leeds store has"), then its verb
    r"(?=[ \t]+(?:from|at|in)[ \t]+(?:the|our)[ \t]+(?:[A-Z][\w'\u2019-]*[ \t]+){1,3}"
    r"(?:location|store|branch|office|site|restaurant|shop|warehouse|clinic|plant|depot|"
    r"hotel|kitchen|team|crew|shift)"
    rf"[ \t]+(?:{_SUBJECT_VERBS})\b)|"
    # a frontline post a first name is introduced by, then its verb ("Keisha from the
    # tills is", "Dev on checkouts has")
    r"(?=[ \t]+(?:on|from|at|in)[ \t]+(?:the[ \t]+)?(?:tills?|checkouts?|registers?|deli|"
    r"bakery|butchery|counter|kitchen|reception|front desk|service desk|stockroom|"
    r"cash office|shop floor|loading bay|goods[ -]in|night fill)"
    rf"[ \t]+(?:{_SUBJECT_VERBS})\b)|"
    # a child or a client with their age ("Zofia, 9 y/o", "Amir (7 yrs)", "Lena, aged 12")
    r"(?=(?:,|[ \t]*\()[ \t]*(?:aged[ \t]+\d{1,2}|\d{1,2}[ \t]*(?:y/?o|yo|yrs?|"
    r"years?[ \t]+old))\b)|"
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
    rf"|{_SAID_WITH}|[ \t]?[{_UPPER}]\.(?:[ \t]?[{_UPPER}]\.)?\)|[ \t]\([^()\n]{{1,40}}\):)"
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
    sachbearbeiter sachbearbeiterin personal personalreferent personalreferentin
    middle mid pleno s\u00eanior j\u00fanior engenheiro engenheira desenvolvedor desenvolvedora
    analista gerente ingeniero ingeniera desarrollador desarrolladora ingenieur ingenieurin
    entwickler entwicklerin ing\u00e9nieur ing\u00e9nieure d\u00e9veloppeur d\u00e9veloppeuse
    team teams data cloud platform product products design sales support customer customers
    success marketing finance people operations ops infrastructure infra security mobile web
    backend frontend software hardware service services server api app apps account accounts
    group department dept office offices company board committee legal payroll human resources
    health check checks care insurance plan plans policy policies benefit benefits leave
    google microsoft amazon apple meta slack zoom jira confluence github gitlab notion figma
    workspace console login root cluster node pod pods workflow pipeline project projects
    new san los las saint st santa hong tel rio buenos north south east west upper lower
    example examples sample street avenue boulevard
    skilled card cards visa visas permit permits
    gift aid appeal appeals donation donations
    great united central general public private open free global national international
    mr mrs ms miss dr prof sir madam herr frau monsieur madame señor señora
    quelqu'un quelqu\u2019un chacun personne alguien nadie jemand niemand
    it's it\u2019s that's that\u2019s what's what\u2019s there's there\u2019s here's here\u2019s
    let's let\u2019s he's he\u2019s she's she\u2019s who's who\u2019s
    der die das ein eine und oder aber wenn weil ich du er sie wir ihr hallo danke bitte
    ihre ihren ihrem ihrer ihres seine seinen seinem seiner unsere unseren unserem unserer
    meine meinen meinem deine deinen diese dieser dieses diesen
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
    if not text.isascii() and SCRIPT_LETTER.search(text, start, stop):
        yield from script_names(text, start, stop)
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
    return (
        _MAY_NAME.search(text) is not None
        or (
            ("@" in text and next(_mentions(text, 0, len(text)), None) is not None)
            or next(_objects(text, 0, len(text)), None) is not None
            or next(_bare_initials(text, 0, len(text)), None) is not None
            or ("." in text and _CREW_NAME.search(text) is not None)
            or ("." in text and bool(_titled_names(text)))  # "Mrs. Okafor emailed"
            or ("(" in text and _introduced(text, 0, len(text)))
            or next(lower_case_subjects(text, 0, len(text)), None) is not None
            or (
                _GENDERED.search(text) is not None
                and next(_prep_objects(text, 0, len(text)), None) is not None
            )
        )
        or (
            not text.isascii()
            and SCRIPT_LETTER.search(text) is not None
            and next(script_names(text, 0, len(text)), None) is not None
        )
    )


# A person the message names by their initials after their role ("our one QA engineer
# (J.M.)", "the nurse (A. K.)"): anonymised for the reader, known to the team.
_INITIALS = re.compile(
    r"(?i:engineer|developer|manager|analyst|designer|lead|colleague|employee|worker|"
    r"member|technician|nurse|agent|contractor|intern|tester|admin|driver|operator)s?"
    rf"[ \t]+\(([{_UPPER}]\.[ \t]?[{_UPPER}]\.(?:[ \t]?[{_UPPER}]\.)?)\)"
)

# A person's initials as the subject of their sentence ("G.C. is on a final written
# warning", "M.K. has been off since May"): a name kept from the page, known to the team;
# not the initials of a country, a union or a time ("the U.S. is", "the E.U. has").
_INITIALS_SUBJECT = re.compile(
    # (the capital first, then the look-behind: see ``_START``)
    rf"([{_UPPER}](?<![\w.].)\.[ \t]?[{_UPPER}]\.(?:[ \t]?[{_UPPER}]\.)?)"
    rf"(?=[ \t]+(?:{_SUBJECT_VERBS})\b)"
)
# A first name in brackets after the person it introduces ("one of my team (Rachel in the
# retail team) told me", "a colleague (Tomasz, on nights) asked"): that person's name.
_INTRODUCED = re.compile(
    r"(?i:one of (?:my|our) (?:team|staff|colleagues|reports|direct reports|volunteers|crew|"
    r"employees|students|members)|(?:my|our|a) (?:colleague|team member|direct report|"
    r"report|volunteer|employee|coworker|co-worker))[ \t]+\("
    rf"({_START}[{_LOWER}]+(?:[-'\u2019][{_UPPER}]?[{_LOWER}]+)?)(?=[ \t,)])"
)
# A crew member in a telex or an ACARS message, all in capitals: their rank, an initial and
# their surname ("FO M.DALY UNWELL", "CAPT J. OKAFOR PF", "SCCM R.PATEL INJURED").
_CREW_NAME = re.compile(
    r"(?<![\w/])(?:CAPT|CPT|CMDR|FO|F/O|SFO|SO|SCCM|CSD|PURSER|CC)\.?[ \t]+"
    r"([A-Z]\.[ \t]?(?:[A-Z]\.[ \t]?)?[A-Z]{2,}(?:[-'][A-Z]{2,})?)(?![\w.])"
)
_NOT_INITIALS = frozenset((
    "u.s.", "u.k.", "e.u.", "u.n.", "a.i.", "i.t.", "h.r.", "p.m.", "a.m.", "n.b.", "p.s.",
    "e.g.", "i.e.", "q.a.", "d.c.", "l.a.", "n.y.", "u.s.a.", "r.i.p.", "a.k.a.", "f.y.i.",
))  # fmt: skip


# A chat's mention of a person by their user name ("@bfarrell is on reduced hours", "cc
# @m.lee"), in lower case as user names are written: not a group's handle (@here,
# @channel, @sre-team, @oncall-platform), a decorator on a line of its own or before its
# arguments (@property, @pytest.fixture(scope=...)), a scoped package (@types/node) or an
# address (ana@acme.io).
_MENTION = re.compile(r"@([a-z][a-z0-9]*(?:[._-][a-z0-9]+)*)(?![\w@/(.-])")
_GROUP_HANDLES = frozenset((
    "here", "channel", "everyone", "all", "oncall", "on-call", "eng", "devs", "dev", "sre",
    "qa", "hr", "it", "bot", "bots", "admins", "mods", "leads", "managers", "squad", "crew",
    "staff", "folks", "channel-admins", "release", "releases", "deploy", "ci", "alerts",
))  # fmt: skip
# A first name as the object of a request about the person's shifts or access ("leave Tom
# off the rota", "take Priya off nights", "mark Jonas as unavailable", "keep Ana out of
# the channel"): the capital first (see ``_START``), the verb before it checked after.
_OBJECT = re.compile(
    rf"({_START}[{_LOWER}]+(?:[-'\u2019][{_UPPER}]?[{_LOWER}]+)?)"
    r"(?=[ \t]+(?:off|out of|as)[ \t])"
)
_OBJECT_VERB = re.compile(r"(?i:leave|take|keep|mark|move|swap|excuse|put|drop|pull)[ \t]+\Z")
# A first name as a preposition's object at the end of its clause, a gendered pronoun after
# it ("push back on the no-hire for Tomasz. The concern in his packet is ...", "a note
# about Ingrid: she ..."), or with only a time after it ("a baby shower for Aisha in late
# spring \u2014 she's ...", "a send-off for Tomasz next Friday, he ..."): the person the
# sentences after it speak of.
_PREP_OBJECT = re.compile(
    rf"({_START}[{_LOWER}]+(?:[-'\u2019][{_UPPER}]?[{_LOWER}]+)?)"
    r"(?=(?:[ \t]+(?:in|on|at|by|next|this|before|after|until|around)"
    r"(?:[ \t]+(?i:early|mid|late|the|next|this|end of|spring|summer|autumn|fall|winter|"
    r"week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"january|february|march|april|may|june|july|august|september|october|november|"
    r"december|[0-9]{1,2}(?:st|nd|rd|th)?)){1,3})?"
    r"[ \t]*(?:[.,;:!?)\n]|\u2014|--|$))"
)
_PREPOSITION = re.compile(r"\b(?:for|about|on|with|to|from|against|re|of|at)[ \t]+\Z")
# A person's initials without periods as the subject of their sentence, a gendered pronoun
# after them ("MK out Tue/Thu afternoons - IVF appointments, she asked", "JT is off, his
# surgery"): not an acronym for a thing or a role ("PR is merged", "QA has", "the CEO is").
_BARE_INITIALS = re.compile(
    rf"([{_UPPER}](?<![\w.].)[A-Z]{{1,2}})(?=[ \t]+(?:{_SUBJECT_VERBS}|out|off|away)\b)"
)
_GENDERED = re.compile(r"\b(?:she|he|her|his|him)\b", re.I)
_GENDERED_REACH = 150  # characters between the initials and the pronoun
_ACRONYMS = frozenset((
    "PR", "QA", "CI", "CD", "HR", "IT", "PM", "UX", "UI", "OK", "US", "UK", "EU", "UN", "API",
    "SRE", "CEO", "CTO", "CFO", "COO", "CPO", "VP", "DB", "ML", "AI", "PO", "SM", "TL", "EM",
    "ETA", "SLA", "SLO", "MVP", "POC", "RFC", "ADR", "DNS", "CDN", "VPN", "SSO", "MFA", "SQL",
    "AWS", "GCP", "CPU", "GPU", "RAM", "SSD", "OS", "IOS", "QE", "BA", "PA", "EA", "GM", "MD",
    "RN", "GP", "ER", "ICU", "OR", "NHS", "FO", "CAP", "ATC", "IRS", "HMRC", "FBI", "TV",
    "PTO", "OOO", "WFH", "EOD", "ASAP", "FYI", "TBD", "NDA", "KPI", "OKR", "ROI", "B2B", "CS",
))  # fmt: skip


# A first name in a message that drops capitals, as the subject of a clause a conjunction
# opens, a gendered pronoun after it ("rearrange the rota so chiara isn't on the P32 bench
# — she told me ..."): a message whose first letter is lower case writes its names so too.
# Not the words that stand there in chat ("so prod is down", "so everyone has", "so it
# isn't").
_LOWER_SUBJECT = re.compile(
    r"\b(?:so|and|but|because|since|until|unless|that|if|when|while|cause|cuz|coz)[ \t]+"
    r"([a-z]{3,12})[ \t]+(?:isn['\u2019]t|is not|is|was|wasn['\u2019]t|has|hasn['\u2019]t|had|"
    r"can['\u2019]t|won['\u2019]t|doesn['\u2019]t|didn['\u2019]t|needs|told|said|asked|"
    r"gets|got|stays|goes|will)[ \t]"
)
_SUBJECT_PRONOUN = re.compile(r"\b(?:she|he)\b")
_NOT_LOWER_NAMES_TEXT = """
    the this that these those there here it its what which who whom whose one ones none
    all any some each every everyone everybody someone somebody anyone anybody nobody
    noone nothing something anything everything she her hers him his they them their you
    your mine ours our we she'll team prod production staging main master dev test build
    deploy release app site server service system cluster node job pipeline branch code
    data model user users customer client manager boss lead mum mom dad baby wife husband
    partner doctor nurse patient rota shift room bench lab office week month year today
    tomorrow day night time work thing stuff way plan list file page form email mail call
    meeting review note notes ticket issue bug fix change update version link phone
    person people guy girl kid kids son daughter brother sister friend colleague boyfriend
    girlfriend cat dog car bus train flight hotel house home bed then now also only just
    still even ever never already again maybe yes not
"""
_NOT_LOWER_NAMES = frozenset(_NOT_LOWER_NAMES_TEXT.split())


def lower_case_subjects(text: str, start: int, stop: int) -> Iterator[Name]:
    """First names written in lower case (see ``_LOWER_SUBJECT``), in a message whose first
    letter is lower case."""
    first = text[:1]
    if first.isspace():
        first = text.lstrip()[:1]  # (only then: ``names`` asks about many windows of one text)
    if not first.islower():
        return
    for match in _LOWER_SUBJECT.finditer(text, start, stop):
        word = match.group(1)
        if word in _NOT_LOWER_NAMES or word.endswith(("ing", "ed", "ion", "ness", "ment")):
            continue
        if _SUBJECT_PRONOUN.search(text, match.end(), match.end() + _GENDERED_REACH):
            yield Name(match.start(1), match.end(1), full=False)


def _introduced(text: str, start: int, stop: int) -> bool:
    return any(is_name_word(m.group(1)) for m in _INTRODUCED.finditer(text, start, stop))


def _mentions(text: str, start: int, stop: int) -> Iterator[Name]:
    """People mentioned by their user name (see ``_MENTION``)."""
    for match in _MENTION.finditer(text, start, stop):
        if match.start() > 0 and (
            text[match.start() - 1].isalnum() or text[match.start() - 1] in "._-"
        ):
            continue  # an address
        handle = match.group(1)
        parts = re.split(r"[._-]", handle)
        if handle in _GROUP_HANDLES or any(p in NOT_NAMES or p in _GROUP_HANDLES for p in parts):
            continue
        line_start = text.rfind("\n", 0, match.start()) + 1
        if not text[line_start : match.start()].strip() and (
            match.end() == len(text) or text[match.end()] in "\r\n"
        ):
            continue  # a decorator on its own line
        yield Name(match.start(), match.end(), full=False)


def _objects(text: str, start: int, stop: int) -> Iterator[Name]:
    """First names as the object of a request about the person (see ``_OBJECT``)."""
    for match in _OBJECT.finditer(text, start, stop):
        if is_name_word(match.group(1)) and _OBJECT_VERB.search(
            text, max(0, match.start() - 8), match.start()
        ):
            yield Name(match.start(1), match.end(1), full=False)


def _prep_objects(text: str, start: int, stop: int) -> Iterator[Name]:
    """First names as a preposition's object ending their clause, with a gendered pronoun
    after them (see ``_PREP_OBJECT``)."""
    for match in _PREP_OBJECT.finditer(text, start, stop):
        if (
            is_name_word(match.group(1))
            and _PREPOSITION.search(text, max(0, match.start() - 10), match.start())
            and _GENDERED.search(text, match.end(), match.end() + _GENDERED_REACH)
        ):
            yield Name(match.start(1), match.end(1), full=False)


# Initials with a one-person role in apposition ("JM \u2014 the payments team lead \u2014",
# "TK (our only DBA)", "RB, the Berlin office manager,"): the role names one person.
_ROLED_INITIALS = re.compile(
    rf"(?<![\w.])([{_UPPER}][A-Z]{{1,2}})[ \t]*(?:[\u2014\u2013]|--|,|\()[ \t]*"
    r"(?:the|our) (?:only )?(?:[\w-]+ ){0,3}?"
    r"(?i:lead|manager|director|head|owner|architect|dba|recruiter|controller|cfo|cto|ceo)"
    r"[ \t]*(?:[\u2014\u2013)]|--|,)"
)


_ROLE_MARKS = ("\u2014", "\u2013", "--", "(", ", the")

# Initials the message says hold a one-person role as a complement ("KL is the only SRE we
# have in Singapore", "TB was our sole DBA"): a person, wherever else the initials stand
# ("KL's sick note says burnout"). Not a place's or a thing's ("KL is the only office
# ...", "CI is the only check"): the complement is a person's role.
_DESCRIBED_INITIALS = re.compile(
    rf"(?<![\w.])([{_UPPER}][A-Z]{{1,2}})(?:['\u2019]s| is| was)[ \t]+(?:the|our)[ \t]+"
    r"(?:only|sole|one and only)[ \t]+(?:[\w-]+[ \t]+){0,2}?"
    r"(?i:sre|engineer|dba|developer|dev|designer|analyst|admin|administrator|accountant|"
    r"nurse|doctor|lawyer|counsel|paralegal|recruiter|specialist|consultant|coordinator|"
    r"officer|scientist|tester|manager|lead|director|head|architect|controller|person|"
    r"employee|staffer|hire|contractor|intern|technician|teacher|driver|pharmacist)s?\b"
)
_WORD_INITIALS = re.compile(r"(?<![\w.-])([A-Z]{2,3})(?![\w-])")
# A staff number standing for a person ("E-20931 on FMLA until 3/28 (cardiac rehab) ...
# hand his tickets to E-20877"): an employee id's shape with a gendered pronoun after it;
# not a ticket's or an incident's key (INC-20931 is no one).
_STAFF_ID = re.compile(r"(?<![\w-])((?:E|EMP|EE)-?\d{4,7})(?![\w-])")


@lru_cache(maxsize=16)
def _described_initials(text: str) -> frozenset[str]:
    """The initials ``_DESCRIBED_INITIALS`` finds in the message (once per message)."""
    if " only " not in text and " sole " not in text:
        return frozenset()
    return frozenset(
        m.group(1) for m in _DESCRIBED_INITIALS.finditer(text) if m.group(1) not in _ACRONYMS
    )


def _described_or_staff(text: str, start: int, stop: int) -> Iterator[Name]:
    """Initials the message describes as a one-person role (``_DESCRIBED_INITIALS``), and
    staff numbers with a gendered pronoun after them (``_STAFF_ID``)."""
    described = _described_initials(text)
    if described:
        for match in _WORD_INITIALS.finditer(text, start, stop):
            if match.group(1) in described:
                yield Name(match.start(1), match.end(1), full=False)
    if text.find("E", start, stop) >= 0:
        for match in _STAFF_ID.finditer(text, start, stop):
            if _GENDERED.search(text, match.end(), match.end() + _GENDERED_REACH):
                yield Name(match.start(1), match.end(1), full=False)


def _bare_initials(text: str, start: int, stop: int) -> Iterator[Name]:
    """Initials as a sentence's subject with a gendered pronoun after them (``_BARE_INITIALS``),
    or with a one-person role in apposition (``_ROLED_INITIALS``)."""
    # (looked for in the window only: ``names`` is asked about many windows of one message)
    if any(text.find(mark, start, stop) >= 0 for mark in _ROLE_MARKS):
        for match in _ROLED_INITIALS.finditer(text, start, stop):
            if match.group(1) not in _ACRONYMS:
                yield Name(match.start(1), match.end(1), full=False)
    yield from _described_or_staff(text, start, stop)
    for match in _BARE_INITIALS.finditer(text, start, stop):
        if match.group(1) in _ACRONYMS or text.endswith(
            ("the ", "The ", "our ", "a ", "an "), 0, match.start()
        ):
            continue
        if _GENDERED.search(text, match.end(), match.end() + _GENDERED_REACH):
            yield Name(match.start(1), match.end(1), full=False)


# A surname after a title ("Mr Haddad rang", "Mrs. Okafor", "Ms Chen", "Dr Lindqvist"): a
# person, whatever verb follows it, and the antecedent of a pronoun after it ("Mr Haddad
# rang, he wants his gift treated as zakat"). Not a product, a show or a brand a title
# starts ("a Dr Pepper", "the Mr Robot finale": an article or possessive before it; "Ms
# Word", "Mr Muscle", "Dr Martens": ``_NOT_TITLED``), nor a template's placeholder ("Dear
# Mr Surname"); a first name after the title is ``full_names``' ("Mrs Ada Okafor").
_TITLED = re.compile(
    r"(?:M(?:r|rs|s|x|iss|me|adame|onsieur)|Dr|Prof|Herr|Frau|Sr|Sra|Se\u00f1ora?)\.?[ \t]+"
    rf"({_START}[{_LOWER}]+(?:[-'\u2019][{_UPPER}]?[{_LOWER}]+)?){_END}(?! [{_UPPER}][{_LOWER}])"
)
_TITLE_AFTER = re.compile(
    r"(?<![\w.])(?:a|an|the|my|your|our|his|her|their|some|this|that)[ \t]+\Z", re.I
)
_NOT_TITLED_TEXT = """
    surname lastname firstname name names family x y z
    word excel outlook access paint edge visio publisher onenote dos sql
    pepper martens oetker who robot bean clean muscle sheen kipling men blobby potato
    """
_NOT_TITLED = frozenset(_NOT_TITLED_TEXT.split())


@lru_cache(maxsize=16)
def _titled_names(text: str) -> tuple[tuple[int, int], ...]:
    """The titled surnames ``_TITLED`` finds in the message (once per message)."""
    return tuple(
        (m.start(1), m.end(1))
        for m in _TITLED.finditer(text)
        if (m.start() == 0 or not (text[m.start() - 1].isalnum() or text[m.start() - 1] in "@./#-"))
        and is_name_word(m.group(1))
        and m.group(1).lower() not in _NOT_TITLED
        and not _TITLE_AFTER.search(text, max(0, m.start() - 8), m.start())
    )


def names(text: str, start: int = 0, end: int | None = None) -> list[Name]:
    """Every person named in ``text[start:end]``, in order (a full name once, not again as
    the subject its first name also is), and people named by their initials after their
    role, by their user name or as a request's object."""
    found = list(full_names(text, start, end))
    stop = len(text) if end is None else end
    # (each test in the window only: ``names`` is asked about many windows of one message)
    if text.find("@", start, stop) >= 0:
        found.extend(_mentions(text, start, stop))
    found.extend(_objects(text, start, stop))
    found.extend(_bare_initials(text, start, stop))
    found.extend(_prep_objects(text, start, stop))
    found.extend(lower_case_subjects(text, start, stop))
    if text.find(".", start, stop) >= 0:
        found.extend(
            Name(m.start(1), m.end(1), full=False) for m in _INITIALS.finditer(text, start, stop)
        )
        found.extend(
            Name(m.start(1), m.end(1), full=False) for m in _CREW_NAME.finditer(text, start, stop)
        )
        found.extend(
            Name(m.start(1), m.end(1), full=False)
            for m in _INITIALS_SUBJECT.finditer(text, start, stop)
            if m.group(1).replace(" ", "").replace("\t", "").lower() not in _NOT_INITIALS
            and not text.endswith("the ", 0, m.start(1))
        )
    if text.find("(", start, stop) >= 0:
        found.extend(
            Name(m.start(1), m.end(1), full=False)
            for m in _INTRODUCED.finditer(text, start, stop)
            if is_name_word(m.group(1))
        )
    taken = [(n.start, n.end) for n in found]
    for s, e in _titled_names(text):
        if start <= s and e <= stop and not any(a <= s < b for a, b in taken):
            found.append(Name(s, e, full=False))
            taken.append((s, e))
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
    if not value.isascii() and _SCRIPT_CELL.fullmatch(value) is not None:
        return value[0] >= "\u3400" or _cyrillic_name(value)
    if _NAME_CELL.fullmatch(value) is None or value.lower() in _STOCK_PEOPLE:
        return False
    words = [w for w in value.split(" ") if w[:1].isupper()]
    # a middle initial with its period is no word ("Chidinma A. Okonkwo": not the article)
    return len(words) >= 2 and all(
        is_name_word(w) for w in words if not (len(w) == 2 and w[1] == "." and words[0] != w)
    )


# Names in other scripts. Chinese, Japanese and Korean write no capitals and, but for
# Korean, no spaces: most of their words look like names to a test of shape alone, so a
# name there counts only where the message marks it as a person's: after a person's field
# ("申請者: 伊藤 翔太", "员工: 陈丽娜", "이름: 김민지") or before an honorific ("中村 美咲さん",
# "田中様", "王伟先生", "조현우 님께", "김민지 대리님", "박지훈 씨"). Russian, Ukrainian and
# the other Cyrillic languages capitalise names: a first and last name (and a patronymic)
# counts after a person's field or a greeting ("ФИО: Иванов Иван Петрович", "Уважаемая
# Анна Смирнова"), or when one of its words ends as surnames and patronymics do (Попова,
# Шевченко, Петрович).
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CYR_UP = "\u0400-\u042f"
_CYR_LOW = "\u0430-\u045f"
_DEVA = "\u0900-\u0963\u0966-\u097f"  # Devanagari, not its dandas (full stops)
_HEB = "\u05d0-\u05ea"
_GR_UP = "\u0386\u0388-\u038f\u0391-\u03a9"
_GR_LOW = "\u03ac-\u03ce"
SCRIPT_LETTER = re.compile(
    rf"[{_HAN}\uac00-\ud7af{_CYR_UP}\u0905-\u0939{_HEB}{_GR_UP}\u0627-\u064a]"
)
# Korean surnames (the commonest hundred); a Korean name is one and one or two syllables.
_KO_SURNAMES = (
    "\ub0a8\uad81|\ud669\ubcf4|\uc81c\uac08|\uc120\uc6b0|\ub3c5\uace0|"
    "[\uae40\uc774\ubc15\ucd5c\uc815\uac15\uc870\uc724\uc7a5\uc784\ud55c\uc624\uc11c\uc2e0"
    "\uad8c\ud669\uc548\uc1a1\ub958\uc804\ud64d\uace0\ubb38\uc591\uc190\ubc30\ubc31\ud5c8"
    "\uc720\ub0a8\uc2ec\ub178\ud558\uacfd\uc131\ucc28\uc8fc\uc6b0\uad6c\ubbfc\uc9c4\ub098"
    "\uc9c0\uc5c4\ucc44\uc6d0\ucc9c\ubc29\uacf5\ud604\ud568\ubcc0\uc5fc\uc5ec\ucd94\ub3c4"
    "\uc18c\uc11d\uc120\uc124\ub9c8\uae38\uc5f0\uc704\ud45c\uba85\uae30\ubc18\uc655\uae08"
    "\uc625\uc721\uc778\ub9f9\uc81c\ubaa8\ud0c1\uad6d\uc740\ud3b8\uc6a9\uc608\ubd09]"
)
_KO_NAME = rf"(?<![\uac00-\ud7af])(?:{_KO_SURNAMES})[\uac00-\ud7af]{{1,2}}(?![\uac00-\ud7af])"
# A Korean name's title before the honorific ("김민지 대리님", "박지훈 팀장님").
_KO_TITLES = (
    "\ud300\uc7a5|\ubd80\uc7a5|\uacfc\uc7a5|\ucc28\uc7a5|\ub300\ub9ac|\uc0ac\uc6d0|"
    "\uc8fc\uc784|\uc120\uc784|\ucc45\uc784|\uc218\uc11d|\uc2e4\uc7a5|\ubcf8\ubd80\uc7a5|"
    "\uc774\uc0ac|\uc0c1\ubb34|\uc804\ubb34|\ub300\ud45c|\ub9e4\ub2c8\uc800|\ud504\ub85c|"
    "\uc5f0\uad6c\uc6d0|\uc120\uc0dd|\uad50\uc218|\uace0\uac1d"
)
# A Korean name with its title and no honorific, then its staff number in brackets or its
# particle ("김민준 기장(사번 563195)", "박지훈 팀장이", "최유진 간호사는"); not "전체 팀장"
# (all team leads, ``_NOT_KO_NAME``).
_KO_TITLED = re.compile(
    rf"({_KO_NAME}) ?(?:{_KO_TITLES}|\uae30\uc7a5|\ubd80\uae30\uc7a5|\uc0ac\ubb34\uc7a5|"
    "\uac04\ud638\uc0ac|\ud300\uc6d0|\uc778\ud134|\uc8fc\ubb34|\uacc4\uc7a5)"
    "(?:\\(|(?:\uc774|\uac00|\uc740|\ub294|\uc758|\uc5d0\uac8c|\uaed8\uc11c|\ub3c4)"
    "(?![\uac00-\ud7af]))"
)
_HAN_NAME = rf"[{_HAN}]{{1,3}}[ \u3000]?[{_HAN}]{{1,3}}"
_CYR_WORD = rf"[{_CYR_UP}][{_CYR_LOW}]+(?:-[{_CYR_UP}][{_CYR_LOW}]+)?"
_CYR_NAME = rf"{_CYR_WORD} {_CYR_WORD}(?: {_CYR_WORD})?"
# A person's field, before a colon: Japanese, Chinese, Korean, Russian and English.
PERSON_FIELDS = (
    "\u7533\u8acb\u8005|\u6c0f\u540d|\u304a\u540d\u524d|\u540d\u524d|\u793e\u54e1\u540d|"
    "\u793e\u54e1|\u5f93\u696d\u54e1|\u5bfe\u8c61\u8005|\u5bfe\u8c61\u793e\u54e1|"
    "\u672c\u4eba|\u8077\u54e1|\u5fdc\u52df\u8005|\u5019\u88dc\u8005|\u60a3\u8005|"
    "\u9000\u8077\u8005|\u4f11\u8077\u8005|"
    "\u5458\u5de5\u59d3\u540d|\u5458\u5de5|\u54e1\u5de5|\u59d3\u540d|\u7533\u8bf7\u4eba|"
    "\u7533\u8acb\u4eba|\u5019\u9009\u4eba|\u5019\u9078\u4eba|\u804c\u5458|\u5f53\u4e8b\u4eba|"
    "\u88ab\u8003\u6838\u4eba|\u75c5\u4eba|"
    "\uc774\ub984|\uc131\uba85|\uc9c1\uc6d0\uba85|\uc9c1\uc6d0|\uc0ac\uc6d0\uba85|"
    "\uc2e0\uccad\uc790|\ub300\uc0c1\uc790|\uc9c0\uc6d0\uc790|\ud6c4\ubcf4\uc790|\ud658\uc790|"
    "(?i:\u0444\\.?\u0438\\.?\u043e\\.?|\u0441\u043e\u0442\u0440\u0443\u0434\u043d\u0438\u043a\u0430?|"
    "\u0441\u043e\u0442\u0440\u0443\u0434\u043d\u0438\u0446\u0430|\u0440\u0430\u0431\u043e\u0442\u043d\u0438\u043a|"
    "\u0437\u0430\u044f\u0432\u0438\u0442\u0435\u043b\u044c|\u043a\u0430\u043d\u0434\u0438\u0434\u0430\u0442|"
    "\u043f\u0430\u0446\u0438\u0435\u043d\u0442|"
    "name|full name|employee|applicant|candidate|staff|patient)"
)
_GREETINGS = (
    "(?i:\u0443\u0432\u0430\u0436\u0430\u0435\u043c\u044b\u0439|"
    "\u0443\u0432\u0430\u0436\u0430\u0435\u043c\u0430\u044f|\u0434\u043e\u0440\u043e\u0433\u043e\u0439|"
    "\u0434\u043e\u0440\u043e\u0433\u0430\u044f|\u0437\u0434\u0440\u0430\u0432\u0441\u0442\u0432\u0443\u0439\u0442\u0435|"
    "\u043f\u0440\u0438\u0432\u0435\u0442)"
)
_FIELD_NAME = re.compile(
    rf"(?:{PERSON_FIELDS})[ \t]*[:\uff1a][ \t\u3000]*(?:({_HAN_NAME})(?![{_HAN}])|"
    rf"({_KO_NAME})|({_CYR_NAME}))|{_GREETINGS},?[ \t]+({_CYR_NAME})"
)
# An honorific after a name: Japanese, Chinese, then Korean (with a title before it).
_HONORIFIC = re.compile(
    "\u3055\u3093|\u3055\u307e|\u69d8|\u6c0f|\u541b|\u304f\u3093|\u3061\u3083\u3093|"
    "\u5148\u751f|\u5973\u58eb|\u5c0f\u59d0|\u8001\u5e08|\u8001\u5e2b|"
    "\ub2d8|\uc528(?![\uac00-\ud7af]{2})"
)
_HAN_BEFORE = re.compile(rf"({_HAN_NAME})\Z")
_KO_BEFORE = re.compile(rf"({_KO_NAME})(?: (?:{_KO_TITLES}))? ?\Z")
# What is said with an honorific but is not a name: roles and kinds of people ("担当者様",
# "会員様", "店長さん", "魚屋さん", "各位"), and Korean's ("고객님", "여러분").
_NOT_HAN_NAME = re.compile(
    r"(?:[\u8005\u54e1\u5458\u9577\u957f\u5e2b\u5e08\u5c4b\u65b9\u65cf\u9054\u4f4d\u5ba2"
    r"\u5bb6\u4e3b\u624b\u751f\u58eb\u5b98\u4eba\u7aef]|\u5148\u751f|\u4e3b\u4eba)\Z|"
    r"\A[ \u3000]|[ \u3000]\Z"
)
_NOT_KO_NAME = frozenset((
    "\uace0\uac1d", "\ud68c\uc6d0", "\uc0ac\uc6a9\uc790", "\ucc28\uc7a5", "\uc0ac\uc7a5",
    "\uc774\uc0ac", "\uc120\uc0dd", "\uc6d0\uc7a5", "\uc804\ubb34", "\uc8fc\uc784",
    "\uc870\uad50", "\uae30\uc0ac", "\ubc18\uc7a5", "\uc18c\uc7a5", "\uad6d\uc7a5",
    "\ubc15\uc0ac", "\uc11d\uc0ac", "\uc11c\ubc29", "\ub3c4\ub828", "\uc5ec\ub7ec\ubd84",
    "\uace0\uac1d\uc0ac", "\uc2e0\uccad\uc790", "\uad00\ub9ac\uc790", "\ub2f4\ub2f9\uc790",
    "\uc774\uc6a9\uc790", "\ubd80\ubaa8", "\ubd80\ubaa8\ub2d8", "\ubd80\uc7a5",
    "\ud55c\uc758\uc0ac", "\uc601\uc5c5", "\uc720\uc800", "\uc804\uccb4", "\uc774\ubc88",
    "\uc2e0\uc784", "\ubaa8\ub4e0", "\ub2f4\ub2f9", "\uc804\uc784", "\uc7a5\uae30",
    "\uc784\uc2dc", "\uc815\uc2dd", "\ubcf8\uc0ac", "\uc9c0\uc810", "\ud604\uc7a5",
))  # fmt: skip
# A person's field's value that is not a name: all, nobody, to be decided, unknown.
NOT_HAN_VALUES = frozenset((
    "\u5168\u90e8", "\u5168\u5458", "\u5168\u54e1", "\u5168\u4f53", "\u5168\u9ad4",
    "\u6240\u6709", "\u672a\u5b9a", "\u5f85\u5b9a", "\u4e0d\u660e", "\u672a\u77e5",
    "\u533f\u540d", "\u672c\u4eba", "\u5404\u4f4d", "\u672a\u8a18\u5165", "\u7a7a\u6b04",
    "\u5fc5\u9808", "\u4efb\u610f", "\u5fc5\u586b", "\u9078\u586b", "\u65e0", "\u7121",
    # an example's or a test's stand-in: 示例 样例 例子 范例 测试 測試 测试用户 张三 李四 王五
    "\u793a\u4f8b", "\u6837\u4f8b", "\u4f8b\u5b50", "\u8303\u4f8b", "\u6d4b\u8bd5",
    "\u6e2c\u8a66", "\u6d4b\u8bd5\u7528\u6237", "\u5f20\u4e09", "\u674e\u56db",
    "\u738b\u4e94",
))  # fmt: skip
# Cyrillic surnames' and patronymics' endings (Попова, Иванов, Шевченко, Петрович, Ильинична),
# and the other cases of the surnames ending in ov, ev, in: dative and accusative (Павлову),
# instrumental (Павловым), a woman's genitive and dative (Смирновой), with two letters before
# the ending (Новой Зеландии is a place); the other cases of those ending in skiy
# (Ковальскому, Ковальского).
_CYR_SURNAME = re.compile(
    "[\u0430-\u045f]{2}(?:\u043e\u0432|\u0435\u0432|\u0451\u0432|\u0438\u043d)"
    "(?:\u0443|\u044b\u043c|\u043e\u0439)\\Z|"
    "(?:\u0441\u043a|\u0446\u043a)(?:\u043e\u0433\u043e|\u043e\u043c\u0443)\\Z|"
    "(?:\u043e\u0432|\u0435\u0432|\u0451\u0432|\u0438\u043d|\u044b\u043d|\u0441\u043a\u0438\u0439|"
    "\u0446\u043a\u0438\u0439|\u0441\u043a\u0430\u044f|\u0446\u043a\u0430\u044f|\u0435\u043d\u043a\u043e|"
    "\u0447\u0443\u043a|\u0443\u043a|\u044e\u043a|\u0432\u0438\u0447|\u044c\u0438\u0447|"
    "\u0432\u043d\u0430|\u0438\u0447\u043d\u0430|\u044f\u043d|\u0438\u0448\u0432\u0438\u043b\u0438|"
    "\u0434\u0437\u0435)\u0430?\\Z"
)
# A cell holding a name in other scripts: Cyrillic first and last names (a patronymic), a
# Chinese or Japanese name with a space between family and given name ("伊藤 翔太"), a
# Korean name ("조현우").
_SCRIPT_CELL = re.compile(rf"{_CYR_NAME}|[{_HAN}]{{1,3}}[ \u3000][{_HAN}]{{1,3}}|{_KO_NAME}")
# Greek capitalises names too: a first and last name whose last ends as Greek surnames do
# (Παπαδάκης, Παπαδοπούλου, Γεωργιάδης, Οικονόμου, Βλάχος is not: a word's ending too).
_GR_PAIR = re.compile(
    rf"(?<![{_GR_UP}{_GR_LOW}])([{_GR_UP}][{_GR_LOW}]+ [{_GR_UP}][{_GR_LOW}]*"
    "(?:\u03ac\u03ba\u03b7\u03c2|\u03ac\u03ba\u03b7|\u03cc\u03c0\u03bf\u03c5\u03bb\u03bf\u03c2|"
    "\u03bf\u03c0\u03bf\u03cd\u03bb\u03bf\u03c5|\u03af\u03b4\u03b7\u03c2|\u03af\u03b4\u03b7|"
    "\u03af\u03b4\u03bf\u03c5|\u03ac\u03b4\u03b7\u03c2|\u03ac\u03b4\u03b7|\u03ac\u03b4\u03bf\u03c5|"
    "\u03ac\u03c4\u03bf\u03c2|\u03ac\u03c4\u03bf\u03c5|\u03ad\u03b1\u03c2|\u03ce\u03c4\u03b7\u03c2|"
    "\u03ce\u03c4\u03b7|\u03af\u03c4\u03b7\u03c2|\u03af\u03c4\u03b7|\u03bf\u03cd\u03bb\u03b7\u03c2|"
    "\u03bf\u03cd\u03bb\u03b7|\u03ac\u03c1\u03b7\u03c2|\u03af\u03bf\u03c5|\u03cc\u03bc\u03bf\u03c5|"
    "\u03ad\u03bb\u03b7\u03c2|\u03ad\u03bb\u03b7))"
    rf"(?![{_GR_UP}{_GR_LOW}])"
)
_CYR_PAIR = re.compile(rf"(?<![{_CYR_UP}{_CYR_LOW}])({_CYR_NAME})(?![{_CYR_LOW}])")


# Hindi (Devanagari) and Hebrew write no capitals: a first and last name counts when the
# last is one of the commonest surnames ("अमित शर्मा", "איתי לוי") and the first is not a
# little word ("का", of; "הוא", he), or when any two words are followed by a department or
# a team in brackets ("प्रिया नागर (लेखा विभाग)", "(מחלקת כספים)"). Not the surnames that
# are words too: निगम (a corporation), पाठक (a reader), מימון (funding), פרץ (broke into),
# מזרחי (eastern; a bank's name).
_DEVA_SURNAMES_TEXT = """
\u0936\u0930\u094d\u092e\u093e \u0935\u0930\u094d\u092e\u093e
\u0917\u0941\u092a\u094d\u0924\u093e \u0938\u093f\u0902\u0939
\u0915\u0941\u092e\u093e\u0930 \u092a\u091f\u0947\u0932 \u092e\u0947\u0939\u0924\u093e
\u091c\u094b\u0936\u0940 \u092f\u093e\u0926\u0935
\u0905\u0917\u094d\u0930\u0935\u093e\u0932 \u092e\u093f\u0936\u094d\u0930\u093e
\u091a\u094c\u0927\u0930\u0940 \u0930\u0947\u0921\u094d\u0921\u0940
\u0928\u093e\u092f\u0930 \u0905\u092f\u094d\u092f\u0930 \u0926\u0947\u0938\u093e\u0908
\u0915\u092a\u0942\u0930 \u092e\u0932\u094d\u0939\u094b\u0924\u094d\u0930\u093e
\u091a\u094b\u092a\u0921\u093c\u093e \u092c\u0902\u0938\u0932
\u0938\u0915\u094d\u0938\u0947\u0928\u093e
\u0936\u094d\u0930\u0940\u0935\u093e\u0938\u094d\u0924\u0935
\u0924\u094d\u0930\u093f\u092a\u093e\u0920\u0940 \u092a\u093e\u0902\u0921\u0947
\u092a\u093e\u0923\u094d\u0921\u0947\u092f \u0926\u0941\u092c\u0947
\u0924\u093f\u0935\u093e\u0930\u0940
\u091a\u0924\u0941\u0930\u094d\u0935\u0947\u0926\u0940 \u092d\u091f\u094d\u091f
\u092c\u0928\u0930\u094d\u091c\u0940 \u092e\u0941\u0916\u0930\u094d\u091c\u0940
\u091a\u091f\u0930\u094d\u091c\u0940 \u092c\u094b\u0938 \u0928\u093e\u092f\u0921\u0942
\u092a\u093f\u0932\u094d\u0932\u0908 \u092e\u0947\u0928\u0928
\u0915\u0941\u0932\u0915\u0930\u094d\u0923\u0940 \u092a\u093e\u091f\u093f\u0932
\u0926\u0947\u0936\u092e\u0941\u0916 \u0920\u093e\u0915\u0941\u0930
\u0905\u0930\u094b\u0921\u093c\u093e \u0938\u0947\u0920\u0940
\u092d\u093e\u091f\u093f\u092f\u093e \u0906\u0939\u0942\u091c\u093e
\u0916\u0928\u094d\u0928\u093e \u092c\u0924\u094d\u0930\u093e
\u0936\u0941\u0915\u094d\u0932\u093e \u0926\u094d\u0935\u093f\u0935\u0947\u0926\u0940
\u0938\u093f\u0928\u094d\u0939\u093e \u091a\u094c\u0939\u093e\u0928
\u0930\u093e\u0920\u094c\u0930 \u0930\u093e\u0923\u093e
\u0915\u0941\u0936\u0935\u093e\u0939\u093e \u0930\u0938\u094d\u0924\u094b\u0917\u0940
\u0917\u094b\u092f\u0932 \u092e\u093f\u0924\u094d\u0924\u0932
\u0938\u093f\u0902\u0918\u0932 \u091c\u093e\u092f\u0938\u0935\u093e\u0932
\u092d\u093e\u0930\u094d\u0917\u0935 \u0926\u0940\u0915\u094d\u0937\u093f\u0924
\u0909\u092a\u093e\u0927\u094d\u092f\u093e\u092f \u0936\u0947\u0916\u093c
\u0915\u093c\u0941\u0930\u0948\u0936\u0940 \u0905\u0902\u0938\u093e\u0930\u0940
\u0938\u093f\u0926\u094d\u0926\u0940\u0915\u0940 \u0939\u0941\u0938\u0948\u0928
\u0905\u0939\u092e\u0926 \u0930\u0949\u092f
"""
_DEVA_SURNAMES = literal_trie(_DEVA_SURNAMES_TEXT.split())
_HEB_SURNAMES_TEXT = """
\u05db\u05d4\u05df \u05dc\u05d5\u05d9 \u05d1\u05d9\u05d8\u05d5\u05df \u05d3\u05d4\u05df
\u05e4\u05e8\u05d9\u05d3\u05de\u05df \u05d0\u05d2\u05d1\u05d0\u05e8\u05d9\u05d4
\u05d0\u05d6\u05d5\u05dc\u05d0\u05d9 \u05db\u05e5 \u05d0\u05d5\u05d7\u05d9\u05d5\u05df
\u05d7\u05d3\u05d3 \u05d2\u05d1\u05d0\u05d9 \u05d0\u05d3\u05e8\u05d9
\u05dc\u05d5\u05d9\u05df \u05e7\u05dc\u05d9\u05d9\u05df \u05e9\u05e4\u05d9\u05e8\u05d0
\u05d2\u05d5\u05dc\u05d3\u05d1\u05e8\u05d2 \u05e8\u05d5\u05d6\u05e0\u05d1\u05e8\u05d2
\u05e9\u05de\u05e2\u05d5\u05e0\u05d9 \u05e1\u05d5\u05d9\u05e1\u05d4
\u05d5\u05d9\u05d9\u05e1 \u05e8\u05d1\u05d9\u05d1\u05d5
\u05d0\u05dc\u05e7\u05d9\u05d9\u05dd \u05d1\u05d5\u05d6\u05d2\u05dc\u05d5
\u05d8\u05d9\u05d9\u05d1 \u05e2\u05de\u05e8 \u05e9\u05d8\u05e8\u05df
\u05d2\u05e8\u05d9\u05e0\u05d1\u05e8\u05d2 \u05e4\u05d9\u05e9\u05e8
\u05d4\u05d5\u05e8\u05d5\u05d1\u05d9\u05e5
\u05e8\u05d1\u05d9\u05e0\u05d5\u05d1\u05d9\u05e5
\u05d6\u05d9\u05dc\u05d1\u05e8\u05de\u05df \u05d9\u05d5\u05e1\u05e3
\u05d0\u05d1\u05e8\u05d4\u05de\u05d9 \u05d1\u05df-\u05d3\u05d5\u05d3
\u05d0\u05d5\u05d7\u05e0\u05d4 \u05de\u05e8\u05e7\u05d5\u05d1\u05d9\u05e5
\u05dc\u05d9\u05d1\u05d5\u05d1\u05d9\u05e5 \u05e1\u05dc\u05d0\u05de\u05d4
\u05d7\u05d5\u05e8\u05d9
"""
_HEB_SURNAMES = literal_trie(_HEB_SURNAMES_TEXT.split())
_NOT_FIRST_NAMES_TEXT = """
\u0915\u093e \u0915\u0940 \u0915\u0947 \u092e\u0947\u0902 \u0938\u0947 \u0915\u094b
\u0928\u0947 \u092a\u0930 \u0914\u0930 \u0939\u0948 \u0939\u0948\u0902 \u092f\u0939
\u0935\u0939 \u0925\u093e \u0925\u0940 \u0925\u0947 \u092d\u0940 \u0924\u094b
\u0939\u0940 \u092f\u093e \u0915\u093f \u090f\u0915 \u0907\u0938 \u0909\u0938
\u05d0\u05ea \u05e9\u05dc \u05e2\u05dd \u05e2\u05dc \u05d0\u05dc \u05d2\u05dd
\u05db\u05d9 \u05d0\u05dd \u05d0\u05d5 \u05d6\u05d4 \u05d6\u05d5 \u05d4\u05d5\u05d0
\u05d4\u05d9\u05d0 \u05d4\u05dd \u05d4\u05df \u05d0\u05e0\u05d9 \u05d0\u05ea\u05d4
\u05d0\u05e0\u05d7\u05e0\u05d5 \u05dc\u05d0 \u05db\u05df \u05d9\u05e9 \u05d0\u05d9\u05df
\u05e8\u05e7 \u05e2\u05d5\u05d3 \u05db\u05dc \u05de\u05d4 \u05de\u05d9
\u05d0\u05d9\u05da \u05dc\u05de\u05d4 \u05d0\u05d1\u05dc
"""
_NOT_FIRST_NAMES = frozenset(_NOT_FIRST_NAMES_TEXT.split())
_DEVA_WORD = rf"[\u0905-\u0939\u0958-\u0961](?<![{_DEVA}].)[{_DEVA}]{{0,15}}"
_HEB_WORD = rf"[{_HEB}](?<![{_HEB}].)[{_HEB}\u05f3'\"]{{1,10}}"
_UNIT = (
    "\u0935\u093f\u092d\u093e\u0917|\u091f\u0940\u092e|\u05de\u05d7\u05dc\u05e7\u05ea|"
    "\u05de\u05d7\u05dc\u05e7\u05d4|\u05e6\u05d5\u05d5\u05ea|(?i:team|dept|department)"
)
# Arabic writes no capitals: a first and last name counts when the first is a common
# given name ("يوسف الحربي", "فاطمة الزهراني") and the next word is not a preposition,
# a pronoun or a verb's particle.
_AR_GIVEN_TEXT = """
\u0645\u062d\u0645\u062f \u0623\u062d\u0645\u062f \u0627\u062d\u0645\u062f
\u0645\u062d\u0645\u0648\u062f \u0645\u0635\u0637\u0641\u0649 \u0639\u0644\u064a
\u0639\u0645\u0631 \u0639\u062b\u0645\u0627\u0646 \u062e\u0627\u0644\u062f
\u064a\u0648\u0633\u0641 \u0625\u0628\u0631\u0627\u0647\u064a\u0645
\u0627\u0628\u0631\u0627\u0647\u064a\u0645 \u062d\u0633\u0646 \u062d\u0633\u064a\u0646
\u0639\u0628\u062f\u0627\u0644\u0644\u0647
\u0639\u0628\u062f\u0627\u0644\u0631\u062d\u0645\u0646
\u0639\u0628\u062f\u0627\u0644\u0639\u0632\u064a\u0632 \u0633\u0639\u064a\u062f
\u0633\u0639\u062f \u0633\u0644\u0645\u0627\u0646 \u0633\u0644\u064a\u0645\u0627\u0646
\u0641\u0647\u062f \u0641\u064a\u0635\u0644 \u0646\u0627\u0635\u0631
\u0637\u0627\u0631\u0642 \u0643\u0631\u064a\u0645 \u0645\u0627\u062c\u062f
\u0645\u0627\u0632\u0646 \u0648\u0644\u064a\u062f \u0647\u0634\u0627\u0645
\u0632\u064a\u0627\u062f \u0631\u0627\u0645\u064a \u0633\u0627\u0645\u064a
\u0647\u0627\u0646\u064a \u0639\u0627\u062f\u0644 \u0639\u0645\u0627\u062f
\u062c\u0645\u0627\u0644 \u0643\u0645\u0627\u0644 \u0646\u0628\u064a\u0644
\u0628\u0644\u0627\u0644 \u0623\u0646\u0633 \u0627\u0646\u0633 \u062d\u0645\u0632\u0629
\u064a\u0627\u0633\u0631 \u064a\u0627\u0633\u064a\u0646 \u0625\u064a\u0627\u062f
\u0627\u064a\u0627\u062f \u0645\u0631\u0627\u062f \u0631\u0634\u064a\u062f
\u0645\u0646\u0635\u0648\u0631 \u0635\u0627\u0644\u062d \u0633\u0627\u0644\u0645
\u0623\u064a\u0645\u0646 \u0627\u064a\u0645\u0646 \u0637\u0644\u0627\u0644
\u0646\u0648\u0627\u0641 \u062a\u0631\u0643\u064a \u0628\u0646\u062f\u0631
\u0631\u0627\u0634\u062f \u062d\u0645\u062f \u062c\u0627\u0633\u0645
\u0645\u0634\u0639\u0644 \u0641\u0627\u0637\u0645\u0629 \u0645\u0631\u064a\u0645
\u0639\u0627\u0626\u0634\u0629 \u062e\u062f\u064a\u062c\u0629 \u0632\u064a\u0646\u0628
\u0633\u0627\u0631\u0629 \u0646\u0648\u0631 \u0644\u064a\u0644\u0649 \u0647\u062f\u0649
\u0631\u0646\u0627 \u0631\u064a\u0645 \u062f\u064a\u0646\u0627 \u0633\u0644\u0645\u0649
\u0644\u064a\u0646\u0627 \u0623\u0645\u0644 \u0645\u0646\u0649 \u0647\u0646\u062f
\u0646\u0627\u062f\u064a\u0629 \u0631\u0627\u0646\u064a\u0627
\u064a\u0627\u0633\u0645\u064a\u0646 \u062f\u0639\u0627\u0621 \u0622\u064a\u0629
\u0646\u0648\u0627\u0644 \u0633\u0645\u0631 \u0647\u0628\u0629
\u0623\u0633\u0645\u0627\u0621 \u0627\u0633\u0645\u0627\u0621 \u0644\u0645\u0649
\u062c\u0648\u062f \u0634\u0647\u062f
"""
_AR_NOT_SURNAMES_TEXT = """
\u0645\u0646 \u0641\u064a \u0639\u0644\u0649 \u0625\u0644\u0649 \u0627\u0644\u0649
\u0639\u0646 \u0645\u0639 \u0647\u0648 \u0647\u064a \u0647\u0645 \u0648 \u0623\u0648
\u0627\u0648 \u0644\u0627 \u0644\u0645 \u0644\u0646 \u0642\u062f \u0643\u0627\u0646
\u0643\u0627\u0646\u062a \u0633\u0648\u0641 \u0633\u064a\u0623\u062e\u0630
\u064a\u0643\u0648\u0646 \u0647\u0630\u0627 \u0647\u0630\u0647 \u0630\u0644\u0643
\u0627\u0644\u062a\u064a \u0627\u0644\u0630\u064a
"""
_AR_NOT_SURNAMES = frozenset(_AR_NOT_SURNAMES_TEXT.split())
_AR = "\u0621-\u064a"
# or any first and last name after a title: "السيدة حليمة صديقي" (Mrs), "السيد" (Mr),
# "الآنسة" (Miss), "الأستاذ" / "الأستاذة" (Mr / Ms, a teacher), "الحاج" / "الحاجة".
_AR_TITLES_TEXT = """
\u0627\u0644\u0633\u064a\u062f\u0629 \u0627\u0644\u0633\u064a\u062f
\u0627\u0644\u0622\u0646\u0633\u0629 \u0627\u0644\u0627\u0646\u0633\u0629
\u0627\u0644\u0623\u0633\u062a\u0627\u0630 \u0627\u0644\u0623\u0633\u062a\u0627\u0630\u0629
\u0627\u0644\u062d\u0627\u062c \u0627\u0644\u062d\u0627\u062c\u0629
"""
_AR_NAME = re.compile(
    rf"(?<![{_AR}])({literal_trie(_AR_GIVEN_TEXT.split())}) ([{_AR}]{{2,15}})(?![{_AR}])"
    rf"|(?<![{_AR}])(?:{literal_trie(_AR_TITLES_TEXT.split())}) "
    rf"([{_AR}]{{2,15}} ([{_AR}]{{2,15}}))(?![{_AR}])"
)
_RTL_NAME = re.compile(
    rf"({_DEVA_WORD}) (?:({_DEVA_SURNAMES})(?![{_DEVA}])|({_DEVA_WORD})(?= \((?:[^()\n]{{0,30}}"
    rf"(?:{_UNIT}))))|({_HEB_WORD}) (?:({_HEB_SURNAMES})(?![{_HEB}])|({_HEB_WORD})(?= \((?:[^()\n]"
    rf"{{0,30}}(?:{_UNIT}))))"
)


def _surname_names(text: str, start: int, stop: int) -> Iterator[Name]:
    """Names in Devanagari or Hebrew letters (see the comment above)."""
    for match in _RTL_NAME.finditer(text, start, stop):
        first = 1 if match.group(1) is not None else 4
        if match.group(first) not in _NOT_FIRST_NAMES:
            yield Name(match.start(), match.end(), full=True)


def _arabic_names(text: str, start: int, stop: int) -> Iterator[Name]:
    """Arabic first and last names, the first a common given name (``_AR_NAME``)."""
    for match in _AR_NAME.finditer(text, start, stop):
        if match.group(3) is not None:  # after a title: the name, not the title
            if match.group(4) not in _AR_NOT_SURNAMES:
                yield Name(match.start(3), match.end(3), full=True)
        elif match.group(2) not in _AR_NOT_SURNAMES:
            yield Name(match.start(), match.end(), full=True)


def _cyrillic_name(value: str) -> bool:
    return any(_CYR_SURNAME.search(word) for word in value.split(" "))


def _honorific_names(text: str, start: int, stop: int) -> Iterator[Name]:
    """Names right before an honorific ending at most a few characters after ``stop``."""
    after = min(len(text), stop + 5)
    if _HONORIFIC.search(text, start, after) is None:
        return
    for match in _HONORIFIC.finditer(text, start, after):
        before = text[max(start, match.start() - 12) : match.start()]
        offset = match.start() - len(before)
        if match.group().startswith(("\ub2d8", "\uc528")):
            korean = _KO_BEFORE.search(before)
            if korean is not None and korean.group(1) not in _NOT_KO_NAME:
                yield Name(offset + korean.start(1), offset + korean.end(1), full=True)
            continue
        han = _HAN_BEFORE.search(before)
        if han is not None and not _NOT_HAN_NAME.search(han.group(1)):
            yield Name(offset + han.start(1), match.start(), full=True)


# A Chinese name with no field or honorific: a common surname and a one- or two-character
# given name opening its sentence, a particle after it ("王磊的背景调查", "李娜在上家公司"),
# and "he" or "she" later in the sentence ("他在上一家公司...") that makes it a person. The
# surnames that start common words at a sentence's start (周期, 高度, 马上, 何时, 钱包)
# are left out, and the words that other surnames start (谢谢, 曾经, 张量, 顾客) are not names.
_ZH_SURNAMES = (
    "\u738b\u674e\u5f20\u5218\u9648\u6768\u8d75\u5434\u5b59\u5f90\u6731\u80e1\u90ed"
    "\u7f57\u90d1\u6881\u5b8b\u5510\u97e9\u51af\u9093\u66f9\u5f6d\u8427\u8463"
    "\u6f58\u8881\u8521\u848b\u9b4f\u82cf\u5415\u6c88\u59da\u5362\u59dc\u5d14"
    "\u8c2d\u6c6a\u5ed6\u8d3e\u90b9\u5b5f\u79e6\u90b1\u859b\u95eb\u4faf\u90dd"
    "\u9f9a\u90b5\u6234\u5b54\u6797\u9ec4"
)
_HAN_SUBJECT = re.compile(
    rf"(?:^|(?<=[\s\u3002\uff01\uff1f\uff1a\uff0c:,.!?]))([{_ZH_SURNAMES}][{_HAN}]{{1,2}}?)"
    "(?=\u7684|\u5728|\u662f|\u88ab|\u56e0\u4e3a|\u5df2\u7ecf|\u4e4b\u524d|\u4e0a\u5468)",
    re.MULTILINE,
)
_NOT_HAN_SUBJECT = frozenset((
    "\u5f20\u91cf", "\u5f20\u8d34", "\u9648\u8ff0", "\u9648\u65e7", "\u5b59\u5b50",
    "\u7f57\u5217", "\u90d1\u91cd", "\u5b8b\u4f53", "\u5510\u7a81", "\u97e9\u56fd",
    "\u97e9\u6587", "\u8463\u4e8b", "\u82cf\u9192", "\u9ec4\u91d1", "\u9ec4\u8272",
    "\u6797\u4e1a", "\u6731\u7ea2", "\u80e1\u4e71", "\u5218\u6d77", "\u674e\u5b50",
    "\u738b\u8005", "\u738b\u56fd", "\u5f20\u5f00", "\u9093\u5f55",
))  # fmt: skip
# ... or, anywhere in a sentence, with a person's pay or performance right after it, its
# possessive or this year's between ("看到王磊的新薪资是 46k", "王磊今年绩效是B-", "李娜的年终奖"):
# only a person has a salary or a rating (the team's, the company's are not a surname's).
_HAN_OWNER = re.compile(
    rf"([{_ZH_SURNAMES}][{_HAN}]{{1,2}}?)"
    "(?=(?:\u7684)?(?:\u4eca\u5e74|\u53bb\u5e74|\u672c\u5e74\u5ea6|\u4e0a\u534a\u5e74|"
    "\u4e0b\u534a\u5e74|\u5e74\u5ea6|\u8fd9\u6b21|\u672c\u6b21)?(?:\u7684)?"
    "(?:\u65b0|\u73b0\u5728\u7684|\u76ee\u524d\u7684|\u539f)?"
    # 薪资 薪水 工资 月薪 年薪 底薪 奖金 年终奖 绩效 績效 調薪 调薪 涨薪
    "(?:\u85aa\u8d44|\u85aa\u6c34|\u5de5\u8d44|\u6708\u85aa|\u5e74\u85aa|\u5e95\u85aa|"
    "\u5956\u91d1|\u5e74\u7ec8\u5956|\u7ee9\u6548|\u7e3e\u6548|\u8c03\u85aa|\u8abf\u85aa|"
    "\u6da8\u85aa))"
)
_OWNED_SIZE = 12  # characters of a pay word and its possessive after a name
_HE_OR_SHE = re.compile("[\u4ed6\u5979](?![\u4eec\u5011\u4eba])")
_SUBJECT_SENTENCE = 80  # characters of the sentence where the pronoun may stand


def _han_subjects(text: str, start: int, stop: int) -> Iterator[Name]:
    for match in _HAN_SUBJECT.finditer(text, start, stop):
        if match.group(1) in _NOT_HAN_SUBJECT or match.group(1) in NOT_HAN_VALUES:
            continue
        if _HE_OR_SHE.search(text, match.end(), match.end() + _SUBJECT_SENTENCE):
            yield Name(match.start(1), match.end(1), full=True)


def _han_owners(text: str, start: int, stop: int) -> Iterator[Name]:
    # (the pay word after the name may stand past the window: looked for up to it)
    for match in _HAN_OWNER.finditer(text, start, min(len(text), stop + _OWNED_SIZE)):
        if (
            match.end(1) <= stop
            and match.group(1) not in _NOT_HAN_SUBJECT
            and match.group(1) not in NOT_HAN_VALUES
        ):
            yield Name(match.start(1), match.end(1), full=True)


def script_names(text: str, start: int, stop: int) -> Iterator[Name]:
    """People named in Chinese, Japanese, Korean, Cyrillic, Greek, Devanagari or Hebrew letters
    where the message marks them as people (see the comment above), in ``text[start:stop]``."""
    found: list[Name] = []
    # (a field or an honorific just outside the window marks a name inside it)
    for match in _FIELD_NAME.finditer(text, max(0, start - 16), stop):
        group = next(g for g in range(1, 5) if match.group(g) is not None)
        if match.group(group) in (_NOT_KO_NAME if group == 2 else NOT_HAN_VALUES):
            continue
        found.append(Name(match.start(group), match.end(group), full=True))
    found.extend(_honorific_names(text, start, stop))
    # (the pronoun in the window or the sentence after it, not anywhere in the message)
    reach = stop + _SUBJECT_SENTENCE
    if text.find("\u4ed6", start, reach) >= 0 or text.find("\u5979", start, reach) >= 0:
        found.extend(_han_subjects(text, start, stop))
    found.extend(_han_owners(text, start, stop))
    found.extend(
        Name(match.start(1), match.end(1), full=True)
        for match in _KO_TITLED.finditer(text, start, stop)
        if match.group(1) not in _NOT_KO_NAME
    )
    found.extend(_surname_names(text, start, stop))
    found.extend(_arabic_names(text, start, stop))
    found.extend(
        Name(match.start(1), match.end(1), full=True)
        for match in _CYR_PAIR.finditer(text, start, stop)
        if _cyrillic_name(match.group(1))
    )
    found.extend(
        Name(match.start(1), match.end(1), full=True)
        for match in _GR_PAIR.finditer(text, start, stop)
    )
    last = -1
    for name in sorted(found, key=lambda n: (n.start, -n.end)):
        if name.start >= max(last, start) and name.end <= stop:
            last = name.end
            yield name
