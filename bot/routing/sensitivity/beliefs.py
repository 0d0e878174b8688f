"""A named person's religion or political opinions.

Religious beliefs and political opinions are special categories of personal data (GDPR art.
9): "Ahmed Karimi is fasting for Ramadan, can we move his on-call?" or "Jonas Weber ist aus
der Kirche ausgetreten, bitte die Kirchensteuer austragen" tells whoever reads it what the
person believes.

Reported (``pii.beliefs``), said of a named person as a condition is
(``health.said_of_named_person``, 50 characters): a faith after a copula ("is a practising
Muslim", "is a Seventh-day Adventist", "ist jüdisch", "est catholique", "es evangélica", "is
moslim", "è cattolico", "é adventista", "e adventist", "jest katolikiem", "er muslim", "är
ortodox"; Hungarian, with no copula: "református vallású"), a conversion, a
religious practice (fasting for Ramadan, observing Shabbat, Friday prayers, wearing a hijab
or a kippah (or "her hijab"), Jummah prayers, breaking the fast (iftar), keeping kosher,
halal or Shabbat, what a person will not do on a holy day ("won't travel or eat out on
shabbat"; not what "we" do), a holy day off: "needs Yom Kippur off", "leave for Eid";
going to mass or to the gurdwara), a church membership or its leaving ("Kirchenaustritt",
"Konfession"), a party membership or political views ("party member", "member of the Labour party",
"Parteimitglied", "political views"), political activity: campaigning, canvassing or
leafleting for a party ("campaigning for the Greens", "macht Wahlkampf für die Linke",
"milite au PS", "hace campaña por Sumar", "voert campagne voor de SP"; the party named as
parties are, capitalised, and not a project: "campaigning for the Kubernetes migration" is
not politics), a party activist or candidate, running for office.

Not reported: the words with nobody named (a prayer room's booking system, a halal menu),
"Christian" (a first name) and the faiths as adjectives of things ("Catholic University"),
a birthday party, a marketing campaign, campaigning for a lower-case cause ("tabs over
spaces", "l'open source"), and people the message says are made up. Limits: a
capitalised project after "campaigning for" and a function word ("campaigning for Rust in
the backend") is taken for a party.
"""

from __future__ import annotations

import re

from bot.routing.sensitivity.model import whole_words
from bot.routing.sensitivity.statements import Statement

LABEL = "pii.beliefs"

