"""The kinds of data about a named person that ``person_records`` reads in a record's fields
beyond health, pay, discipline and reviews: immigration status, a criminal record, a credit
record, biometric data, equity grants, a disability list, union membership and ethnicity.

A record states these by its field names and bare values, where prose needs a sentence:
``citizenship="noncitizen authorized to work" a_number=A...``, ``offense: DUI`` and
``disposition: convicted`` under a candidate's name, a credit-check table's "Ch.7
bankruptcy", ``{"employee": ..., "embedding": [0.22, ...]}`` from a face-recognition
enrolment, a cap table's ``holder,shares,strike`` rows, a list of named people with a
disability degree under ``FROM disabled_staff``. This module holds their words; the record
is read by ``person_records``.

* value words (``person_records.LEXICONS``): immigration statuses of a record (an E-Verify
  case's "tentative nonconfirmation", "noncitizen authorized to work", "lawful permanent
  resident", a third-country national, the I-551 and I-766 cards), a conviction's outcome
  ("convicted", "pleaded guilty", "felony", "verurteilt", "condamné", "condenado") and a
  credit record (bankruptcy, insolvency, a CCJ, collections, defaults, garnishment, a
  foreclosure; "Privatinsolvenz", "Schufa-Eintrag", "Lohnpfändung", "surendettement",
  "fiché Banque de France", "moroso", "ASNEF", "faillissement", "BKR-registratie",
  "schuldsanering");
* field names (``key_kind``), with any value but one that says there is nothing or no
  result yet: a visa, work or residence permit field (its expiry too), an A-number, an
  E-Verify result (not a citizenship: a public figure's record gives it too, and a status
  such as "noncitizen national" is read as a value); an offense, conviction or
  criminal-record field, "Führungszeugnis"; a credit score, check or report, "Schufa",
  "Bonität"; a biometric template (a face embedding, a fingerprint template, a voiceprint,
  an iris code; "Fingerabdruck", "empreinte digitale", "huella dactilar", "vingerafdruk"),
  or a bare ``embedding``/``template``/``fingerprint`` field, or one named for its role in
  a match (``probe_embedding``, ``reference_template``), in a message about faces,
  voices, fingerprints or biometrics (``BIOMETRIC_CONTEXT``), whose value is a vector or a
  blob (``biometric_value``); a union's field (``union``, ``union_status``, "Gewerkschaft",
  "syndicat", "sindicato", "vakbond"); an ethnicity field (``race_ethnicity``, "ethnic
  origin", "Ethnische Herkunft"), and a bare ``race`` field whose value is a group of an
  ethnicity survey ("White", "Two or More Races": ``ethnic_value``), not a refusal to answer;
* union dues as a payroll deduction writes them (``RECORD_UNION``: "UNITE_DUES", "union
  dues", "Gewerkschaftsbeitrag", "cotisation syndicale"; not "membership dues" or "past
  dues"), a criminal record's extract and offences in the Nordic languages
  ("rikosrekisteriote", "pahoinpitely", "dömd för misshandel") and a foreign worker's pass in
  Malay and Indonesian ("PLKS", "permit kerja", "KITAS"); a fingerprint reader's finger
  field ("finger=R_INDEX") makes a message about fingerprints;
* a check's adverse result ("Result: Adverse") in a message about a credit check
  (``adverse_result``);
* equity (``equity_key``): shares, options, RSUs, a strike or exercise price under a
  holder's name, in a message about vesting, grants or a cap table (``EQUITY_STEMS``);
  reported as pay;
* a disability list (``DISABILITY_GROUP``): a title naming disabled staff ("disabled
  employees", "Schwerbehinderte", "travailleurs handicapés", "personas con discapacidad",
  "arbeidsbeperking", a table ``dip_disabili``) right before records of named people with
  a degree (``degree``: "67%", ``GdB: 50``).

Not reported: a field that says there is nothing or nothing yet ("clear", "none found", "no
record", "false", "pending", "not required": ``no_finding``), a system's field under those
names (``credit_check_api``, ``visa_service_url``), a biometric field's date, flag or id
(``fingerprint_enrolled_at``), a count or a date under an offense's name (a game's
``"offense": 87``), a game's race ("Elf"), a union type, a key fingerprint or a document
embedding with no face, voice or fingerprint in the message, shares and likes of a social
post (no vesting or grant), a title about disabled accounts ("disabled users": people
only), a disability list with no degree, and a citizenship. Limits: a listed ``key: value``
pair's key is one word ("titre de séjour: ..." on one line with other pairs is read as
"séjour"), and a disability list is read only with a degree.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.routing.sensitivity import beliefs, ethnicity, family, finances, orientation, unions
from bot.routing.sensitivity.immigration import _is_status

BIOMETRIC = "pii.biometric"
FINANCIAL = finances.LABEL  # the prose rule's label: one kind, said or recorded
IMMIGRATION = "pii.immigration"
CRIMINAL_RECORD = "pii.criminal_record"
WEAK_BIOMETRIC = "biometric?"  # a key that is biometric only in a message about it
UNION = unions.LABEL
ETHNICITY = ethnicity.LABEL
ORIENTATION = orientation.LABEL
BELIEFS = beliefs.LABEL
FAMILY = family.LABEL
WEAK_ETHNICITY = "ethnicity?"  # a "race" field: a person's only with a group as its value

# A bare "visa" value is a card's brand (``{"brand": "visa"}``), not a person's visa.
_BARE_BEFORE = re.compile(r"[\"'=:|,;\t] ?")
_BARE_AFTER = re.compile(r"[\s\"',;|}\]]|$")


def immigration_status(text: str, lowered: str, match: re.Match[str]) -> bool:
    """``immigration``'s words in a record: its own check, and not a card's brand."""
    if not _is_status(text, lowered, match):
        return False
    if match.group() != "visa":
        return True
    start = match.start()
    before = lowered[max(0, start - 2) : start]
    bare = _BARE_BEFORE.fullmatch(before) or _BARE_BEFORE.fullmatch(before[-1:])
    return not (bare and _BARE_AFTER.match(lowered, match.end()))


# An immigration status as a record writes it: an E-Verify case's, an I-9's, a visa's type.
IMMIGRATION_VALUES = re.compile(
    r"(?<![a-z])(?:non-?citizen(?: national)?|alien authori[sz]ed to work|h-?1b|l-1[ab]|"
    r"lawful(?:ly admitted for)? permanent resident|"
    r"(?:tentative|final)[ _-]?non-?confirmation|i-(?:551|766)|ds-2019|"
    r"third[ -]country nationals?|drittstaatsangeh\u00f6rige?[rn]?|"
    r"ressortissante?s? (?:d'un |de )?pays tiers|nacional(?:es)? de (?:un )?tercer pa\u00eds|"
    r"derdelanders?|asylum(?: seeker| application| claim| case)?|refugee status|"
    r"(?:solicitud|solicitante|petici\u00f3n) de asilo|demande d'asile|demandeur d'asile|"
    r"asylantrag|asylbewerber\w*|asielaanvraag|asielzoeker|richiesta di asilo|"
    r"richiedente asilo|pedido de asilo|permesso di soggiorno|autorizzazione al lavoro|"
    # Malay and Indonesian: a foreign worker's pass or permit (PLKS, "pas lawatan kerja
    # sementara", "permit kerja", KITAS, KITAP, IMTA, "izin tinggal", "izin kerja")
    r"plks|pas lawatan kerja(?: sementara)?|pas kerja|permit kerja|visa kerja|"
    r"pekerja asing|kitas|kitap|imta|izin (?:tinggal|kerja)(?: (?:terbatas|tetap))?)"
    r"(?![a-z])"
)
IMMIGRATION_VALUE_STEMS = (
    "noncitizen", "non-citizen", "alien auth", "lawful perm", "lawfully adm", "tentative",
    "final non", "final_non", "i-551", "i-766", "ds-2019", "third-country", "third country",
    "drittstaat", "ressortissant", "nacional de", "nacionales de", "derdelander", "h-1b",
    "h1b", "l-1", "asylum", "refugee", "solicitud de", "solicitante de asilo", "petici\u00f3n de",
    "demande d'asile", "demandeur d'asile", "asylantrag", "asylbewerber", "asielaanvraag",
    "asielzoeker",
    "richiesta di", "richiedente", "pedido de", "permesso di", "autorizzazione al",
    "plks", "pas lawatan", "pas kerja", "permit kerja", "visa kerja", "pekerja asing",
    "kitas", "kitap", "imta", "izin tinggal", "izin kerja",
)  # fmt: skip

# A conviction's outcome as a field's value ("disposition: convicted").
CRIMINAL_VALUES = re.compile(
    r"(?<![a-z])(?:convicted|convictions?|felony|felonies|misdemeanou?rs?|"
    r"(?:pleaded|pled|found) guilty|guilty plea|nolo contendere|deferred adjudication|"
    r"verurteilt|vorbestraft|condamn\u00e9e?s?|condenad[oa]s?|condannat[oa]|condannati|"
    r"condannate|veroordeeld|"
    # Finnish, Swedish, Norwegian and Danish: a sentence and the commonest offences of a
    # criminal record's extract ("pahoinpitely (2017), sakko", "dömd för misshandel")
    r"tuomittu|tuomio|vankeus(?:rangaistus)?|ehdollinen(?: vankeus)?|pahoinpitely|varkaus|"
    r"petos|rattijuopumus|huumausainerikos|seksuaalirikos|"
    r"d\u00f6md|d\u00f8mt|misshandel|st\u00f6ld|bedr\u00e4geri|rattfylleri|narkotikabrott|"
    r"f\u00e4ngelse|villkorlig dom|legemsbeskadigelse|vold|tyveri|bedrageri|"
    r"promillekj\u00f8ring|spiritusk\u00f8rsel|fengsel|f\u00e6ngsel|betinget dom)(?![\w-])"
)
CRIMINAL_VALUE_STEMS = (
    "convicted", "conviction", "felon", "felony", "misdemean", "pleaded guilty",
    "pled guilty", "found guilty", "guilty plea", "nolo", "deferred adj", "verurteil",
    "vorbestraft", "condamn", "condena", "condann", "veroordeel",
    "tuomi", "vankeus", "ehdollinen", "pahoinpitely", "varkaus", "petos", "rattijuopumus",
    "huumausainerikos", "seksuaalirikos", "d\u00f6md", "d\u00f8mt", "misshandel",
    "st\u00f6ld", "bedr\u00e4geri", "rattfylleri", "narkotikabrott", "f\u00e4ngelse",
    "villkorlig", "legemsbeskadigelse", "vold", "tyveri", "bedrageri", "promillekj",
    "spiritusk", "fengsel", "f\u00e6ngsel", "betinget",
)  # fmt: skip

# A credit record: insolvency, court judgments, collections, defaults, garnishment.
CREDIT = re.compile(
    r"(?<![a-z])(?:"
    # English
    r"bankrupt(?:cy|cies)?|insolven(?:cy|t)|ccjs?|county court judge?ments?|"
    r"debt relief orders?|individual voluntary arrangements?|"
    r"\d+ (?:defaults?|charge-?offs?|judge?ments?|liens?|ccjs?)|"
    r"(?:in|sent to|referred to) collections|collection (?:accounts?|agency|items?)|"
    r"charge-?offs?|charged off|(?:payment|loan|mortgage|credit) defaults?|"
    r"defaulted on (?:an? |the |his |her |their )?(?:loans?|mortgages?|payments?|credit)|"
    r"foreclos(?:ure|ed)|repossess(?:ion|ed)|garnishments?|garnishee|wages? garnished|"
    r"garnished wages?|tax liens?|"
    r"debt management plan|adverse credit|bad credit|poor credit|"
    r"delinquen(?:t|cy|cies)|(?:late|missed) payments?|arrears|"
    # German
    r"(?:privat)?insolvenz\w*|restschuldbefreiung|schufa[- ]?(?:eintr(?:ag|\u00e4ge)|negativ)|"
    r"negative[rs]? schufa|(?:lohn|konto|gehalts)?pf\u00e4ndung\w*|zwangsvollstreckung\w*|"
    r"verm\u00f6gensauskunft|eidesstattliche versicherung|inkasso\w*|mahnverfahren|"
    # French
    r"faillite|surendett\w+|fich\u00e9e? (?:\u00e0 la |au )?(?:banque de france|ficp)|ficp|"
    r"saisies? sur (?:salaire|r\u00e9mun\u00e9ration)|saisie-arr\u00eat|"
    r"redressement judiciaire|liquidation judiciaire|incidents? de paiement|"
    r"interdite? bancaire|"
    # Spanish
    r"quiebra|concurso (?:de acreedores|personal)|insolvencia|moros[oa]s?|morosidad|asnef|"
    r"(?:embargo|retenci\u00f3n) (?:de|del|sobre el) (?:n\u00f3mina|sueldo|salario)|"
    r"embargad[oa]|deudas? (?:pendientes?|impagadas?|vencidas?)|"
    # Dutch
    r"faillissement|failliet|schuldsanering|wsnp|bkr[- ]?(?:registratie|codering|notering)|"
    r"loonbeslag|beslaglegging|betalingsachterstand\w*|incassobureau|incassozaak|"
    r"schuldhulp\w*"
    r")(?![a-z])"
)
CREDIT_STEMS = (
    "bankrupt", "insolven", "ccj", "county court", "debt relief", "individual voluntary",
    "collection", "default", "charge-off", "chargeoff", "charge off", "charged off",
    "payment def", "loan def", "mortgage def", "credit def", "foreclos", "repossess",
    "garnish", "tax lien",
    "debt management", "adverse credit", "bad credit", "poor credit", "delinquen",
    "late payment", "missed payment", "arrears", "privatinsolvenz", "insolvenz",
    "restschuld", "schufa", "negative schufa", "negativer schufa", "negatives schufa",
    "pf\u00e4ndung", "lohnpf\u00e4nd", "kontopf\u00e4nd", "gehaltspf\u00e4nd", "zwangsvollstr",
    "verm\u00f6gensausk", "eidesstattliche", "inkasso", "mahnverfahren", "faillite",
    "surendett", "fich\u00e9", "ficp", "saisie", "redressement", "liquidation judic",
    "incident de paie", "incidents de paie", "interdit bancaire", "interdite bancaire",
    "quiebra", "concurso de", "concurso personal", "insolvencia", "moros", "asnef", "embargo",
    "retenci\u00f3n", "embargad", "deuda", "faillissement", "failliet", "schuldsanering", "wsnp",
    "bkr", "loon", "beslaglegging", "betalingsachterstand", "incassobureau",
    "incassozaak", "schuldhulp",
)  # fmt: skip
# The amount in a "CCJ £4,120" or "3 defaults": a number before the word starts the match.
CREDIT_BACK = 8

# A check's result that is adverse ("Result: Adverse"), in a message about a credit check.
CREDIT_CHECK = re.compile(
    r"credit[ _-]?(?:checks?|reports?|screening|history|vetting)|bonit\u00e4tspr\u00fcfung|"
    r"schufa|enqu\u00eate de cr\u00e9dit|informe de cr\u00e9dito|kredietcheck|bkr[ -]?toets"
)
_RESULT_KEYS = frozenset((
    "result", "results", "outcome", "status", "decision", "ergebnis", "r\u00e9sultat",
    "resultat", "resultado", "uitslag", "uitkomst",
))  # fmt: skip
_ADVERSE = re.compile(
    r"(?:adverse(?: action| findings?| information)?|d\u00e9favorable|desfavorable|"
    r"ung\u00fcnstig|ongunstig)\.?"
)


def adverse_result(key: str, value: str) -> bool:
    """Is ``value`` (a field's, under ``key``) a check's adverse result?"""
    return key in _RESULT_KEYS and _ADVERSE.fullmatch(value) is not None


# Field names (lower-case words, ``pay._column_name``) that say their value is of a kind.
_IMMIGRATION_KEY_WORDS = frozenset((
    "immigration", "visa", "visas", "visum", "visado", "aufenthaltstitel",
    "aufenthaltserlaubnis", "aufenthaltsstatus", "aufenthaltsgenehmigung", "arbeitserlaubnis",
    "niederlassungserlaubnis", "werkvergunning", "verblijfsvergunning", "verblijfsstatus",
    "verblijfstitel", "sevis", "uscis", "ead", "alien", "everify",
    # a Gulf state's residence permit and its sponsorship (iqama, kafala, kafeel: إقامة,
    # كفالة, كفيل, تأشيرة), a UK biometric residence permit, asylum, naturalisation, a
    # green card, an H-1B, Italy's and Portugal's permits
    "iqama", "kafala", "kafeel", "kafil", "brp", "asylum", "naturalization", "naturalisation",
    "greencard", "h1b", "soggiorno", "\u0625\u0642\u0627\u0645\u0629",
    "\u0627\u0642\u0627\u0645\u0629", "\u0643\u0641\u0627\u0644\u0629",
    "\u0627\u0644\u0643\u0641\u064a\u0644", "\u062a\u0623\u0634\u064a\u0631\u0629",
))  # fmt: skip
_IMMIGRATION_KEYS = frozenset(
    (
        "right to work",
        "a number",
        "a no",
        "a nr",
        "i 94",
        "e verify",
        "green card",
        "h 1b",
    )
)
# ... and a pair of words: "work_auth_type", "residence permit", "permiso de trabajo".
_PERMIT_FIRST = frozenset((
    "work", "employment", "residence", "residency", "permiso", "permis", "autorisation",
    "autorizaci\u00f3n", "titre", "tarjeta", "carte",
))  # fmt: skip
_PERMIT_SECOND = frozenset((
    "authorization", "authorisation", "auth", "permit", "permits", "eligibility", "trabajo",
    "residencia", "travail", "s\u00e9jour", "sejour",
))  # fmt: skip
_RESIDENCE = frozenset(("residence", "residency"))
_RESIDENCE_SECOND = frozenset(("status", "title", "card"))
_CRIMINAL_KEY_WORDS = frozenset((
    "offense", "offence", "offenses", "offences", "conviction", "convictions", "felony",
    "felonies", "misdemeanor", "misdemeanors", "misdemeanour", "misdemeanours", "criminal",
    "crime", "crimes", "arrest", "arrests", "vorstrafe", "vorstrafen", "straftat",
    "straftaten", "delikt", "delikte", "casier", "condamnation", "condamnations",
    "d\u00e9lit", "d\u00e9lits", "delito", "delitos", "condena", "condenas", "strafblad",
    "veroordeling", "veroordelingen", "delict", "delicten", "misdrijf", "misdrijven",
    # a criminal record's extract in the Nordic languages
    "rikosrekisteri", "rikosrekisteriote", "rikostausta", "belastningsregister",
    "belastningsregistret", "brottsregister", "politiattest", "straffeattest",
    "b\u00f8rneattest", "tuomiot", "tuomio",
))  # fmt: skip
# ... and a pair of words: a criminal record's certificate or extract ("Certificado de
# antecedentes penales", "certificato penale", "casellario giudiziale", "registo criminal",
# "extrait de casier judiciaire").
_PENAL_FIRST = frozenset((
    "antecedentes", "certificado", "certificato", "casellario", "registo", "registro",
    "fedina", "certificat", "extrait", "precedenti", "ficha", "carichi", "atestado",
))  # fmt: skip
_PENAL_SECOND = frozenset((
    "penales", "penal", "penale", "penali", "criminales", "criminais", "judiciaire",
    "judiciaires", "giudiziale", "judicial", "judiciais", "policiales", "pendenti",
))  # fmt: skip
_CRIMINAL_KEYS = frozenset(("antecedentes penales", "ant\u00e9c\u00e9dents judiciaires",
                            "f\u00fchrungszeugnis"))  # fmt: skip
_CREDIT_KEY_WORDS = frozenset((
    "schufa", "bonit\u00e4t", "bonitaet", "solvabilit\u00e9", "solvencia", "kredietwaardigheid",
    "creditscore", "bkr",
    # a garnishment's or a levy's field: its amount, type or order
    "garnish", "garnishment", "garnishments", "garnishee", "levy", "levies",
    "pf\u00e4ndung", "lohnpf\u00e4ndung", "gehaltspf\u00e4ndung", "saisie", "embargo", "loonbeslag",
    "beslag", "penhora", "pignoramento", "exekuce", "\u062d\u062c\u0632",
))  # fmt: skip
_CREDIT_SECOND = frozenset(("score", "rating", "check", "report", "history", "result", "file"))
# A biometric template: a feature and a part of the body ("face embedding"), or one word.
_BIOMETRIC_KEY_WORDS = frozenset((
    "voiceprint", "voiceprints", "faceprint", "faceprints", "biometric", "biometrics",
    "biometry", "minutiae", "fingerabdruck", "fingerabdr\u00fccke", "vingerafdruk",
    "vingerafdrukken",
))  # fmt: skip
_BODY = frozenset((
    "face", "facial", "gesicht", "gesichts", "visage", "rostro", "cara", "gezicht",
    "gezichts", "iris", "retina", "palm", "voice", "speaker", "stimme", "voix", "voz",
))  # fmt: skip
_FEATURE = frozenset((
    "embedding", "embeddings", "encoding", "encodings", "template", "templates", "vector",
    "vectors", "descriptor", "descriptors", "features", "signature", "print", "code", "scan",
    "hash", "minutiae", "merkmale", "vorlage", "gabarit", "plantilla", "sjabloon", "kenmerken",
    "emb",
))  # fmt: skip
# What is said of a template in its field's name: the one a face is matched with, or the
# stored one ("probe_embedding", "reference_template", "gallery_encoding").
_TEMPLATE_ROLE = frozenset((
    "probe", "query", "reference", "ref", "gallery", "stored", "live", "captured", "capture",
    "enrollment", "enrolment", "master", "input", "current", "raw", "user", "person",
    "subject", "employee", "candidate", "sample",
))  # fmt: skip
_FINGER = frozenset(("fingerprint", "fingerprints", "finger", "thumb"))
_FINGER_FEATURE = frozenset(("template", "templates", "minutiae", "image", "scan", "iso"))
_PRINT = frozenset(("empreinte", "empreintes", "huella", "huellas"))
_PRINT_KIND = frozenset(("digitale", "digitales", "vocale", "faciale", "dactilar",
                         "dactilares", "voz"))  # fmt: skip
# Keys that hold a biometric template only in a message about one.
_WEAK_BIOMETRIC_KEYS = frozenset((
    "embedding", "embeddings", "encoding", "template", "vector", "descriptor", "features",
    "fingerprint", "fingerprints", "emb",
))  # fmt: skip
# A system's field, not a person's: "credit_check_api", "visa_service_url".
_SYSTEM_KEY_WORDS = frozenset((
    "api", "service", "svc", "endpoint", "url", "uri", "provider", "vendor", "config",
    "enabled", "version", "webhook", "job",
))  # fmt: skip
# A date, a flag or an id under those names ("fingerprint_enrolled_at").
_NOT_KIND_KEY_WORDS = frozenset((
    "date", "dates", "expiry", "expires", "expiration", "at", "on", "id", "ids", "type",
    "count", "enrolled", "required", "checked", "status", "version", "model", "dim", "dims",
    "size", "length", "url", "path", "file", "uploaded", "consent",
))  # fmt: skip


@lru_cache(maxsize=512)
def key_kind(key: str) -> str | None:
    """The label a field named ``key`` (lower-case words) gives its value, ``WEAK_BIOMETRIC``
    for a key that is biometric in a message about it, or None."""
    if key in _IMMIGRATION_KEYS or key in _CRIMINAL_KEYS:
        return IMMIGRATION if key in _IMMIGRATION_KEYS else CRIMINAL_RECORD
    words = set(key.split())
    if words & _SYSTEM_KEY_WORDS:
        return None
    if (
        words & _IMMIGRATION_KEY_WORDS
        or (words & _PERMIT_FIRST and words & _PERMIT_SECOND)
        or (words & _RESIDENCE and words & _RESIDENCE_SECOND)
    ):
        return IMMIGRATION  # a visa's expiry or number too
    if words & _CRIMINAL_KEY_WORDS or (words & _PENAL_FIRST and words & _PENAL_SECOND):
        return CRIMINAL_RECORD
    if words & _CREDIT_KEY_WORDS or ("credit" in words and words & _CREDIT_SECOND):
        return FINANCIAL
    if words & _UNION_KEY_WORDS and not words & _NOT_UNION_KEY_WORDS:
        return UNION  # "union_status: member" too
    if (
        key in _ORIENTATION_KEYS
        or words & (_ORIENTATION_KEY_WORDS | _RELIGION_KEY_WORDS)
        or (words & _GENDER and words & _GENDER_CHANGE)  # "gender_marker_change"
    ):
        return BELIEFS if words & _RELIGION_KEY_WORDS else ORIENTATION
    if words & _NOT_KIND_KEY_WORDS:
        return None
    if words & _ETHNICITY_KEY_WORDS or words & _RACE_KEY_WORDS:
        return ETHNICITY if words & _ETHNICITY_KEY_WORDS else WEAK_ETHNICITY
    return _biometric_kind(words)


def _biometric_kind(words: set[str]) -> str | None:
    if (
        words & _BIOMETRIC_KEY_WORDS
        or (words & _BODY and words & _FEATURE)
        or (words & _FINGER and words & _FINGER_FEATURE)
        or (words & _PRINT and words & _PRINT_KIND)
    ):
        return BIOMETRIC
    if words & _WEAK_BIOMETRIC_KEYS and words <= _WEAK_BIOMETRIC_KEYS | _TEMPLATE_ROLE:
        return WEAK_BIOMETRIC
    return None


# A union's field: the person's union, membership or dues ("union", "union_local",
# "Gewerkschaft", "syndicat", "sindicato", "vakbond"); not a type ("union type").
_UNION_KEY_WORDS = frozenset((
    "union", "unions", "gewerkschaft", "gewerkschaftsmitglied", "gewerkschaftsbeitrag",
    "syndicat", "syndical", "syndicale", "syndiqu\u00e9", "sindicato", "sindical",
    "afiliaci\u00f3n", "vakbond", "vakbondslid", "vakbondscontributie",
))  # fmt: skip
_NOT_UNION_KEY_WORDS = frozenset(("type", "types", "kind", "find", "all", "query", "sql"))
# A person's sexual orientation or gender identity, as an HR system's self-identification
# fields name them ("selfId.sexualOrientation", "gender_identity", "orientation sexuelle").
_ORIENTATION_KEYS = frozenset(key.replace(" ", joint) for joint in (" ", "") for key in (
    "sexual orientation", "gender identity", "orientierung sexuelle", "sexuelle orientierung",
    "geschlechtsidentit\u00e4t", "orientation sexuelle", "identit\u00e9 de genre",
    "orientaci\u00f3n sexual", "identidad de g\u00e9nero", "seksuele ori\u00ebntatie",
    "genderidentiteit", "orienta\u00e7\u00e3o sexual", "identidade de g\u00eanero",
    "orientamento sessuale", "identit\u00e0 di genere", "trans status", "lgbt status",
))  # fmt: skip
_ORIENTATION_KEY_WORDS = frozenset(("sexualorientation", "genderidentity", "lgbtq", "lgbt",
                                    "lgbtqia", "geschlechtsidentit\u00e4t", "deadname",
                                    "transgender", "personenstands\u00e4nderung",
                                    "geslachtswijziging", "geslachtsregistratie"))  # fmt: skip
# A change of gender in a record's key: "gender_marker_change", "transition_date" with a
# gender word, "sex reassignment", "changement de sexe", "cambio de sexo".
_GENDER = frozenset(("gender", "sex", "sexe", "sexo", "genre", "g\u00e9nero", "geschlecht"))
_GENDER_CHANGE = frozenset((
    "marker", "transition", "reassignment", "affirmation", "affirming", "change", "changed",
    "changement", "cambio", "mudan\u00e7a", "\u00e4nderung", "wijziging",
))  # fmt: skip
# A person's religion ("religion", "faith", "Konfession", "confession religieuse").
_RELIGION_KEY_WORDS = frozenset((
    "religion", "religious", "faith", "denomination", "konfession", "religionszugeh\u00f6rigkeit",
    "religi\u00f3n", "religie", "religione", "religi\u00e3o", "agama",
    "n\u00e1bo\u017eenstv\u00ed", "\u03b8\u03c1\u03ae\u03c3\u03ba\u03b5\u03c5\u03bc\u03b1",
    "\u05d3\u05ea", "\u0927\u0930\u094d\u092e", "\u0627\u0644\u062f\u064a\u0646",
    "t\u00f4n gi\u00e1o",
))  # fmt: skip
# An ethnicity field ("race_ethnicity", "ethnic_origin", "Herkunft", "origine ethnique").
_ETHNICITY_KEY_WORDS = frozenset((
    "ethnicity", "ethnic", "ethnie", "ethnizit\u00e4t", "ethnische", "ethnique", "etnia",
    "etnicidad", "\u00e9tnico", "etniciteit", "etnische", "afkomst", "\u00e9tnica",
    "etnico", "etnica",
))  # fmt: skip
# A "race" field: a person's ethnicity, or a game's or a sport's race ("race": "Elf").
# (Portuguese: "cor/raça", "raca_cor", as the Brazilian census and forms ask it.)
_RACE_KEY_WORDS = frozenset(("race", "raza", "rasse", "racial", "ra\u00e7a", "raca", "razza"))
# A race field's values that are a person's: the groups of ethnicity surveys (EEO-1, the
# census) and a refusal to answer, which is no value.
_ETHNIC_GROUP = re.compile(
    r"(?<![a-z])(?:white|black|asian|hispanic|latin[oax]|african|caucasian|"
    r"(?:american|alaska|native) (?:indian|native|hawaiian|american)|pacific islander|"
    r"indigenous|aboriginal|two or more|multiracial|mixed|arab|middle eastern|"
    r"weiss|wei\u00df|schwarz|blanc|blanche|noir|noire|asiatique|blanco|blanca|negro|"
    r"negra|asi\u00e1tic[oa]|wit|zwart|aziatisch|"
    # the Brazilian census's groups (IBGE): branca, preta, parda, amarela, indígena
    r"branc[oa]|pret[oa]|pard[oa]|amarel[oa]|ind\u00edgena|indigena|bianc[oa])(?![a-z])"
)
_NOT_DISCLOSED = re.compile(
    r"(?:prefer(?:s|red)? not to (?:say|answer|disclose)|declined?(?: to \w+)?|"
    r"not (?:disclosed|declared|specified|stated|provided)|no answer|keine angabe|"
    r"non (?:renseign\u00e9|communiqu\u00e9)|no (?:consta|declarad[oa])|onbekend)\.?"
)


def not_disclosed(value: str) -> bool:
    """Is ``value`` a refusal to answer ("Prefer not to say", "Declined")?"""
    return _NOT_DISCLOSED.fullmatch(value) is not None


def ethnic_value(kind: str, value: str) -> bool:
    """Is ``value`` of a field of ``kind`` (``ETHNICITY``, ``WEAK_ETHNICITY``) a person's
    ethnicity: not a refusal to answer, and under a bare "race" field a survey's group?"""
    if _NOT_DISCLOSED.fullmatch(value):
        return False
    return kind == ETHNICITY or _ETHNIC_GROUP.search(value[:80]) is not None


# Words of the message when a bare ``embedding`` or ``fingerprint`` field is a person's
# template: faces, voices, fingerprint readers, biometrics.
BIOMETRIC_CONTEXT = re.compile(
    r"(?<![a-z])(?:face|faces|facial|facenet|arcface|insightface|biometr\w*|"
    r"biom\u00e9tri\w*|biom\u00e9tric\w*|fingerprint (?:readers?|scanners?|sensors?|terminals?)|"
    r"iris|retina|voice|voiceprints?|speaker (?:verification|recognition|embeddings?|id)|palm|"
    r"gesicht\w*|visage|rostro|reconocimiento facial|reconnaissance faciale|gezicht\w*|"
    # a fingerprint reader's log: the finger enrolled ("finger=R_INDEX", "finger: left thumb")
    r"(?:finger|thumb|finger_?id|finger_?pos(?:ition)?|doigt|dedo|vinger)[ \t]*[=:]|"
    r"[rl]_(?:index|thumb|middle|ring|little)|(?:right|left) (?:index|thumb|middle finger))"
    r"(?![a-z])"
)
BIOMETRIC_STEMS = (
    "voiceprint", "faceprint", "biometr", "biom\u00e9tri", "minutiae", "fingerabdr",
    "vingerafdruk", "embedding", "encoding", "template", "descriptor", "fingerprint",
    "empreinte", "huella", "iris", "face", "facial", "voice", "gesicht", "visage", "rostro",
    "gezicht",
)  # fmt: skip
# A template's value: a vector ("[0.2282, -0.0006, ...") or a blob (base64, hex).
_TEMPLATE_VALUE = re.compile(r"\[[ \t]*-?\d*\.?\d|[\w+/=-]{16}")


def biometric_value(value: str) -> bool:
    return _TEMPLATE_VALUE.match(value) is not None


# A value that says there is nothing on record, or no result yet.
_NO_FINDING = re.compile(
    r"(?:clear|clean|none|none found|no records?(?: found)?|nothing found|no hits?|"
    r"keine?|kein eintrag|aucune?|n\u00e9ant|ninguno|ninguna|sin antecedentes|geen|"
    r"false|no|nein|non|nee|n/?a|-|\u2014|pending|requested|ordered|scheduled|submitted|"
    r"queued|in progress|not started|offen|en attente|en cours|pendiente|in behandeling|"
    r"not required|not needed|nicht erforderlich|non requis|no requerido|niet nodig|"
    r"ohne eintr(?:ag|\u00e4ge)|keine eintr\u00e4ge|vierge|sans mention|"
    r"no (?:convictions?|offen[cs]es|findings|adverse (?:findings|information))|nil|"
    # an examination's or a register's "nothing found": "ohne Befund", "o.B.", "ei
    # merkintöjä", "inga anteckningar", "ingen merknader", "sans particularité"
    r"ohne befund|o\. ?b|unauff\u00e4llig|ei merkint\u00f6j\u00e4|inga anteckningar|"
    r"ingen (?:merknader|anm\u00e6rkninger|anmerkninger)|sans particularit\u00e9|"
    r"sin hallazgos|geen bijzonderheden)\.?"
)


def no_finding(value: str) -> bool:
    return _NO_FINDING.fullmatch(value) is not None


# Equity: a holder's shares, options or units and their strike, in a message about grants.
EQUITY_STEMS = (
    "vesting", "vested", "unvested", "rsu", "esop", "espp", "strike", "exercise price",
    "cap table", "captable", "stock option", "share option", "option grant", "equity grant",
    "equity award", "equity comp", "409a", "aktienoption", "mitarbeiterbeteiligung", "vsop",
    "bspce", "stock-option", "actions gratuites", "opciones sobre", "aandelenoptie",
    "optieregeling",
)  # fmt: skip
_EQUITY_KEY_WORDS = frozenset((
    "shares", "share", "options", "option", "units", "rsus", "rsu", "grant", "granted",
    "strike", "exercise", "vested", "unvested", "equity", "stock", "aktien", "optionen",
    "anteile", "aus\u00fcbungspreis", "actions", "bspce", "exercice", "acciones", "opciones",
    "ejercicio", "aandelen", "opties", "uitoefenprijs",
))  # fmt: skip
_NOT_EQUITY_KEY_WORDS = frozenset((
    "date", "dates", "id", "type", "class", "plan", "schedule", "pool", "start", "cliff",
    "months", "years", "period", "status", "symbol", "ticker", "url",
))  # fmt: skip


@lru_cache(maxsize=512)
def equity_key(key: str) -> bool:
    words = set(key.split())
    return bool(words & _EQUITY_KEY_WORDS) and not words & _NOT_EQUITY_KEY_WORDS


# A title naming disabled staff, right before records of named people (words apart by
# spaces or underscores: a table's name, ``FROM staff_with_disabilities``).
DISABILITY_GROUP = re.compile(
    r"(?<![a-z])(?:disabled[ _](?:employees|staff|workers|people|persons|colleagues|members)|"
    r"(?:employees|staff|workers|people|persons|colleagues)[ _]with[ _](?:a[ _])?"
    r"disabilit(?:y|ies)|disabilit(?:y|ies)[ _](?:register|list|status|quota)|"
    r"schwerbehinderte?[nr]?|behinderte[nr]?|mit[ _]behinderungs?|"
    r"travailleurs?[ _]handicap\u00e9s?|handicap\u00e9e?s?|rqth|boeth|discapacitad[oa]s?|"
    r"con[ _]discapacidad|arbeidsbeperking\w*|met[ _]een[ _](?:arbeids)?beperking|"
    r"banenafspraak|disabili|categorie[ _]protette|invalidi)(?![a-z])"
)
DISABILITY_STEMS = (
    "disabled", "disabilit", "schwerbehind", "behinderte", "behinderung", "handicap",
    "handicap\u00e9", "rqth", "boeth", "discapacit", "discapacidad", "arbeidsbeperk",
    "beperking", "banenafspraak", "disabili", "categorie", "invalidi",
)  # fmt: skip
# How far before its stem a title starts ("colleagues_with_" before "disabilities").
DISABILITY_BACK = 20
# A disability degree: a percentage, or a number under a degree's field.
_DEGREE = re.compile(r"\d{1,3}(?:[.,]\d{1,2})?[ \t]?%")
_DEGREE_KEYS = frozenset(("gdb", "grad", "degree", "grado", "taux", "percentage",
                          "percentuale", "porcentaje", "percent", "pct"))  # fmt: skip


def degree(key: str, value: str) -> bool:
    """Is ``value`` (a field's, under ``key``) a disability degree?"""
    if _DEGREE.fullmatch(value):
        return True
    return bool(set(key.split()) & _DEGREE_KEYS) and value[:3].strip().isdigit()


def _spelt(*keys: str) -> tuple[str, ...]:
    """Field names of several words as keys write them: "work auth", "work_auth", "workauth"."""
    return tuple(key.replace(" ", joint) for key in keys for joint in (" ", "_", ""))


# The words of the field names above that start a word, for ``colleagues``' pass.
KEY_STEMS = (
    "immigration", "visa", "visum", "visado", "aufenthalts", "arbeitserlaubnis",
    "niederlassungserl", "werkvergunning", "verblijfs", "s\u00e9jour", "sevis", "uscis",
    *_spelt("work auth", "work perm", "work elig", "residence perm", "residence stat",
            "right to work", "permiso de", "permis de travail", "autorisation de trav",
            "employment auth", "employment elig", "e verify", "titre de s", "carte de s",
            "tarjeta de"),
    "residency", "everify", "e-verify", "iqama", "kafala", "kafeel", "kafil", "asylum",
    "naturali", "greencard", "green card", "h1b", "h-1b", "soggiorno",
    "\u0625\u0642\u0627\u0645\u0629", "\u0627\u0642\u0627\u0645\u0629",
    "\u0643\u0641\u0627\u0644\u0629", "\u0643\u0641\u064a\u0644",
    "\u062a\u0623\u0634\u064a\u0631\u0629",
    "offense", "offence", "conviction", "felon", "misdemean", "criminal", "crime", "arrest",
    "vorstraf", "straftat", "delikt", "casier", "condamn", "d\u00e9lit", "delito", "condena",
    "strafblad", "veroordel", "delict", "misdrijf", "antecedentes", "ant\u00e9c\u00e9dents",
    "f\u00fchrungszeugnis", "casellario", "certificato pen", "fedina", "registo crim",
    "registro crim", "antecedentes crim", "precedenti pen", "schufa", "bonit\u00e4t",
    "bonitaet", "solvabilit", "solvencia",
    "kredietwaard", "creditscore", "credit", "bkr",
    "union", "gewerkschaft", "syndica", "syndiqu", "sindica", "afiliaci", "vakbond",
    "ethnic", "ethnie", "ethniz", "ethnique", "etnia", "etnic", "\u00e9tnic", "etnisch",
    "afkomst", "race", "raza", "rasse", "racial", "ra\u00e7a", "raca", "razza", "autodeclara",
    "garnish", "levy", "levies", "penhora", "pignoramento", "exekuce", "\u062d\u062c\u0632",
    "sexual", "gender", "orientation", "deadname", "transgender", "personenstands",
    "geslachts", "reassignment", "sex change", "sex_change", "changement de sexe",
    "cambio de sexo", "orientierung", "geschlechtsident", "orientaci",
    "identidad de g", "identit\u00e9 de g", "seksuele", "genderident", "lgbt", "orienta",
    "identidade de g", "identit\u00e0 di g", "religion", "religious", "faith", "denomination",
    "konfession", "religi", "agama",
)  # fmt: skip


# Words of a kind as a record's free-text field writes them ("reason": "epilepsy - OH
# advice", "Ghi chú": "khuyết tật vận động", "alasan": "mangkir 3 hari", "Detail": "Observant
# Muslim; prayer room access"), in languages and shapes the prose lexicons do not read:
# ``person_records.LEXICONS``, said of the record's named person.
RECORD_HEALTH = re.compile(
    r"(?<![\w-])(?:"
    # English, as a record's note or reason writes it
    r"(?:eap|grief|trauma|mental health|bereavement|addiction|psychological) counsell?ing|"
    r"counsell?ing (?:sessions?|referral)|stress(?! tests?)|work[- ]related stress|"
    r"(?:back|neck|chest|chronic|joint|pelvic) pain|"
    r"(?:hepato|nephro|cardio|neuro|oto|myelo|cyto|geno)toxicity|ptsd|pregnan(?:t|cy)|miscarriage|"
    # Spanish, Portuguese, Italian
    r"salud mental|sa\u00fade mental|salute mentale|tept|pesadillas|doen\u00e7a|"
    r"depress\u00e3o|licen\u00e7a m\u00e9dica|gravidez|malattia|disabilit\u00e0|gravidanza|"
    r"invalidit\u00e0|"
    # a treatment by infusion ("remote on infusion days", "IV infusion", "chemo infusions")
    r"infusions? (?:days?|therapy|treatments?|appointments?|sessions?|clinic|cent(?:er|re)|"
    r"schedule|weeks?)|(?:iv|chemo|iron|biologic|ketamine|immunoglobulin|ivig) infusions?|"
    # a pregnancy by its weeks' words: "gestação de risco", "gestante", "gestación",
    # "gestazione", "weeks of gestation"
    r"gesta\u00e7\u00e3o|gestantes?|gestaci\u00f3n|gestazione|gestation|"
    # Indonesian, Vietnamese, Czech
    r"sakit|disabilitas|penyandang disabilitas|hamil|kh\u00f4ng khuy\u1ebft t\u1eadt|"
    r"khuy\u1ebft t\u1eadt|b\u1ec7nh|thai s\u1ea3n|nemoc|nemocensk\u00e1|posti\u017een\u00ed|"
    r"t\u011bhotenstv\u00ed|"
    # Arabic, Hindi, Hebrew, Greek
    r"\u0645\u0631\u0636|\u0625\u0639\u0627\u0642\u0629|\u092c\u0940\u092e\u093e\u0930\u0940|\u0935\u093f\u0915\u0932\u093e\u0902\u0917|"
    r"\u05de\u05d7\u05dc\u05d4|\u05e0\u05db\u05d5\u05ea|\u03b1\u03c3\u03b8\u03ad\u03bd\u03b5\u03b9\u03b1|\u03b1\u03bd\u03b1\u03c0\u03b7\u03c1\u03af\u03b1"
    r")(?![\w-])"
)
RECORD_HEALTH_STEMS = (
    "eap", "grief", "trauma", "mental health", "bereavement", "addiction", "psycholog",
    "counsel", "stress", "work-related", "work related", "back pain", "neck pain", "chest pain",
    "chronic pain", "joint pain",
    "pelvic pain", "psychologue", "hepatotox", "nephrotox", "cardiotox", "neurotox", "ototox",
    "myelotox",
    "cytotox", "genotox", "ptsd", "pregnan", "miscarr", "salud mental", "sa\u00fade mental",
    "salute mentale", "tept", "pesadillas", "doen\u00e7a", "depress", "licen\u00e7a m",
    "gravidez", "malattia", "disabilit", "gravidanza", "invalidit", "sakit", "penyandang", "hamil",
    "infusion", "gesta\u00e7\u00e3o", "gestante", "gestaci\u00f3n", "gestazione", "gestation",
    "khuy\u1ebft", "b\u1ec7nh", "thai s", "nemoc",
    "posti\u017e", "t\u011bhotenstv", "\u0645\u0631\u0636", "\u0625\u0639\u0627\u0642\u0629",
    "\u092c\u0940\u092e\u093e\u0930\u0940", "\u0935\u093f\u0915\u0932\u093e\u0902\u0917",
    "\u05de\u05d7\u05dc\u05d4",
    "\u05e0\u05db\u05d5\u05ea", "\u03b1\u03c3\u03b8\u03ad\u03bd\u03b5\u03b9\u03b1",
    "\u03b1\u03bd\u03b1\u03c0\u03b7\u03c1\u03af\u03b1",
)  # fmt: skip

# A disciplinary record's values: a school's (academic probation, an honour-code violation)
# and a workplace's in Indonesian ("SP2", "surat peringatan", "mangkir"), Portuguese,
# Italian, Czech and Vietnamese.
RECORD_DISCIPLINE = re.compile(
    r"(?<![\w-])(?:academic (?:probation|misconduct|dishonesty|integrity violation)|"
    r"hono(?:u)?r[- ]code (?:violation|breach|case)|plagiari[sz]m|cheating on|"
    r"disciplinary (?:probation|suspension|hearing)|"
    r"(?:grounded|stood down|suspended|removed from (?:duty|the roster|flying)|"
    r"relieved of duty)(?: \w+){0,2} pending|"
    r"(?<![\w.)] )(?<![\w.)])sp ?[123]|surat peringatan|mangkir|skorsing|"
    r"teguran (?:lisan|tertulis)|"
    r"advert\u00eancia (?:escrita|verbal|formal)|suspens\u00e3o disciplinar|justa causa|"
    r"processo disciplinar|richiamo (?:scritto|verbale|formale)|"
    r"provvedimento disciplinare|sospensione disciplinare|contestazione disciplinare|"
    r"v\u00fdtka|k\u00e1ze\u0148sk\u00e9 (?:\u0159\u00edzen\u00ed|opat\u0159en\u00ed)|"
    r"k\u1ef7 lu\u1eadt|c\u1ea3nh c\u00e1o|khi\u1ec3n tr\u00e1ch|"
    # an officer's internal affairs finding as a disclosure list codes it ("SUSTAINED -
    # UNTRUTHFUL", "sustained: excessive force", "Brady list", "Giglio impairment")
    r"sustained[- _:]{1,3}(?:untruthful\w*|dishonest\w*|excessive force|use of force|"
    r"misconduct|neglect of duty|insubordination|bias\w*|false report\w*|theft)|"
    r"untruthfulness|brady[- ]list(?:ed)?|giglio[- ](?:list(?:ed)?|impair\w*)"
    r")(?![\w-])"
)
RECORD_DISCIPLINE_STEMS = (
    "sustained", "untruthful", "brady", "giglio",
    "grounded", "stood down", "suspended", "removed from", "relieved of", "academic prob",
    "academic misc", "academic dish", "academic integ", "honor code",
    "honor-code", "honour code", "honour-code", "plagiari", "cheating on", "disciplinary",
    *(f"sp{n}" for n in "123"), *(f"sp {n}" for n in "123"), "surat peringatan", "mangkir",
    "skorsing", "teguran", "advert\u00eancia", "suspens\u00e3o", "justa causa",
    "processo disc", "processo disciplinar", "richiamo", "provvedimento disc", "sospension",
    "contestazione", "contestazione disc", "disciplinary investigation", "disciplinary action",
    "v\u00fdtka", "k\u00e1ze\u0148sk", "k\u1ef7 lu\u1eadt", "c\u1ea3nh c\u00e1o",
    "khi\u1ec3n tr\u00e1ch",
)  # fmt: skip
# Written in capitals only: "SP2" is a warning letter, "sp2" a service pack.
RECORD_DISCIPLINE_UPPER = frozenset((*(f"sp{n}" for n in "123"), *(f"sp {n}" for n in "123")))

# A family situation as a record's field writes it ("both parents deceased", "ward of
# court", "widowed", "orphan", "Mother has sole legal custody", "no-contact order").
RECORD_FAMILY = re.compile(
    r"(?<![\w-])(?:(?:both |one )?parents? (?:deceased|died|dead)|deceased (?:parents?|mother|"
    r"father|spouse|husband|wife)|orphan(?:ed)?|ward of (?:the )?(?:court|state)|"
    r"widow(?:ed|er)?|bereave(?:d|ment)|single parent|"
    r"(?:in|going through|filed for) (?:a |the )?divorce|"
    # custody and orders that keep a parent away (a school's pickup list, a payroll's notice)
    r"custody (?:dispute|battle|hearing|order|agreement|arrangement)s?|"
    r"(?:sole|joint|shared|full|primary)(?: legal| physical)? custody|"
    r"(?:no[- ]contact|restraining|protective) orders?|sorgerecht\w*|umgangsrecht\w*|"
    r"umgangsverbot|kontaktverbot|n\u00e4herungsverbot|gewaltschutzanordnung|"
    r"garde (?:exclusive|altern\u00e9e|partag\u00e9e)|autorit\u00e9 parentale exclusive|"
    r"ordonnance de protection|interdiction de (?:contact|s'approcher)|"
    r"custodia (?:exclusiva|compartida|monoparental)|orden de (?:alejamiento|protecci\u00f3n)|"
    r"guarda (?:exclusiva|compartilhada|unilateral)|medida protetiva|"
    r"affid(?:o|amento) (?:esclusivo|condiviso|super-?esclusivo)|"
    r"divieto di avvicinamento|ordine di protezione|voogdij\w*|contactverbod|straatverbod|"
    r"omgangsregeling|gezag (?:bij|alleen))"
    r"(?![\w-])"
)
RECORD_FAMILY_STEMS = (
    "both parents", "one parent", "parent", "parents", "deceased", "orphan", "ward of",
    "widow", "bereave", "bereavement", "single pa", "in divorce", "in a divorce", "in the divorce",
    "going through", "going through a sep", "filed for", "custody", "no-contact",
    "no contact", "restraining", "protective ord", "sorgerecht", "umgangsrecht",
    "umgangsverbot", "kontaktverbot", "n\u00e4herungsverbot", "gewaltschutz", "garde ",
    "autorit\u00e9 parentale", "ordonnance de prot", "interdiction de", "custodia",
    "orden de alej", "orden de prot", "guarda ", "medida protetiva", "affido", "affidamento",
    "divieto di avv", "ordine di prot", "voogdij", "contactverbod", "straatverbod",
    "omgangsregeling", "gezag ",
)  # fmt: skip

# A faith as a record's field writes it ("Observant Muslim; prayer room access").
RECORD_BELIEFS = re.compile(
    r"(?<![\w-])(?:muslim|jewish|catholic|hindu|sikh|buddhist|mormon|jehovah['\u2019]?s witness|"
    r"observant|practi[sc]ing (?:muslim|jew|catholic|christian|hindu|sikh)|"
    r"prayer (?:room|break|time)s?|ramadan|shabbat|sabbath observance|"
    r"religious (?:observance|holiday|accommodation|dress|head ?covering))"
    r"(?![\w-])"
)
RECORD_BELIEFS_STEMS = (
    "muslim", "muslimisch", "jewish", "catholic", "hindu", "sikh", "buddhist", "mormon", "jehovah",
    "observant", "practising", "practicing", "prayer", "ramadan", "shabbat", "sabbath",
    "religious",
)  # fmt: skip

# A union's dues as a payroll record's deduction writes them (a code, "UNITE_DUES", "Union
# dues", "Gewerkschaftsbeitrag", "cotisation syndicale", "cuota sindical",
# "vakbondscontributie"): the person is a member. Not a club's or an association's
# ("membership dues", "HOA dues"), nor a debt ("past dues", "overdue").
RECORD_UNION = re.compile(
    r"(?<![a-z])(?:union[ _-]?dues|"
    r"(?!(?:past|over|member\w*|hoa|gym|club|late|annual|monthly|yearly|bar|unpaid)_)"
    r"[a-z]{2,12}_dues|gewerkschaftsbeitr\w*|cotisations? syndicales?|"
    r"cuotas? sindical(?:es)?|vakbondscontributie|vakbondsbijdrage|quota sindacale|"
    r"contribut[oi] sindacal[ei]|contribui\u00e7\u00e3o sindical|mensalidade sindical|"
    r"fagforeningskontingent|fackf\u00f6reningsavgift|ammattiliiton j\u00e4senmaksu|"
    r"sk\u0142adka zwi\u0105zkowa|sendika aidat\u0131|"
    # a union by name, or its local, as a member's record gives it ("Teamsters Local 501",
    # "SEIU 1199", "UAW Local 600", "IG Metall", "ver.di"), and a steward or a union rep
    r"(?:teamsters|seiu|uaw|ufcw|ibew|afscme|iatse|ilwu|unite here|ig metall|ver\.di)"
    r"(?: local)?(?: \d{1,5}[a-z]{0,3})?|(?:shop|union) steward|union rep(?:resentative)?)"
    r"(?![a-z])"
)
RECORD_UNION_STEMS = (
    "dues", "gewerkschaftsbeitr", "syndical", "sindical", "vakbond", "sindacal",
    "fagforening", "fackf", "ammattiliit", "sk\u0142adka", "sendika", "teamsters", "seiu",
    "uaw", "ufcw", "ibew", "afscme", "iatse", "ilwu", "unite here", "ig metall", "ver.di",
    "shop steward", "union steward", "union rep",
)  # fmt: skip
