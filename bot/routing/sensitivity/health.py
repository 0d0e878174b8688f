"""A named colleague's health: a condition or a treatment said of a person the message names.

Health data is a special category of personal data (GDPR art. 9): "Nadia is off from the
8th for her second round of chemo" tells whoever reads it something about Nadia that her
employer must keep to the people who need it. Such sentences come with ordinary requests (a
rota, an out-of-office rule, a reassignment), so the request must stay local.

Reported (``pii.health``): a condition or treatment word (chemo, cancer, surgery, pregnant,
depression, a heart attack, in hospital, an injury or a fracture, a laceration and its
stitches, a psychotic episode, pre-eclampsia, a disability degree, hospice, hormone
therapy, AA meetings, sobriety or a relapse; a disability and
the accommodation it asks for: deaf, hard of hearing, uses a wheelchair, signs ASL, a sign
language interpreter, dyslexic, a reasonable accommodation; in English, German, French,
Spanish and Dutch, and the commonest in Portuguese and Italian: grávida, cancro,
internado, incinta, ricoverato, sedia a rotelle)
said of a named person (``names``): the name right before it in the same clause ("Lucía
está embarazada", "Tom's surgery"; a reason's whole sentence: "Hanna's due date moved
because of eclampsia"), or a personal pronoun right before it ("her chemo", "sie hat
Krebs", "elle est hospitalisée", "his mum is in hospice") with a name earlier in the
paragraph, the first or last name alone of a person the message named in full ("Marcus
Lee" ... "Marcus non-negative"), or a name in the shapes of ``referents`` (a label of
its line or paragraph, a complement, a list it introduces, a speaker who said who they are,
a subject line, the sentence before).

Not reported: leave without its reason (vacation, parental or sick leave: "Jonas is on
paternity leave", "Lena is on medical leave until July"), a condition with no named person
("a patient with diabetes", "my colleague has the flu": nobody is identified), medical words
about software ("health check", "sick pod", "the service is unhealthy", "code surgery on the
repo", "the injury prevention app"), disability words about things or said figuratively
("a dyslexia-friendly font", "fell on deaf ears", "captions for deaf users", "blind to
the risk", "a double-blind test", "the hearing aid firmware"), a facility's name ("Acme
Urgent Care North"), and people the message says are made up. Limits: a person identified
by role alone ("our CTO is in hospital") or named in lower case is not recognised.
"""

from __future__ import annotations

import re

from bot.routing.sensitivity.model import Finding, near, with_field_value
from bot.routing.sensitivity.names import Name, names
from bot.routing.sensitivity.records import made_up
from bot.routing.sensitivity.referents import known_name_in, named_elsewhere, reach_for

LABEL = "pii.health"

