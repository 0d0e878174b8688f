"""A named person's family situation: a divorce, custody of children, caring for a relative,
and, of a job candidate, their children, spouse and plans for a family.

What a colleague tells their manager about their family is told in confidence, and what a
candidate says of their children or spouse must not reach a hiring decision (it is what
anti-discrimination law keeps out of one): "Anna Kowalski is in the middle of a divorce and
needs the child support garnishment set up" in a payroll question, or "candidate Peter
Novak mentioned he has two kids and his wife works nights" in interview feedback.

Reported (``pii.family``), said of a named person as a condition is
(``health.said_of_named_person``, 70 characters):

* of anyone: a divorce or separation from a spouse, custody (a hearing, joint or sole
  custody), child support or alimony, a family court, domestic violence or a restraining
  order, being a relative's carer ("primary carer", "caring for her father", "pflegt seine
  Mutter", "aidante", "mantelzorger"), a relative who passed away;
* of a candidate, in a message that has one (candidate, applicant, interviewee, interview
  feedback, scorecard; Bewerber, candidat, candidato, sollicitant): their children,
  spouse, marriage, childcare and plans to start a family.

Not reported: the words with nobody named ("how many days of leave for a divorce?"),
custody of keys or assets ("the custody service"), parent and child processes, nodes and
commits, a colleague's children in an ordinary message ("Marco leaves at 5 for his kids":
only a candidate's are kept out of decisions), and people the message says are made up.
A relative's illness is health data (``health``: "her dad is in hospice").
"""

from __future__ import annotations

from bot.routing.sensitivity.model import whole_words
from bot.routing.sensitivity.statements import Statement, word_ends

LABEL = "pii.family"

_RELATIVE = (
    r"(?:mother|father|mum|mom|dad|parents?|wife|husband|partner|spouse|son|daughter|child|"
    r"children|kids?|grandmother|grandfather|grandma|grandpa|sister|brother|in-laws)"
)
# Kin who pass away (not a parent or child: processes die too).
_KIN = (
    r"(?:mother|father|mum|mom|dad|parents|wife|husband|partner|spouse|son|daughter|"
    r"grandmother|grandfather|grandma|grandpa|sister|brother)"
)
_SITUATION = (
    # English
    r"divorc(?:e|ed|es|ing)(?! from (?!(?:his|her|their)\b))|"
    r"(?:legal|marital|trial) separation|"
    rf"separat(?:ed|ing) from (?:his|her|their) {_RELATIVE}|going through a separation|"
    r"custody (?:hearing|battle|dispute|case|arrangement|schedule|of (?:his|her|their) "
    rf"{_RELATIVE})|(?:joint|shared|sole|full|primary) custody|child support|alimony|"
    r"visitation (?:rights|schedule)|family court|domestic (?:violence|abuse)|"
    r"restraining order|protective order|(?:primary|main|sole|full-time) (?:carer|caregiver)|"
    rf"(?:carer|caregiver) (?:for|of|to) (?:his|her|their) (?:\w+ )?{_RELATIVE}|"
    rf"(?:caring|cares) for (?:his|her|their) (?:\w+ )?{_RELATIVE}|"
    rf"{_KIN} (?:passed away|died)|"
    r"single (?:mom|mum|mother|father|dad|parent)|"
    # German
    r"scheidung\w*|geschieden|trennungsjahr|getrennt von (?:seiner|ihrer)|sorgerecht\w*|"
    r"umgangsrecht\w*|kindesunterhalt|unterhaltszahlung\w*|unterhaltspflicht\w*|"
    r"familiengericht|h\u00e4usliche gewalt|"
    r"pflegt (?:seine|ihre) (?:mutter|vater|eltern|frau|mann|tochter|sohn|gro\u00dfmutter|"
    r"gro\u00dfvater|oma|opa|schwester|bruder|angeh\u00f6rigen)|"
    r"pflegende[rn]? angeh\u00f6rige[rn]?|(?:familien)?pflegezeit|alleinerziehend\w*|"
    # French
    r"divor\u00e7ant|en instance de (?:divorce|s\u00e9paration)|"
    r"garde (?:altern\u00e9e|partag\u00e9e|exclusive|des enfants)|pension alimentaire|"
    r"droit de visite|juge aux affaires familiales|violences? conjugales?|"
    r"aidante? (?:familial\w*|de (?:son|sa|ses) (?:p\u00e8re|m\u00e8re|parents|mari|femme|"
    r"fils|fille|enfants?|fr\u00e8re|s\u0153ur|soeur|grand-m\u00e8re|grand-p\u00e8re))|"
    r"proche aidant|"
    r"s'occupe de (?:son|sa|ses) (?:p\u00e8re|m\u00e8re|parents|mari|femme)|"
    r"m\u00e8re c\u00e9libataire|p\u00e8re c\u00e9libataire|famille monoparentale|"
    # Spanish
    r"divorci\w+|separad[oa] de (?:su|sus)|custodia (?:compartida|exclusiva|de (?:sus|los) "
    r"hijos)|pensi\u00f3n (?:alimenticia|de alimentos)|r\u00e9gimen de visitas|"
    r"violencia (?:de g\u00e9nero|dom\u00e9stica)|cuidador\w* (?:principal|de (?:su|sus) "
    r"(?:padre|madre|padres|hij[oa]s?|marido|esposa|esposo|abuel[oa]|herman[oa]))|"
    r"cuida (?:de )?(?:su|sus) (?:padre|madre|padres|abuel[oa]|hij[oa]s?)|"
    r"madre soltera|padre soltero|"
    # Dutch
    r"echtscheiding|gaat scheiden|gescheiden van|in scheiding|voogdij|omgangsregeling|"
    r"alimentatie|huiselijk geweld|mantelzorg\w*|"
    r"zorgt voor (?:zijn|haar) (?:vader|moeder|ouders|man|vrouw)|zorgverlof"
)
STEMS = (
    "divorc", "legal sep", "marital sep", "trial sep", "separated from", "separating from",
    "going through a sep", "custody", "joint cust", "shared cust", "sole cust", "full cust",
    "primary cust", "child support", "alimony", "visitation", "family court", "domestic",
    "restraining order", "protective order", "primary car", "main car", "sole car",
    "full-time car", "carer", "caregiver", "caring for", "cares for", "passed away",
    "died", "single mo", "single mu", "single fa", "single da", "single pa", "scheidung",
    "geschieden", "trennungsjahr", "getrennt von", "sorgerecht", "umgangsrecht",
    "kindesunterhalt", "unterhaltszahlung", "unterhaltspflicht", "familiengericht",
    "h\u00e4usliche gewalt", "pflegt", "pflegende", "pflegezeit", "familienpflegezeit",
    "alleinerziehend", "divor\u00e7", "en instance de", "garde", "pension alimentaire",
    "droit de visite", "juge aux affaires", "violence", "aidant", "proche aidant",
    "s'occupe de", "m\u00e8re c\u00e9lib", "p\u00e8re c\u00e9lib", "famille monoparentale",
    "separad", "custodia", "pensi\u00f3n", "r\u00e9gimen de visitas", "violencia", "cuidador",
    "cuida", "madre soltera", "padre soltero", "echtscheiding", "gaat scheiden",
    "gescheiden van", "in scheiding", "voogdij", "omgangsregeling", "alimentatie",
    "huiselijk geweld", "mantelzorg", "zorgt voor", "zorgverlof",
)  # fmt: skip

