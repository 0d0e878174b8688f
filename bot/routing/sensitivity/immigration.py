"""A named person's immigration status: visas, work permits, residence titles, asylum, and
the case numbers immigration authorities give a person.

Who holds which visa, whose work permit expires and who is awaiting asylum is kept by HR
to the people who need it (it tells a person's nationality and can cost them their job):
"Carlos Mendes is on OPT, his EAD runs out in August; can the offer start before the STEM
OPT extension?" must stay local.

Reported (``pii.immigration``):

* a status word (English, German, French, Spanish, Dutch) said of a named person as a
  condition is (``health.said_of_named_person``, 80 characters' reach): a work visa or
  permit, H-1B, L-1, O-1, TN, an EAD or OPT (in capitals), a green card, permanent
  residence, a residence permit, asylum, refugee status, visa sponsorship, "his visa"
  (lower case: ``Visa`` is a card), "Aufenthaltstitel", "Blaue Karte", "titre de séjour",
  "permiso de residencia", "verblijfsvergunning", a NIE (in capitals); Ukrainian and Russian
  refugee status, temporary protection and work or residence permits ("біженець",
  "тимчасовий захист", "разрешение на работу");
* with or without a name, the numbers that identify a person's immigration file: an alien
  registration number after its name (``A-number A012345678``, ``A# 123-456-789``, a
  record's ``a_number=A012345678``, ``"alien_number": "..."``) and a
  USCIS case receipt number (three letters of a service centre, ten digits: ``EAC2190123456``)
  in a message that says receipt, case or USCIS.

Not reported: the words with nobody named (a ``visa_status`` enum, "how do we model work
permits?"), payment cards (``Visa``, "visa card"), "opt in/out", and people the message
says are made up.
"""

from __future__ import annotations

import re

from bot.routing.sensitivity.literals import Words
from bot.routing.sensitivity.model import Finding, near, whole_words
from bot.routing.sensitivity.statements import Statement, word_ends

LABEL = "pii.immigration"

