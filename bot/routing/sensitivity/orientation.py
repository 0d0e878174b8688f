"""A named person's sexual orientation or gender identity, said outright or through a
same-sex spouse or partner.

Data concerning a person's sex life or sexual orientation is a special category (GDPR art.
9), and a colleague's gender identity is as private: an export of who answered "gay" or
"bi" to an inclusion survey, or "Mark Evans added his husband to the dental plan" in a
benefits question, outs them to whoever reads it.

Reported (``pii.orientation``), said of a named person as a condition is
(``health.said_of_named_person``, which includes a line a name heads: ``Alex Kim -
bi``): gay, lesbian, bisexual, queer, homosexual, pansexual, asexual, transgender or
non-binary (English, German, French, Spanish, Dutch); "came out to his parents"; a sexual
orientation; a same-sex partner named by the pronoun before it ("his husband", "her wife",
"his boyfriend", "her girlfriend", "sein Ehemann", "ihre Ehefrau", "zijn man", "haar
vrouw") or called so ("same-sex spouse", "gleichgeschlechtlich", "du même sexe", "del mismo
sexo"); a gender transition ("is transitioning", "transitioned last year", "gender
transition", Geschlechtsangleichung, transition de genre) and the name before it ("her
previous name was", "deadname"; in a message about a transition, "her former name" as
``FORMER_NAME``); not being out ("isn't out at work", "not out to his
team", closeted, "nicht geoutet", "no ha salido del armario"). "bi" and "trans" only end a
statement or follow a copula ("Alex is bi.", "Alex Kim - bi"), "transitioning" only ends
one or is followed by "and" or a time ("transitioning to the platform team" is a move), and
a capitalised word after another is a name ("Roxane Gay").

Not reported: the words with nobody named (a survey's "LGBTQ+ question", a ``gender`` enum,
an ERG's calendar), "bi" as business intelligence (``BI``, "the bi dashboards"), "trans" as
transactions or transport, a service or a team transitioned to something ("transitioned
billing to Stripe", "en transition vers Kubernetes"), a release that "isn't out yet", the
French and Spanish possessives that do not tell the
possessor's sex ("son mari", "su esposa"), and people the message says are made up.
"""

from __future__ import annotations

import re

from bot.routing.sensitivity.literals import Words
from bot.routing.sensitivity.model import whole_words
from bot.routing.sensitivity.statements import Statement, word_ends

LABEL = "pii.orientation"

