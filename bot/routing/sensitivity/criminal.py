"""A named person's criminal record: convictions, charges, arrests, prison sentences.

Data about criminal convictions and offences may be kept only under official authority or
where the law allows it (GDPR art. 10): "the background check for Rafael Okoro came back
with a 2012 felony conviction" in a question about a recruiting tool's rules must not leave
the building.

Reported (``pii.criminal_record``): such a word (English, German, French, Spanish, Dutch,
Portuguese, Italian)
said of a named person as a condition is (``health.said_of_named_person``; 100 characters'
reach, a record is told at length: "Rafael Okoro (applying for the night shift lead role in
Fresno), came back with a 2012 felony conviction"): a criminal record or history, a
conviction for something, convicted of, a guilty or no-contest plea, a felony or
misdemeanour charge or conviction,
arrested or charged with, a prison sentence, DUI, on parole (on licence, its UK name),
a sex offender, "Vorstrafe",
"vorbestraft", "casier judiciaire", "condamnation", "antecedentes penales", "strafblad",
"veroordeeld", "antecedentes criminais", "precedenti penali", "casellario giudiziale"; a
police caution, a suspended sentence, out on bail; the Nordic, Finnish, Hungarian, Romanian
and Ukrainian words ("dømt for", "straffeattest med anmærkning", "dömd för", "tuomittu",
"büntetett előéletű", "cazier judiciar cu", "condamnat pentru", "судимість"); Hebrew and
Hindi ("רישום פלילי", "הורשע", "आपराधिक रिकॉर्ड", "गिरफ्तार"). In a message about a
background check, such a word in the sentence after the one naming its subject, told as a
finding ("Checkr report came back for Dmitri Volkov (...). There's a 2017 DUI conviction",
"Sterling came back for Jordan Maclean (...). shows a 2017 DUI conviction";
``statements.Statement.report``), or after a colon that gives the report's result in the
sentence naming them ("Background check for ... (Jordan Ellis) came back: one DUI conviction").

Not reported: the words with nobody named ("can we auto-reject candidates with a felony
conviction?", a background-check vendor's API), a felony in a game's text ("the player
commits a felony": no record), conviction as belief ("she argued with conviction"),
probation as an employee's trial period ("on probation until March", "Probezeit"), the
French "parole" (speech), a record dated before 1960 (history: "Alan Turing was convicted
in 1952"), and people the message says are made up.
"""

from __future__ import annotations

import re

from bot.routing.sensitivity.literals import Words
from bot.routing.sensitivity.model import whole_words
from bot.routing.sensitivity.statements import Statement

LABEL = "pii.criminal_record"

