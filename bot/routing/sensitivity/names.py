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
  (``Kenji on the platform team``, ``Seo-yeon de Backend``, ``Kevin from tier-2 support``,
  ``Rafael do time de dados``) or by the speaker's own (``Ania z mojego zespołu``) or with
  an honorific after it (``Mateoさん``, ``Jiho 씨``);
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
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache

from bot.routing.sensitivity.model import Name, literal_trie
from bot.routing.sensitivity.script_names import (
    SCRIPT_CELL,
    SCRIPT_LETTER,
    cyrillic_name,
    script_names,
)

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
    dados datos donn\u00e9es vendas ventas suporte soporte finan\u00e7as finanzas
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
    # (a tier or a level before the team: "Kevin from tier-2 support"; the team's noun before
    # its name: "Rafael do time de dados", "Lucía del equipo de ventas")
    rf"(?=[ \t]+(?:on|from|de|del|da|do|von|vom|aus|van|uit|z|ze|dari)[ \t]+"
    r"(?:(?:the|our|el|la|o|a|il|der|dem|het|l'|team|equipo|\u00e9quipe|equipe|time|squadra)"
    r"[ \t]+(?:(?:de|d'|di)[ \t]*)?)?(?:(?:tier|level)[ -]?\d[ \t]+|l\d[ \t]+)?"
    rf"(?i:{_TEAMS})(?:[ \t]+team)?\b)|"
    # the speaker's own team a first name is introduced by ("Ania z mojego zespołu",
    # "Tom from my team", "Lea aus meinem Team", "Inês do meu time", "Juan de mi equipo")
    r"(?=[ \t]+(?:from|on|in|z|ze|aus|de|do|da|del|van|uit)[ \t]+"
    r"(?:my|our|mojego|naszego|meinem|unserem|meu|nosso|minha|nossa|mi|nuestro|mon|notre|"
    r"mijn|ons)[ \t]+(?i:team|zespo\u0142u|dzia\u0142u|time|equipe|equipo|\u00e9quipe)\b)|"
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


_FIRST_VISIBLE = re.compile(r"\S")


def lower_case_subjects(text: str, start: int, stop: int) -> Iterator[Name]:
    """First names written in lower case (see ``_LOWER_SUBJECT``), in a message whose first
    letter is lower case."""
    first = _FIRST_VISIBLE.search(text)  # no copy: ``names`` asks about many windows of one text
    if first is None or not first.group().islower():
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
    titled = _titled_names(text)
    for s, e in titled[bisect_left(titled, (start, 0)) :]:
        if s >= stop:
            break  # in order: the rest start after the window
        if e <= stop and not any(a <= s < b for a, b in taken):
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
    if not value.isascii() and SCRIPT_CELL.fullmatch(value) is not None:
        return value[0] >= "\u3400" or cyrillic_name(value)
    if _NAME_CELL.fullmatch(value) is None or value.lower() in _STOCK_PEOPLE:
        return False
    words = [w for w in value.split(" ") if w[:1].isupper()]
    # a middle initial with its period is no word ("Chidinma A. Okonkwo": not the article)
    return len(words) >= 2 and all(
        is_name_word(w) for w in words if not (len(w) == 2 and w[1] == "." and words[0] != w)
    )
