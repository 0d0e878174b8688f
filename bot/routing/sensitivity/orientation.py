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
    r"haar (?:echtgenote|vrouw)|uit de kast|gendertransitie|in transitie(?! (?:naar|van)\b)"
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
    whole_words(_WORDS),
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
    topic=(
        "transition", "transgender", "trans woman", "trans man", "pronouns", "deadnam",
        "non-binary", "nonbinary", "geschlechtsangleich", "transgenre", "transg\u00e9nero",
        "transitie",
    ),
)  # fmt: skip
