"""How much a question needs the strong model: a fast, explainable difficulty score.

The score combines named rule features (length, code, stack traces, logs, math,
reasoning / design / comparison markers, sub-questions, lookups, and for quantitative
word problems their structure; see `features`) with two learned word models (is the
strong / the weak model right?), trained offline (`training`) to put first the prompts
where the strong model is right and the weak one is wrong, which is the ordering that
maximises RouteLLM's APGR. Scoring is pure Python over a small JSON artifact: no
sklearn, no numpy, no download, no pickle, so it fits the routing budget (p99 < 2 ms
for the whole decision) and loading it cannot execute code.

`value` is a logistic squash of the model's logit, centred and scaled on a calibration
set of engineering questions and benchmark prompts (`calibrate`); `threshold_for_share`
reads that set's stored quantiles so an operator can ask for "about 20 % to the strong
model". A correction learned from the team's feedback, if the artifact has one, is
added to the weights at load time. `features` holds only numbers (rule counts and the
wording's logit), so it can be stored and learned from without keeping any text.
"""

from __future__ import annotations

import json
import math
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from bot.routing.features import (
    DRIVER_OF_INPUT,
    INPUT_NAMES,
    WORDING_DRIVER,
    featurise,
    model_inputs,
)

ARTIFACT_FORMAT = "tandem.difficulty/2"
DEFAULT_ARTIFACT = Path(__file__).resolve().parent / "artifacts" / "difficulty.json"
WORDING_FEATURE = "wording_logit"
MAX_DRIVERS = 4
MIN_DRIVER_EFFECT = 0.005
QUANTILE_POINTS = 101
MAX_GAP = 0.99
# A question offering at least this many lettered answers is an exam-style question, the
# kind the wording model was learned from; others get `free_form_scale` of its weight.
MIN_CHOICES = 2


@dataclass(frozen=True)
class DifficultyScore:
    """A question's need for the strong model, with the named features that drove it."""

    value: float
    drivers: tuple[tuple[str, float], ...]
    features: Mapping[str, float]


class ArtifactError(ValueError):
    """The artifact is missing fields or has an unknown format."""


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    e = math.exp(x)
    return e / (1.0 + e)


def _gap_logit(strong_logit: float, weak_logit: float) -> float:
    """log((1 + d) / (1 - d)) for d = P(strong right) - P(weak right), d clipped to 0.99.

    The logit of (1 + d) / 2, the soft label the rule stage is fitted to, so the two
    stages add up on one scale.
    """
    d = _sigmoid(strong_logit) - _sigmoid(weak_logit)
    d = min(max(d, -MAX_GAP), MAX_GAP)
    return math.log((1.0 + d) / (1.0 - d))


@dataclass(frozen=True, slots=True)
class _TextModel:
    """Two word models: P(strong model right) and P(weak model right) from the wording.

    Sublinear-tf, idf-weighted, L2-normalised word counts, dotted with each head's
    weights; the wording's logit is the gap logit of the two probabilities, relative
    to a question with no known words. Two heads beat one fitted to the gap: each
    learns from every row, not only the quarter where the models disagree (MMLU CV
    0.662 -> 0.678). Each vocabulary entry stores (strong weight * idf, weak weight *
    idf, idf ** 2), so scoring is one dictionary lookup per distinct known word.
    """

    vocabulary: Mapping[str, tuple[float, float, float]]
    strong_bias: float
    weak_bias: float
    gain: float
    word_problem_scale: float
    shrinkage: float
    free_form_scale: float

    def logit(self, words: Counter[str], word_problem: bool, choices: bool) -> float:
        """The wording's logit, shrunk towards 0 when few known words back it up.

        Shrinking by found / (found + k) keeps a four-word message from being judged
        on its words alone.
        """
        strong = weak = norm = 0.0
        vocab = self.vocabulary
        known = words.keys() & vocab.keys()
        for word in known:
            ws, ww, idf2 = vocab[word]
            count = words[word]
            tf = 1.0 if count == 1 else 1.0 + math.log(count)
            strong += tf * ws
            weak += tf * ww
            norm += tf * tf * idf2
        if norm == 0.0:
            return 0.0
        found = len(known)
        scale = found / (found + self.shrinkage) / math.sqrt(norm)
        gap = _gap_logit(self.strong_bias + scale * strong, self.weak_bias + scale * weak)
        gap -= _gap_logit(self.strong_bias, self.weak_bias)
        if word_problem:
            gain = self.gain * self.word_problem_scale
        else:
            gain = self.gain if choices else self.gain * self.free_form_scale
        return gain * gap