_VISA_TYPES = r"(?:h-?1b|h-?4|l-?1[ab]?|o-?1|tn|e-?3|j-?1|f-?1)"
_WORDS = (
    # English
    rf"work (?:authori[sz]ation|permit|visa)s?|{_VISA_TYPES}(?: visa| status| holder| "
    r"transfer| extension| petition| stamp| approval)|ead(?: card)?|stem opt|opt|"
    r"(?:student|tourist|business|spousal|spouse|family|partner|skilled worker|work) visa|"
    r"visa(?! (?:card|debit|credit|checkout|payments?|network|direct|gift))|"
    r"green card|permanent residen(?:ce|t|cy)|(?:biometric )?residence permit|"
    r"immigration (?:status|case|petition)|asylum(?: seeker| claim| application)?|"
    r"refugee(?: status)?|undocumented (?:immigrant|migrant|worker|status)|daca|"
    r"visa sponsorship|(?:needs|requires|require|need) sponsorship|"
    r"indefinite leave to remain|(?:pre-)?settled status|"
    r"right to work (?:check|documents?|status|share code|verification)|"
    r"i-(?:9|94|129|140|485|765|797)|"
    # German
    r"aufenthalts(?:titel|erlaubnis|genehmigung|status)|niederlassungserlaubnis|"
    r"arbeits(?:erlaubnis|genehmigung)|blaue karte|blue card|duldung|visum|"
    r"asyl(?:antrag|bewerber\w*|verfahren)|fl\u00fcchtling\w*|fiktionsbescheinigung|"
    # French
    r"titre de s\u00e9jour|carte de s\u00e9jour|permis de travail|autorisation de travail|"
    r"demandeur d'asile|demande d'asile|statut de r\u00e9fugi\u00e9|r\u00e9fugi\u00e9e?|"
    r"sans[- ]papiers|"
    # Spanish
    r"permiso de (?:trabajo|residencia)|tarjeta de residencia|"
    r"autorizaci\u00f3n de (?:residencia|trabajo)|visado|solicitante de asilo|"
    r"refugiad[oa]|sin papeles|situaci\u00f3n irregular|arraigo|nie|"
    # Dutch
    r"verblijfs(?:vergunning|status)|werkvergunning|tewerkstellingsvergunning|"
    r"kennismigrant|asielzoeker|asielaanvraag|vluchteling|statushouder|"
    # Portuguese, Italian, Polish, Czech, Greek, Indonesian, Vietnamese, Turkish
    r"autoriza\u00e7\u00e3o de resid\u00eancia|t\u00edtulo de resid\u00eancia|"
    r"visto (?:de|para) (?:trabalho|resid\u00eancia|estudante|turista)|"
    r"permiss\u00e3o de trabalho|requerente de asilo|pedido de asilo|refugiad[oa]|"
    r"indocumentad[oa]|sem pap\u00e9is|permesso di soggiorno|carta di soggiorno|"
    r"visto (?:di|per) (?:lavoro|studio)|permesso di lavoro|richiedente asilo|domanda di asilo|"
    r"rifugiat[oa]|wiz(?:a|y|\u0119|ie|\u0105)|zezwoleni\w+ na (?:pobyt|prac\u0119)|"
    r"kart\w+ pobytu|pozwoleni\w+ na (?:pobyt|prac\u0119)|status uchod\u017acy|uchod\u017ac\w+|"
    r"azyl\w*|v\u00edz(?:um|a|o)\w*|pracovn\u00ed povolen\u00ed|"
    r"povolen\u00ed k (?:pobytu|zam\u011bstn\u00e1n\u00ed)|zam\u011bstnaneck\w+ kart\w+|"
    r"modr\w+ kart\w+|trval\w+ pobyt\w*|uprchl\w+|\u03b2\u03af\u03b6\u03b1|"
    r"\u03ac\u03b4\u03b5\u03b9\u03b1 (?:\u03b4\u03b9\u03b1\u03bc\u03bf\u03bd\u03ae\u03c2|"
    r"\u03b5\u03c1\u03b3\u03b1\u03c3\u03af\u03b1\u03c2)|"
    r"\u03ac\u03c3\u03c5\u03bb\u03bf|\u03b1\u03c3\u03cd\u03bb\u03bf\u03c5|"
    r"\u03c0\u03c1\u03cc\u03c3\u03c6\u03c5\u03b3\w+|izin (?:tinggal|kerja)|kitas|kitap|rptka|"
    r"visa kerja|pencari suaka|suaka|pengungsi|th\u1ecb th\u1ef1c|"
    r"gi\u1ea5y ph\u00e9p lao \u0111\u1ed9ng|th\u1ebb (?:t\u1ea1m|th\u01b0\u1eddng) tr\u00fa|"
    r"t\u1ecb n\u1ea1n|vizes(?:i|ini)|vize (?:ba\u015fvurusu|reddedildi|s\u00fcresi|onay\u0131)|"
    r"\u00e7al\u0131\u015fma izn\w+|oturma izn\w+|ikamet izn\w+|m\u00fclteci\w*|"
    r"s\u0131\u011f\u0131nma\w*|ge\u00e7ici koruma|"
    # Ukrainian and Russian: a refugee, temporary protection, a work or residence permit,
    # a residence card, political asylum
    r"\u0431\u0456\u0436\u0435\u043d\u0446\w*|"
    r"\u0431\u0456\u0436\u0435\u043d\u0435\u0446\u044c|"
    r"\u0431\u0456\u0436\u0435\u043d\u043a\u0430|"
    r"\u0442\u0438\u043c\u0447\u0430\u0441\u043e\u0432\w+ \u0437\u0430\u0445\u0438\u0441\u0442\w*|"
    r"\u0434\u043e\u0437\u0432\w+ \u043d\u0430 (?:\u0440\u043e\u0431\u043e\u0442\u0443|"
    r"\u043f\u0440\u0430\u0446\u0435\u0432\u043b\u0430\u0448\u0442\u0443\u0432\u0430\u043d\u043d"
    r"\u044f|"
    r"\u043f\u0440\u043e\u0436\u0438\u0432\u0430\u043d\u043d\u044f)|"
    r"\u043f\u043e\u0441\u0432\u0456\u0434\u043a\w+ \u043d\u0430 (?:\u0442\u0438\u043c\u0447"
    r"\u0430\u0441\u043e\u0432\u0435 |"
    r"\u043f\u043e\u0441\u0442\u0456\u0439\u043d\u0435 )?\u043f\u0440\u043e\u0436\u0438\u0432"
    r"\u0430\u043d\u043d\u044f|"
    r"\u043f\u043e\u043b\u0456\u0442\u0438\u0447\u043d\w+ \u043f\u0440\u0438\u0442\u0443\u043b\w+|"
    r"\u0431\u0435\u0436\u0435\u043d\u0446\w*|"
    r"\u0431\u0435\u0436\u0435\u043d\u0435\u0446|"
    r"\u0431\u0435\u0436\u0435\u043d\u043a\u0430|"
    r"\u0432\u0440\u0435\u043c\u0435\u043d\u043d\w+ \u0437\u0430\u0449\u0438\u0442\w+|"
    r"\u0440\u0430\u0437\u0440\u0435\u0448\u0435\u043d\u0438\w+ \u043d\u0430 (?:\u0440\u0430"
    r"\u0431\u043e\u0442\u0443|"
    r"\u043f\u0440\u043e\u0436\u0438\u0432\u0430\u043d\u0438\u0435|"
    r"\u0432\u0440\u0435\u043c\u0435\u043d\u043d\u043e\u0435 \u043f\u0440\u043e\u0436\u0438"
    r"\u0432\u0430\u043d\u0438\u0435)|"
    r"\u0432\u0438\u0434\w* \u043d\u0430 \u0436\u0438\u0442\u0435\u043b\u044c\u0441\u0442\u0432"
    r"\u043e|"
    r"\u0432\u043d\u0436|"
    r"\u0440\u0432\u043f|"
    r"\u043f\u043e\u043b\u0438\u0442\u0438\u0447\u0435\u0441\u043a\w+ \u0443\u0431\u0435\u0436"
    r"\u0438\u0449\w+"
)
# Hebrew, Arabic (their clitics written onto the word) and Hindi.
_WORDS_AFFIXED = (
    r"\u05d5\u05d9\u05d6\u05d4|\u05d5\u05d9\u05d6\u05ea \u05e2\u05d1\u05d5\u05d3\u05d4|"
    r"\u05d0\u05e9\u05e8\u05ea \u05e2\u05d1\u05d5\u05d3\u05d4|\u05d0\u05e9\u05e8\u05d4|"
    r"\u05d4\u05d9\u05ea\u05e8 \u05e2\u05d1\u05d5\u05d3\u05d4|"
    r"\u05e8\u05d9\u05e9\u05d9\u05d5\u05df \u05e2\u05d1\u05d5\u05d3\u05d4|"
    r"\u05de\u05e2\u05de\u05d3 \u05e4\u05dc\u05d9\u05d8|\u05e4\u05dc\u05d9\u05d8|"
    r"\u05e4\u05dc\u05d9\u05d8\u05d4|\u05de\u05d1\u05e7\u05e9 \u05de\u05e7\u05dc\u05d8|"
    r"\u05de\u05d1\u05e7\u05e9\u05d9 \u05de\u05e7\u05dc\u05d8|"
    r"\u062a\u0623\u0634\u064a\u0631\u0629|\u0641\u064a\u0632\u0627|"
    r"\u062a\u0635\u0631\u064a\u062d \u0639\u0645\u0644|"
    r"\u062a\u0635\u0631\u064a\u062d \u0627\u0644\u0639\u0645\u0644|"
    r"\u0625\u0642\u0627\u0645\u0629|\u0627\u0642\u0627\u0645\u0629|\u0644\u062c\u0648\u0621|"
    r"\u0644\u0627\u062c\u0626|\u0644\u0627\u062c\u0626\u0629|"
    r"\u0637\u0627\u0644\u0628 \u0644\u062c\u0648\u0621|\u0935\u0940\u091c\u093c\u093e|"
    r"\u0935\u0940\u091c\u093e|\u0935\u0930\u094d\u0915 \u092a\u0930\u092e\u093f\u091f|"
    r"\u0936\u0930\u0923\u093e\u0930\u094d\u0925\u0940"
)
# Japanese, Chinese, Korean.
_WORDS_UNSPACED = (
    "\u30d3\u30b6|\u67fb\u8a3c|\u5728\u7559\u8cc7\u683c|\u5728\u7559\u30ab\u30fc\u30c9|"
    "\u6c38\u4f4f\u6a29|\u6c38\u4f4f\u8a31\u53ef|\u96e3\u6c11\u7533\u8acb|"
    "\u96e3\u6c11\u8a8d\u5b9a|\u4e0d\u6cd5\u6ede\u5728|\u30aa\u30fc\u30d0\u30fc\u30b9\u30c6\u30a4|"
    "\u5c31\u52b4\u8a31\u53ef|\u7b7e\u8bc1|\u7c3d\u8b49|\u5de5\u4f5c\u8bb8\u53ef|"
    "\u5de5\u4f5c\u8a31\u53ef|\u5c45\u7559\u8bb8\u53ef|\u5c45\u7559\u8a31\u53ef|"
    "\u5c45\u7559\u8bc1|\u5c45\u7559\u8b49|\u7eff\u5361|\u7da0\u5361|\u6c38\u4e45\u5c45\u7559|"
    "\u96be\u6c11|\u5e87\u62a4|\u5e87\u8b77|\u975e\u6cd5\u5c45\u7559|\ube44\uc790|"
    "\uccb4\ub958 ?\uc790\uaca9|\uc678\uad6d\uc778\ub4f1\ub85d\uc99d|\uc601\uc8fc\uad8c|"
    "\ub09c\ubbfc|\ubd88\ubc95\uccb4\ub958|\ucde8\uc5c5\ud5c8\uac00"
)
_VISA_TYPE_STEMS = tuple(
    f"{kind} {what}"
    for kind in ("h4", "l1", "l1a", "l1b", "o1", "tn", "e3", "j1", "f1")
    for what in ("visa", "status", "holder", "transfer", "extension", "petition", "stamp",
                 "approval")
)  # fmt: skip
STEMS = (
    *_VISA_TYPE_STEMS, *word_ends("ead", "opt", "nie", "daca"), "ead card", "stem opt",
    "work auth", "work perm", "work visa", "h-1b", "h1b", "h-4", "l-1", "o-1", "e-3", "j-1",
    "f-1", "student visa", "tourist visa", "business visa", "spousal visa", "spouse visa",
    "family visa", "partner visa", "skilled worker", "visa", "green card", "permanent resid",
    "biometric res", "residence perm", "immigration", "asylum", "refugee", "undocumented",
    "needs sponsor", "requires sponsor", "require sponsor", "need sponsor",
    "indefinite leave", "settled status", "pre-settled", "right to work", "i-9", "i-94",
    "i-129", "i-140", "i-485", "i-765", "i-797", "aufenthalts", "niederlassungserl",
    "arbeitserlaubnis", "arbeitsgenehm", "blaue karte", "blue card", "duldung", "visum",
    "asylantrag", "asylbewerber", "asylverfahren", "fl\u00fcchtling", "fiktionsbesch",
    "titre de s\u00e9jour", "carte de s\u00e9jour", "permis de travail", "autorisation de trav",
    "demandeur d'asile", "demande d'asile", "statut de r\u00e9fug", "r\u00e9fugi\u00e9",
    "sans-papiers", "sans papiers", "permiso de", "tarjeta de resid", "autorizaci\u00f3n de",
    "visado", "solicitante de asilo", "refugiad", "sin papeles", "situaci\u00f3n irregular",
    "arraigo", "verblijfs", "werkvergunning", "tewerkstellingsverg", "kennismigrant",
    "asielzoeker", "asielaanvraag", "vluchteling", "statushouder",
    "autoriza\u00e7\u00e3o", "t\u00edtulo de resid", "visto ", "permiss\u00e3o de",
    "requerente", "pedido de asilo", "refugiad", "indocumentad", "sem pap\u00e9is", "permesso",
    "carta di sogg", "richiedente", "domanda di asilo", "rifugiat", "wiza", "wizy",
    "wiz\u0119", "wizie", "wiz\u0105", "zezwoleni", "kart", "pozwoleni", "status uchod",
    "uchod\u017ac", "azyl", "v\u00edz", "pracovn\u00ed pov", "povolen\u00ed",
    "zam\u011bstnaneck", "modr", "trval", "uprchl", "\u03b2\u03af\u03b6\u03b1",
    "\u03ac\u03b4\u03b5\u03b9\u03b1", "\u03ac\u03c3\u03c5\u03bb\u03bf",
    "\u03b1\u03c3\u03cd\u03bb\u03bf\u03c5", "\u03c0\u03c1\u03cc\u03c3\u03c6\u03c5\u03b3",
    "izin ", "kitas", "kitap", "rptka", "visa kerja", "pencari suaka", "suaka", "pengungsi",
    "th\u1ecb th\u1ef1c", "gi\u1ea5y ph\u00e9p", "th\u1ebb ", "t\u1ecb n\u1ea1n", "vizes",
    "vize ", "\u00e7al\u0131\u015fma izn", "oturma izn", "ikamet izn", "m\u00fclteci",
    "s\u0131\u011f\u0131nma", "ge\u00e7ici koruma",
    "\u0431\u0456\u0436\u0435\u043d", "\u0442\u0438\u043c\u0447\u0430\u0441\u043e\u0432",
    "\u0434\u043e\u0437\u0432\u0456\u043b \u043d\u0430",
    "\u0434\u043e\u0437\u0432\u043e\u043b\u0443 \u043d\u0430",
    "\u0434\u043e\u0437\u0432\u043e\u043b\u0438 \u043d\u0430",
    "\u043f\u043e\u0441\u0432\u0456\u0434\u043a",
    "\u043f\u043e\u043b\u0456\u0442\u0438\u0447\u043d", "\u0431\u0435\u0436\u0435\u043d\u0446",
    "\u0431\u0435\u0436\u0435\u043d\u0435\u0446", "\u0431\u0435\u0436\u0435\u043d\u043a",
    "\u0432\u0440\u0435\u043c\u0435\u043d\u043d",
    "\u0440\u0430\u0437\u0440\u0435\u0448\u0435\u043d\u0438", "\u0432\u0438\u0434 \u043d\u0430",
    "\u0432\u043d\u0436", "\u0440\u0432\u043f",
    "\u043f\u043e\u043b\u0438\u0442\u0438\u0447\u0435\u0441\u043a", "\u05d5\u05d9\u05d6\u05d4",
    "\u05d5\u05d9\u05d6\u05ea", "\u05d0\u05e9\u05e8\u05ea", "\u05d0\u05e9\u05e8\u05d4",
    "\u05d4\u05d9\u05ea\u05e8 \u05e2\u05d1\u05d5\u05d3\u05d4",
    "\u05e8\u05d9\u05e9\u05d9\u05d5\u05df \u05e2\u05d1\u05d5\u05d3\u05d4",
    "\u05de\u05e2\u05de\u05d3 \u05e4\u05dc\u05d9\u05d8", "\u05e4\u05dc\u05d9\u05d8",
    "\u05de\u05d1\u05e7\u05e9 \u05de\u05e7\u05dc\u05d8",
    "\u05de\u05d1\u05e7\u05e9\u05d9 \u05de\u05e7\u05dc\u05d8",
    "\u062a\u0623\u0634\u064a\u0631\u0629", "\u0641\u064a\u0632\u0627",
    "\u062a\u0635\u0631\u064a\u062d", "\u0625\u0642\u0627\u0645\u0629",
    "\u0627\u0642\u0627\u0645\u0629", "\u0644\u062c\u0648\u0621", "\u0644\u0627\u062c\u0626",
    "\u0637\u0627\u0644\u0628 \u0644\u062c\u0648\u0621", "\u0935\u0940\u091c\u093c\u093e",
    "\u0935\u0940\u091c\u093e", "\u0935\u0930\u094d\u0915 \u092a\u0930\u092e\u093f\u091f",
    "\u0936\u0930\u0923\u093e\u0930\u094d\u0925\u0940", "\u30d3\u30b6", "\u67fb\u8a3c",
    "\u5728\u7559\u8cc7\u683c", "\u5728\u7559\u30ab\u30fc\u30c9", "\u6c38\u4f4f\u6a29",
    "\u6c38\u4f4f\u8a31\u53ef", "\u96e3\u6c11\u7533\u8acb", "\u96e3\u6c11\u8a8d\u5b9a",
    "\u4e0d\u6cd5\u6ede\u5728", "\u30aa\u30fc\u30d0\u30fc\u30b9\u30c6\u30a4",
    "\u5c31\u52b4\u8a31\u53ef", "\u7b7e\u8bc1", "\u7c3d\u8b49", "\u5de5\u4f5c\u8bb8\u53ef",
    "\u5de5\u4f5c\u8a31\u53ef", "\u5c45\u7559\u8bb8\u53ef", "\u5c45\u7559\u8a31\u53ef",
    "\u5c45\u7559\u8bc1", "\u5c45\u7559\u8b49", "\u7eff\u5361", "\u7da0\u5361",
    "\u6c38\u4e45\u5c45\u7559", "\u96be\u6c11", "\u5e87\u62a4", "\u5e87\u8b77",
    "\u975e\u6cd5\u5c45\u7559", "\ube44\uc790", "\uccb4\ub958",
    "\uc678\uad6d\uc778\ub4f1\ub85d\uc99d", "\uc601\uc8fc\uad8c", "\ub09c\ubbfc",
    "\ubd88\ubc95\uccb4\ub958", "\ucde8\uc5c5\ud5c8\uac00",
)  # fmt: skip
# Words that are other things in lower case: "opt in", "ead" (read-ahead), "nie" (never).
_CAPITALS_ONLY = frozenset(("ead", "ead card", "opt", "stem opt", "daca", "nie"))
_PERMIT = whole_words(_WORDS, affixed=_WORDS_AFFIXED, unspaced=_WORDS_UNSPACED)


