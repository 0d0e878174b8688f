"""A named private person's financial distress: insolvency or bankruptcy, debts in
collection, arrears, a garnishment of their wages, a court judgment for a debt, a poor
credit record.

Not a special category under GDPR art. 9, but what a credit check or a collections file
holds is as damaging to the person when it leaks, and law keeps it to the people who need it
(the FCRA, a Schufa entry's purpose): "Customer: Greta Holm, private person, owes €1,930.00,
insolvency proceedings opened" in a question about a collections query, or "we
got a court order to garnish 15% of Imran Malik's wages" in a payroll question, must
stay local.

Reported (``pii.finances``), said of a named person as a condition is
(``health.said_of_named_person``, 70 characters; a form's "Customer: <name>" heading its
paragraph counts): personal bankruptcy or insolvency (Chapter 7, insolvency proceedings,
Privatinsolvenz, surendettement, concurso de acreedores, schuldsanering, insolvência,
fallimento), debts in collection or sent to a collection agency (Inkasso, Mahnbescheid,
recouvrement, huissier, deurwaarder), arrears, a wage or account garnishment
(Lohnpfändung, saisie sur salaire, embargo de nómina, loonbeslag, penhora, pignoramento,
lønindeholdelse, löneutmätning, ulosotto, végrehajtás, poprire; in Ukrainian and Russian a
private or state enforcement officer's attachment of pay), a debt on a consumer loan,
a foreclosure or repossession, a default on a loan, a county court judgment (CCJ), a poor
credit score or a negative credit file entry (Schufa, fichage Banque de France, ASNEF, BKR),
being in debt or behind on the rent ("hat hohe Schulden", "endetté", "tiene deudas",
"heeft schulden", a payday loan, debt counselling).

Not reported: a company's insolvency with no person named, the words about software or a
system ("the collections service", "the garnishment module", "debt-collection workflow"),
technical debt ("deuda técnica", "technische Schulden" are no words of this list), and
people the message says are made up.
"""

from __future__ import annotations

import re

from bot.routing.sensitivity.model import whole_words
from bot.routing.sensitivity.statements import Statement

LABEL = "pii.finances"