_CONDITIONS = (
    # English
    r"chemo(?:therapy)?|radiotherapy|radiation (?:therapy|treatment)|cancer|tumou?rs?|"
    r"leuka?emia|lymphoma|melanoma|carcinoma|metasta\w+|oncolog\w+|dialysis|diagnosed with|"
    r"surgery(?! on (?:the|our|this|that|its|it|a|an|prod|main|master)\b)|"
    r"(?:in|into|to|from) (?:the )?hospital|hospitali[sz]ed|hospital stay|"
    r"pregnan(?:t|cy)|miscarriage|ivf|fertility treatment|"
    r"depression|depressed|anxiety(?: disorder| attacks?)?|panic attacks?|burn-?out|"
    r"burn(?:ed|t) out|nervous breakdown|mental health|therapy|therapist|psychiatri\w+|rehab|"
    r"heart attack|(?:had|suffered|has had) a stroke|seizures?|epilep\w+|diabet\w+|"
    r"concussion|broken (?:leg|arm|ankle|wrist|hip|foot)|"
    r"broke (?:his|her|their) (?:leg|arm|ankle|wrist|hip|foot)|covid|flu|migraines?|"
    r"adhd|autis\w+|bipolar|ptsd|eating disorder|addiction|alcoholism|disability|"
    r"chronic (?:illness|pain|condition)|medical condition|physio(?:therapy)?|"
    r"(?:crohn|alzheimer|parkinson|huntington|hashimoto|asperger|tourette|hodgkin)['\u2019]s|"
    r"pre-?eclampsia|eclampsia|stillbirth|bed rest|psychos[ie]s|psychotic(?: episode| break)?|"
    r"(?:manic|depressive) episode|schizophreni\w*|suicid\w*|self-harm\w*|overdosed?|"
    r"antidepressants?|substance abuse|inpatient|outpatient treatment|"
    r"injur(?:y|ies|ed)|fractur(?:e|ed|es)|sprain(?:ed|s)?|whiplash|dislocated|"
    r"torn (?:acl|ligament|meniscus|muscle|tendon)|(?:at|to|in|from) (?:the )?urgent care|"
    r"urgent care visit|emergency room|intensive care|"
    r"hospice|palliative(?: care)?|terminal(?:ly)? ill|terminal (?:cancer|illness|diagnosis)|"
    r"end[- ]stage (?:\w+ )?(?:disease|cancer|copd|renal|kidney|liver|heart|lung|dementia)|"
    r"copd|emphysema|asthma|(?:multiple )?sclerosis|dementia|hiv|lupus|cystic fibrosis|"
    r"lacerat(?:ion|ions|ed)|(?:\d+|several|a few|some|needed|got|required) (?:stitches|sutures)|"
    r"(?:first|second|third|1st|2nd|3rd)[- ]degree burns?|puncture wound|contusions?|"
    r"amputat(?:ion|ed)|amputee|hrt|hormone (?:replacement )?therapy|immunocompromised|"
    r"(?:aa|na) meetings|alcoholics anonymous|sober (?:since|for)|sobriety|relapsed?(?! into)|"
    r"(?:has|had) a stammer|"
    # disability, and what it asks of the workplace
    r"deaf(?! (?:ears?|to|community|culture|people|users|studies|awareness)\b)|"
    r"hard of hearing|hearing[- ]impair\w*|hearing loss|hearing aids?|"
    r"cochlear implant|(?:is|was|went|['\u2019]s|legally) blind(?! to\b)|blind in one eye|"
    r"visually impaired|partially sighted|wheelchair user|(?:uses|in) a wheelchair|"
    r"(?:uses|signs|communicates in|in) (?:asl|bsl)|(?:asl|bsl) interpret\w*|sign language|"
    r"dyslexi[ac]|dyspraxi[ac]|cerebral palsy|mobility impair\w*|"
    r"reasonable accommodations?|disability accommodations?|"
    # German
    r"chemotherapie|bestrahlung\w*|krebs\w*|leuk\u00e4mie|tumorerkrankung|operiert|"
    r"(?:im|ins) krankenhaus|krankenhausaufenthalt|in der klinik|reha|schwanger\w*|"
    r"fehlgeburt|depressionen|psychotherapie|therapie|herzinfarkt|schlaganfall|"
    r"bandscheibenvorfall|corona|grippe|migr\u00e4ne|diagnostiziert|"
    r"schwerbehindert(?:enausweis)?|schwerbehinderung|grad der behinderung|"
    r"gdb[ \t]*(?:von[ \t]*)?(?:[2-9]0|100)\b|"
    r"(?:multiple )?sklerose|demenz|pr\u00e4eklampsie|psychose|psychotisch\w*|suizid\w*|"
    r"(?:bein|arm|hand|fu\u00df|fuss|kn\u00f6chel|handgelenk|schl\u00fcsselbein|rippen|"
    r"h\u00fcft|wirbel)(?:bruch|fraktur)|kreuzbandriss|b\u00e4nderriss|"
    r"gehirnersch\u00fctterung|arbeitsunfall|alkoholabh\u00e4ngig\w*|drogenabh\u00e4ngig\w*|"
    r"suchterkrankung|alkoholsucht|entzugsklinik|hospiz|palliativ\w*|"
    r"schnittwunde|platzwunde|prellung(?:en)?|gen\u00e4ht|amputiert|"
    r"geh\u00f6rlos\w*|schwerh\u00f6rig\w*|sehbehindert\w*|erblindet|ist blind|"
    r"rollstuhl(?:fahrer(?:in)?)?|geb\u00e4rdensprach\w*|legasthen\w*|h\u00f6rger\u00e4t\w*|"
    # French
    r"chimio(?:th\u00e9rapie)?|radioth\u00e9rapie|tumeur|leuc\u00e9mie|hospitalis\u00e9e?|"
    r"\u00e0 l'h\u00f4pital|enceinte|grossesse|fausse couche|d\u00e9pression|th\u00e9rapie|"
    r"infarctus|un avc|diab\u00e8te|"
    r"fracture|entorse|bless\u00e9e?|blessure|accident du travail|"
    r"\u00e9pisode (?:d\u00e9pressif|psychotique|maniaque)|d\u00e9pressi(?:f|ve)|psychotique|"
    r"tentative de suicide|suivi psy\w*|psychiatre|psychologue|pr\u00e9-?\u00e9clampsie|"
    r"soins palliatifs|fin de vie|scl\u00e9rose en plaques|en situation de handicap|"
    r"handicap\u00e9e?|rqth|taux d'incapacit\u00e9|invalidit\u00e9|d\u00e9mence|"
    r"cure de d\u00e9sintoxication|sevrage|"
    r"points de suture|contusion|amput\u00e9e?|"
    r"sourde?(?! oreille)|malentendante?|malvoyante?|non-voyante?|est aveugle|"
    r"fauteuil roulant|langue des signes|dyslexique|appareil auditif|"
    # Spanish
    r"quimio(?:terapia)?|radioterapia|c\u00e1ncer|leucemia|hospitalizad[oa]|"
    r"en el hospital|embarazada|embarazo|depresi\u00f3n|terapia|infarto|ictus|gripe|"
    r"fractura|esguince|lesi\u00f3n|lesionad[oa]|accidente (?:no )?laboral|"
    r"accidente de trabajo|brote psic\u00f3tico|episodio (?:depresivo|psic\u00f3tico|"
    r"man\u00edaco)|psicosis|adicci\u00f3n|desintoxicaci\u00f3n|cuidados paliativos|"
    r"enferm(?:o|a|edad) terminal|discapacidad|minusval\u00eda|esclerosis|demencia|"
    r"preeclampsia|psiquiatra|psic\u00f3log[oa]|ansiedad|"
    r"puntos de sutura|contusi\u00f3n|amputad[oa]|"
    r"es sord[oa]|sordera|es cieg[oa]|invidente|silla de ruedas|lengua de signos|"
    r"lenguaje de se\u00f1as|dislexia|disl\u00e9xic[oa]|aud\u00edfonos?|"
    # Dutch
    r"kanker|depressie(?:f)?|overspannen|zwanger\w*|miskraam|(?:in|naar) het ziekenhuis|"
    r"ziekenhuisopname|psycholoog|psychiater|psychose|verslav\w*|afkickkliniek|"
    r"(?:bot|been|arm|pols|enkel|heup|rib)breuk|gebroken (?:been|arm|pols|enkel|hand|voet)|"
    r"verstuik\w*|bedrijfsongeval|arbeidsongeval|hernia|palliatie\w*|terminaal ziek|"
    r"(?:zijn|haar) operatie|"
    r"snijwond|hechtingen|brandwond\w*|kneuzing|geamputeerd|is doof|slechthorend\w*|"
    r"slechtziend\w*|rolstoel\w*|gebarentaal|dyslexie|gehoorapparaat|"
    # Portuguese, Italian
    r"gr\u00e1vida|gravidez|cancro|c\u00e2ncer|quimioterapia|depress\u00e3o|internad[oa]|"
    r"cirurgia|baixa m\u00e9dica por|defici\u00eancia|cadeira de rodas|surd[oa]|"
    r"incinta|gravidanza|tumore|chemioterapia|depressione|ricoverat[oa]|in ospedale|"
    r"intervento chirurgico|invalidit\u00e0|disabilit\u00e0|sedia a rotelle|diabete|"
    # an operation, with the person's possessive before it (an "operation" is software too)
    r"(?:his|her|their|seine?|ihre?|sa|son|su) (?:\w+ )?"
    r"(?:operation|op\u00e9ration|operaci\u00f3n|op|chirurgie|cirug\u00eda)"
)
# Not the name or topic of a product, a feature or data: "the therapy-booking service", "an
# anxiety tracker app", "cancer screening data", "the mental health resources page".
_TOPIC_AFTER = (
    r"(?![- ](?:apps?|services?|booking|bookings|tracker|tracking|screening|platform|api|"
    r"module|features?|startup|products?|projects?|data|dataset|tables?|models?|vertical|"
    r"customers?|clients?|providers?|portal|forms?|flows?|workflow|pages?|records?|research|"
    r"codes?|content|category|categories|fields?|types?|prevention|detection|management|"
    r"fonts?|mode|toggle|settings?|friendly|recognition|translation|firmware|devices?|"
    r"reporting|analytics|statistics|stats|schema|resources?|awareness|benefits?|"
    r"programs?|programmes?|hub|initiatives?)\b)(?!-\w)"
)
HEALTH_WORDS = re.compile(rf"(?<!-)\b(?:{_CONDITIONS})\b{_TOPIC_AFTER}")
# Where those words start (on lower-cased text; most messages have none), at the start of a
# word (``colleagues``), and the words that end German compounds ("Brustkrebs").
STEMS = (
    "chemo", "radiother", "radiation th", "radiation tr", "cancer", "tumo", "leuk", "lymphom",
    "melanom", "carcinom", "metasta", "oncolog", "dialys", "diagnosed with", "surgery",
    "hospital", "in hospital", "pregnan", "miscarr", "ivf", "fertility tr", "depress",
    "anxiety", "panic attack", "burnout", "burn-out", "burned out", "burnt out",
    "nervous breakdown", "mental health", "therap", "psychiatr", "rehab", "heart attack",
    "a stroke", "seizure", "epilep", "diabet", "concussion", "broken", "broke his",
    "broke her", "broke their", "covid", "long covid", "flu", "migraine", "adhd", "autis",
    "bipolar", "ptsd", "eating disorder", "addiction", "alcoholism", "disabilit",
    "chronic ill", "chronic pain", "chronic cond", "medical condition", "physio", "bestrahl",
    "krebs", "leuk\u00e4", "operiert", "operation", "krankenhaus", "klinik", "reha",
    "schwanger", "fehlgeburt", "psychother", "herzinfarkt", "schlaganfall", "bandscheib",
    "corona", "grippe", "migr\u00e4ne", "diagnostiz", "chimio", "radioth\u00e9", "radioter",
    "tumeu", "leuc\u00e9", "hospitalis", "h\u00f4pital", "enceinte", "grossesse",
    "fausse couche", "d\u00e9pression", "th\u00e9rap", "infarct", "avc", "diab\u00e8",
    "op\u00e9ration", "chirurgie", "quimio", "c\u00e1ncer", "leucem", "hospitaliz",
    "embaraz", "depresi", "terap", "infarto", "ictus", "gripe", "operaci", "cirug",
    "crohn", "alzheimer", "parkinson", "huntington", "hashimoto", "asperger", "tourette",
    "hodgkin", "pre-eclampsia", "preeclampsia", "eclampsia", "stillbirth", "bed rest",
    "psychos", "psychotic", "manic ep", "depressive ep", "schizophren", "suicid", "self-harm",
    "overdose", "antidepress", "substance abuse", "inpatient", "outpatient tr", "injur",
    "fractur", "sprain", "whiplash", "dislocated", "torn ", "urgent care", "emergency room",
    "intensive care", "hospice", "palliativ", "terminally", "terminal ill",
    "terminal can", "terminal diag", "end-stage", "end stage", "copd",
    "emphysema", "asthma", "multiple scl", "sclerosis", "dementia", "hiv", "lupus",
    "cystic fib", "schwerbehind", "grad der behind", "gdb 1", "gdb 2", "gdb 3", "gdb 4",
    "gdb 5", "gdb 6", "gdb 7", "gdb 8", "gdb 9", "gdb von", "multiple skl", "sklerose",
    "demenz", "pr\u00e4eklamp", "psychotisch", "suizid", "kreuzbandriss", "b\u00e4nderriss",
    "gehirnersch", "arbeitsunfall", "alkoholabh", "drogenabh", "suchterkrank", "alkoholsucht",
    "entzugsklinik", "hospiz", "bless\u00e9", "blessure", "entorse", "accident du travail",
    "\u00e9pisode", "d\u00e9pressi", "psychotique", "tentative de suicide", "suivi psy",
    "psychiatre", "psychologue", "pr\u00e9-\u00e9clamp", "pr\u00e9\u00e9clamp",
    "soins palliatifs", "fin de vie", "scl\u00e9rose", "en situation de handicap",
    "handicap\u00e9", "rqth", "taux d'incap", "invalidit", "d\u00e9mence", "cure de d\u00e9s",
    "sevrage", "esguince", "lesi\u00f3n", "lesionad", "accidente", "brote psic", "episodio",
    "psicosis", "adicci", "desintox", "cuidados paliat", "enfermo term", "enferma term",
    "enfermedad term", "discapacidad", "minusval", "esclerosis", "demencia", "psiquiatr",
    "psic\u00f3log", "ansiedad", "kanker", "depressie", "overspannen", "zwanger", "miskraam",
    "in het ziekenhuis", "naar het ziekenhuis", "ziekenhuisopname", "psycholoog", "verslav",
    "afkickkliniek", "gebroken", "verstuik", "bedrijfsongeval", "arbeidsongeval", "hernia",
    "palliatie", "terminaal", "zijn operatie", "haar operatie", "lacerat", "stitches",
    "sutures", "degree burn", "puncture wound", "contusi", "amput", "deaf", "hard of hearing",
    "hearing-imp", "hearing imp", "hearing loss", "hearing aid", "cochlear", "blind",
    "visually imp", "partially sighted", "wheelchair", "asl", "bsl", "sign language",
    "dyslexi", "dyspraxi", "cerebral palsy", "mobility imp", "reasonable accom",
    "disability accom", "schnittwunde", "platzwunde", "prellung",
    "gen\u00e4ht", "geh\u00f6rlos", "schwerh\u00f6rig", "sehbehindert", "erblindet",
    "rollstuhl", "geb\u00e4rdensprach", "legasthen", "h\u00f6rger\u00e4t", "points de suture",
    "sourd", "malentendant", "malvoyant", "non-voyant", "aveugle", "fauteuil roulant",
    "langue des signes", "dyslexique", "appareil auditif", "puntos de sutura", "sord",
    "cieg", "invidente", "silla de ruedas", "lengua de signos", "lenguaje de se\u00f1as",
    "dislexi", "disl\u00e9xic", "aud\u00edfono", "snijwond", "hechtingen", "brandwond",
    "kneuzing", "geamputeerd", "doof", "slechthorend", "slechtziend", "rolstoel",
    "gebarentaal", "dyslexie", "gehoorapparaat", "hrt", "hormone", "immunocomp", "aa meet",
    "na meet", "alcoholics anon", "sober", "sobriety", "relapse", "a stammer",
    "gr\u00e1vida", "gravidez", "cancro", "c\u00e2ncer", "quimioterapia", "depress\u00e3o",
    "internad", "cirurgia", "baixa m\u00e9dica", "defici\u00eancia", "cadeira de rodas",
    "surd", "incinta", "gravidanza", "tumore", "chemioterapia", "depressione", "ricoverat",
    "in ospedale", "intervento chir", "invalidit\u00e0", "disabilit\u00e0", "sedia a rotelle",
    "diabete",
)  # fmt: skip
COMPOUND_ENDS = ("krebs", "therap", "tumor", "infarkt", "bruch", "breuk")
# Names that are not the person with the condition: a disease named after its describer
# ("Burkitt's lymphoma", "Hodgkin's"), a practitioner ("Dr. Manzetti's fees for therapy").
_EPONYMS = frozenset((
    "burkitt", "hodgkin", "crohn", "alzheimer", "parkinson", "huntington", "hashimoto",
    "asperger", "tourette", "kaposi", "ewing", "wilms", "paget", "raynaud", "addison",
    "cushing", "graves", "bell", "down", "lou", "gehrig", "meniere", "sj\u00f6gren",
))  # fmt: skip
_PRACTITIONER = re.compile(
    r"(?:\bdr|\bdra|\bdoctor|\bdoc|\bprof|\bnurse|\bdoktor|\bdocteur|\bm\u00e9dico)\.?[ \t]*$"
)
# A personal pronoun or possessive right before the condition: it is said of a person.
_PRONOUN = re.compile(
    r"\b(?:her|his|their|she|he|him|sie|er|ihr|ihre[mnrs]?|sein|seine[mnrs]?|elle|il|sa|son|"
    r"ses|lui|su|sus|ella|\u00e9l|hij|zij|haar|hem|zijn)\b"
)
# The end of a sentence or clause (a name before it is another sentence's subject); not an
# initial's period ("ask Priya S. how").
_CLAUSE_END = re.compile(r"(?:(?<![\s(][a-z])\.|[!?;:])[\s)]|\n")
_LINK_REACH = 50  # characters between the name or pronoun and the condition
_NAME_REACH = 250  # characters between a name and the pronoun that refers to it


