"""What makes a quantitative word problem multi-step: the structure the weak model trips on.

For a self-contained word problem ("Toulouse has twice as many sheep as Charleston...")
the words say little about difficulty, but its structure does: quantities defined
relative to other quantities ("3 more than", "twice as many"), ages and timelines, "the
rest" after a first step, fractions and percentages, unit conversions, several actors.
Each is a count of marker words or phrases, so the features stay numbers only and cost
a few dictionary lookups. They only enter the score when `features.featurise` flags the
question as a word problem, so engineering messages are not judged by them.

The categories come from what makes arithmetic word problems multi-step (comparison,
part-whole and rate relations, chained steps), checked against the training split of
GSM8K; no single value or named entity is memorised. One input points the other way:
numbers stated in the question sentence itself ("... in 3 weeks?") mean the last step
starts from a given value rather than from everything derived before it, so the
problem is easier (`EASING_FEATURE_NAMES`; the footer calls it "numbers in question").
"""

from __future__ import annotations

import re
from collections import Counter

from bot.routing.features_lexicon import NUMBER_WORDS, Lexicon, fold

RELATIONAL = Lexicon(
    frozenset(("twice", "thrice", "double", "triple", "quadruple", "doubled", "tripled")),
    ("times as", "times more", "more than", "less than", "fewer than", "as many", "as much",
     "older than", "younger than", "longer than", "shorter than", "taller than",
     "heavier than", "cheaper than", "faster than", "slower than", "half as"),
)  # fmt: skip
AGE = Lexicon(
    frozenset(("old", "age", "ages", "older", "younger", "born", "birthday")),
    ("years ago", "years from now", "in # years", "in ## years", "years later"),
)  # fmt: skip
ORDINAL = Lexicon(
    frozenset(("first", "second", "third", "fourth", "fifth", "last", "next", "previous",
               "final")),
)  # fmt: skip
REMAINDER = Lexicon(
    frozenset(("rest", "remaining", "remainder", "left", "leftover", "leftovers")),
)  # fmt: skip
FRACTION = Lexicon(
    frozenset(("half", "halves", "third", "thirds", "quarter", "quarters", "fourth",
               "fourths", "fifth", "fifths", "tenth", "tenths", "fraction")),
)  # fmt: skip
PERCENT = Lexicon(frozenset(("percent", "percentage", "discount", "interest", "tax", "tip")))
MONEY = Lexicon(
    frozenset(("pay", "pays", "paid", "cost", "costs", "price", "prices", "dollar", "dollars",
               "cent", "cents", "money", "sell", "sells", "sold", "buy", "buys", "bought",
               "earn", "earns", "earned", "spend", "spends", "spent", "charges")),
)  # fmt: skip
TIME = Lexicon(
    frozenset(("hour", "hours", "minute", "minutes", "second", "seconds", "day", "days",
               "week", "weeks", "month", "months", "year", "years")),
)  # fmt: skip
RATE = Lexicon(
    frozenset(("per", "each", "every", "rate", "average", "speed", "mph")),
    ("an hour", "a day", "a week", "a month", "a year"),
)  # fmt: skip
TOTAL = Lexicon(
    frozenset(("total", "altogether", "combined", "together", "sum")),
    ("in all",),
)  # fmt: skip
CHANGE = Lexicon(
    frozenset(("increase", "increases", "increased", "decrease", "decreases", "decreased",
               "more", "less", "fewer", "gain", "gains", "lose", "loses", "lost", "added",
               "removed", "gave", "gives", "received")),
)  # fmt: skip
CONDITION = Lexicon(
    frozenset(("if", "when", "after", "before", "until", "then", "while", "instead", "but",
               "however", "except", "only")),
)  # fmt: skip
ACTORS = Lexicon(frozenset(("he", "she", "they", "his", "her", "their", "them", "him", "it")))
UNIT_FAMILIES: tuple[frozenset[str], ...] = (
    frozenset(("hour", "hours", "minute", "minutes")),
    frozenset(("day", "days", "week", "weeks")),
    frozenset(("month", "months", "year", "years")),
    frozenset(("dollar", "dollars", "cent", "cents")),
    frozenset(("foot", "feet", "inch", "inches", "yard", "yards")),
    frozenset(("mile", "miles", "kilometer", "kilometers", "meter", "meters")),
    frozenset(("pound", "pounds", "ounce", "ounces", "gram", "grams", "kilograms")),
    frozenset(("gallon", "gallons", "liter", "liters", "cup", "cups", "quart", "quarts")),
)

