"""The kind of task a question sets, for open-ended chat: math, puzzles, extraction,
writing and role-play.

The benchmarks the wording is learned from (MMLU, GSM8K) are exam questions; in open
chat the largest differences between a small local model and a GPT-4-class one follow
the kind of task (MT-Bench: math, reasoning and extraction far apart, writing,
role-play and humanities close). Each kind is a marker lexicon counted like the others
(`features_lexicon.Lexicon`): dictionary lookups, no regex.
"""

from __future__ import annotations

from collections import Counter

from bot.routing.features_lexicon import Lexicon

# Formal mathematics, not arithmetic in a story: GSM8K's 1,049 development problems use
# these words 12 times in all ("integer", "angle", "expected"), contest and textbook
# mathematics in nearly every question. Words with an everyday engineering sense are left
# out ("solve", "matrix", "mod", "digits", "expected" alone).
FORMAL_MATH = Lexicon(
    frozenset((
        "remainder", "divisible", "divisor", "divisors", "prime", "primes", "probability",
        "integer", "integers", "vertices", "equation", "equations", "modulo", "derivative",
        "integral", "polynomial", "irrational", "factorial", "permutations", "theorem",
        "lemma", "recurrence", "triangle", "hypotenuse", "radius", "parabola", "logarithm",
        "eigenvalue", "eigenvalues", "combinatorics", "gcd", "lcm", "congruent", "infinitely",
        "converge", "converges", "inequality", "sqrt",
    )),
    ("how many ways", "expected number", "expected value", "sum of all", "square root",
     "solve for", "at random", "fair coin", "fair dice", "fair die"),
)  # fmt: skip
PUZZLE = Lexicon(
    frozenset(("puzzle", "puzzles", "riddle", "riddles", "brainteaser", "knights", "knaves",
               "liar", "liars", "paradox")),
    ("brain teaser", "trick question", "logic puzzle"),
)  # fmt: skip
EXTRACTION = Lexicon(
    frozenset(("extract", "extraction")),
    ("list every", "list all", "json array", "json list", "as json", "into json",
     "in json", "iso 8601"),
)  # fmt: skip
# Writing and rewriting prose: both models do it well, unless strict constraints are set
# (those count as constraints). Code rewritten or translated is not prose: the caller
# ignores these markers when the question holds code.
WRITING = Lexicon(
    frozenset((
        "poem", "haiku", "limerick", "story", "blog", "tweet", "slogan", "tagline", "lyrics",
        "song", "rewrite", "rephrase", "reword", "paraphrase", "proofread", "translate",
        "summarize", "summarise", "tldr", "letter", "speech", "toast", "caption", "essay",
        "screenplay", "announcement", "wording", "tone", "polite", "friendly",
    )),
    ("product description", "cover letter", "thank you note", "sound less", "sounds less",
     "doesnt sound", "doesn't sound"),
)  # fmt: skip
ROLEPLAY = Lexicon(
    frozenset(("roleplay", "role-play")),
    ("act as", "pretend you", "pretend to be", "imagine you are", "you are a", "you are an",
     "in character", "role play"),
)  # fmt: skip


def task_features(counts: Counter[str], folded: str, has_code: bool) -> dict[str, float]:
    """Marker counts of each kind of task (writing only without code)."""
    return {
        "formal_math_markers": FORMAL_MATH.count(counts, folded),
        "puzzle_markers": PUZZLE.count(counts, folded),
        "extraction_markers": EXTRACTION.count(counts, folded),
        "writing_markers": 0.0 if has_code else WRITING.count(counts, folded),
        "roleplay_markers": ROLEPLAY.count(counts, folded),
    }


TASK_FEATURE_NAMES: tuple[str, ...] = (
    "formal_math_markers", "puzzle_markers", "extraction_markers", "writing_markers",
    "roleplay_markers",
)  # fmt: skip