def find_health(text: str, lowered: str, triggers: list[str]) -> list[Finding]:
    """Conditions and treatments said of a named person (see module docstring), looked for
    around ``triggers``, the ``STEMS`` in the message (``colleagues``)."""
    findings: list[Finding] = []
    for match in near(HEALTH_WORDS, lowered, triggers, 24, 24):
        if said_of_named_person(text, lowered, match.start(), end=match.end()):
            findings.append(Finding(LABEL, *with_field_value(lowered, *match.span())))
    if findings and made_up(lowered):
        return []  # "synthetic patients", "fake employees"
    return findings


def said_of_named_person(
    text: str, lowered: str, start: int, reach: int = _LINK_REACH, end: int = -1
) -> bool:
    """A name, or a pronoun after a name, right before ``start`` in the same clause (at
    most ``reach`` characters before it, a reason's whole sentence), or a name heading its
    line or paragraph, right after it (the word ends at ``end``), a list it introduces or a
    speaker who said who they are (``referents``)."""
    clause_start = max(0, start - reach_for(lowered, start, reach))
    for stop in _CLAUSE_END.finditer(lowered, clause_start, start):
        clause_start = stop.end()
    if any(name.end <= start for name in _patients(text, lowered, clause_start, start)):
        return True
    if known_name_in(text, clause_start, start):
        return True
    pronouns = list(_PRONOUN.finditer(lowered, clause_start, start))
    if pronouns:
        pronoun = pronouns[-1]
        floor = max(0, pronoun.start() - _NAME_REACH)
        paragraph = lowered.rfind("\n\n", floor, pronoun.start())
        if _patients(text, lowered, floor if paragraph < 0 else paragraph + 2, pronoun.start()):
            return True
    return named_elsewhere(text, lowered, start, max(start, end))


def _patients(text: str, lowered: str, start: int, end: int) -> list[Name]:
    """The people named in ``text[start:end]`` who are not an eponym or a practitioner."""
    return [
        name
        for name in names(text, start, end)
        if lowered[name.start : name.end].split()[0].split("'")[0].split("\u2019")[0]
        not in _EPONYMS
        and not _PRACTITIONER.search(lowered, max(0, name.start - 10), name.start)
    ]