_LEXICONS: tuple[tuple[str, Lexicon], ...] = (
    ("wp_relational", RELATIONAL),
    ("wp_age", AGE),
    ("wp_ordinal", ORDINAL),
    ("wp_remainder", REMAINDER),
    ("wp_fraction", FRACTION),
    ("wp_percent", PERCENT),
    ("wp_money", MONEY),
    ("wp_time", TIME),
    ("wp_rate", RATE),
    ("wp_total", TOTAL),
    ("wp_change", CHANGE),
    ("wp_condition", CONDITION),
    ("wp_actors", ACTORS),
)
_SHAPES = tuple("#" * n for n in range(1, 13))
_NUMBER = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?")
_FRACTION = re.compile(r"\d+/\d+")
# A capitalised word that does not start a sentence: a person, place or thing by name.
_NAME = re.compile(r"(?<![.!?:]\s)(?<!^)(?<!\n)\b[A-Z][a-z]+")

WORD_PROBLEM_FEATURE_NAMES: tuple[str, ...] = (
    *(name for name, _ in _LEXICONS),
    "wp_unit_kinds", "wp_sentences", "wp_commas", "wp_conjunctions", "wp_number_digits",
    "wp_percent_signs", "wp_money_signs", "wp_quantities", "wp_distinct_numbers",
    "wp_large_numbers", "wp_decimals", "wp_slash_fractions", "wp_names", "wp_questions",
    "wp_last_sentence_words", "wp_comma_numbers", "wp_total_digits", "wp_parentheses",
    "wp_question_quantities",
)  # fmt: skip
# Inputs that can only make a word problem easier; every other structure count can only
# make it harder (the head's weights are sign-constrained, see `training_fit`).
EASING_FEATURE_NAMES: tuple[str, ...] = ("wp_question_quantities",)
_ZERO = dict.fromkeys(WORD_PROBLEM_FEATURE_NAMES, 0.0)


def word_problem_features(
    counts: Counter[str], folded: str, prose: str, gate: float, quantities: float
) -> dict[str, float]:
    """Structure counts of a word problem's prose (all numbers); zeros for anything else.

    Only computed behind the gate: a Slack message pays nothing for them, and they would
    not mean the same thing there. `counts`/`folded` are the question's token counts and
    space-padded folded text; `prose` is the raw text (for signs that folding drops).
    """
    if not gate:
        return dict(_ZERO)
    feats = {name: lex.count(counts, folded) for name, lex in _LEXICONS}
    feats["wp_unit_kinds"] = float(sum(1 for fam in UNIT_FAMILIES if not fam.isdisjoint(counts)))
    feats["wp_sentences"] = float(prose.count(". ") + prose.count("? ") + prose.count("! ") + 1)
    feats["wp_commas"] = float(prose.count(","))
    feats["wp_conjunctions"] = float(counts.get("and", 0))
    feats["wp_number_digits"] = float(max((len(s) for s in _SHAPES if s in counts), default=0))
    feats["wp_percent_signs"] = float(prose.count("%"))
    feats["wp_money_signs"] = float(prose.count("$"))
    feats["wp_quantities"] = quantities
    feats.update(_number_features(prose))
    feats["wp_names"] = float(len(set(_NAME.findall(prose))))
    feats["wp_questions"] = float(prose.count("?"))
    feats["wp_parentheses"] = float(prose.count("("))
    last = prose.rstrip().rsplit(". ", 1)[-1]
    feats["wp_last_sentence_words"] = float(last.count(" ") + 1)
    feats["wp_question_quantities"] = _question_quantities(prose)
    return feats