# "bi" and "trans" as a statement's last word: "Alex is bi.", "- Alex Kim - bi\n".
_STATEMENT_END = r"(?=[ \t]*(?:$|[\n,.;:)!?]))"
_WORDS = (
    # English
    rf"gay|lesbians?|bisexual\w*|bi{_STATEMENT_END}|queer|homosexual\w*|pansexual|asexual|"
    rf"transgender|trans{_STATEMENT_END}|trans (?:woman|man|person|employee|colleague)|"
    r"(?:is|am|are|was|ist|est|es|zijn) (?:bi|trans|gay|queer)|"
    rf"non-?binary(?:{_STATEMENT_END}| (?:person|people|employee|colleague|partner))|"
    r"came out to (?:his|her|their) (?:parents|family|team|colleagues|manager)|"
    r"sexual orientation|"
    # a gender transition and the name before it; not being out
    r"transition(?:ing|ed)(?: to (?:male|female|a man|a woman))?(?=[ \t]*(?:$|[^\w \t])|"
    r"[ \t]+(?:and|socially|medically|genders?|(?:this|last|next) (?:year|month|spring|"
    r"summer|autumn|fall|winter))\b)|(?:gender|medical|social) transition|"
    r"dead ?nam(?:e|ed|ing)|(?:his|her|their) (?:previous|former|old|birth|pre-transition) "
    r"name(?= (?:was|is|were)\b)|"
    r"(?:is|isn['\u2019]t|is not|not|wasn['\u2019]t|was not|not yet) out (?:at work|to (?:his|her|"
    r"their|the) (?:team|colleagues|family|parents|manager|boss|coworkers))|closeted|"
    r"his (?:husband|boyfriend|male partner)|her (?:wife|girlfriend|female partner)|"
    r"same-sex (?:spouse|partner|marriage|couple|wedding)|"
    # German
    r"schwul\w*|lesbisch\w*|bisexuell\w*|homosexuell\w*|transgeschlechtlich\w*|"
    r"nicht-?bin\u00e4r\w*|sexuelle orientierung|geschlechtsangleich\w*|transition (?:zur|zum)|"
    r"(?:nicht )?geoutet|"
    r"sein(?:em|en)? (?:ehe)?mann|seine[mn]? lebensgef\u00e4hrten|"
    r"ihr(?:e[mnr]?)? (?:ehefrau|lebensgef\u00e4hrtin)|gleichgeschlechtlich\w*|"
    # French
    r"lesbienne|bisexuel(?:le)?|homosexuel(?:le)?|transgenre|non-?binaire|"
    r"orientation sexuelle|(?:fait|faire) son coming[- ]out|du m\u00eame sexe|"
    r"transition de genre|"
    r"en transition(?! (?:vers|de|d['\u2019]|entre|num\u00e9rique|\u00e9nerg\u00e9tique)\b)|"
    r"ancien pr\u00e9nom|"
    # Spanish
    r"lesbiana|homosexual|transg\u00e9nero|no binari[oa]|orientaci\u00f3n sexual|"
    r"sali\u00f3 del armario|del mismo sexo|transici\u00f3n de g\u00e9nero|"
    r"(?:no ha salido|no sali\u00f3) del armario|"
    # Dutch
    r"homoseksu\w+|biseksu\w+|lesbienne|seksuele geaardheid|zijn man|"
    r"haar (?:echtgenote|vrouw)|uit de kast|gendertransitie|in transitie(?! (?:naar|van)\b)|"
    # Portuguese, Italian, Polish, Czech, Greek, Indonesian, Vietnamese, Turkish
    r"l\u00e9sbica|bissexual|homossexual|transg\u00e9nero|transg\u00eanero|"
    r"n\u00e3o[- ]bin\u00e1ri[oa]|orienta\u00e7\u00e3o sexual|saiu do arm\u00e1rio|"
    r"transi\u00e7\u00e3o de g[\u00e9\u00ea]nero|do mesmo sexo|lesbica|bisessuale|omosessuale|"
    r"non binari[oa]|orientamento sessuale|transizione di genere|dello stesso sesso|lesbijk\w+|"
    r"biseksualn\w+|homoseksualn\w+|transp\u0142ciow\w+|niebinarn\w+|orientacj\w+ seksualn\w+|"
    r"tranzycj\w+ p\u0142ci|tej samej p\u0142ci|lesb(?:a|y|i\u010dka|i\u010dky)|bisexu\u00e1l\w+|"
    r"homosexu\u00e1l\w+|nebin\u00e1rn\u00ed\w*|sexu\u00e1ln\u00ed orientac\w+|"
    r"zm\u011bn\w+ pohlav\u00ed|tranzic\w+ pohlav\u00ed|stejn\u00e9ho pohlav\u00ed|"
    r"\u03bf\u03bc\u03bf\u03c6\u03c5\u03bb\u03cc\u03c6\u03b9\u03bb\w+|"
    r"\u03bb\u03b5\u03c3\u03b2\u03af\u03b1|"
    r"\u03b1\u03bc\u03c6\u03b9\u03c6\u03c5\u03bb\u03cc\u03c6\u03b9\u03bb\w+|"
    r"\u03b4\u03b9\u03b5\u03bc\u03c6\u03c5\u03bb\w+|"
    r"\u03c3\u03b5\u03be\u03bf\u03c5\u03b1\u03bb\u03b9\u03ba\w+ \u03c0\u03c1\u03bf\u03c3\u03b1"
    r"\u03bd\u03b1\u03c4\u03bf\u03bb\u03b9\u03c3\u03bc\w+|"
    r"\u03c4\u03b1\u03c5\u03c4\u03cc\u03c4\u03b7\u03c4\u03b1 \u03c6\u03cd\u03bb\u03bf\u03c5|"
    r"\u03b1\u03bb\u03bb\u03b1\u03b3\u03ae \u03c6\u03cd\u03bb\u03bf\u03c5|"
    r"\u03bc\u03b7 \u03b4\u03c5\u03b1\u03b4\u03b9\u03ba\w+|biseksual|homoseksual|waria|transpuan|"
    r"orientasi seksual|transisi gender|ganti kelamin|\u0111\u1ed3ng t\u00ednh|song t\u00ednh|"
    r"chuy\u1ec3n gi\u1edbi|xu h\u01b0\u1edbng t\u00ednh d\u1ee5c|phi nh\u1ecb nguy\u00ean|"
    r"e\u015fcinsel\w*|lezbiyen\w*|biseks\u00fcel\w*|transseks\u00fcel\w*|trans birey|"
    r"cinsel y\u00f6nelim\w*|cinsiyet (?:de\u011fi\u015fikli\u011fi|ge\u00e7i\u015f\w*)"
)
# Hebrew, Arabic (their clitics written onto the word) and Hindi.
_WORDS_AFFIXED = (
    r"\u05e9\u05d9\u05e0\u05d5\u05d9 \u05de\u05d2\u05d3\u05e8|"
    r"\u05de\u05e2\u05d1\u05e8 \u05de\u05d2\u05d3\u05e8\u05d9|"
    r"\u05d8\u05e8\u05e0\u05e1\u05d2'\u05e0\u05d3\u05e8\w*|"
    r"\u05d8\u05e8\u05e0\u05e1\u05d2\u05f3\u05e0\u05d3\u05e8\w*|\u05d4\u05d5\u05de\u05d5|"
    r"\u05d4\u05d5\u05de\u05d5\u05e1\u05e7\u05e1\u05d5\u05d0\u05dc\w*|"
    r"\u05dc\u05e1\u05d1\u05d9\u05ea|\u05d1\u05d9\u05e1\u05e7\u05e1\u05d5\u05d0\u05dc\w*|"
    r"\u05e0\u05d8\u05d9\u05d9\u05d4 \u05de\u05d9\u05e0\u05d9\u05ea|"
    r"\u05e0\u05d8\u05d9\u05d4 \u05de\u05d9\u05e0\u05d9\u05ea|"
    r"\u05d0-\u05d1\u05d9\u05e0\u05d0\u05e8\u05d9\w*|"
    r"\u05dc\u05d0 \u05d1\u05d9\u05e0\u05d0\u05e8\u05d9\w*|\u0645\u062b\u0644\u064a|"
    r"\u0645\u062b\u0644\u064a\u0629|"
    r"\u0627\u0644\u0645\u062b\u0644\u064a\u0629 \u0627\u0644\u062c\u0646\u0633\u064a\u0629|"
    r"\u0645\u0632\u062f\u0648\u062c \u0627\u0644\u0645\u064a\u0648\u0644|"
    r"\u0645\u062a\u062d\u0648\u0644 \u062c\u0646\u0633\u064a\u0627|"
    r"\u0645\u062a\u062d\u0648\u0644\u0629 \u062c\u0646\u0633\u064a\u0627|"
    r"\u0639\u0627\u0628\u0631 \u062c\u0646\u0633\u064a\u0627|"
    r"\u0639\u0627\u0628\u0631\u0629 \u062c\u0646\u0633\u064a\u0627|"
    r"\u0627\u0644\u062a\u062d\u0648\u0644 \u0627\u0644\u062c\u0646\u0633\u064a|"
    r"\u0627\u0644\u0645\u064a\u0648\u0644 \u0627\u0644\u062c\u0646\u0633\u064a\u0629|"
    r"\u0627\u0644\u062a\u0648\u062c\u0647 \u0627\u0644\u062c\u0646\u0633\u064a|"
    r"\u062a\u063a\u064a\u064a\u0631 \u0627\u0644\u062c\u0646\u0633|"
    r"\u0938\u092e\u0932\u0948\u0902\u0917\u093f\u0915|"
    r"\u091f\u094d\u0930\u093e\u0902\u0938\u091c\u0947\u0902\u0921\u0930|"
    r"\u0909\u092d\u092f\u0932\u093f\u0902\u0917\u0940|"
    r"\u0932\u0948\u0902\u0917\u093f\u0915 \u0930\u0941\u091d\u093e\u0928|"
    r"\u092f\u094c\u0928 \u0905\u092d\u093f\u0935\u093f\u0928\u094d\u092f\u093e\u0938|"
    r"\u0932\u093f\u0902\u0917 \u092a\u0930\u093f\u0935\u0930\u094d\u0924\u0928"
)
# Japanese, Chinese, Korean (not "ゲイン", "게이트": gain, gate).
_WORDS_UNSPACED = (
    "\u540c\u6027\u611b|\u30b2\u30a4(?![\u30a1-\u30fa\u30fc])|\u30ec\u30ba\u30d3\u30a2\u30f3|"
    "\u30d0\u30a4\u30bb\u30af\u30b7\u30e5\u30a2\u30eb|"
    "\u30c8\u30e9\u30f3\u30b9\u30b8\u30a7\u30f3\u30c0\u30fc|\u6027\u540c\u4e00\u6027\u969c\u5bb3|"
    "\u6027\u5225\u9069\u5408\u624b\u8853|\u6027\u7684\u6307\u5411|\u6027\u81ea\u8a8d|"
    "\u540c\u6027\u30d1\u30fc\u30c8\u30ca\u30fc|\u30ab\u30df\u30f3\u30b0\u30a2\u30a6\u30c8|"
    "\u30ce\u30f3\u30d0\u30a4\u30ca\u30ea\u30fc|\u540c\u6027\u604b|\u540c\u6027\u6200|"
    "\u53cc\u6027\u604b|\u96d9\u6027\u6200|\u8de8\u6027\u522b|\u8de8\u6027\u5225|\u53d8\u6027|"
    "\u8b8a\u6027|\u6027\u53d6\u5411|\u6027\u522b\u8ba4\u540c|\u6027\u5225\u8a8d\u540c|"
    "\u51fa\u67dc|\u51fa\u6ac3|\ub3d9\uc131\uc560|\uac8c\uc774(?!\ud2b8|\uba38|\ubc0d|\uc9c0|"
    "\uc988)|\ub808\uc988\ube44\uc5b8|\uc591\uc131\uc560|\ud2b8\ub79c\uc2a4\uc820\ub354|"
    "\uc131\uc804\ud658|\uc131\uc801 \uc9c0\ud5a5|\uc131\uc18c\uc218\uc790|"
    "\ucee4\ubc0d\uc544\uc6c3|\ub17c\ubc14\uc774\ub108\ub9ac"
)
STEMS = (
    *word_ends("bi", "trans"), "queer", "gay", "lesbian", "bisexual", "homosexu",
    "pansexual", "asexual", "transgender", "trans woman", "trans man", "trans person",
    "trans employee", "trans colleague", "non-binary", "nonbinary", "came out to",
    "sexual orient", "his husband", "his boyfriend", "his male partner", "her wife",
    "her girlfriend", "her female partner", "same-sex", "schwul", "lesbisch", "bisexuell",
    "homosexuell", "transgeschlecht", "nicht-bin", "nichtbin", "sexuelle orient",
    "sein mann", "seinem mann", "seinen mann", "sein ehemann", "seinem ehemann",
    "seinen ehemann", "lebensgef", "ehefrau", "gleichgeschlecht", "lesbienne", "bisexuel",
    "homosexuel", "transgenre", "non-binaire", "nonbinaire", "orientation sexuelle",
    "fait son coming", "faire son coming", "du m\u00eame sexe", "lesbiana",
    "transg\u00e9nero", "no binari", "orientaci\u00f3n sexual", "sali\u00f3 del armario",
    "del mismo sexo", "homoseksu", "biseksu", "seksuele geaard", "zijn man",
    "haar echtgenote", "haar vrouw", "uit de kast", "transitioning", "transitioned",
    "gender trans", "medical trans", "social trans", "deadnam", "dead nam", "previous name",
    "former name", "old name", "birth name", "pre-transition", "out at work",
    "out to", "closeted", "geschlechtsangleich", "transition zu", "geoutet",
    "transition de genre", "en transition", "ancien pr\u00e9nom", "transici\u00f3n de g",
    "del armario", "gendertransitie", "in transitie",
    "l\u00e9sbica", "bissexual", "homossexual", "transg\u00e9nero", "transg\u00eanero",
    "n\u00e3o-bin\u00e1ri", "n\u00e3o bin\u00e1ri", "orienta\u00e7\u00e3o sex", "saiu do arm",
    "transi\u00e7\u00e3o de g", "do mesmo sexo", "lesbica", "bisessuale", "omosessuale",
    "non binari", "orientamento sess", "transizione di", "dello stesso", "lesbijk",
    "biseksualn", "homoseksualn", "transp\u0142ciow", "niebinarn", "orientacj", "tranzycj",
    "tej samej", "lesba", "lesby", "lesbi\u010dka", "lesbi\u010dky", "bisexu\u00e1l",
    "homosexu\u00e1l", "nebin\u00e1rn\u00ed", "sexu\u00e1ln\u00ed orient", "zm\u011bn",
    "tranzic", "stejn\u00e9ho poh",
    "\u03bf\u03bc\u03bf\u03c6\u03c5\u03bb\u03cc\u03c6\u03b9\u03bb",
    "\u03bb\u03b5\u03c3\u03b2\u03af\u03b1",
    "\u03b1\u03bc\u03c6\u03b9\u03c6\u03c5\u03bb\u03cc\u03c6\u03b9\u03bb",
    "\u03b4\u03b9\u03b5\u03bc\u03c6\u03c5\u03bb",
    "\u03c3\u03b5\u03be\u03bf\u03c5\u03b1\u03bb\u03b9\u03ba",
    "\u03c4\u03b1\u03c5\u03c4\u03cc\u03c4\u03b7\u03c4\u03b1 \u03c6\u03cd\u03bb\u03bf\u03c5",
    "\u03b1\u03bb\u03bb\u03b1\u03b3\u03ae \u03c6\u03cd\u03bb\u03bf\u03c5",
    "\u03bc\u03b7 \u03b4\u03c5\u03b1\u03b4\u03b9\u03ba", "biseksual", "homoseksual", "waria",
    "transpuan", "orientasi sek", "transisi gen", "ganti kelamin", "\u0111\u1ed3ng t\u00ednh",
    "song t\u00ednh", "chuy\u1ec3n gi\u1edbi", "xu h\u01b0\u1edbng", "phi nh\u1ecb",
    "e\u015fcinsel", "lezbiyen", "biseks\u00fcel", "transseks\u00fcel", "trans birey",
    "cinsel y\u00f6nelim", "cinsiyet ",
    "\u05e9\u05d9\u05e0\u05d5\u05d9 \u05de\u05d2\u05d3\u05e8",
    "\u05de\u05e2\u05d1\u05e8 \u05de\u05d2\u05d3\u05e8\u05d9",
    "\u05d8\u05e8\u05e0\u05e1\u05d2", "\u05d4\u05d5\u05de\u05d5",
    "\u05dc\u05e1\u05d1\u05d9\u05ea", "\u05d1\u05d9\u05e1\u05e7\u05e1\u05d5\u05d0\u05dc",
    "\u05e0\u05d8\u05d9\u05d9\u05d4 \u05de\u05d9\u05e0\u05d9\u05ea",
    "\u05e0\u05d8\u05d9\u05d4 \u05de\u05d9\u05e0\u05d9\u05ea",
    "\u05d0-\u05d1\u05d9\u05e0\u05d0\u05e8\u05d9",
    "\u05dc\u05d0 \u05d1\u05d9\u05e0\u05d0\u05e8\u05d9", "\u0645\u062b\u0644\u064a",
    "\u0645\u0632\u062f\u0648\u062c \u0627\u0644\u0645\u064a\u0648\u0644",
    "\u0645\u062a\u062d\u0648\u0644", "\u0645\u062a\u062d\u0648\u0644\u0629",
    "\u0639\u0627\u0628\u0631", "\u0639\u0627\u0628\u0631\u0629",
    "\u0627\u0644\u062a\u062d\u0648\u0644 \u0627\u0644\u062c\u0646\u0633\u064a",
    "\u0627\u0644\u0645\u064a\u0648\u0644 \u0627\u0644\u062c\u0646\u0633\u064a\u0629",
    "\u0627\u0644\u062a\u0648\u062c\u0647 \u0627\u0644\u062c\u0646\u0633\u064a",
    "\u062a\u063a\u064a\u064a\u0631 \u0627\u0644\u062c\u0646\u0633",
    "\u0938\u092e\u0932\u0948\u0902\u0917\u093f\u0915",
    "\u091f\u094d\u0930\u093e\u0902\u0938\u091c\u0947\u0902\u0921\u0930",
    "\u0909\u092d\u092f\u0932\u093f\u0902\u0917\u0940",
    "\u0932\u0948\u0902\u0917\u093f\u0915 \u0930\u0941\u091d\u093e\u0928",
    "\u092f\u094c\u0928 \u0905\u092d\u093f\u0935\u093f\u0928\u094d\u092f\u093e\u0938",
    "\u0932\u093f\u0902\u0917 \u092a\u0930\u093f\u0935\u0930\u094d\u0924\u0928",
    "\u540c\u6027\u611b", "\u30b2\u30a4", "\u30ec\u30ba\u30d3\u30a2\u30f3",
    "\u30d0\u30a4\u30bb\u30af\u30b7\u30e5\u30a2\u30eb",
    "\u30c8\u30e9\u30f3\u30b9\u30b8\u30a7\u30f3\u30c0\u30fc",
    "\u6027\u540c\u4e00\u6027\u969c\u5bb3", "\u6027\u5225\u9069\u5408\u624b\u8853",
    "\u6027\u7684\u6307\u5411", "\u6027\u81ea\u8a8d",
    "\u540c\u6027\u30d1\u30fc\u30c8\u30ca\u30fc", "\u30ab\u30df\u30f3\u30b0\u30a2\u30a6\u30c8",
    "\u30ce\u30f3\u30d0\u30a4\u30ca\u30ea\u30fc", "\u540c\u6027\u604b", "\u540c\u6027\u6200",
    "\u53cc\u6027\u604b", "\u96d9\u6027\u6200", "\u8de8\u6027\u522b", "\u8de8\u6027\u5225",
    "\u53d8\u6027", "\u8b8a\u6027", "\u6027\u53d6\u5411", "\u6027\u522b\u8ba4\u540c",
    "\u6027\u5225\u8a8d\u540c", "\u51fa\u67dc", "\u51fa\u6ac3", "\ub3d9\uc131\uc560",
    "\uac8c\uc774", "\ub808\uc988\ube44\uc5b8", "\uc591\uc131\uc560",
    "\ud2b8\ub79c\uc2a4\uc820\ub354", "\uc131\uc804\ud658", "\uc131\uc801 \uc9c0\ud5a5",
    "\uc131\uc18c\uc218\uc790", "\ucee4\ubc0d\uc544\uc6c3", "\ub17c\ubc14\uc774\ub108\ub9ac",
)  # fmt: skip
# A capitalised word after a capitalised word: part of a name ("Roxane Gay", "Bi Wei").
_IN_A_NAME = re.compile(r"[A-Z\u00c0-\u00de][\w'-]* $")