_WORDS = (
    # English
    r"criminal (?:record|history|conviction|charge|case|background|offen[cs]e)s?|"
    r"(?:felony|misdemeanou?r|criminal|prior|previous|dui|dwi|drug|theft|fraud|assault|"
    r"\d{4}) (?:convictions?|charges?|counts?|arrests?)|"
    r"(?:felony|misdemeanou?r) (?:record|offen[cs]e|theft|assault|possession|burglary)|"
    r"convictions? (?:for|of)|convicted (?:of|for|in|at)|pleaded guilty|pled guilty|"
    r"guilty pleas?|pleaded no contest|pled no contest|no contest pleas?|"
    r"arrested (?:for|in|on|at)|"
    r"charged with (?:an? )?(?:felony|misdemeanou?r|crimes?|theft|assault|fraud|battery|"
    r"murder|manslaughter|possession|burglary|robbery|dui|dwi|drunk|harassment|stalking|"
    r"vandalism|trespass\w*|shoplifting|embezzlement|\w+ offen[cs]es?)|"
    r"(?:prison|jail) (?:sentence|term|time)|(?:in|to|from) (?:prison|jail)|served time|"
    r"(?:jailed|imprisoned|incarcerated)|on parole|paroled|on licen[cs]e|sex offender|"
    r"dui|dwi|drunk driving|driving under the influence|"
    r"(?:police|conditional|formal|simple|adult) cautions? (?:for|in|from)|police cautions?|"
    r"cautioned (?:for|by (?:the )?police)|(?:un)?spent convictions?|suspended sentence|"
    r"(?:released|out) on bail|awaiting trial|"
    # German
    r"vorstrafe\w*|vorbestraft|verurteil(?:t|ung) (?:wegen|zu)|strafregister\w*|"
    r"eintr(?:ag|\u00e4ge) im (?:f\u00fchrungszeugnis|bundeszentralregister)|"
    r"f\u00fchrungszeugnis mit eintr(?:ag|\u00e4gen)|"
    r"(?:haft|freiheits|bew\u00e4hrungs)strafe|auf bew\u00e4hrung|strafverfahren|"
    r"angeklagt wegen|"
    # French
    r"casier judiciaire|condamnation|condamn\u00e9e?s? (?:pour|\u00e0)|peine de prison|"
    r"avec sursis|mise? en examen|garde \u00e0 vue|ant\u00e9c\u00e9dents judiciaires|"
    # Spanish
    r"antecedentes (?:penales|policiales)|condena(?:d[oa])? (?:por|a)|condena|prisi\u00f3n|"
    r"c\u00e1rcel|(?:detenid|arrestad)[oa] por|"
    # Portuguese, Italian
    r"antecedentes criminais|regist[oa] criminal|ficha criminal|condena\u00e7\u00e3o|"
    r"condenad[oa] (?:por|a|em)|pris\u00e3o|pres[oa] por|"
    r"precedenti penali|casellario giudiziale|certificato penale|fedina penale|"
    r"condann(?:a|at[oa]) (?:per|a)|carcere|carichi pendenti|arrestat[oa] per|"
    # Dutch
    r"strafblad|veroordeeld|veroordeling|gevangenis(?:straf)?|taakstraf|"
    r"voorwaardelijke (?:straf|gevangenisstraf)|justiti\u00eble documentatie|"
    r"vog (?:geweigerd|afgewezen)|gearresteerd|aangehouden (?:voor|wegens)|"
    # Danish, Norwegian, Swedish, Finnish
    r"(?:d\u00f8mt|d\u00f6md|d\u00f6mts|straffed\u00f8mt) (?:for|f\u00f6r|til|till)|"
    r"(?:plettet |ikke ren )?straffeattest med (?:anm\u00e6rkning|anmerkning)|"
    r"politiattest med anmerkning|belastningsregist\w*|(?:siktet|tiltalt|\u00e5talad) "
    r"(?:for|f\u00f6r)|f\u00e6ngsel|fengsel|f\u00e4ngelse|rikosrekisteri\w* merkin\w*|"
    r"tuomittiin|tuomittu|ehdollinen vankeus\w*|ehdollista vankeutta|"
    # Hungarian, Romanian, Ukrainian
    r"b\u00fcntetett el\u0151\u00e9let\u0171|el\u00edt\u00e9lt\u00e9k|"
    r"b\u00f6rt\u00f6nb\u00fcntet\u00e9s\w*|"
    r"felf\u00fcggesztett b\u00fcntet\u00e9s\w*|"
    r"cazier(?:ul)? judiciar (?:cu|p\u0103tat)|antecedente penale|condamnat\u0103? (?:pentru|la)|"
    r"\u00eenchisoare|"
    r"\u0441\u0443\u0434\u0438\u043c\u0456\u0441\u0442\w*|"
    r"\u0437\u0430\u0441\u0443\u0434\u0436\u0435\u043d\w*|"
    r"\u043a\u0440\u0438\u043c\u0456\u043d\u0430\u043b\u044c\u043d\w+ "
    r"\u043f\u0440\u043e\u0432\u0430\u0434\u0436\u0435\u043d\w*"
)
# Hebrew and Hindi, with the clitics written onto them (``model.whole_words``): a criminal
# record, past or case (רישום / עבר / תיק פלילי), a criminal offence, a conviction, convicted,
# prison, an indictment; आपराधिक रिकॉर्ड / मामला, arrested, jail.
_WORDS_AFFIXED = (
    r"(?:\u05e8\u05d9\u05e9\u05d5\u05dd|\u05e2\u05d1\u05e8|\u05ea\u05d9\u05e7) "
    r"\u05e4\u05dc\u05d9\u05dc\u05d9|"
    r"\u05e2\u05d1\u05d9\u05e8(?:\u05d4|\u05d5\u05ea) \u05e4\u05dc\u05d9\u05dc\u05d9"
    r"(?:\u05ea|\u05d5\u05ea)|"
    r"\u05d4\u05e8\u05e9\u05e2(?:\u05d4|\u05d5\u05ea)|\u05d4\u05d5\u05e8\u05e9\u05e2\w*|"
    r"\u05de\u05d0\u05e1\u05e8|\u05db\u05dc\u05d0|"
    r"\u05db\u05ea\u05d1 \u05d0\u05d9\u05e9\u05d5\u05dd|"
    r"\u0906\u092a\u0930\u093e\u0927\u093f\u0915 (?:\u0930\u093f\u0915\u0949\u0930\u094d\u0921|"
    r"\u092e\u093e\u092e\u0932[\u093e\u0947])|"
    r"\u0917\u093f\u0930\u092b\u093c?\u094d\u0924\u093e\u0930|"
    r"\u091c\u0947\u0932"
)
STEMS = (
    "criminal", "felony", "misdemean", "prior conv", "prior char", "previous conv", "dui",
    "dwi", "drug conv", "drug char", "theft", "fraud conv", "fraud char", "assault",
    "conviction", "convicted", "pleaded guilty", "pled guilty", "guilty plea",
    "pleaded no contest", "pled no contest", "no contest plea", "arrested", "charged with",
    "prison", "jail", "served time", "imprisoned", "incarcerated", "on parole", "paroled",
    "on licenc", "on licens",
    "sex offender", "drunk driving", "driving under", "vorstraf", "vorbestraft", "verurteil",
    "strafregister", "eintrag im", "eintr\u00e4ge im", "f\u00fchrungszeugnis mit",
    "haftstrafe", "freiheitsstrafe", "bew\u00e4hrung", "auf bew\u00e4hrung", "strafverfahren",
    "angeklagt", "casier judiciaire",
    "condamn", "peine de prison", "avec sursis", "mis en examen", "mise en examen",
    "garde \u00e0 vue", "ant\u00e9c\u00e9dents judic", "antecedentes", "condena", "prisi\u00f3n",
    "c\u00e1rcel", "detenid", "arrestad", "criminais", "registo crim", "registro crim",
    "ficha crim", "condena\u00e7", "pris\u00e3o", "preso por", "presa por", "precedenti",
    "casellario", "certificato pen", "fedina", "condann", "carcere", "carichi pend",
    "arrestat", "strafblad", "veroordeel", "veroordeling",
    "gevangenis", "taakstraf", "voorwaardelijke", "justiti\u00eble", "vog ", "gearresteerd",
    "aangehouden", "caution", "spent conv", "suspended sent", "on bail", "awaiting trial",
    "d\u00f8mt", "d\u00f6md", "straffed\u00f8mt", "straffeattest", "politiattest",
    "belastningsreg", "siktet", "tiltalt", "\u00e5talad", "f\u00e6ngsel", "fengsel",
    "f\u00e4ngelse", "rikosrekister", "tuomit", "ehdollinen", "ehdollista",
    "b\u00fcntetett", "el\u00edt\u00e9lt", "b\u00f6rt\u00f6n", "felf\u00fcggesztett",
    "cazier", "antecedente penale", "condamnat", "\u00eenchisoare",
    "\u0441\u0443\u0434\u0438\u043c", "\u0437\u0430\u0441\u0443\u0434\u0436",
    "\u043a\u0440\u0438\u043c\u0456\u043d\u0430\u043b", "\u05e4\u05dc\u05d9\u05dc\u05d9",
    "\u05d4\u05e8\u05e9\u05e2", "\u05d4\u05d5\u05e8\u05e9\u05e2", "\u05de\u05d0\u05e1\u05e8",
    "\u05db\u05dc\u05d0", "\u05db\u05ea\u05d1 \u05d0\u05d9\u05e9\u05d5\u05dd",
    "\u0906\u092a\u0930\u093e\u0927\u093f\u0915", "\u0917\u093f\u0930\u092b", "\u091c\u0947\u0932",
)  # fmt: skip
# A background check's report on one person: what it found is said of the person named in
# the sentence before ("Checkr report came back for Dmitri Volkov (...). There's a 2017 DUI
# conviction in Travis County."); a result that "came back for" a person, whoever the vendor
# ("Sterling came back for Jordan Maclean (...). shows a 2017 DUI conviction").
REPORT_WORDS = (
    "background check", "background screen", "background report", "background-check",
    "checkr", "sterling report", "hireright", "first advantage", "goodhire", "dbs check",
    "came back for", "came back on", "come back for",
    "screening report", "criminal check", "criminal background", "police check",
    "f\u00fchrungszeugnis", "casier judiciaire", "antecedentes penales", "strafblad",
    "verklaring omtrent", "vog",
)  # fmt: skip
# A conviction's year before it ("a 2014 felony conviction"): matched from the stem back.
_BACK = 8