_FAITH = (
    r"(?:muslim|jewish|catholic|protestant|evangelical|hindu|sikh|buddhist|mormon|atheist|"
    r"agnostic|jehovah['\u2019]s witness|(?:seventh-day )?adventist|pentecostal|baptist|"
    r"methodist|quaker|jain|zoroastrian|bah\u00e1['\u2019]?i|bahai|latter-day saint)"
)
# Campaigning for a party, and the party's name after it (checked in the message's case).
_CAMPAIGNING = (
    r"(?:(?:campaign(?:s|ed|ing)?|canvass(?:es|ed|ing)?|leaflet(?:s|ed|ing)?|flyering|"
    r"hands? out (?:flyers|leaflets)|door-knock(?:s|ed|ing)?) (?:for|on behalf of)|"
    r"(?:macht |im )?wahlkampf (?:f\u00fcr|bei)|(?:fait|faire|fera) campagne pour|"
    r"milite (?:au|\u00e0|pour|chez)|militante? (?:du|de|d['\u2019])|"
    r"hace campa\u00f1a (?:por|para|a favor de)|(?:militante|afiliad[oa]) (?:del?|al)|"
    r"(?:voert )?campagne (?:voert )?voor)"
    r"(?:[ \t]+(?:(?:the|die|den|der|le|la|les|el|los|de|het|partido|partei)[ \t]+|"
    r"l['\u2019]))?[ \t]*(?P<party>\w[\w-]*)"
)
# The holy days a day off is asked for.
_HOLY_DAY = (
    r"(?:eid(?: al-(?:fitr|adha))?|diwali|yom kippur|rosh hashanah|passover|pesach|hanukkah|"
    r"navratri|vesak|good friday|ash wednesday|sukkot|guru nanak jayanti)"
)
_WORDS = (
    # English
    rf"(?:is|am|are|was|as) (?:an? )?(?:(?:practi[sc]ing|devout|observant|orthodox) )?{_FAITH}|"
    r"converted to (?:islam|judaism|catholicism|christianity|buddhism|hinduism)|"
    r"fasting (?:for|during) ramadan|observes? (?:ramadan|shabbat|the sabbath|passover|"
    r"yom kippur|lent)|friday prayers?|prays? (?:five times|at (?:the )?mosque)|"
    r"wears? (?:a |her |his )?(?:hijab|headscarf|niqab|kippah|yarmulke|turban)|"
    r"(?:(?<=her |his )|(?<=their ))(?:hijab|headscarf|niqab|kippah|yarmulke|turban)|"
    r"(?:jumm?ah|jumu['\u2019]?ah)(?: prayers?)?|iftar|suhoor|sehri|"
    # a gift a person wants counted as their religious duty ("wants his £2,500 treated as
    # zakat"); not a feature that computes it ("the zakat calculator")
    r"(?:(?:treated|counted|given|paid|pays?|paying|gives?|giving) as|pays?|paying|gives?|"
    r"giving|(?:his|her|their)) (?:zakat|zakah|tithe|tzedakah|dasvandh)|"
    r"(?:break(?:s|ing)?|broke) (?:the |her |his |their )?fast\b|"
    r"goes to (?:church|mosque|synagogue|temple)|keeps? (?:kosher|halal|shabbat|the sabbath)|"
    # what a person will not do on a holy day ("won't travel or eat out on shabbat"); not
    # what we or you do ("we don't deploy on the sabbath")
    r"(?<!\bwe )(?<!\bi )(?<!\byou )(?<!\bthey )(?:won['\u2019]t|will not|doesn['\u2019]t|"
    r"does not|can['\u2019]t|cannot|never) (?:[\w'\u2019]+ ){1,5}?(?:on|during|over) "
    r"(?:shabbat|shabbos|the sabbath|sabbath|yom kippur|ramadan)|shomer shabbat|"
    rf"(?:off|leave|a day off|time off|days off|holiday) for {_HOLY_DAY}|{_HOLY_DAY} off\b|"
    r"(?:goes to|attends) (?:mass|(?:sunday|friday|church|religious) services|shul|temple|"
    r"(?:the )?gurdwara)|"
    r"party member(?:ship)?|member of the \w+ party|political (?:views|opinions|beliefs|"
    r"affiliation|activis[mt])|"
    rf"{_CAMPAIGNING}|"
    r"(?:party|election|electoral) (?:activist|candidate|campaign|volunteer|canvasser)s?|"
    r"(?:runs?|running|ran|stood|standing) for (?:office|city council|the council|mayor|"
    r"parliament|congress|the senate|the bundestag)|"
    # German
    r"(?:ist|war) (?:muslimisch|j\u00fcdisch|katholisch|evangelisch|muslim(?:in)?|"
    r"jude|j\u00fcdin|atheist(?:in)?)|kirchenaustritt|aus der kirche ausgetreten|"
    r"konfession|religionszugeh\u00f6rigkeit|fastet (?:im|w\u00e4hrend des) ramadan|"
    r"tr\u00e4gt (?:ein )?kopftuch|parteimitglied\w*|politische (?:einstellung|ansichten)|"
    r"kandidiert f\u00fcr (?:den |die |das )?(?:stadtrat|gemeinderat|landtag|bundestag)|"
    # French
    r"(?:est|\u00e9tait) (?:musulman|juif|juive|catholique|protestante?|bouddhiste|"
    r"ath\u00e9e|pratiquante?)e?|fait (?:le )?ramadan|porte (?:le|un) voile|"
    r"opinions politiques|"
    # Spanish
    r"(?:es|era) (?:musulm\u00e1n|musulmana|jud\u00edo|jud\u00eda|cat\u00f3lic[oa]|"
    r"evang\u00e9lic[oa]|ate[oa]|practicante)|hace (?:el )?ramad\u00e1n|"
    r"lleva (?:el |un )?(?:velo|hiyab)|ideolog\u00eda pol\u00edtica|"
    # Dutch
    r"(?:is|was) (?:moslim|joods|katholiek|protestants|hindoe|atheist|athe\u00efst)|"
    r"doet (?:aan (?:de )?)?ramadan|draagt (?:een )?hoofddoek|politieke (?:voorkeur|opvattingen)|"
    # Italian, Portuguese, Romanian, Polish: a faith after the copula
    r"(?:\u00e8|era) (?:un |una )?(?:cattolic[oa]|musulman[oa]|ebre[oa]|ortodoss[oa]|"
    r"evangelic[oa]|protestante|testimone di geova|avventista|buddista|induista|atea|ateo)|"
    r"(?:\u00e9|era) (?:um |uma )?(?:cat\u00f3lic[oa]|mu\u00e7ulman[oa]|jude[ou]|judia|"
    r"evang\u00e9lic[oa]|adventista|testemunha de jeov\u00e1|esp\u00edrita|ateu|ateia)|"
    r"(?:e|este|era) (?:un |o )?(?:adventist\u0103?|ortodox\u0103?|catolic\u0103?|"
    r"greco-catolic\u0103?|musulman\u0103?|evreu|evreic\u0103|penticostal\u0103?|"
    r"baptist\u0103?|protestant\u0103?|reformat\u0103?|martor al lui iehova|budist\u0103?|"
    r"ateu|atee)|"
    r"jest (?:katolikiem|katoliczk\u0105|muzu\u0142maninem|muzu\u0142mank\u0105|\u017cydem|"
    r"\u017cyd\u00f3wk\u0105|prawos\u0142awn\w+|ewangelikiem|\u015bwiadkiem jehowy|"
    r"adwentyst\w+|ateist\w+)|"
    # Danish, Norwegian, Swedish, Finnish, Hungarian
    r"(?:er|\u00e4r|var) (?:en )?(?:muslim|katolik|katolsk|j\u00f8de|jude|j\u00f8disk|"
    r"judisk|adventist|pinsevenn|pingstv\u00e4n|jehovas vitne|jehovas vittne|ortodoks|"
    r"ortodox|ateist|buddhist|hindu|sikh)|"
    r"(?:katolikus|reform\u00e1tus|evang\u00e9likus|zsid\u00f3|muszlim|ortodox|adventista|"
    r"baptista|buddhista|hindu) (?:vall\u00e1s\u00fa|hit\u0171|h\u00edv\u0151|"
    r"felekezet\u0171)|jehova tan\u00faja"
)
_BREAKING_FAST = tuple(
    f"{verb} {owner}fast"
    for verb in ("break", "breaks", "breaking", "broke")
    for owner in ("", "the ", "her ", "his ", "their ")
)
# The faiths, feasts, garments and party words: the copula or verb before them is looked
# for from them.
STEMS = (
    "muslim", "jewish", "catholic", "protestant", "evangelical", "hindu", "sikh", "buddhist",
    "mormon", "atheist", "agnostic", "jehovah", "converted to", "ramadan", "shabbat",
    "sabbath", "passover", "yom kippur", "observes lent", "observe lent", "friday prayer",
    "mosque", "prays five", "pray five", "hijab", "headscarf", "niqab", "kippah", "yarmulke",
    "turban", "jummah", "jumah", "jumu", "iftar", "zakat", "zakah", "tithe", "tzedakah",
    "dasvandh", "suhoor", "sehri", *_BREAKING_FAST,
    "goes to church", "goes to synagogue", "goes to temple", "kosher", "halal",
    "party member", "member of the", "political", "muslimisch", "j\u00fcdisch", "katholisch",
    "evangelisch", "jude", "j\u00fcdin", "kirchenaustritt", "aus der kirche", "konfession",
    "religionszugeh", "kopftuch", "parteimitglied", "politische", "musulman", "juif", "juive",
    "catholique", "bouddhiste", "ath\u00e9e", "pratiquant", "voile", "opinions politiques",
    "musulm\u00e1n", "jud\u00edo", "jud\u00eda", "cat\u00f3lic", "evang\u00e9lic", "ateo",
    "atea", "practicante", "ramad\u00e1n", "velo", "hiyab", "ideolog\u00eda", "moslim",
    "joods", "katholiek", "hindoe", "athe\u00efst", "hoofddoek", "politieke", "campaign",
    "canvass", "leaflet", "flyering", "hand out fl", "hands out fl", "door-knock", "party act",
    "party cand", "party camp", "party vol", "party canv", "election act", "election cand",
    "election camp", "election vol", "election canv", "electoral", "runs for", "running for",
    "ran for", "stood for", "standing for", "wahlkampf", "kandidiert", "campagne", "milite",
    "militant", "campa\u00f1a", "afiliad", "eid", "diwali", "yom kippur", "rosh hashanah",
    "pesach", "hanukkah", "navratri", "vesak", "good friday", "ash wednesday", "sukkot",
    "guru nanak", "goes to mass", "attends mass", "goes to sunday", "attends sunday",
    "goes to friday", "attends friday", "goes to church",
    "attends church", "goes to relig", "attends relig", "goes to shul",
    "attends shul", "attends temple", "gurdwara", "adventist", "pentecostal", "baptist",
    "methodist", "quaker", "jain", "zoroastrian", "bah\u00e1", "bahai", "latter-day",
    "cattolic", "musulman", "ebre", "ortodoss", "evangelic", "testimone di", "avventista",
    "buddista", "induista", "cat\u00f3lic", "mu\u00e7ulman", "jude", "judia",
    "evang\u00e9lic", "adventista", "testemunha", "esp\u00edrita", "ateu", "ortodox",
    "catolic", "evreu", "evreic", "penticostal", "protestant", "reformat", "martor al",
    "budist", "atee", "katoli", "muzu\u0142ma", "\u017cyd", "prawos\u0142awn",
    "ewangelik", "\u015bwiadkiem", "adwentyst", "ateist", "katolik", "j\u00f8d", "judisk",
    "pinsevenn", "pingstv\u00e4n", "jehovas", "ortodoks", "reform\u00e1tus",
    "evang\u00e9likus", "zsid\u00f3", "muszlim", "buddhist", "hindu", "sikh", "jehova",
)  # fmt: skip