def _is_orientation(text: str, lowered: str, match: re.Match[str]) -> bool:
    word = text[match.start() : match.end()]
    if word.startswith("Ihr"):
        return False  # "Sie und Ihre Ehefrau": the formal "your"
    if word[:1].isupper():
        if word.isupper() and len(word) <= 5:
            return False  # BI, GAY as an acronym or a shout
        return _IN_A_NAME.search(text, max(0, match.start() - 40), match.start()) is None
    return True


ORIENTATION = Statement(
    LABEL,
    whole_words(_WORDS, affixed=_WORDS_AFFIXED, unspaced=_WORDS_UNSPACED),
    STEMS,
    back=12,  # "is trans", "ihre Ehefrau", "seinen Lebensgefährten"
    forward=40,
    reach=50,
    check=_is_orientation,
)


# A person's name before a gender transition, in a message about one: "she has asked that her
# former name not appear anywhere" (the name change alone, a marriage's, is not reported).
FORMER_NAME = Statement(
    LABEL,
    re.compile(
        r"(?<![\w-])(?:his|her|their|seine?n?|ihre?n?|son|sa|su|zijn|haar) "
        r"(?:previous|former|old|birth|dead|legal|early|alter?n?|fr\u00fcheren?|ancien|"
        r"antiguo|oude|vorige) (?:first )?(?:name|vorname|namen|pr\u00e9nom|nombre|naam)"
        r"(?![\w-])"
    ),
    (
        "former name", "old name", "birth name", "previous name", "dead name", "legal name",
        "early name", "alter name", "alten name", "alten vorname", "fr\u00fcheren name",
        "fr\u00fcheren vorname", "ancien pr\u00e9nom", "ancien nom", "antiguo nombre",
        "oude naam", "vorige naam",
    ),
    back=8,
    forward=30,
    reach=70,
    topic=Words((
        "transition", "transgender", "trans woman", "trans man", "pronouns", "deadnam",
        "non-binary", "nonbinary", "geschlechtsangleich", "transgenre", "transg\u00e9nero",
        "transitie",
    )),
)  # fmt: skip