_DISTRESS = (
    # English
    r"(?:personal |chapter (?:7|11|13) |ch\.? ?(?:7|13) )?bankruptcy|(?:went |is |declared )"
    r"bankrupt|insolven(?:t|cy)(?: proceedings)?|debt (?:collection|collectors?|relief|"
    r"settlement|management plan)|(?:sent|referred|went|gone) to collections|"
    r"collections? (?:agency|account)|(?:in|into) arrears|arrears of|(?:rent|mortgage|tax|"
    r"payment|support) arrears|garnishments?|garnishee|wage garnish\w*|"
    r"garnish(?:ed|ing)?(?= (?:\S+ ){0,5}?(?:wages?|earnings|salary|pay|paychecks?|account)\b)|"
    r"foreclos(?:ed|ure)|"
    r"repossess(?:ed|ion)|defaulted on (?:his|her|their|a|the) (?:\w+ )?(?:loan|mortgage|"
    r"debt|credit card|payments?)|county court judg(?:e)?ments?|ccjs?|debt relief order|"
    r"(?:poor|bad) credit(?: score| rating| history| record)?|low credit (?:score|rating)|"
    r"credit score (?:of |is |was |dropped to |fell to )?[3-6]\d\d\b|tax liens?|"
    r"behind on (?:(?:his|her|their|the) )?(?:rent|mortgage|payments|bills|loan|car payments)|"
    r"(?:deeply |heavily |badly |seriously )?in debt|payday loans?|debt counsell?ing|"
    # German
    r"privatinsolvenz|verbraucherinsolvenz|insolvenzverfahren|(?:lohn|gehalts|konto)"
    r"pf\u00e4ndung\w*|pf\u00e4ndungsbeschluss|gepf\u00e4ndet|inkasso(?:verfahren|fall)?|"
    r"mahnbescheid|vollstreckungsbescheid|zahlungsunf\u00e4hig|\u00fcberschuldet|"
    r"schufa-?eintr(?:ag|\u00e4ge)|negative[rn]? schufa|verm\u00f6gensauskunft|"
    r"eidesstattliche versicherung|(?:hat|habe|hatte) (?:hohe |viele |gro\u00dfe )?schulden|"
    r"schuldnerberatung|verschuldet|"
    # French
    r"surendett\w*|fich\u00e9e? (?:\u00e0 la )?banque de france|ficp|saisie (?:sur salaire|"
    r"des r\u00e9mun\u00e9rations|sur (?:son )?compte)|huissier|liquidation judiciaire|"
    r"faillite personnelle|proc\u00e9dure de recouvrement|endett\u00e9e?|"
    r"(?:a|avait) (?:beaucoup de |des )?dettes|"
    # Spanish
    r"concurso de acreedores|ley de segunda oportunidad|embargo (?:de|del) (?:la )?"
    r"(?:n\u00f3mina|sueldo|salario|cuenta)|embargad[oa]|moros[oa]|asnef|"
    r"fichero de morosos|endeudad[oa]|(?:tiene|ten\u00eda) (?:muchas )?deudas|"
    # Dutch
    r"schuldsanering|wsnp|(?:loon)?beslag(?:legging)? op (?:zijn|haar|het) (?:loon|salaris|"
    r"rekening)|loonbeslag|bkr-?(?:registratie|notering|codering)|deurwaarder|"
    r"incassobureau|betalingsachterstand|failliet verklaard|schuldhulp\w*|"
    r"(?:heeft|had) (?:veel |hoge )?schulden|"
    # Portuguese, Italian
    r"insolv\u00eancia|penhora (?:de|do) (?:sal\u00e1rio|vencimento|conta)|fal\u00eancia|"
    r"pignoramento|fallimento|"
    # an attachment of earnings; Portuguese, Italian, Polish, Czech, Greek, Hinglish,
    # Indonesian, Vietnamese, Turkish
    r"(?:court|salary|wage|earnings) attachment|attachment of (?:earnings|salary|wages)|"
    r"attachment order|endividad[oa]|nome sujo|inadimplente|"
    r"(?:tem|tinha) (?:muitas )?d\u00edvidas|indebitat[oa]|protestat[oa]|cattivo pagatore|"
    r"(?:ha|aveva) (?:molti )?debiti|komornik\w*|"
    r"zaj\u0119ci\w+ (?:komornicz\w+|wynagrodzenia|pensji)|upad\u0142o\u015b\w+ konsumenck\w+|"
    r"zad\u0142u\u017con\w+|(?:ma|mia\u0142|mia\u0142a) d\u0142ugi|windykacj\w+|exekuc\w+|"
    r"exekutor\w*|insolvenc\w+|oddlu\u017een\u00ed|osobn\u00ed bankrot|zadlu\u017een\w+|"
    r"sr\u00e1\u017ek\w+ ze mzdy|obstaven\w+ (?:\u00fa\u010dtu|mzdy)|"
    r"(?:m\u00e1|m\u011bl|m\u011bla) dluhy|"
    r"\u03ba\u03b1\u03c4\u03ac\u03c3\u03c7\u03b5\u03c3\u03b7 (?:\u03bc\u03b9\u03c3\u03b8\u03bf"
    r"\u03cd|\u03bb\u03bf\u03b3\u03b1\u03c1\u03b9\u03b1\u03c3\u03bc\u03bf\u03cd)|"
    r"\u03c0\u03c4\u03ce\u03c7\u03b5\u03c5\u03c3\u03b7|"
    r"\u03c5\u03c0\u03b5\u03c1\u03c7\u03c1\u03b5\u03c9\u03bc\u03ad\u03bd\w+|karza|karz|qarz|"
    r"dewaliya|diwaliya|terlilit utang|pinjol|pinjaman online|gagal bayar|kredit macet|pailit|"
    r"penyitaan gaji|n\u1ee3 x\u1ea5u|v\u1ee1 n\u1ee3|ph\u00e1 s\u1ea3n|n\u1ee3 n\u1ea7n|"
    r"icra (?:takibi|dairesi|dosyas\u0131)|icral\u0131k|haciz\w*|maa\u015f haczi|iflas\w*|"
    r"bor\u00e7 bata\u011f\u0131\w*|"
    # Danish, Norwegian, Swedish, Finnish
    r"l\u00f8nindeholdelse|udl\u00e6g i (?:l\u00f8n|l\u00f8nnen)|fogedsag\w*|"
    r"registreret i rki|lønnstrekk|utleggstrekk|betalingsanmerkning\w*|gjeldsordning|"
    r"l\u00f6neutm\u00e4tning|kronofogden|betalningsanm\u00e4rkning\w*|skuldsanering|"
    r"ulosotto\w*|maksuh\u00e4iri\u00f6merkin\w*|velkaj\u00e4rjestel\w*|"
    # Hungarian, Romanian
    r"v\u00e9grehajt\u00f3\w*|v\u00e9grehajt\u00e1s\w*|munkab\u00e9r-?letilt\u00e1s\w*|"
    r"ad\u00f3ss\u00e1g\w*|mag\u00e1nc\u0151d\w*|"
    r"poprir\w+|executor(?:ul)? judec\u0103toresc|executare silit\u0103|"
    r"faliment personal|datori(?:i|ile) (?:la|c\u0103tre)|"
    # Ukrainian, Russian: an enforcement officer, a garnishment of pay, a debt, bankruptcy
    r"(?:\u043f\u0440\u0438\u0432\u0430\u0442\u043d|\u0434\u0435\u0440\u0436\u0430\u0432\u043d)"
    r"\w+ \u0432\u0438\u043a\u043e\u043d\u0430\u0432(?:\u0435\u0446\u044c|\u0446\w*)|"
    r"\u0432\u0438\u043a\u043e\u043d\u0430\u0432\u0447\w+ "
    r"\u043f\u0440\u043e\u0432\u0430\u0434\u0436\u0435\u043d\w*|"
    r"\u0441\u0442\u044f\u0433\u043d\u0435\u043d\w+ \u043d\u0430 "
    r"(?:\u0437\u0430\u0440\u043e\u0431\u0456\u0442\u043d|\u0437\u0430\u0440\u0430\u0431\u043e\u0442\u043d|"
    r"\u0437\u0430\u0440\u043f\u043b\u0430\u0442)\w*|"
    r"\u0432\u0437\u044b\u0441\u043a\u0430\u043d\w+ \u043d\u0430 "
    r"(?:\u0437\u0430\u0440\u0430\u0431\u043e\u0442\u043d|\u0437\u0430\u0440\u043f\u043b\u0430\u0442)\w*|"
    r"\u0441\u0443\u0434\u0435\u0431\u043d\w+ \u043f\u0440\u0438\u0441\u0442\u0430\u0432\w*|"
    r"\u0438\u0441\u043f\u043e\u043b\u043d\u0438\u0442\u0435\u043b\u044c\u043d\w+ "
    r"\u043f\u0440\u043e\u0438\u0437\u0432\u043e\u0434\u0441\u0442\u0432\w*|"
    r"\u0431\u043e\u0440\u0433\w* \u0437\u0430 (?:\u0441\u043f\u043e\u0436\u0438\u0432\u0447\w+ )?"
    r"\u043a\u0440\u0435\u0434\u0438\u0442\w*|"
    r"\u0434\u043e\u043b\u0433\w* \u043f\u043e "
    r"(?:\u043f\u043e\u0442\u0440\u0435\u0431\u0438\u0442\u0435\u043b\u044c\u0441\u043a\w+ )?"
    r"\u043a\u0440\u0435\u0434\u0438\u0442\w*|"
    r"\u0431\u0430\u043d\u043a\u0440\u0443\u0442\u0441\u0442\u0432\w*|"
    r"\u0431\u0430\u043d\u043a\u0440\u043e\u0442\u0441\u0442\u0432\w*"
)
# Hebrew, Arabic (their clitics written onto the word) and Hindi.
_DISTRESS_AFFIXED = (
    r"\u05e4\u05e9\u05d9\u05d8\u05ea \u05e8\u05d2\u05dc|"
    r"\u05d7\u05d3\u05dc\u05d5\u05ea \u05e4\u05d9\u05e8\u05e2\u05d5\u05df|"
    r"\u05e2\u05d9\u05e7\u05d5\u05dc|"
    r"\u05d4\u05d5\u05e6\u05d0\u05d4 \u05dc\u05e4\u05d5\u05e2\u05dc|"
    r"\u05d7\u05d5\u05d1\u05d5\u05ea|\u05de\u05d5\u05d2\u05d1\u05dc \u05d1\u05d1\u05e0\u05e7|"
    r"\u0625\u0641\u0644\u0627\u0633|\u062f\u064a\u0648\u0646|"
    r"\u062d\u062c\u0632 (?:\u0639\u0644\u0649|\u0642\u0636\u0627\u0626\u064a)|"
    r"\u0645\u062a\u0639\u062b\u0631 \u0641\u064a \u0627\u0644\u0633\u062f\u0627\u062f|"
    r"\u0915\u0930\u094d\u091c\u093c|\u0915\u0930\u094d\u091c|"
    r"\u0915\u093c\u0930\u094d\u091c\u093c|\u0926\u093f\u0935\u093e\u0932\u093f\u092f\u093e|"
    r"\u0915\u0941\u0930\u094d\u0915\u0940"
)
# Japanese, Chinese, Korean.
_DISTRESS_UNSPACED = (
    "\u81ea\u5df1\u7834\u7523|\u7834\u7523|\u50b5\u52d9\u6574\u7406|\u501f\u91d1|"
    "\u591a\u91cd\u50b5\u52d9|\u5dee\u3057\u62bc\u3055\u3048|\u5dee\u62bc\u3048|"
    "\u7d66\u4e0e\u5dee\u62bc|\u7834\u4ea7|\u7834\u7522|\u6b20\u503a|\u6b20\u50b5|\u503a\u52a1|"
    "\u50b5\u52d9|\u5931\u4fe1\u88ab\u6267\u884c\u4eba|\u88ab\u6267\u884c\u4eba|"
    "\u5de5\u8d44\u6263\u62bc|\u85aa\u8d44\u6263\u62bc|\u8001\u8d56|\u7f51\u8d37|\ud30c\uc0b0|"
    "\uac1c\uc778\ud68c\uc0dd|\uc2e0\uc6a9\ubd88\ub7c9|\ucc44\ubb34|\ube5a|"
    "\uae09\uc5ec \uc555\ub958|\uc555\ub958"
)
# Not a system's or a product's name: "the collections service", "garnishment module".
_NOT_A_SYSTEM_AFTER = (
    r"(?![ -](?:services?|modules?|apis?|features?|workflows?|flows?|status(?:es)?|flags?|"
    r"fields?|tables?|schemas?|models?|types?|process(?:es)?|tools?|apps?|systems?|"
    r"reports?|logic|rules?|engine|teams?|departments?|laws?|lawyers?|attorneys?|codes?|"
    r"filings?|data|platform|partners?|vendors?|providers?|integration|endpoints?|forms?|"
    r"pages?|screens?|settings?|values?)\b)(?!-\w)"
)
STEMS = (
    "personal bank", "chapter 7", "chapter 11", "chapter 13", "ch. 7", "ch.7", "ch 7", "ch. 13",
    "ch 13", "bankruptcy", "went bank", "is bank", "declared bank", "insolven", "debt coll",
    "debt rel", "debt set", "debt man", "sent to coll", "referred to coll", "went to coll",
    "gone to coll", "collection ag", "collections ag", "collection acc", "collections acc",
    "arrears", "garnish", "foreclos", "repossess", "defaulted on", "county court", "ccj",
    "debt relief", "poor credit", "bad credit", "low credit sc", "low credit rat", "credit score",
    "tax lien", "privatinsolvenz", "verbraucherinsolvenz", "insolvenzverfahren", "lohnpf\u00e4nd",
    "gehaltspf\u00e4nd", "kontopf\u00e4nd", "pf\u00e4ndungsbeschl", "gepf\u00e4ndet", "inkasso",
    "mahnbescheid", "vollstreckungsbescheid", "zahlungsunf\u00e4hig", "\u00fcberschuldet", "schufa",
    "negative schufa", "negativer schufa", "negativen schufa", "verm\u00f6gensauskunft",
    "eidesstattliche", "surendett", "fich\u00e9", "ficp", "saisie", "huissier", "liquidation jud",
    "faillite", "proc\u00e9dure de recouv", "concurso de acreedores", "segunda oportunidad",
    "embargo", "embargad", "moroso", "morosa", "asnef", "fichero de morosos", "schuldsanering",
    "wsnp", "beslag", "loonbeslag", "bkr", "deurwaarder", "incassobureau", "betalingsachterstand",
    "failliet", "schuldhulp", "insolv\u00eancia", "penhora", "fal\u00eancia", "pignoramento",
    "fallimento", "behind on", "in debt", "payday loan", "debt couns", "schulden",
    "schuldnerberat", "verschuldet", "endett", "dettes", "endeudad", "deudas",
    "attachment",
    "endividad", "nome sujo", "inadimplente", "d\u00edvidas", "indebitat", "protestat",
    "cattivo pag", "debiti", "komornik", "zaj\u0119ci", "upad\u0142o\u015b",
    "zad\u0142u\u017con", "d\u0142ugi", "windykacj", "exekuc", "exekutor", "insolvenc",
    "oddlu\u017een\u00ed", "osobn\u00ed bankrot", "zadlu\u017een", "sr\u00e1\u017ek",
    "obstaven", "dluhy", "\u03ba\u03b1\u03c4\u03ac\u03c3\u03c7\u03b5\u03c3\u03b7",
    "\u03c0\u03c4\u03ce\u03c7\u03b5\u03c5\u03c3\u03b7",
    "\u03c5\u03c0\u03b5\u03c1\u03c7\u03c1\u03b5\u03c9\u03bc\u03ad\u03bd", "karza", "karz",
    "qarz", "dewaliya", "diwaliya", "terlilit", "pinjol", "pinjaman online", "gagal bayar",
    "kredit macet", "pailit", "penyitaan", "n\u1ee3 x\u1ea5u", "v\u1ee1 n\u1ee3",
    "ph\u00e1 s\u1ea3n", "n\u1ee3 n\u1ea7n", "icra", "haciz", "maa\u015f haczi", "iflas",
    "bor\u00e7", "\u05e4\u05e9\u05d9\u05d8\u05ea \u05e8\u05d2\u05dc",
    "\u05d7\u05d3\u05dc\u05d5\u05ea \u05e4\u05d9\u05e8\u05e2\u05d5\u05df",
    "\u05e2\u05d9\u05e7\u05d5\u05dc",
    "\u05d4\u05d5\u05e6\u05d0\u05d4 \u05dc\u05e4\u05d5\u05e2\u05dc",
    "\u05d7\u05d5\u05d1\u05d5\u05ea",
    "\u05de\u05d5\u05d2\u05d1\u05dc \u05d1\u05d1\u05e0\u05e7",
    "\u0625\u0641\u0644\u0627\u0633", "\u062f\u064a\u0648\u0646", "\u062d\u062c\u0632",
    "\u0645\u062a\u0639\u062b\u0631", "\u0915\u0930\u094d\u091c\u093c",
    "\u0915\u0930\u094d\u091c", "\u0915\u093c\u0930\u094d\u091c\u093c",
    "\u0926\u093f\u0935\u093e\u0932\u093f\u092f\u093e", "\u0915\u0941\u0930\u094d\u0915\u0940",
    "\u81ea\u5df1\u7834\u7523", "\u7834\u7523", "\u50b5\u52d9\u6574\u7406", "\u501f\u91d1",
    "\u591a\u91cd\u50b5\u52d9", "\u5dee\u3057\u62bc\u3055\u3048", "\u5dee\u62bc\u3048",
    "\u7d66\u4e0e\u5dee\u62bc", "\u7834\u4ea7", "\u7834\u7522", "\u6b20\u503a", "\u6b20\u50b5",
    "\u503a\u52a1", "\u50b5\u52d9", "\u88ab\u6267\u884c\u4eba",
    "\u5931\u4fe1\u88ab\u6267\u884c\u4eba", "\u5de5\u8d44\u6263\u62bc",
    "\u85aa\u8d44\u6263\u62bc", "\u8001\u8d56", "\u7f51\u8d37", "\ud30c\uc0b0",
    "\uac1c\uc778\ud68c\uc0dd", "\uc2e0\uc6a9\ubd88\ub7c9", "\ucc44\ubb34", "\ube5a",
    "\uc555\ub958", "\uae09\uc5ec \uc555\ub958", "l\u00f8nindehold", "udl\u00e6g",
    "fogedsag", "registreret i", "l\u00f8nnstrekk", "utleggstrekk", "betalingsanmerk",
    "gjeldsordning",
    "l\u00f6neutm", "kronofogd", "betalningsanm", "skuldsanering", "ulosott",
    "maksuh\u00e4iri", "velkaj\u00e4rj", "v\u00e9grehajt", "letilt\u00e1s",
    "ad\u00f3ss\u00e1g", "mag\u00e1nc\u0151d", "poprir", "executor", "executare",
    "faliment", "datori", "\u0432\u0438\u043a\u043e\u043d\u0430\u0432",
    "\u0441\u0442\u044f\u0433\u043d\u0435\u043d", "\u0432\u0437\u044b\u0441\u043a",
    "\u043f\u0440\u0438\u0441\u0442\u0430\u0432",
    "\u0438\u0441\u043f\u043e\u043b\u043d\u0438\u0442",
    "\u0431\u043e\u0440\u0433", "\u0434\u043e\u043b\u0433", "\u0431\u0430\u043d\u043a\u0440",
)  # fmt: skip