FAMILY_SITUATION = Statement(
    LABEL,
    whole_words(_SITUATION),
    STEMS,
    back=16,  # "father passed away": the relative before the stem
    forward=60,
    reach=70,
)

# A candidate's family: only in a message about a candidate.
_CANDIDATE_FAMILY = (
    r"(?:(?:\d+|one|two|three|four|five|young|small|little|twin) )?(?:kids|children|"
    r"toddlers?|babies)|(?:a|an|one|two|three|\d+|his|her|their) (?:sons?|daughters?|"
    r"child|baby)|(?:his|her|their) (?:husband|wife|spouse|partner)|(?:is|are|got) married|"
    r"(?:start(?:ing)?|plans? to start|planning) a family|"
    r"(?:have|having|want(?:s|ing)?) (?:a baby|kids|children)|childcare|school run|"
    r"kinder\w*|verheiratet|ehemann|ehefrau|familienplanung|"
    r"enfants?|mari\u00e9e?|son mari|sa femme|garde d'enfants|"
    r"hij[oa]s?|casad[oa]|marido|esposa|esposo|guarder\u00eda|"
    r"kinderen|getrouwd|kinderopvang"
)
# Not people: parent and child processes, nodes, commits, rows ("the child process").
_NOT_KIN_AFTER = (
    r"(?![- ](?:process(?:es)?|nodes?|elements?|components?|threads?|spans?|tables?|"
    r"class(?:es)?|pids?|themes?|pods?|tasks?|rows?|items?|objects?|entit(?:y|ies)|records?|"
    r"routes?|views?|widgets?|windows?|jobs?|accounts?|issues?|tickets?|branches?|commits?|"
    r"director(?:y|ies)|folders?|dirs?|paths?|keys?|loggers?|modules?|packages?|"
    r"prozess\w*|knoten|elemente?)\b)"
)
# Words that make a person a candidate (not "the interview panel", "our hiring plan").
_CANDIDATE_WORDS = ("candidate", "applicant", "interviewee", "interview feedback",
                    "interview notes", "scorecard", "bewerber", "kandidat", "candidat",
                    "sollicitant", "kandidaat")  # fmt: skip
CANDIDATE_STEMS = (
    *word_ends("son", "sons", "child", "baby", "partner", "mari"), "kids", "children",
    "toddler", "babies", "daughter", "husband", "wife", "spouse", "married", "starting a fam",
    "start a fam", "planning a fam", "a baby", "childcare", "school run", "kinder",
    "verheiratet", "ehemann", "ehefrau", "familienplanung", "enfant", "mari\u00e9",
    "son mari", "sa femme", "garde d'enfants", "hijo", "hija", "casad", "marido", "esposa",
    "esposo", "guarder\u00eda", "kinderen", "getrouwd", "kinderopvang",
)  # fmt: skip

CANDIDATE_FAMILY = Statement(
    LABEL,
    whole_words(_CANDIDATE_FAMILY, _NOT_KIN_AFTER),
    CANDIDATE_STEMS,
    back=12,  # "two kids", "his wife"
    forward=40,
    reach=50,
    topic=_CANDIDATE_WORDS,
)
