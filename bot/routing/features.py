"""Explainable, text-free features of a question, shared by runtime scoring and training.

The difficulty scorer must run in well under a millisecond and must featurise exactly
as it was trained, so this module is the single source of truth for both: it tokenises
once (one C-level byte translation of an ASCII copy), counts words for the learned part,
and derives a small set of named numeric rule features (length, code, stack traces,
logs, math, reasoning / design / comparison markers, sub-questions, constraints,
lookups) that are safe to store in the usage table because they carry no text.

Benchmark scaffolding (multiple-choice option labels and the trailing "Answer:" cue) is
stripped first, so nothing is keyed to a benchmark's formatting; a Slack message has
none of it.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from bot.routing.features_lexicon import NUMBER_WORDS, ZEROS, Lexicon, fold
from bot.routing.features_task import TASK_FEATURE_NAMES, task_features
from bot.routing.features_word_problem import (
    WORD_PROBLEM_FEATURE_NAMES,
    has_technical_number,
    looks_like_word_problem,
    word_problem_features,
)

# Very long pastes are analysed as head + tail: latency stays bounded and the end of a
# log (where the error usually is) still counts. Length features use the full size.
MAX_ANALYSED_CHARS = 6000
_HEAD_CHARS = 4000

_OPTION_LABEL = re.compile(r"^[ \t]*[A-J][.)][ \t]+", re.MULTILINE)
_ASCII_MATH = b"=+*/^<>%"
_UNICODE_MATH = re.compile("[\u2211\u222b\u221a\u03c0\u00b1\u00d7\u00f7\u2264\u2265\u2260]")
_FENCE = re.compile(r"```.*?(?:```|\Z)", re.DOTALL)
_INLINE_CODE = re.compile(r"`[^`\n]+`")
_STACK_FRAME = re.compile(
    r"[ \t]*(?:File \"[^\"\n]+\", line \d+"
    r"|at [\w$.<>\[\]/]+ ?\([^)\n]*\)"
    r"|#\d+ +0x[0-9a-f]+ in "
    r"|goroutine \d+ \["
    r"|\S+\.(?:py|java|js|ts|go|rs|c|cc|cpp|rb|kt|scala|cs):\d+)"
)
_TRACE_HEADER = re.compile(r"panic: |error\[E\d+\]|Exception in thread ")
_TRACE_LITERALS = ("Traceback (most recent call last)", "Segmentation fault", "SIGSEGV")
_LOG_LINE = re.compile(
    r"[ \t]*(?:\[?\d{4}-\d\d-\d\d[T ]\d\d:\d\d|\[?\d\d:\d\d:\d\d|[IWEF]\d{4} \d\d:\d\d"
    r"|\[?(?:INFO|WARN|WARNING|ERROR|DEBUG|FATAL|TRACE)\b)"
)
_LIST_ITEM = re.compile(r"[ \t]*(?:[-*\u2022]|\d{1,2}[.)])[ \t]+\S")
_NUMBER_SHAPES = tuple("#" * n for n in range(1, 9))


def word_counts(folded: str) -> tuple[int, Counter[str]]:
    """Token count and word counts of folded text."""
    tokens = folded.split()
    return len(tokens), Counter(tokens)


def math_symbols(text: str) -> int:
    """Operators and math signs, counted in C (ASCII by deletion, the rest only if any)."""
    raw = text.encode("ascii", "ignore")
    count = len(raw) - len(raw.translate(None, _ASCII_MATH))
    if len(raw) != len(text):
        count += len(_UNICODE_MATH.findall(text))
    return count


REASONING = Lexicon(
    frozenset((
        "why", "explain", "prove", "proof", "derive", "reason", "analyse", "analyze",
        "analysis", "diagnose", "investigate", "justify", "calculate", "estimate", "compute",
        "correctness", "complexity", "intermittently", "sometimes", "occasionally",
        "guarantee", "guarantees", "implications", "reasoned",
    )),
    ("step by step", "walk through", "root cause", "what happens", "how come", "edge case",
     "under load"),
)  # fmt: skip
DESIGN = Lexicon(
    frozenset((
        "design", "architecture", "architect", "scalable", "scalability", "strategy",
        "strategies", "migrate", "migration", "consistency", "partition", "partitions",
        "replication", "multi-region", "failover", "throughput", "availability",
        "distributed", "sharding", "propose", "recommend", "recommendation", "plan", "model",
        "protocol", "concurrency", "concurrent", "zero-downtime", "downtime", "multi-tenant",
        "rpo", "rto",
    )),
)  # fmt: skip
COMPARISON = Lexicon(
    frozenset((
        "compare", "comparison", "versus", "vs", "trade-off", "trade-offs", "tradeoff",
        "tradeoffs", "pros", "cons", "choose", "alternatives", "better", "worse",
    )),
)  # fmt: skip
CONSTRAINTS = Lexicon(
    frozenset(("must", "without", "never", "exactly", "strict", "under", "while", "only",
               "budget", "sla", "slo", "p99")),
    ("at most", "at least", "less than", "more than"),
)  # fmt: skip
DEBUGGING = Lexicon(
    frozenset((
        "error", "exception", "fails", "failed", "failing", "failure", "crash", "crashes",
        "panic", "timeout", "oom", "oomkilled", "segfault", "deadlock", "hang", "hangs",
        "leak", "flaky", "race", "corrupt", "corrupted", "lost", "spikes", "latency",
    )),
)  # fmt: skip
LOOKUP = Lexicon(
    frozenset(("command", "flag", "flags", "shortcut", "syntax", "default", "port",
               "keyboard", "list")),
    ("stand for", "how do i", "what's the", "what is", "what does", "how to"),
)  # fmt: skip
QUANTITY_QUESTION = Lexicon(
    frozenset(("calculate",)),
    ("how many", "how much", "how long", "how far", "how old", "how fast", "what percent",
     "the total", "find the"),
)  # fmt: skip
_LOOKUP_OPENERS = frozenset(("what", "how", "where", "which", "who", "when", "command"))

# Function words carry style, not difficulty: in the benchmarks "i"/"my" mark MMLU's
# moral scenarios (hard for the weak model), in Slack they are in every other message.
# The learned word model ignores them so such style cannot leak into the score.
FUNCTION_WORDS = frozenset((
    "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "you", "your", "yours",
    "he", "him", "his", "she", "her", "hers", "it", "its", "they", "them", "their",
    "theirs", "this", "that", "these", "those", "a", "an", "the", "and", "or", "but", "if",
    "so", "then", "than", "of", "to", "in", "on", "at", "by", "for", "with", "from", "into",
    "about", "as", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does",
    "did", "done", "have", "has", "had", "can", "could", "will", "would", "shall", "should",
    "may", "might", "must", "not", "no", "yes", "please", "thanks", "thank", "hi", "hello",
    "hey", "ok", "okay", "just", "also", "too", "very", "really", "some", "any", "all",
    "what", "which", "who", "whom", "whose", "when", "where", "how", "why", "there", "here",
    "s", "t", "d", "ll", "m", "re", "ve",
))  # fmt: skip

_QUANTITY_WORDS = NUMBER_WORDS | frozenset(_NUMBER_SHAPES)

RULE_FEATURE_NAMES: tuple[str, ...] = (
    "length_chars", "length_tokens", "lines", "code_blocks", "code_lines", "inline_code",
    "has_stack_trace", "stack_frames", "log_lines", "debug_markers", "math_symbols",
    "numbers", "reasoning_markers", "design_markers", "comparison_markers",
    "constraint_markers", "question_count", "list_items", "lookup_markers", "short_factual",
    "word_problem", "answer_choices", *TASK_FEATURE_NAMES, *WORD_PROBLEM_FEATURE_NAMES,
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Featurised:
    """A question reduced to what the scorer needs: word counts and rule features.

    `words` holds text and never leaves the process; `rules` is numbers only and is
    what may be stored and learned from later.
    """

    words: Counter[str]
    rules: dict[str, float]


def answer_choices(text: str) -> int:
    """How many lettered answer options ("A. ...", "B) ...") the question offers.

    Not a difficulty input: it tells the scorer whether the question is of the kind its
    wording model was learned from (`difficulty._TextModel`).
    """
    return len(_OPTION_LABEL.findall(text)) if "\nA" in text else 0


def strip_scaffolding(text: str) -> str:
    """Drop benchmark-only formatting so no feature can key on it.

    Multiple-choice labels ("A. ") and a trailing "Answer:" cue exist in MMLU but never
    in Slack; the option texts themselves are kept because they are part of the content.
    """
    text = text.rstrip()
    if text.endswith("Answer:"):
        text = text[: -len("Answer:")].rstrip()
    return _OPTION_LABEL.sub("", text) if "\nA" in text else text


def _analysed_part(text: str) -> str:
    if len(text) <= MAX_ANALYSED_CHARS:
        return text
    return text[:_HEAD_CHARS] + "\n" + text[_HEAD_CHARS - MAX_ANALYSED_CHARS :]


def _code_features(text: str) -> tuple[str, dict[str, float]]:
    """Split fenced code from prose; count blocks, code lines and inline spans."""
    blocks = _FENCE.findall(text) if "```" in text else []
    prose = _FENCE.sub(" ", text) if blocks else text
    inline = len(_INLINE_CODE.findall(prose)) if "`" in prose else 0
    return prose, {
        "code_blocks": float(len(blocks)),
        "code_lines": float(sum(max(b.count("\n") - 1, 1) for b in blocks)),
        "inline_code": float(inline),
    }


def _line_features(text: str) -> dict[str, float]:
    """Stack traces, log excerpts and list items, found with one anchored pass per line.

    Traces and logs are pasted evidence of a failure to reason about; list items are
    sub-questions or requirements.
    """
    frames = logs = items = 0
    header = any(lit in text for lit in _TRACE_LITERALS)
    for line in text.splitlines() if "\n" in text else ():
        if _STACK_FRAME.match(line):
            frames += 1
        elif _LOG_LINE.match(line):
            logs += 1
        elif _LIST_ITEM.match(line):
            items += 1
        elif not header and _TRACE_HEADER.match(line):
            header = True
    return {
        "has_stack_trace": 1.0 if header or frames >= 2 else 0.0,
        "stack_frames": float(frames),
        "log_lines": float(logs),
        "list_items": float(items),
    }


def _prose_features(prose: str, counts: Counter[str]) -> dict[str, float]:
    """Math load and question structure, measured on prose only (code skews symbols).

    `numbers` counts quantities, spelled out or not ("twice", "3"), because how many
    quantities a question juggles is what makes it multi-step, not their notation.
    """
    quantities = sum(map(counts.get, _QUANTITY_WORDS, ZEROS))
    return {
        "math_symbols": float(math_symbols(prose)),
        "numbers": float(quantities),
        "question_count": float(prose.count("?")),
    }


def _marker_features(counts: Counter[str], folded: str, n_tokens: int) -> dict[str, float]:
    """Lexicon counts for reasoning, design, comparison, constraints, debugging, lookups."""
    feats = {
        "reasoning_markers": REASONING.count(counts, folded),
        "design_markers": DESIGN.count(counts, folded),
        "comparison_markers": COMPARISON.count(counts, folded),
        "constraint_markers": CONSTRAINTS.count(counts, folded),
        "debug_markers": DEBUGGING.count(counts, folded),
        "lookup_markers": LOOKUP.count(counts, folded),
    }
    first = folded.split(None, 1)
    opener = bool(first) and first[0] in _LOOKUP_OPENERS
    plain = feats["reasoning_markers"] + feats["design_markers"] == 0
    feats["short_factual"] = 1.0 if opener and plain and n_tokens <= 25 else 0.0
    return feats


def _word_problem(
    rules: dict[str, float],
    counts: Counter[str],
    prose: str,
    folded: str,
    technical: bool | None,
) -> float:
    """Flag a self-contained quantitative word problem: prose, 2+ quantities, asks for one,
    no software numbers (`has_technical_number`; ``technical`` when the caller has it) and a
    quantity stated before it asks (`looks_like_word_problem`).

    Its difficulty grows with the number of steps (roughly its length) rather than with
    its vocabulary, so the scorer weighs length more and wording less for it.
    """
    if rules["code_blocks"] or rules["has_stack_trace"] or rules["log_lines"]:
        return 0.0
    if rules["formal_math_markers"] or rules["puzzle_markers"]:
        return 0.0  # mathematics or a puzzle, not a story: its length says little
    if rules["numbers"] < 2:
        return 0.0
    quantity_question = QUANTITY_QUESTION.count(counts, folded) > 0
    if not (prose.endswith("?") or quantity_question):
        return 0.0
    if technical is None:
        technical = has_technical_number(prose)
    if technical or not looks_like_word_problem(prose, quantity_question, rules["numbers"]):
        return 0.0
    return 1.0


def featurise(text: str) -> Featurised:
    """Featurise one question; the same call serves training and live scoring."""
    choices = answer_choices(text)
    full = strip_scaffolding(text)
    text = _analysed_part(full)
    folded = f" {fold(text)} "
    n_tokens, counts = word_counts(folded)
    prose, code = _code_features(text)
    scale = len(full) / len(text) if text else 1.0
    rules: dict[str, float] = {
        "length_chars": float(len(full)),
        "length_tokens": float(round(n_tokens * scale)),
        "lines": float(full.count("\n") + 1),
        "answer_choices": float(choices),
    }
    rules.update(code)
    rules.update(_line_features(text))
    prose_counts = word_counts(fold(prose))[1] if code["code_blocks"] else counts
    rules.update(_prose_features(prose, prose_counts))
    rules.update(_marker_features(counts, folded, n_tokens))
    rules.update(task_features(counts, folded, bool(code["code_blocks"] or code["inline_code"])))
    technical = has_technical_number(text)
    # The gate judges the prose (code removed); without code that is the same text.
    same = prose.rstrip() == text.rstrip()
    rules["word_problem"] = _word_problem(
        rules, counts, prose.rstrip(), folded, technical if same else None
    )
    rules.update(
        word_problem_features(prose_counts, folded, prose, rules["word_problem"], rules["numbers"])
    )
    words = _without_shapes(counts) if technical else counts
    return Featurised(words=words, rules={k: rules[k] for k in RULE_FEATURE_NAMES})


def _without_shapes(counts: Counter[str]) -> Counter[str]:
    """The words the learned wording reads when the question holds a software number:
    without its letterless tokens (digit shapes ``#``, ``##.#``, dashes). In the benchmarks
    a bare number marks a quantitative question; next to ``Python 3.12`` or ``5 replicas``
    it marks nothing, yet its learned weight would still pull the score down ("Postgres 15
    vs MySQL 8" 0.05, without the numbers 0.50)."""
    return Counter({word: n for word, n in counts.items() if any(c.isalpha() for c in word)})


def _log1p(value: float) -> float:
    return math.log1p(max(value, 0.0))


def model_inputs(rules: dict[str, float]) -> dict[str, float]:
    """Turn raw rule counts into the model's inputs, each tied to a named driver.

    Counts are log-compressed so one huge paste cannot dominate; inputs are named for
    what a user sees ("stack_trace", "design", ...), so the explanation of a score and
    the model's own terms are one and the same.
    """
    extra_questions = max(rules["question_count"] - 1.0, 0.0) + rules["list_items"]
    length = _log1p(rules["length_tokens"])
    return {
        "length": length,
        "code": _log1p(rules["code_lines"] + rules["inline_code"]),
        "stack_trace": rules["has_stack_trace"],
        "logs": _log1p(rules["log_lines"]),
        "debugging": _log1p(rules["debug_markers"]),
        "math": _log1p(rules["math_symbols"]),
        "numbers": _log1p(rules["numbers"]),
        "reasoning": _log1p(rules["reasoning_markers"]),
        "design": _log1p(rules["design_markers"]),
        "comparison": _log1p(rules["comparison_markers"]),
        "constraints": _log1p(rules["constraint_markers"]),
        "sub_questions": _log1p(extra_questions),
        "lookup": _log1p(rules["lookup_markers"]),
        "short_factual": rules["short_factual"],
        "word_problem": rules["word_problem"],
        "word_problem_length": rules["word_problem"] * length,
        "formal_math": _log1p(rules["formal_math_markers"]),
        "puzzle": _log1p(rules["puzzle_markers"]),
        "extraction": _log1p(rules["extraction_markers"]),
        "writing": _log1p(rules["writing_markers"]),
        "roleplay": _log1p(rules["roleplay_markers"]),
    } | _word_problem_inputs(rules)


def _word_problem_inputs(rules: dict[str, float]) -> dict[str, float]:
    """Word-problem structure, log-compressed; zero unless the question is a word problem.

    Gated (in `features_word_problem`) so that a Slack message mentioning "first", "each"
    or "$" is not scored as if it were arithmetic; for word problems these carry what
    the words do not.
    """
    return {name: _log1p(rules.get(name, 0.0)) for name in WORD_PROBLEM_FEATURE_NAMES}


INPUT_NAMES: tuple[str, ...] = (
    "length", "code", "stack_trace", "logs", "debugging", "math", "numbers", "reasoning",
    "design", "comparison", "constraints", "sub_questions", "lookup", "short_factual",
    "word_problem", "word_problem_length", "formal_math", "puzzle", "extraction", "writing",
    "roleplay", *WORD_PROBLEM_FEATURE_NAMES,
)  # fmt: skip

# The name a user sees for each model input; several inputs can share one driver.
DRIVER_OF_INPUT: dict[str, str] = (
    {name: name for name in INPUT_NAMES}
    | {
        "numbers": "quantities",
        "word_problem": "multi_step_math",
        "word_problem_length": "multi_step_math",
    }
    | dict.fromkeys(WORD_PROBLEM_FEATURE_NAMES, "multi_step_math")
    | {"wp_question_quantities": "numbers_in_question"}
)
WORDING_DRIVER = "wording"

FEATURE_CONFIG: dict[str, object] = {
    "rule_features": list(RULE_FEATURE_NAMES),
    "inputs": list(INPUT_NAMES),
    "words": "ASCII-folded lower-case words, digits as '#' shapes, function words dropped; "
    "sublinear tf, smoothed idf, L2 norm; two heads (strong right, weak right); scaled "
    "down for word problems",
    "word_problem_features": list(WORD_PROBLEM_FEATURE_NAMES),
    "max_analysed_chars": MAX_ANALYSED_CHARS,
}
