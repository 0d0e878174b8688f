"""A named person's performance review and its rating, written as prose.

An employee's rating is what an employer keeps to the people who need it: "the mid-year review
I wrote for Tariq Hassan, Rating: Below expectations (2/5)" or "la evaluación anual de
Javier Moreno, le he puesto un 3 sobre 5" pasted to have the wording softened tells whoever
reads it how the person was judged. ``person_records`` reads the same data in fields (an
employee's row with a rating); this reads it in sentences.

Reported (``pii.performance``): a performance review (annual, year-end, mid-year, probation
review, appraisal, performance evaluation; Leistungsbeurteilung, Jahresgespräch, entretien
annuel, évaluation annuelle, evaluación de desempeño, beoordelingsgesprek,
functioneringsgesprek, avaliação de desempenho, valutazione delle prestazioni; an overall
rating: valutazione complessiva, note globale, Gesamtbewertung, valoración global, avaliação
global, eindbeoordeling; 総合評価, 综合评价, 종합 평가; a rating's field holding a rating's
words: "Bewertung: 'unter Erwartung'", "rating 'Does Not Meet'", which may stand as a
sentence of its own after the one that names the person) said of a
named person as a condition is (``health.said_of_named_person``: "Tariq's mid-year review",
"the review I wrote for Tariq Hassan", "de Javier Moreno"), in a message that gives a
rating near it: a score out of 4, 5 or 10 ("2/5" after a rating word or in brackets, "3 out
of 5", "un 2 sobre 5", "3 von 5", "2 sur 5", "3 uit 5") or a rating's words ("partially
meets", "below expectations", "needs improvement", "erwartungen nicht erfüllt", "ne répond
pas aux attentes", "no cumple", "voldoet niet aan de verwachtingen").

Not reported: a review with no rating near it ("Tariq's review is on Friday"), the
review process or its tools with nobody named ("how do we store review ratings 1-5?", "the
performance review template"), a date where a score would be ("review on 3/5"), and people
the message says are made up.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from bot.routing.sensitivity.model import whole_words
from bot.routing.sensitivity.statements import Statement

LABEL = "pii.performance"

# A rating's words: English, German, French, Spanish, Dutch, Portuguese, Italian.
_RATING_WORDS = (
    r"(?:"
    r"partially meets|(?:does not|doesn['\u2019]t|did not|didn['\u2019]t) meet (?:the )?"
    r"(?:expectations|bar)|meets (?:most |all |some )?expectations|exceeds expectations|"
    r"below (?:expectations|the bar)|needs improvement|unsatisfactory|underperform\w*|"
    r"low performer|(?:erwartungen|anforderungen) (?:nicht|teilweise|voll|\u00fcbertroffen)|"
    r"(?:unter|\u00fcber) (?:den )?erwartung(?:en)?|"
    r"(?:ne r\u00e9pond pas|r\u00e9pond partiellement) aux attentes|"
    r"(?:en dessous|au-dessus) des attentes|d\u00e9passe les attentes|"
    r"no cumple(?: (?:las )?expectativas)?|cumple parcialmente|por debajo de (?:las "
    r"expectativas|lo esperado)|supera las expectativas|voldoet (?:niet|gedeeltelijk) aan "
    r"(?:de )?verwachtingen|(?:onder|boven) (?:de )?verwachting(?:en)?|"
    r"abaixo das expectativas|n\u00e3o atende|sotto le aspettative|"
    # the rating's name quoted or ending its sentence ("got a \"does not meet\"")
    r"(?:does not|doesn['\u2019]t) meet(?=[\"\u201d'\u2019.,;:)!]|$)"
    r")"
)
_REVIEWS = (
    # English
    r"(?:(?:annual|year-end|end-of-year|mid-?year|quarterly|performance|perf|"
    r"probation(?:ary)?) (?:review|appraisal|evaluation)|performance (?:rating|assessment)|"
    r"appraisal)s?(?! (?:of|for) (?:the|our|this|that|its|a|an)\b)|"
    # German
    r"leistungsbeurteilung|mitarbeiterbeurteilung|jahresbeurteilung|jahresgespr\u00e4ch|"
    r"mitarbeitergespr\u00e4ch|beurteilungsgespr\u00e4ch|halbjahresgespr\u00e4ch|"
    # French
    r"entretien (?:annuel|d['\u2019]\u00e9valuation|de performance)|"
    r"\u00e9valuation (?:annuelle|de (?:la )?performance|des performances)|"
    # Spanish
    r"evaluaci\u00f3n (?:anual|del? desempe\u00f1o|del? rendimiento)|"
    r"revisi\u00f3n (?:anual|del? desempe\u00f1o)|"
    # Dutch
    r"beoordelingsgesprek|functioneringsgesprek|jaarbeoordeling|jaargesprek|"
    r"prestatiebeoordeling|"
    # Portuguese, Italian
    r"avalia\u00e7\u00e3o (?:anual|de desempenho)|valutazione (?:annuale|delle prestazioni|"
    r"della performance)|"
    # Polish, Czech, Greek, Indonesian, Vietnamese, Turkish
    r"ocen\w+ (?:roczn\w+|okresow\w+|pracownicz\w+)|"
    r"hodnocen\u00ed (?:v\u00fdkonu|pracovn\u00edka|zam\u011bstnance)|"
    r"ro\u010dn\u00ed hodnocen\u00ed|"
    r"\u03b1\u03be\u03b9\u03bf\u03bb\u03cc\u03b3\u03b7\u03c3\u03b7 \u03b1\u03c0\u03cc\u03b4\u03bf"
    r"\u03c3\u03b7\u03c2|"
    r"penilaian kinerja|evaluasi kinerja|penilaian tahunan|"
    r"\u0111\u00e1nh gi\u00e1 (?:hi\u1ec7u su\u1ea5t|n\u0103ng l\u1ef1c|cu\u1ed1i n\u0103m|"
    r"h\u00e0ng n\u0103m|kpi)|"
    r"performans de\u011ferlendirme\w*|y\u0131ll\u0131k de\u011ferlendirme\w*|"
    # an overall rating: Italian, French, German, Spanish, Portuguese, Dutch, English
    r"(?:valutazione|giudizio) (?:complessiv[oa]|finale|globale)|"
    r"(?:note|\u00e9valuation|appr\u00e9ciation) (?:globale|finale|d['\u2019]ensemble)|"
    r"gesamt(?:bewertung|beurteilung|note|urteil)|"
    r"(?:valoraci\u00f3n|evaluaci\u00f3n|calificaci\u00f3n) (?:global|final|general)|"
    r"(?:avalia\u00e7\u00e3o|classifica\u00e7\u00e3o) (?:global|final|geral)|"
    r"(?:eindbeoordeling|totaalbeoordeling|eindoordeel)|overall performance rating|"
    # a rating's field holding a rating's words ("Bewertung: 'unter Erwartung'", "rating
    # 'Does Not Meet'"): the rating itself, whoever's review it is
    r"(?:rating|rated|bewertung|beurteilung|note|\u00e9valuation|valoraci\u00f3n|"
    r"calificaci\u00f3n|beoordeling|avalia\u00e7\u00e3o|valutazione)[ \t]*[:=]?[ \t]*"
    rf"[\"'\u2018\u201c\u201e\u00ab]*[ \t]*{_RATING_WORDS}"
)
# Hebrew, Arabic (their clitics written onto the word) and Hindi.
_REVIEWS_AFFIXED = (
    r"\u05d4\u05e2\u05e8\u05db\u05ea \u05d1\u05d9\u05e6\u05d5\u05e2\u05d9\u05dd|"
    r"\u05de\u05e9\u05d5\u05d1 \u05e9\u05e0\u05ea\u05d9|"
    r"\u062a\u0642\u064a\u064a\u0645 \u0627\u0644\u0623\u062f\u0627\u0621|"
    r"\u062a\u0642\u064a\u064a\u0645 \u0627\u0644\u0627\u062f\u0627\u0621|"
    r"\u0627\u0644\u062a\u0642\u064a\u064a\u0645 \u0627\u0644\u0633\u0646\u0648\u064a|"
    r"\u092a\u094d\u0930\u0926\u0930\u094d\u0936\u0928 \u0938\u092e\u0940\u0915\u094d\u0937\u093e|"
    r"\u092a\u0930\u092b\u0949\u0930\u094d\u092e\u0947\u0902\u0938 \u0930\u093f\u0935\u094d\u092f"
    r"\u0942"
)
# Japanese, Chinese, Korean.
_REVIEWS_UNSPACED = (
    "\u4eba\u4e8b\u8a55\u4fa1|\u4eba\u4e8b\u8003\u8ab2|\u8a55\u4fa1\u9762\u8ac7|"
    "\u696d\u7e3e\u8a55\u4fa1|\u7ee9\u6548\u8003\u6838|\u7e3e\u6548\u8003\u6838|"
    "\u7ee9\u6548\u8bc4\u4f30|\u7e3e\u6548\u8a55\u4f30|\u5e74\u7ec8\u8003\u6838|"
    "\u5e74\u5ea6\u8003\u6838|\uc778\uc0ac\ud3c9\uac00|\uc778\uc0ac \ud3c9\uac00|"
    "\uc131\uacfc\ud3c9\uac00|\uc131\uacfc \ud3c9\uac00|\uadfc\ubb34\ud3c9\uc815|"
    # a performance rating or grade, an improvement plan (PIP); an appraisal (査定, 고과)
    "\u7ee9\u6548(?:\u8bc4\u7ea7|\u8bc4\u5b9a|\u7b49\u7ea7|\u8003\u8bc4|\u6539\u8fdb\u8ba1\u5212)|"
    "\u7e3e\u6548(?:\u8a55\u7d1a|\u8a55\u5b9a|\u7b49\u7d1a|\u8003\u8a55|\u6539\u9032\u8a08\u5283)|"
    "\u5e74\u5ea6\u7ee9\u6548|\u5e74\u5ea6\u7e3e\u6548|"
    # a person's performance said with its grade ("王磊今年绩效是B-", "绩效为 C")
    "(?:\u7ee9\u6548|\u7e3e\u6548)"
    "(?=[ \t]*[\u662f\u4e3a\u70ba:\uff1a][ \t]*[A-ESa-es][+-]?(?![A-Za-z]))|"
    "\u4eba\u4e8b\u67fb\u5b9a|\u8a55\u4fa1\u7d50\u679c|\u5e74\u6b21\u8a55\u4fa1|\u696d\u7e3e\u67fb\u5b9a|"
    # an overall rating (総合評価, 综合评价, 綜合評價, 종합 평가)
    "\u7dcf\u5408\u8a55\u4fa1|\u7efc\u5408\u8bc4\u4ef7|\u7d9c\u5408\u8a55\u50f9|"
    "\uc885\ud569 ?\ud3c9\uac00|"
    "\uc778\uc0ac\uace0\uacfc|\uc131\uacfc \ub4f1\uae09|\uc131\uacfc\ub4f1\uae09|"
    "\ud3c9\uac00 \ub4f1\uae09"
)
# Not the process or its tools: "the performance review template", "the annual review cycle".
_NOT_A_REVIEW_AFTER = (
    r"(?![ -](?:templates?|tools?|tooling|modules?|forms?|apps?|services?|systems?|"
    r"platforms?|features?|workflows?|dashboards?|schemas?|tables?|cycles?|process(?:es)?|"
    r"seasons?|periods?|calendars?|polic(?:y|ies)|guidelines|rubrics?|scales?|criteria|"
    r"software|questions?|data|exports?|vorlage|prozess|mod\u00e8le|processus|plantilla|"
    r"proceso|sjabloon|proces)\b)"
)
STEMS = (
    "annual review", "annual apprais", "annual eval", "year-end", "end-of-year", "midyear",
    "mid-year", "quarterly review", "quarterly apprais", "quarterly eval", "performance rev",
    "performance apprais", "performance eval", "performance rat", "performance assess",
    "perf review", "perf apprais", "perf eval", "probation rev", "probation apprais",
    "probation eval", "probationary", "apprais", "leistungsbeurteil", "mitarbeiterbeurteil",
    "jahresbeurteil", "jahresgespr", "mitarbeitergespr", "beurteilungsgespr",
    "entretien annuel", "entretien d", "entretien de perf", "\u00e9valuation annuelle",
    "\u00e9valuation de", "\u00e9valuation des perf", "evaluaci\u00f3n anual",
    "evaluaci\u00f3n de", "revisi\u00f3n anual", "revisi\u00f3n de", "beoordelingsgesprek",
    "functioneringsgesprek", "jaarbeoordeling", "jaargesprek", "prestatiebeoordeling",
    "avalia\u00e7\u00e3o anual", "avalia\u00e7\u00e3o de desemp", "valutazione annuale",
    "valutazione delle prest", "valutazione della perf",
    "ocen", "hodnocen\u00ed", "ro\u010dn\u00ed hodn",
    "\u03b1\u03be\u03b9\u03bf\u03bb\u03cc\u03b3\u03b7\u03c3\u03b7 \u03b1\u03c0\u03cc\u03b4",
    "penilaian kin", "evaluasi kin", "penilaian tah", "\u0111\u00e1nh gi\u00e1",
    "performans de\u011f", "y\u0131ll\u0131k de\u011f", "valutazione c", "valutazione f",
    "valutazione g", "giudizio", "note glob", "note fin", "note d", "\u00e9valuation g",
    "\u00e9valuation f", "\u00e9valuation d", "appr\u00e9ciation", "gesamtbe", "gesamtnote",
    "gesamturteil", "valoraci\u00f3n", "evaluaci\u00f3n g", "evaluaci\u00f3n f",
    "calificaci\u00f3n", "avalia\u00e7\u00e3o g", "avalia\u00e7\u00e3o f", "classifica\u00e7",
    "eindbeoordeling", "totaalbeoordeling", "eindoordeel", "overall performance",
    "\u05d4\u05e2\u05e8\u05db\u05ea \u05d1\u05d9\u05e6\u05d5\u05e2\u05d9\u05dd",
    "\u05de\u05e9\u05d5\u05d1 \u05e9\u05e0\u05ea\u05d9",
    "\u062a\u0642\u064a\u064a\u0645 \u0627\u0644\u0623\u062f\u0627\u0621",
    "\u062a\u0642\u064a\u064a\u0645 \u0627\u0644\u0627\u062f\u0627\u0621",
    "\u0627\u0644\u062a\u0642\u064a\u064a\u0645 \u0627\u0644\u0633\u0646\u0648\u064a",
    "\u092a\u094d\u0930\u0926\u0930\u094d\u0936\u0928 \u0938\u092e\u0940\u0915\u094d\u0937\u093e",
    "\u092a\u0930\u092b\u0949\u0930\u094d\u092e\u0947\u0902\u0938", "\u4eba\u4e8b\u8a55\u4fa1",
    "\u4eba\u4e8b\u8003\u8ab2", "\u8a55\u4fa1\u9762\u8ac7", "\u696d\u7e3e\u8a55\u4fa1",
    "\u7ee9\u6548\u8003\u6838", "\u7e3e\u6548\u8003\u6838", "\u7ee9\u6548\u8bc4\u4f30",
    "\u7e3e\u6548\u8a55\u4f30", "\u5e74\u7ec8\u8003\u6838", "\u5e74\u5ea6\u8003\u6838",
    "\uc778\uc0ac\ud3c9\uac00", "\uc778\uc0ac \ud3c9\uac00", "\uc131\uacfc\ud3c9\uac00",
    "\uc131\uacfc \ud3c9\uac00", "\uadfc\ubb34\ud3c9\uc815", "\u7ee9\u6548", "\u7e3e\u6548",
    "\u5e74\u5ea6\u7ee9\u6548", "\u5e74\u5ea6\u7e3e\u6548", "\u4eba\u4e8b\u67fb\u5b9a",
    "\u8a55\u4fa1\u7d50\u679c", "\u5e74\u6b21\u8a55\u4fa1", "\u696d\u7e3e\u67fb\u5b9a",
    "\uc778\uc0ac\uace0\uacfc", "\uc131\uacfc \ub4f1\uae09", "\uc131\uacfc\ub4f1\uae09",
    "\ud3c9\uac00 \ub4f1\uae09", "\u7dcf\u5408\u8a55\u4fa1", "\u7efc\u5408\u8bc4\u4ef7",
    "\u7d9c\u5408\u8a55\u50f9", "\uc885\ud569", "halbjahresgespr", "rating", "rated",
    "bewertung", "beurteilung", "note", "\u00e9valuation", "valoraci\u00f3n",
    "calificaci\u00f3n", "beoordeling", "avalia\u00e7\u00e3o", "valutazione",
)  # fmt: skip

_OUT_OF = r"(?:4|5|10)(?![\w/.,]\d)"
RATING = re.compile(
    # a score: "(2/5)", "rating: 2/5", "3 out of 5", "un 2 sobre 5", "3 von 5"
    r"(?:(?:\(|rating|rated|rate|score[ds]?|grade[ds]?|note|not\u00e9e?|bewertung|bewertet|"
    r"beoordeeld|beoordeling|calificaci\u00f3n|calificad[oa]|puntuaci\u00f3n|nota|voto|"
    r"valuta\w*|puesto|gave (?:him|her|them)|got)[: \t=]*(?:an? |un |una |een )?)"
    rf"[0-5](?:[.,]5)?[ \t]*/[ \t]*{_OUT_OF}|"
    rf"(?<![\w/.,])[0-5](?:[.,]5)?[ \t]+(?:out of|von|sur|sobre|uit|su|em)[ \t]+{_OUT_OF}|"
    rf"{_RATING_WORDS}|"
    # Chinese, Japanese, Korean: a grade after a rating word ("评级: C", "評価: D", "등급: C"),
    # or a rating's words (待改进, 不合格, 低于预期; 期待を下回る, 要改善; 기대 이하, 미흡)
    # (and a Chinese performance's grade after 是 or 为: "绩效是B-", "绩效为C")
    r"(?:\u8bc4\u7ea7|\u8a55\u7d1a|\u8bc4\u5206|\u7b49\u7ea7|\u7b49\u7d1a|\u8a55\u4fa1|"
    r"\u8bc4\u4ef7|\ub4f1\uae09|\ud3c9\uac00|"
    r"(?:\u7ee9\u6548|\u7e3e\u6548)(?=[ \t]*[\u662f\u4e3a\u70ba]))"
    r"[ \t]*[:\uff1a\u306f\uc740\ub294\u662f\u4e3a\u70ba]?[ \t]*"
    r"[\u300c\u300e\"']?[a-es][+-]?(?![a-z]|[ \t]*[/\u3001,\uff0c~-][ \t]*[a-es](?![a-z]))|"
    r"\u5f85\u6539\u8fdb|\u5f85\u6539\u9032|\u4e0d\u5408\u683c|\u4f4e\u4e8e\u9884\u671f|"
    r"\u672a\u8fbe\u9884\u671f|\u671f\u5f85\u3092\u4e0b\u56de\u308b|\u8981\u6539\u5584|"
    r"\uae30\ub300 \uc774\ud558|\ubbf8\ud761|\uac1c\uc120 \ud544\uc694"
)
_RATING_BEFORE = 300  # characters before the review word where its rating may be
_RATING_AFTER = 800  # and after it: the review's text follows


# The last message's ratings, by its hash and length: not the text, which must not outlive
# the scan.
_last_ratings: tuple[int, int, tuple[int, ...]] = (0, -1, ())


def _ratings(lowered: str) -> tuple[int, ...]:
    """Where the message's ratings start, found once per message: a pasted list of reviews
    has a review word every few characters, and each would read its window again."""
    global _last_ratings
    key, size, found = _last_ratings
    if key != hash(lowered) or size != len(lowered):
        found = tuple(match.start() for match in RATING.finditer(lowered))
        _last_ratings = (hash(lowered), len(lowered), found)
    return found


def _has_rating(text: str, lowered: str, match: re.Match[str]) -> bool:
    ratings = _ratings(lowered)
    index = bisect_left(ratings, match.start() - _RATING_BEFORE)
    return index < len(ratings) and ratings[index] <= match.end() + _RATING_AFTER


REVIEW = Statement(
    LABEL,
    whole_words(
        _REVIEWS, _NOT_A_REVIEW_AFTER, affixed=_REVIEWS_AFFIXED, unspaced=_REVIEWS_UNSPACED
    ),
    STEMS,
    back=12,  # "mid-year review" around "review"'s stems
    forward=40,
    reach=70,
    check=_has_rating,
)