# A company before the word in its clause: its insolvency, not a person's ("the vendor went
# bankrupt", "Acme GmbH insolvency").
_COMPANY = re.compile(
    r"\b(?:vendors?|suppliers?|compan(?:y|ies)|startups?|firms?|providers?|competitors?|"
    r"business(?:es)?|employers?|contractors?|corp|corporation|inc|ltd|llc|gmbh|plc|sarl|"
    r"b\.?v|firma|unternehmen|lieferant(?:en)?|entreprise|soci\u00e9t\u00e9|fournisseur|"
    r"empresa|proveedor|bedrijf|leverancier|azienda|fornitore)\b"
)
_COMPANY_REACH = 60


def _not_a_company(text: str, lowered: str, match: re.Match[str]) -> bool:
    floor = max(0, match.start() - _COMPANY_REACH)
    return _COMPANY.search(lowered, floor, match.start()) is None


FINANCIAL_DISTRESS = Statement(
    LABEL,
    whole_words(
        _DISTRESS, _NOT_A_SYSTEM_AFTER, affixed=_DISTRESS_AFFIXED, unspaced=_DISTRESS_UNSPACED
    ),
    STEMS,
    back=20,  # "chapter 7 bankruptcy", "rent arrears", "negative Schufa"
    forward=60,
    reach=70,
    check=_not_a_company,
)