# Numbers that belong to software, not to a story: versions (``3.12.1``, ``Python 3.12``,
# ``HTTP/2``), metric and host names (``p99``, ``ec2``), sizes, rates and latencies
# (``2 GB``, ``40 MB/s``, ``200 ms``), fleet counts (``5 replicas``) and complexity
# (``O(n)``). One of them means an engineering question that happens to hold numbers;
# scored as a word problem it would be judged on arithmetic structure it does not have.
# Each pattern is tried only at a digit run (anchored there), never at every position of
# the question: a single alternation searched over a 2,000-character question cost ~80 µs.
_DIGITS = re.compile(r"\d+")
_BIG_O = re.compile(r"\bO\([^)]{1,12}\)")
_AFTER_NUMBER = re.compile(
    r"(?:\.\d+){2,}\b"  # 1.24.3, an IP address
    r"|(?:\.\d+)?\s?(?:ms|µs|ns|KB|MB|GB|TB|KiB|MiB|GiB|TiB|Mbps|Gbps|rps|qps|RPS|QPS)\b"
    r"|\s(?:pods?|replicas?|brokers?|partitions?|shards?|vCPUs?|CPUs?|cores|VMs?|"
    r"microservices|instances|nodes|servers)\b"
)
# Names whose next number is a version: ``Python 3.12``, ``Java 17``, ``IPv6``, ``node v20``.
_PRODUCTS = frozenset((
    "Python", "Java", "JDK", "Node", "node", "Postgres", "PostgreSQL", "MySQL", "Kubernetes",
    "Ruby", "Rails", "PHP", "Django", "React", "Angular", "Vue", "Spring", "Redis", "Kafka",
    "Elasticsearch", "Ubuntu", "Debian", "Windows", "macOS", "iOS", "Android", "Terraform",
    "Docker", "Helm", "Scala", "Rust", "Swift", "Kotlin", "TypeScript", "Gradle", "Maven",
    "npm", "pip", "Chrome", "Firefox", "HTTP", "TLS", "SSL", "IPv",
))  # fmt: skip
_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def has_technical_number(prose: str) -> bool:
    """A software number (above) anywhere in ``prose``."""
    if "O(" in prose and _BIG_O.search(prose):
        return True
    for match in _DIGITS.finditer(prose):
        start, end = match.span()
        if start and prose[start - 1] in _LETTERS and not _word_char(prose[end : end + 1]):
            letters = start - 1
            while letters and prose[letters - 1] in _LETTERS:
                letters -= 1
            if not (letters and _word_char(prose[letters - 1])):
                return True  # a whole word of letters then digits: p99, ec2, http2
        if _AFTER_NUMBER.match(prose, end) or _named_before(prose, start):
            return True
    return False


def _word_before(prose: str, end: int) -> str | None:
    """The whole ASCII word ending at ``end``, or None if it is glued to a longer one."""
    start = end
    while start and prose[start - 1] in _LETTERS:
        start -= 1
    if start == end or (start and _word_char(prose[start - 1])):
        return None
    return prose[start:end]


def _named_before(prose: str, start: int) -> bool:
    """``HTTP/2``, or a product name (then an optional space, then an optional ``v``)."""
    if start and prose[start - 1] == "/":
        return _word_before(prose, start - 1) is not None
    for end in (start, start - 1) if prose[start - 1 : start] == "v" else (start,):
        if end and prose[end - 1].isspace():
            end -= 1
        if _word_before(prose, end) in _PRODUCTS:
            return True
    return False


def looks_like_word_problem(prose: str, quantity_question: bool, quantities: float) -> bool:
    """A story that states quantities and then asks for one, not a question that mentions
    numbers: a quantity stated before the question sentence (or, in a one-sentence
    problem, a quantity question over three or more quantities). The caller has already
    ruled out software numbers (`has_technical_number`).

    Checked on GSM8K's development rows: 98.2 % of the problems the earlier gate (two
    numbers and a question) let through still pass with both tests; of 32 engineering
    questions holding numbers it let 25 through, now 5, two of them arithmetic in
    engineering dress.
    """
    if quantity_question and quantities >= 3:
        return True
    text = prose.rstrip()
    question = question_sentence(text)
    body = text[: text.rfind(question)] if question else text
    return bool(_NUMBER.search(body)) or any(token in NUMBER_WORDS for token in fold(body).split())


def question_sentence(prose: str) -> str:
    """The sentence that asks: the last one ending in "?", else the last sentence."""
    text = prose.rstrip()
    end = text.rfind("?")
    end = end if end >= 0 else len(text) - 1
    head = text[:end]
    start = max(head.rfind(". "), head.rfind("? "), head.rfind("! "), head.rfind("\n")) + 1
    return text[start : end + 1]


def _question_quantities(prose: str) -> float:
    """Quantities stated in the question itself ("... in 5 weeks?", "if she has 20?").

    A question that hands over a number asks for one more step from it; a bare "How much
    does she have left?" asks the reader to carry every earlier result to the end, which
    is where the weak model loses track. Digits and spelled-out numbers both count.
    """
    question = question_sentence(prose)
    spelled = sum(1 for token in fold(question).split() if token in NUMBER_WORDS)
    return float(len(_NUMBER.findall(question)) + spelled)


def _number_features(prose: str) -> dict[str, float]:
    """How many distinct values, how many of them large or with decimals, and fractions."""
    numbers = _NUMBER.findall(prose)
    distinct = set(numbers)
    return {
        "wp_distinct_numbers": float(len(distinct)),
        "wp_large_numbers": float(sum(1 for n in distinct if len(n.replace(",", "")) >= 3)),
        "wp_decimals": float(sum(1 for n in distinct if "." in n)),
        "wp_slash_fractions": float(len(_FRACTION.findall(prose))),
        "wp_comma_numbers": float(sum(1 for n in numbers if "," in n)),
        "wp_total_digits": float(sum(c.isdigit() for n in numbers for c in n)),
    }