def _is_status(text: str, lowered: str, match: re.Match[str]) -> bool:
    word = match.group()
    if word in _CAPITALS_ONLY:
        acronym = (match.end() - 3, match.end()) if word == "stem opt" else (match.start(), -1)
        token = text[acronym[0] :].split(" ", 1)[0] if acronym[1] < 0 else text[slice(*acronym)]
        return token.isupper()
    if word == "visa":
        return text[match.start()] == "v"  # not Visa the card
    return True


IMMIGRATION = Statement(LABEL, _PERMIT, STEMS, back=16, forward=48, reach=80, check=_is_status)

# An alien registration number after its name, and a USCIS receipt number.
_A_NUMBER_NAMES = ("a-number", "a-no", "a_number", "a_no", "a number", "a#", "alien", "uscis")
_A_NUMBER = re.compile(
    r"(?:(?:a[-_](?:number|no\.?|nr\.?)|a#|alien[ _](?:registration[ _])?(?:number|no\.?|#)|"
    r"uscis[ _](?:number|no\.?|#))[\"']?[ \t:#=]*[\"']?"
    r"(a[ -]?\d{3}[ -]?\d{3}[ -]?\d{3}|a?\d{8,9})"
    r"|a number[ \t:#]*(a[ -]?\d{3}[ -]?\d{3}[ -]?\d{3}|a\d{8,9}))(?![\w-])"
)
_RECEIPT_WORDS = Words(("receipt", "uscis", "i-797", "case status", "case number"))
_RECEIPT = re.compile(r"(?:ioe|eac|wac|lin|src|nbc|msc|ysc)\d{10}(?![\w-])")
_DIGITS = re.compile(r"\d{3}[ -]?\d{3}")


def find_immigration_numbers(lowered: str) -> list[Finding]:
    """A-numbers and USCIS receipt numbers (see module docstring)."""
    findings: list[Finding] = []
    if not (
        "a-n" in lowered or "a_n" in lowered or "a#" in lowered or "a number" in lowered
        or "alien" in lowered or "uscis" in lowered or "receipt" in lowered
        or "i-797" in lowered or "case " in lowered
    ):  # fmt: skip
        return findings  # (plain tests: this runs on every message)
    names = [word for word in _A_NUMBER_NAMES if word in lowered]
    receipts = _RECEIPT_WORDS.found(lowered)
    if not (names or receipts) or _DIGITS.search(lowered) is None:
        return findings
    findings.extend(
        Finding(LABEL, *m.span(1 if m.group(1) else 2))
        for m in near(_A_NUMBER, lowered, names, 0, 60)
        if _word_start(lowered, m.start())
    )
    if receipts:
        findings.extend(
            Finding(LABEL, *m.span())
            for m in _RECEIPT.finditer(lowered)
            if _word_start(lowered, m.start())
        )
    return findings


def _word_start(lowered: str, start: int) -> bool:
    return start == 0 or not (lowered[start - 1].isalnum() or lowered[start - 1] in "-_")