# A record dated long before any colleague's working life: history ("Alan Turing was
# convicted in 1952 and pardoned in 2013", "his 1895 conviction"), a year before 1960 right
# before the word or in a phrase of time right after it.
_HISTORY_BEFORE = re.compile(r"(?:1[0-8]\d\d|19[0-5]\d)['\u2019]?s?[ \t]+(?:[\w-]+[ \t]+)?\Z")
_OLD_YEAR = re.compile(r"(?:1[0-8]\d\d|19[0-5]\d)\b")
_HISTORY_AFTER = re.compile(
    r"[ \t]+(?:(?:[\w-]+[ \t]+){0,3}?(?:in|of|during)[ \t]+)?"
    r"(?:(?:early|late|mid|the|[a-z]+)[ \t]+)?(?:1[0-8]\d\d|19[0-5]\d)\b"
)


def _not_history(text: str, lowered: str, match: re.Match[str]) -> bool:
    """Not a record dated before 1960 (``_HISTORY_BEFORE``, ``_HISTORY_AFTER``)."""
    before = lowered[max(0, match.start() - 24) : match.start()]
    if _OLD_YEAR.match(match.group()):
        return False  # (the match starts at its year: "1895 conviction")
    return _HISTORY_BEFORE.search(before) is None and (
        _HISTORY_AFTER.match(lowered, match.end(), match.end() + 40) is None
    )


CRIMINAL_RECORD = Statement(
    LABEL,
    whole_words(_WORDS, affixed=_WORDS_AFFIXED),
    STEMS,
    back=_BACK,
    forward=60,
    reach=100,
    report=Words(REPORT_WORDS),
    check=_not_history,
)