# A capitalised word right after: the faith word is part of a name ("Jude Law", "Catholic
# University").
_NAME_GOES_ON = re.compile(r" [A-Z\u00c0-\u00de][a-z\u00df-\u00ff]")


# What may follow a party's name: a function word, punctuation, the end.
_AFTER_PARTY = re.compile(
    r"(?:[ \t]+(?:[A-Z\u00c0-\u00de][\w-]*|on|in|at|and|or|since|every|this|last|during|"
    r"with|again|now|before|after|for|to|ever|am|im|an|und|seit|jeden|le|les|en|et|depuis|"
    r"el|los|y|desde|op|en|sinds|elke|in)\b|[ \t]*(?:[^\w \t]|$))"
)
_PARTY_WORDS = ("party", "partei", "parti", "partido", "partij")


def _not_in_a_name(text: str, lowered: str, match: re.Match[str]) -> bool:
    """Not part of a name ("Jude Law"); a party campaigned for is named as parties are
    (capitalised, "the SNP", "die Grünen", "Podemos"), not a project ("the Kubernetes
    migration", "the new pricing")."""
    if match.group("party") is None:
        return _NAME_GOES_ON.match(text, match.end()) is None
    party = text[match.start("party") : match.end("party")]
    if party.lower() in _PARTY_WORDS:
        return True
    return party[:1].isupper() and _AFTER_PARTY.match(text, match.end()) is not None


BELIEFS = Statement(
    LABEL,
    whole_words(_WORDS),
    STEMS,
    back=40,  # "is a practising Muslim", "member of the Labour party"
    forward=60,  # "hands out leaflets on behalf of the Liberal Democrats"
    reach=70,  # "Yusuf Demir off every Fri 12:00-14:00 for the prayer (goes to Friday prayers"
    check=_not_in_a_name,
)
