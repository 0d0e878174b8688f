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
  order, a parent barred from collecting or seeing a child ("must not collect Callum"),
  being a relative's carer ("primary carer", "caring for her father", "pflegt seine
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

import re

from bot.routing.sensitivity.literals import Words
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
# Russian nouns of software before a word ("модуль алиментов", "таблица разводов").
_RU_NOT_TOPIC = "".join(
    f"(?<!{word} )"
    for word in (
        "\u043c\u043e\u0434\u0443\u043b\u044c",
        "\u043c\u043e\u0434\u0443\u043b\u044f",
        "\u043c\u043e\u0434\u0443\u043b\u0435",
        "\u0442\u0430\u0431\u043b\u0438\u0446\u0430",
        "\u0442\u0430\u0431\u043b\u0438\u0446\u044b",
        "\u0442\u0430\u0431\u043b\u0438\u0446\u0435",
        "\u0442\u0430\u0431\u043b\u0438\u0446\u0443",
        "\u043f\u043e\u043b\u0435",
        "\u043f\u043e\u043b\u044f",
        "\u0444\u043e\u0440\u043c\u0430",
        "\u0444\u043e\u0440\u043c\u044b",
        "\u0444\u043e\u0440\u043c\u0443",
        "\u0448\u0430\u0431\u043b\u043e\u043d",
        "\u0441\u043f\u0440\u0430\u0432\u043e\u0447\u043d\u0438\u043a",
        "\u043e\u0442\u0447\u0451\u0442",
        "\u043e\u0442\u0447\u0435\u0442",
        "\u0441\u0435\u0440\u0432\u0438\u0441",
        "\u0440\u0430\u0437\u0434\u0435\u043b",
        "\u0441\u0438\u0441\u0442\u0435\u043c\u0430",
        "\u0441\u0438\u0441\u0442\u0435\u043c\u044b",
        "\u0442\u0438\u043f",
        "\u0442\u0438\u043f\u044b",
        "\u0432\u0438\u0434",
    )
)
_SITUATION = (
    # English
    r"divorc(?:e|ed|es|ing)(?! from (?!(?:his|her|their)\b))|"
    r"(?:legal|marital|trial) separation|"
    rf"separat(?:ed|ing) from (?:his|her|their) {_RELATIVE}|going through a separation|"
    r"custody (?:hearing|battle|fight|dispute|case|arrangement|schedule|of (?:his|her|their) "
    rf"{_RELATIVE})|(?:joint|shared|sole|full|primary)(?: legal| physical)? custody|"
    r"custody orders?|no[- ]contact orders?|child support|alimony|"
    r"visitation (?:rights|schedule)|family court|domestic (?:violence|abuse)|"
    r"restraining order|protective order|(?:primary|main|sole|full-time) (?:carer|caregiver)|"
    rf"(?:carer|caregiver) (?:for|of|to) (?:his|her|their) (?:\w+ )?{_RELATIVE}|"
    rf"(?:caring|cares) for (?:his|her|their) (?:\w+ )?{_RELATIVE}|"
    rf"{_KIN} (?:passed away|died)|"
    r"single (?:mom|mum|mother|father|dad|parent)|"
    # a parent barred from a child ("the father, Owen Lindqvist, must NOT collect Callum"):
    # the child's name (capitalised) or a relative after the verb, checked in the message
    r"(?:(?:must|may|can|shall)(?: not|n['\u2019]t)|cannot|(?:is|are)(?: not|n['\u2019]t) "
    r"(?:allowed|permitted|authori[sz]ed) to) (?:collect|pick up|see|visit|contact|"
    r"have contact with) (?:(?:his|her|their|the) )?(?P<kid>[\w-]+)|"
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
    r"zorgt voor (?:zijn|haar) (?:vader|moeder|ouders|man|vrouw)|zorgverlof|"
    # Swedish, Norwegian, Danish: a divorce, custody, the children every other week, child
    # support, a single parent
    r"skilsm\u00e4ss\w*|skilsmiss\w*|skilles|skiljer sig|v\u00e5rdnad\w*|"
    r"foreldreansvar\w*|for\u00e6ldremyndighed\w*|samv\u00e6rsrett\w*|umg\u00e4ngesr\u00e4tt\w*|"
    r"(?:har|tar|f\u00e5r) barn(?:en|a|ene)? (?:varannan|annenhver|hver anden) (?:vecka|uke|uge)|"
    r"barnebidrag|b\u00f8rnebidrag|underh\u00e5llsbidrag|ensamst\u00e5ende (?:mamma|pappa|"
    r"f\u00f6r\u00e4lder)|alene(?:mor|far|forelder|fors\u00f8rger)|"
    # a relative who died; Portuguese, Italian, Polish, Czech, Greek, Hinglish, Indonesian,
    # Vietnamese, Turkish
    r"(?:sein|seine|ihr|ihre) (?:vater|mutter|mann|frau|sohn|tochter|bruder|schwester|oma|"
    r"opa) (?:ist )?(?:gestorben|verstorben)|"
    r"todesfall in der familie|"
    r"(?:son|sa) (?:p\u00e8re|m\u00e8re|mari|femme|fils|fille|fr\u00e8re|"
    r"s\u0153ur) est (?:d\u00e9c\u00e9d\u00e9e?|morte?)|"
    r"d\u00e9c\u00e8s de (?:son|sa) (?:p\u00e8re|m\u00e8re|mari|femme|fils|fille|fr\u00e8re|"
    r"s\u0153ur)|"
    r"(?:falleci(?:\u00f3|do)|muri(?:\u00f3|eron)) (?:su |sus |el |la )?(?:padre|madre|padres|"
    r"marido|esposa|esposo|hij[oa]|herman[oa]|abuel[oa])|"
    r"(?:su|sus) (?:padre|madre|padres|marido|esposa|esposo|hij[oa]|herman[oa]|"
    r"abuel[oa]) (?:falleci\u00f3|muri\u00f3|ha fallecido)|"
    r"(?:zijn|haar) (?:vader|moeder|man|vrouw|zoon|dochter|broer|zus|opa|oma) (?:is )?overleden|"
    r"overlijden van (?:zijn|haar)|div\u00f3rcio|divorciad[oa]|"
    r"guarda (?:partilhada|compartilhada|dos filhos|do filho|da filha)|"
    r"pens\u00e3o (?:de alimentos|aliment\u00edcia)|viol\u00eancia dom\u00e9stica|"
    r"faleceu (?:o |a )?(?:seu |sua )?(?:pai|m\u00e3e|marido|esposa|mulher|filh[oa]|irm\u00e3|"
    r"irm\u00e3o|av\u00f3|av\u00f4)|"
    r"(?:o pai|a m\u00e3e|o marido|a esposa|a mulher|o filho|a filha) (?:dele|dela) faleceu|"
    r"divorzio|divorziat[oa]|affido (?:condiviso|esclusivo|dei figli)|assegno di mantenimento|"
    r"violenza domestica|"
    # a carer of a relative ("assiste la madre", "accudisce il padre"), the carer's leave of
    # Italy's Law 104 ("permessi Legge 104")
    r"(?:assist(?:e|ere)|accudi(?:sce|re)|si prende cura d(?:i|el|ella|ei)) "
    r"(?:il |la |i |le |lo )?(?:suo |sua |suoi )?(?:padre|madre|genitori|marito|moglie|"
    r"figli[oa]?|fratello|sorella|nonn[oa])\b|"
    r"(?:permess[oi] (?:della |ex )?|legge )104\b|"
    r"(?:\u00e8 )?mort[oa] (?:il |la )?(?:suo |sua )?(?:padre|madre|marito|moglie|figli[oa]|"
    r"fratello|sorella|nonn[oa])|"
    r"(?:suo|sua) (?:padre|madre|marito|moglie|figli[oa]|fratello|sorella) \u00e8 (?:mort[oa]|"
    r"venut[oa] a mancare|scompars[oa])|"
    r"rozw(?:\u00f3d|od)\w*|rozwodzi si\u0119|opiek\w+ naprzemienn\w+|alimenty|aliment\u00f3w|"
    r"przemoc domowa|w\u0142adz\w+ rodzicielsk\w+|"
    r"zmar\u0142\w* (?:jej |jego )?(?:ojciec|matka|mama|tata|m\u0105\u017c|\u017cona|syn|"
    r"c\u00f3rka|brat|siostra)|"
    r"(?:jego|jej) (?:ojciec|matka|mama|tata|m\u0105\u017c|\u017cona|syn|c\u00f3rka) zmar\u0142\w*|"
    r"rozvod\w*|rozv\u00e1d\u00ed|st\u0159\u00eddav\w+ p\u00e9\u010d\w+|"
    r"sv\u011b\u0159en\w* do (?:p\u00e9\u010de|v\u00fdchovy)|v\u00fd\u017eivn\u00e9\w*|"
    r"dom\u00e1c\u00ed n\u00e1sil\u00ed|"
    r"zem\u0159el\w* (?:mu |j\u00ed )?(?:otec|matka|t\u00e1ta|m\u00e1ma|man\u017eel|man\u017eelka|"
    r"syn|dcera|bratr|sestra)|"
    r"(?:jeho|jej\u00ed) (?:otec|matka|man\u017eel|man\u017eelka|syn|dcera) zem\u0159el\w*|"
    r"\u03b4\u03b9\u03b1\u03b6\u03cd\u03b3\u03b9\w*|"
    r"\u03b5\u03c0\u03b9\u03bc\u03ad\u03bb\u03b5\u03b9\u03b1\w* (?:\u03c4\u03bf\u03c5 |"
    r"\u03c4\u03c9\u03bd )?\u03c0\u03b1\u03b9\u03b4\u03b9\w+|"
    r"\u03ba\u03bf\u03b9\u03bd\u03ae \u03b5\u03c0\u03b9\u03bc\u03ad\u03bb\u03b5\u03b9\u03b1|"
    r"\u03b5\u03bd\u03b4\u03bf\u03bf\u03b9\u03ba\u03bf\u03b3\u03b5\u03bd\u03b5\u03b9\u03b1\u03ba"
    r"\u03ae \u03b2\u03af\u03b1|"
    r"\u03c0\u03ad\u03b8\u03b1\u03bd\u03b5 (?:\u03bf |"
    r"\u03b7 )?(?:\u03c0\u03b1\u03c4\u03ad\u03c1\u03b1\u03c2|\u03bc\u03b7\u03c4\u03ad\u03c1\u03b1|"
    r"\u03c3\u03cd\u03b6\u03c5\u03b3\u03bf\u03c2|\u03b3\u03b9\u03bf\u03c2|"
    r"\u03ba\u03cc\u03c1\u03b7|\u03b1\u03b4\u03b5\u03bb\u03c6\u03cc\u03c2|"
    r"\u03b1\u03b4\u03b5\u03bb\u03c6\u03ae) (?:\u03c4\u03bf\u03c5|\u03c4\u03b7\u03c2)|"
    r"talaq|"
    r"(?:papa|father|mummy|mother|maa|dad|pati|patni|wife|husband) (?:ka|ki) (?:death|nidhan|"
    r"dehant)|"
    r"perceraian|bercerai|hak asuh|nafkah anak|kekerasan dalam rumah tangga|kdrt|"
    r"(?:ayah|ibu|suami|istri|anak|kakak|adik)(?:nya)? (?:meninggal|wafat)|ly h\u00f4n|"
    r"ly d\u1ecb|quy\u1ec1n nu\u00f4i con|ti\u1ec1n c\u1ea5p d\u01b0\u1ee1ng|"
    r"b\u1ea1o l\u1ef1c gia \u0111\u00ecnh|"
    r"(?:b\u1ed1|cha|m\u1eb9|v\u1ee3|ch\u1ed3ng) (?:c\u1ee7a )?(?:anh|ch\u1ecb|"
    r"em)(?: \u1ea5y)? (?:\u0111\u00e3 )?qua \u0111\u1eddi|"
    r"bo\u015fan\w+|velayet\w*|nafaka\w*|aile i\u00e7i \u015fiddet|"
    r"(?:babas\u0131|annesi|e\u015fi|o\u011flu|k\u0131z\u0131|karde\u015fi) (?:vefat etti|"
    r"\u00f6ld\u00fc|hayat\u0131n\u0131 kaybetti)|"
    # Russian and Ukrainian: a divorce, alimony or child support, guardianship, a single
    # parent, domestic violence, parental rights taken away, a death in the family; not
    # after a module, a table, a field, a form, a template or a report ("модуль алиментов")
    rf"{_RU_NOT_TOPIC}(?:"
    r"\u0440\u0430\u0437\u0432\u043e\u0434\w*|\u0440\u0430\u0437\u0432\u0435\u043b\w*|"
    r"\u0440\u0430\u0437\u0432\u0451\u043b\w*|\u0430\u043b\u0438\u043c\u0435\u043d\u0442\w*|"
    r"\u0430\u043b\u0456\u043c\u0435\u043d\u0442\w*|\u0440\u043e\u0437\u043b\u0443\u0447\w*|"
    r"\u043e\u043f\u0435\u043a\u0443\u043d\w*|\u043e\u043f\u0435\u043a[\u0430\u0438\u0443]|"
    r"(?:\u043c\u0430\u0442\u044c|\u043e\u0442\u0435\u0446)-\u043e\u0434\u0438\u043d\u043e\u0447\u043a\w*|"
    r"\u0434\u043e\u043c\u0430\u0448\u043d\w* \u043d\u0430\u0441\u0438\u043b\u0438\w*|"
    r"\u0440\u043e\u0434\u0438\u0442\u0435\u043b\u044c\u0441\u043a\w* \u043f\u0440\u0430\u0432|"
    r"(?:\u043c\u0430\u0442\u044c|\u043e\u0442\u0435\u0446|\u043c\u0443\u0436|\u0436\u0435\u043d\u0430|"
    r"\u0441\u044b\u043d|\u0434\u043e\u0447\u044c) (?:\u0443\u043c\u0435\u0440\w*|"
    r"\u0441\u043a\u043e\u043d\u0447\u0430\u043b\w*))"
)
# Hebrew, Arabic (their clitics written onto the word) and Hindi.
_SITUATION_AFFIXED = (
    r"\u05d2\u05d9\u05e8\u05d5\u05e9\u05d9\u05df|\u05d2\u05d9\u05e8\u05d5\u05e9\u05d9\u05dd|"
    r"\u05de\u05ea\u05d2\u05e8\u05e9\w*|\u05d4\u05ea\u05d2\u05e8\u05e9\w*|"
    r"\u05de\u05e9\u05de\u05d5\u05e8\u05ea|\u05de\u05d6\u05d5\u05e0\u05d5\u05ea|"
    r"\u05d0\u05dc\u05d9\u05de\u05d5\u05ea \u05d1\u05de\u05e9\u05e4\u05d7\u05d4|"
    r"\u05e0\u05e4\u05d8\u05e8 (?:\u05d0\u05d1\u05d9\u05d5|\u05d0\u05d1\u05d9\u05d4|"
    r"\u05d0\u05de\u05d5|\u05d0\u05de\u05d4|\u05d1\u05e2\u05dc\u05d4|\u05d0\u05e9\u05ea\u05d5|"
    r"\u05d1\u05e0\u05d5|\u05d1\u05ea\u05d5)|"
    r"\u05e0\u05e4\u05d8\u05e8\u05d4 (?:\u05d0\u05de\u05d5|\u05d0\u05de\u05d4|"
    r"\u05d0\u05e9\u05ea\u05d5|\u05d1\u05ea\u05d5)|"
    r"\u0637\u0644\u0627\u0642|\u062d\u0636\u0627\u0646\u0629|\u0646\u0641\u0642\u0629|"
    r"\u0639\u0646\u0641 \u0623\u0633\u0631\u064a|"
    r"\u0627\u0644\u0639\u0646\u0641 \u0627\u0644\u0623\u0633\u0631\u064a|"
    r"\u062a\u0648\u0641\u064a (?:\u0648\u0627\u0644\u062f\u0647|"
    r"\u0648\u0627\u0644\u062f\u0647\u0627|\u0632\u0648\u062c\u0647\u0627|"
    r"\u0627\u0628\u0646\u0647|\u0627\u0628\u0646\u0647\u0627)|"
    r"\u062a\u0648\u0641\u064a\u062a (?:\u0648\u0627\u0644\u062f\u062a\u0647|"
    r"\u0648\u0627\u0644\u062f\u062a\u0647\u0627|\u0632\u0648\u062c\u062a\u0647|"
    r"\u0627\u0628\u0646\u062a\u0647)|"
    r"\u0924\u0932\u093e\u0915|\u0915\u0938\u094d\u091f\u0921\u0940|"
    r"\u0917\u0941\u091c\u093c\u093e\u0930\u093e \u092d\u0924\u094d\u0924\u093e|"
    r"\u0917\u0941\u091c\u093e\u0930\u093e \u092d\u0924\u094d\u0924\u093e|"
    r"\u0918\u0930\u0947\u0932\u0942 \u0939\u093f\u0902\u0938\u093e|"
    r"(?:\u092a\u093f\u0924\u093e|\u092a\u093f\u0924\u093e\u091c\u0940|\u092e\u093e\u0901|"
    r"\u092e\u093e\u0902|\u092e\u093e\u0924\u093e|\u092a\u0924\u093f|"
    r"\u092a\u0924\u094d\u0928\u0940) (?:\u0915\u093e|\u0915\u0940) (?:\u0928\u093f\u0927\u0928|"
    r"\u0926\u0947\u0939\u093e\u0902\u0924|\u092e\u0943\u0924\u094d\u092f\u0941)"
)
# Japanese, Chinese, Korean.
_SITUATION_UNSPACED = (
    "\u96e2\u5a5a|\u89aa\u6a29|\u990a\u80b2\u8cbb|\u5bb6\u5ead\u5185\u66b4\u529b|"
    "(?:\u7236|\u6bcd|\u7236\u89aa|\u6bcd\u89aa|\u592b|\u59bb|\u7956\u7236|\u7956\u6bcd|"
    "\u606f\u5b50|\u5a18)(?:\u304c|\u3092)?(?:\u4ea1\u304f\u306a|\u901d\u53bb|\u4ed6\u754c)|"
    "(?:\u89aa|\u6bcd|\u7236|\u6bcd\u89aa|\u7236\u89aa|\u5bb6\u65cf)\u306e\u4ecb\u8b77|"
    "\u4ecb\u8b77\u4f11\u696d|\u79bb\u5a5a|\u629a\u517b\u6743|\u64ab\u990a\u6b0a|"
    "\u8d61\u517b\u8d39|\u8d0d\u990a\u8cbb|\u629a\u517b\u8d39|\u64ab\u990a\u8cbb|\u5bb6\u66b4|"
    "\u5bb6\u5ead\u66b4\u529b|"
    "(?:\u7236\u4eb2|\u6bcd\u4eb2|\u7236\u89aa|\u6bcd\u89aa|\u7238\u7238|\u5988\u5988|"
    "\u5abd\u5abd|\u4e08\u592b|\u59bb\u5b50)(?:\u53bb\u4e16|\u8fc7\u4e16|\u904e\u4e16|"
    "\u75c5\u901d)|"
    "\u6b7b\u5225|\u3072\u3068\u308a\u89aa|\u4e00\u4eba\u89aa|\u6bcd\u5b50\u5bb6\u5ead|"
    "\u7236\u5b50\u5bb6\u5ead|\u30b7\u30f3\u30b0\u30eb(?:\u30de\u30b6\u30fc|\u30d5\u30a1\u30fc\u30b6\u30fc)|"
    "\u4e27\u5076|\u55aa\u5076|\u5355\u4eb2|\u55ae\u89aa|\u79bb\u5f02|\u96e2\u7570|"
    "\u76d1\u62a4\u6743|\u76e3\u8b77\u6b0a|"
    "\uc0ac\ubcc4|\ud55c\ubd80\ubaa8|\ubbf8\ud63c[\ubaa8\ubd80]|\uce5c\uad8c|"
    "\uc774\ud63c|\uc591\uc721\uad8c|\uc591\uc721\ube44|\uac00\uc815\ud3ed\ub825|"
    "(?:\uc544\ubc84\uc9c0|\uc5b4\uba38\ub2c8|\uc544\ubc84\ub2d8|\uc5b4\uba38\ub2d8|\ub0a8\ud3b8|"
    "\uc544\ub0b4|\ubd80\uce5c|\ubaa8\uce5c)(?:\uaed8\uc11c|\uac00|"
    "\uc774)? ?(?:\ub3cc\uc544\uac00|\ubcc4\uc138|\uc0ac\ub9dd)"
)
STEMS = (
    "divorc", "legal sep", "marital sep", "trial sep", "separated from", "separating from",
    "going through a sep", "assist", "accudi", "si prende cura", "permess", "legge 104",
    "custody", "no-contact", "no contact", "joint cust", "shared cust",
    "sole cust", "full cust",
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
    "huiselijk geweld", "mantelzorg", "zorgt voor", "zorgverlof", "skilsm", "skilles",
    "skiljer sig", "v\u00e5rdnad", "foreldreansvar", "for\u00e6ldremyndighed", "samv\u00e6rsrett",
    "umg\u00e4ngesr", "har barn", "tar barn", "f\u00e5r barn", "barnebidrag", "b\u00f8rnebidrag",
    "underh\u00e5llsbidrag", "ensamst\u00e5ende", "alenemor", "alenefar", "aleneforelder",
    "alenefors\u00f8rger",
    "gestorben", "verstorben", "todesfall", "d\u00e9c\u00e9d\u00e9", "morte",
    "d\u00e9c\u00e8s", "falleci", "muri\u00f3", "murieron", "overleden", "overlijden",
    "div\u00f3rcio", "divorciad", "guarda ", "pens\u00e3o", "viol\u00eancia", "faleceu",
    "divorzi", "affido", "assegno di", "violenza", "mort", "rozw\u00f3d", "rozwod", "opiek",
    "alimenty", "aliment\u00f3w", "przemoc", "w\u0142adz", "zmar\u0142", "rozvod",
    "rozv\u00e1d", "st\u0159\u00eddav", "sv\u011b\u0159en", "v\u00fd\u017eivn\u00e9",
    "dom\u00e1c\u00ed", "zem\u0159el", "\u03b4\u03b9\u03b1\u03b6\u03cd\u03b3\u03b9",
    "\u03b5\u03c0\u03b9\u03bc\u03ad\u03bb\u03b5\u03b9",
    "\u03ba\u03bf\u03b9\u03bd\u03ae \u03b5\u03c0\u03b9\u03bc",
    "\u03b5\u03bd\u03b4\u03bf\u03bf\u03b9\u03ba\u03bf\u03b3\u03b5\u03bd",
    "\u03c0\u03ad\u03b8\u03b1\u03bd\u03b5", "talaq", "death", "nidhan", "dehant", "perceraian",
    "bercerai", "hak asuh", "nafkah", "kekerasan", "kdrt", "meninggal", "wafat", "ly h\u00f4n",
    "ly d\u1ecb", "quy\u1ec1n nu\u00f4i", "c\u1ea5p d\u01b0\u1ee1ng", "b\u1ea1o l\u1ef1c",
    "qua \u0111\u1eddi", "bo\u015fan", "velayet", "nafaka", "aile i\u00e7i", "vefat",
    "\u00f6ld\u00fc", "hayat\u0131n\u0131", "\u05d2\u05d9\u05e8\u05d5\u05e9\u05d9\u05df",
    "\u05d2\u05d9\u05e8\u05d5\u05e9\u05d9\u05dd", "\u05de\u05ea\u05d2\u05e8\u05e9",
    "\u05d4\u05ea\u05d2\u05e8\u05e9", "\u05de\u05e9\u05de\u05d5\u05e8\u05ea",
    "\u05de\u05d6\u05d5\u05e0\u05d5\u05ea", "\u05d0\u05dc\u05d9\u05de\u05d5\u05ea",
    "\u05e0\u05e4\u05d8\u05e8", "\u05e0\u05e4\u05d8\u05e8\u05d4", "\u0637\u0644\u0627\u0642",
    "\u062d\u0636\u0627\u0646\u0629", "\u0646\u0641\u0642\u0629", "\u0639\u0646\u0641",
    "\u062a\u0648\u0641\u064a", "\u062a\u0648\u0641\u064a\u062a", "\u0924\u0932\u093e\u0915",
    "\u0915\u0938\u094d\u091f\u0921\u0940", "\u0917\u0941\u091c\u093c\u093e\u0930\u093e",
    "\u0917\u0941\u091c\u093e\u0930\u093e", "\u0918\u0930\u0947\u0932\u0942",
    "\u0928\u093f\u0927\u0928", "\u0926\u0947\u0939\u093e\u0902\u0924",
    "\u092e\u0943\u0924\u094d\u092f\u0941", "\u96e2\u5a5a", "\u89aa\u6a29",
    "\u990a\u80b2\u8cbb", "\u5bb6\u5ead\u5185\u66b4\u529b", "\u4ea1\u304f\u306a",
    "\u901d\u53bb", "\u4ed6\u754c", "\u306e\u4ecb\u8b77", "\u4ecb\u8b77\u4f11\u696d",
    "\u79bb\u5a5a", "\u629a\u517b\u6743", "\u64ab\u990a\u6b0a", "\u8d61\u517b\u8d39",
    "\u8d0d\u990a\u8cbb", "\u629a\u517b\u8d39", "\u64ab\u990a\u8cbb", "\u5bb6\u66b4",
    "\u5bb6\u5ead\u66b4\u529b", "\u53bb\u4e16", "\u8fc7\u4e16", "\u904e\u4e16", "\u75c5\u901d",
    "\uc774\ud63c", "\uc591\uc721\uad8c", "\uc591\uc721\ube44", "\uac00\uc815\ud3ed\ub825",
    "\ub3cc\uc544\uac00", "\ubcc4\uc138", "\uc0ac\ub9dd",
    "\u6b7b\u5225", "\u3072\u3068\u308a\u89aa", "\u4e00\u4eba\u89aa", "\u6bcd\u5b50\u5bb6\u5ead",
    "\u7236\u5b50\u5bb6\u5ead", "\u30b7\u30f3\u30b0\u30eb\u30de\u30b6\u30fc",
    "\u30b7\u30f3\u30b0\u30eb\u30d5\u30a1\u30fc\u30b6\u30fc", "\u4e27\u5076", "\u55aa\u5076",
    "\u5355\u4eb2", "\u55ae\u89aa", "\u79bb\u5f02", "\u96e2\u7570", "\u76d1\u62a4\u6743",
    "\u76e3\u8b77\u6b0a", "\uc0ac\ubcc4", "\ud55c\ubd80\ubaa8", "\ubbf8\ud63c\ubaa8",
    "\ubbf8\ud63c\ubd80", "\uce5c\uad8c",
    "\u0440\u0430\u0437\u0432\u043e\u0434", "\u0440\u0430\u0437\u0432\u0435\u043b",
    "\u0440\u0430\u0437\u0432\u0451\u043b", "\u0430\u043b\u0438\u043c\u0435\u043d\u0442",
    "\u0430\u043b\u0456\u043c\u0435\u043d\u0442", "\u0440\u043e\u0437\u043b\u0443\u0447",
    "\u043e\u043f\u0435\u043a", "\u043c\u0430\u0442\u044c-", "\u043e\u0442\u0435\u0446-",
    "\u0434\u043e\u043c\u0430\u0448\u043d",
    "\u0440\u043e\u0434\u0438\u0442\u0435\u043b\u044c\u0441\u043a",
    "\u043c\u0430\u0442\u044c ", "\u043e\u0442\u0435\u0446 ", "\u043c\u0443\u0436 ",
    "\u0436\u0435\u043d\u0430 ", "\u0441\u044b\u043d ", "\u0434\u043e\u0447\u044c ",
    "not collect", "n't collect", "cannot collect", "not pick up", "n't pick up",
    "cannot pick up", "not see", "n't see", "cannot see", "not visit", "n't visit",
    "cannot visit", "not contact", "n't contact", "cannot contact", "not have contact",
    "n't have contact", "cannot have contact", "allowed to", "permitted to", "authorised to",
    "authorized to",
)  # fmt: skip


# A child after "must not collect": capitalised (their name) or a relative, not a thing.
_KID = re.compile(rf"{_RELATIVE}|grandchild(?:ren)?|kids", re.I)
_PARENTHOOD = re.compile(r"\b(?:court|custody|father|mother|parent|guardian|dad|mum|mom)")


def _a_child(text: str, lowered: str, match: re.Match[str]) -> bool:
    if match.group("kid") is None:
        return True
    kid = text[match.start("kid") : match.end("kid")]
    if _KID.fullmatch(kid) is not None:
        return True
    # a capitalised name, in a message about a parent or a court ("must not contact Legal")
    return kid[:1].isupper() and kid[1:2].islower() and _PARENTHOOD.search(lowered) is not None


FAMILY_SITUATION = Statement(
    LABEL,
    whole_words(_SITUATION, affixed=_SITUATION_AFFIXED, unspaced=_SITUATION_UNSPACED),
    STEMS,
    back=40,  # "father passed away", "seine Schwester ist verstorben": the relative first
    forward=60,
    reach=70,
    check=_a_child,
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
    topic=Words(_CANDIDATE_WORDS),
)