def _parse_vocabulary(raw: Mapping[str, Any]) -> dict[str, tuple[float, float, float]]:
    return {word: (float(v[0]), float(v[1]), float(v[2])) for word, v in raw.items()}


def _require(data: Mapping[str, Any], *keys: str) -> None:
    missing = [k for k in keys if k not in data]
    if missing:
        raise ArtifactError(f"difficulty artifact lacks {', '.join(missing)}")


class DifficultyScorer:
    """Scores questions with a trained, versioned artifact; safe to share across tasks.

    Holds only immutable data after construction, so one instance serves every request.
    """

    def __init__(self, artifact: Mapping[str, Any]) -> None:
        _require(artifact, "format", "version", "model", "squash", "reference", "calibration")
        if artifact["format"] != ARTIFACT_FORMAT:
            raise ArtifactError(f"unknown difficulty artifact format {artifact['format']!r}")
        self.version: str = str(artifact["version"])
        self.artifact: Mapping[str, Any] = artifact
        model = artifact["model"]
        weights = {name: float(model["rule_weights"].get(name, 0.0)) for name in INPUT_NAMES}
        bias = float(model["bias"])
        wording_gain = 1.0
        layer = artifact.get("feedback")
        if layer:
            bias += float(layer["bias"])
            for name, delta in layer["weights"].items():
                if name == WORDING_FEATURE:
                    wording_gain += float(delta)
                elif name in weights:
                    weights[name] += float(delta)
        self._bias = bias
        self._weights = tuple(weights[name] for name in INPUT_NAMES)
        self._wording_gain = wording_gain
        text = model["text"]
        self._text = _TextModel(
            vocabulary=_parse_vocabulary(text["vocabulary"]),
            strong_bias=float(text["strong_bias"]),
            weak_bias=float(text["weak_bias"]),
            gain=float(text["gain"]),
            word_problem_scale=float(text["word_problem_scale"]),
            shrinkage=float(text["shrinkage"]),
            free_form_scale=float(text.get("free_form_scale", 1.0)),
        )
        self._center = float(artifact["squash"]["center"])
        self._scale = float(artifact["squash"]["scale"])
        ref = artifact["reference"]
        self._reference = tuple(float(ref.get(name, 0.0)) for name in INPUT_NAMES)
        self._wording_reference = float(ref.get(WORDING_FEATURE, 0.0))
        self._quantiles = tuple(float(q) for q in artifact["calibration"]["quantiles"])

    @classmethod
    def load(cls, path: Path | None = None) -> DifficultyScorer:
        """Load an artifact file; None means the one shipped with the package."""
        with (path or DEFAULT_ARTIFACT).open(encoding="utf-8") as fh:
            return cls(json.load(fh))

    def _squash(self, logit: float) -> float:
        return _sigmoid((logit - self._center) / self._scale)

    def logit(self, inputs: Mapping[str, float], wording: float) -> float:
        """The model's raw logit from model inputs and the wording (text) logit.

        Exposed so the feedback layer can be trained on stored features alone.
        """
        z = self._bias + self._wording_gain * wording
        for weight, name in zip(self._weights, INPUT_NAMES, strict=True):
            z += weight * inputs[name]
        return z

    def explain(self, text: str) -> tuple[dict[str, float], float, float, dict[str, float]]:
        """(model inputs, wording logit, raw logit, rule features) of one question.

        The pieces `score` is built from; training calibrates on them so calibration
        runs through exactly the code that serves traffic.
        """
        feats = featurise(text)
        inputs = model_inputs(feats.rules)
        rules = feats.rules
        wording = self._text.logit(
            feats.words, rules["word_problem"] > 0.0, rules["answer_choices"] >= MIN_CHOICES
        )
        return inputs, wording, self.logit(inputs, wording), feats.rules

    def score(self, text: str) -> DifficultyScore:
        """Score one question; cost is one tokenising pass plus dictionary lookups."""
        inputs, wording, z, rules = self.explain(text)
        value = self._squash(z)
        drivers = self._drivers(inputs, wording, z, value)
        features = dict(rules)
        features[WORDING_FEATURE] = round(wording, 6)
        return DifficultyScore(value=value, drivers=drivers, features=MappingProxyType(features))

    def _drivers(
        self, inputs: Mapping[str, float], wording: float, z: float, value: float
    ) -> tuple[tuple[str, float], ...]:
        """Per-driver effect on `value`: how much lower/higher it would be at the reference.

        The reference is the calibration set's median question, so "+0.2 stack_trace"
        reads as "the stack trace raised the score by 0.2 over a typical question".
        """
        logits: dict[str, float] = {}
        for weight, name, ref in zip(self._weights, INPUT_NAMES, self._reference, strict=True):
            if inputs[name] != ref:
                driver = DRIVER_OF_INPUT[name]
                logits[driver] = logits.get(driver, 0.0) + weight * (inputs[name] - ref)
        logits[WORDING_DRIVER] = self._wording_gain * (wording - self._wording_reference)
        # A logistic's slope is at most 1/4, so smaller logits cannot reach the cut-off.
        floor = 4.0 * MIN_DRIVER_EFFECT * self._scale
        effects = [(n, value - self._squash(z - c)) for n, c in logits.items() if abs(c) >= floor]
        effects = [(n, round(e, 4)) for n, e in effects if abs(e) >= MIN_DRIVER_EFFECT]
        effects.sort(key=lambda item: -abs(item[1]))
        return tuple(effects[:MAX_DRIVERS])

    def threshold_for_share(self, strong_share: float) -> float:
        """Score threshold (route strong when value >= it) sending ~strong_share to strong.

        Read off the calibration quantiles, linearly interpolated; non-increasing in the
        share, 1.0 for a share of 0 (nothing) and 0.0 for a share of 1 (everything).
        """
        if strong_share <= 0.0:
            return 1.0
        if strong_share >= 1.0:
            return 0.0
        q = self._quantiles
        pos = (1.0 - strong_share) * (len(q) - 1)
        lo = int(pos)
        frac = pos - lo
        return q[lo] if lo + 1 >= len(q) else q[lo] + frac * (q[lo + 1] - q[lo])

    def share_for_threshold(self, threshold: float) -> float:
        """Inverse of threshold_for_share, for reporting what a configured threshold means."""
        q = self._quantiles
        i = bisect_left(q, threshold)
        return 1.0 - i / (len(q) - 1) if q else 0.0


