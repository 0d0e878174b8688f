"""What an answer's outcome means for the person who asked: the `AnswerMeta` every
sink renders, from the model chain's outcome: the answer with its model, tokens,
cost and fallbacks; cut off; refused because it must stay local; or no model up."""

from __future__ import annotations

import time

from bot.chain import Outcome
from bot.question import AnswerMeta, Question
from bot.routing.decision import Decision
from bot.routing.policy import Policy
from bot.usage.records import Status


def answer_meta(
    question: Question,
    decision: Decision,
    outcome: Outcome,
    start: float,
    memory: bool,
    policy: Policy,
) -> AnswerMeta:
    """What the person is shown: the answer and its facts, or why there is none."""
    meta = AnswerMeta(
        request_id=question.request_id,
        status=Status.OK,
        decision=decision,
        latency=time.perf_counter() - start,
        memory=memory,
        cost_usd=outcome.cost,
        model_time=outcome.model_time,
    )
    result = outcome.result
    if result is None:
        return _failed(decision, outcome, meta, policy)
    meta.text, meta.spec, meta.ttft = result.text, outcome.spec, result.ttft
    meta.escalated, meta.skipped = outcome.escalated, list(outcome.skipped)
    if outcome.tried and not outcome.escalated:
        meta.fallback_from = outcome.tried[-1]
    meta.prompt_tokens, meta.completion_tokens = result.prompt_tokens, result.completion_tokens
    if result.error is not None:
        meta.status = Status.INCOMPLETE
        meta.error_kind = result.error.kind.value
        meta.message = f"The answer was cut off: {result.error}."
    return meta


def _failed(decision: Decision, outcome: Outcome, meta: AnswerMeta, policy: Policy) -> AnswerMeta:
    """No answer: refused if it had to stay local (and says it was not sent out), else
    every model was unavailable; the problems met are listed."""
    problems = _problems(outcome)
    if decision.local_only:
        external = [m.display for m in policy.models.values() if not m.is_local]
        held_back = ", ".join(external) or "any external model"
        why = decision.reasons[0].text if decision.reasons else "it must stay local"
        meta.status, meta.error_kind = Status.REFUSED, "local_unavailable"
        meta.message = (
            f"No local model could answer ({problems}), and this question may only go to a "
            f"local model: {why}. It was not sent to {held_back}."
        )
    else:
        meta.status = Status.ERROR
        meta.error_kind = outcome.last_error.kind.value if outcome.last_error else "unavailable"
        meta.message = f"Every model is unavailable right now ({problems})."
    return meta


def _problems(outcome: Outcome) -> str:
    parts = list(outcome.skipped) + [str(error) for error in outcome.errors]
    if outcome.last_error is not None and outcome.last_error not in outcome.errors:
        parts.append(str(outcome.last_error))
    return "; ".join(parts) or "no model could be tried"