def _interp(x: float, xs: Sequence[float], ys: Sequence[float]) -> float:
    """np.interp for one point: linear between knots, clamped at the ends."""
    if x <= xs[0]:
        return ys[0]
    if x >= xs[-1]:
        return ys[-1]
    i = bisect_right(xs, x)
    x0, x1, y0, y1 = xs[i - 1], xs[i], ys[i - 1], ys[i]
    return y0 if x1 == x0 else y0 + (x - x0) * (y1 - y0) / (x1 - x0)


def weighted_quantiles(
    values: Sequence[float], weights: Sequence[float], probs: Sequence[float]
) -> list[float]:
    """Quantiles of a weighted sample (each point at the middle of its weight)."""
    pairs = sorted(zip(values, weights, strict=True))
    total = sum(w for _, w in pairs)
    knots: list[float] = []
    acc = 0.0
    for _, w in pairs:
        knots.append((acc + 0.5 * w) / total)
        acc += w
    ordered = [v for v, _ in pairs]
    return [_interp(p, knots, ordered) for p in probs]


def calibrate(
    artifact: dict[str, Any], prompts: Sequence[str], weights: Sequence[float]
) -> dict[str, Any]:
    """Set an artifact's squash, driver reference and share quantiles from sample traffic.

    The squash maps the sample's 10th / 50th / 90th logit percentiles to 0.1 / 0.5 / 0.9,
    so `value` spreads over [0, 1] on traffic like ours; the reference (the median
    question) is what drivers are measured against; the quantiles of `value` are what
    `threshold_for_share` reads. It runs through the serving code path on purpose.
    """
    raw = DifficultyScorer(artifact)
    parts = [raw.explain(p) for p in prompts]
    q10, q50, q90 = weighted_quantiles([p[2] for p in parts], weights, (0.1, 0.5, 0.9))
    spread = max(q90 - q10, 1e-6) / (2 * math.log(9))
    artifact["squash"] = {"center": round(q50, 6), "scale": round(spread, 6)}
    reference = {n: [p[0][n] for p in parts] for n in INPUT_NAMES}
    reference[WORDING_FEATURE] = [p[1] for p in parts]
    artifact["reference"] = {
        name: round(weighted_quantiles(vals, weights, (0.5,))[0], 6)
        for name, vals in reference.items()
    }
    squashed = DifficultyScorer(artifact)
    values = [squashed.score(p).value for p in prompts]
    probs = [i / (QUANTILE_POINTS - 1) for i in range(QUANTILE_POINTS)]
    quantiles = weighted_quantiles(values, weights, probs)
    artifact["calibration"] = {"quantiles": [round(q, 6) for q in quantiles]}
    return artifact
