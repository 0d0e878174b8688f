"""Texts of `/tandem` replies (mrkdwn). Pure functions, so they are tested without Slack."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import cast

from slack_sdk.errors import SlackApiError

from bot.footer import format_cost
from bot.routing.policy import Policy
from bot.service import Scope, StatusView, UsageView
from bot.slack.render import escape
from bot.state.answers import AnswerInfo

SPANS = {"7d": 7, "30d": 30}
SCOPES = ("me", "channel", "team")


def help_text(policy: Policy) -> str:
    aliases = ", ".join(f"`{a}` ({policy.spec(a).display})" for a in policy.models)
    return "\n".join(
        [
            "*Tandem* answers engineering questions with a local model when that is enough "
            "and a strong one when it is needed. Mention me in a thread, DM me, or:",
            "• `/tandem ask QUESTION`: ask in this channel (question and answer are public)",
            f"• `/tandem model [auto|ALIAS]`: your default model; models: {aliases}",
            "• `/tandem usage [me|channel|team] [7d|30d]`: questions and cost",
            "• `/tandem why`: why your last answer went to the model it did",
            "• `/tandem forget`: drop my memory of this DM, or of your last thread here",
            "• `/tandem digest subscribe|list|unsubscribe|now`: scheduled digests",
            "• `/tandem status`: each model's state and your budget",
            "• `/tandem policy [reload]`: the routing policy (reload: admins)",
            "• `/tandem help`: this text",
        ]
    )


POLICY_USAGE = "Usage: `/tandem policy` shows the routing policy; `/tandem policy reload` (admins)."


def ask_not_posted(labels: Sequence[str]) -> str:
    """`/tandem ask` posts the question for the channel to see: not one holding a secret."""
    return (
        f":lock: Not posted: your question contains sensitive data ({', '.join(labels)}), "
        "and `/tandem ask` shows the question to the whole channel. Ask me in a DM, or "
        "mention me in a thread; either way it stays on a local model."
    )


def cannot_post(exc: SlackApiError) -> str:
    error = exc.response.get("error")
    if error in {"not_in_channel", "channel_not_found"}:
        return "I am not in this channel: invite me with `/invite @Tandem`, then ask again."
    return f"Slack refused the message ({error}); nothing was asked."


def model_text(policy: Policy, current: str | None) -> str:
    lines = [
        f"Your default model: *{current or 'auto'}*" + ("" if current else " (the policy decides)")
    ]
    lines.append("Choose with `/tandem model auto` or one of:")
    for alias, spec in policy.models.items():
        lines.append(f"• `{alias}`: {spec.display} ({spec.privacy.value})")
    return "\n".join(lines)


def unknown_model(policy: Policy, alias: str) -> str:
    known = ", ".join(f"`{a}`" for a in policy.models)
    return f"Unknown model `{escape(alias)}`. Use `auto` or one of: {known}."


def model_set(policy: Policy, alias: str) -> str:
    if alias == "auto":
        return "Done: the routing policy picks the model for each question again."
    spec = policy.spec(alias)
    note = ""
    if not spec.is_local:
        note = " Questions with secrets or personal data still stay on local models."
    return f"Done: your questions go to *{spec.display}* by default.{note}"


def parse_usage_args(args: str) -> tuple[Scope, int]:
    scope, days = "me", 7
    for token in args.split():
        if token in SCOPES:
            scope = token
        elif token in SPANS:
            days = SPANS[token]
        else:
            raise ValueError(
                f"Unknown `{escape(token)}`. Usage: `/tandem usage [me|channel|team] [7d|30d]`, "
                "for example `/tandem usage channel 30d`."
            )
    return cast(Scope, scope), days


def usage_text(view: UsageView) -> str:
    who = {"me": "Your", "channel": "This channel's", "team": "The team's"}[view.scope]
    if not view.lines:
        return f"{who} usage, last {view.days} days: no questions yet."
    cost = format_cost(view.cost)
    header = f"{who} usage, last {view.days} days: *{view.questions}* questions, *{cost}*"
    rows = [f"{'model':<14}{'answers':>10}{'tokens':>12}{'cost':>12}"]
    for line in view.lines:
        tokens = line.prompt_tokens + line.completion_tokens
        rows.append(
            f"{line.key[:14]:<14}{line.questions:>10}{tokens:>12,}{format_cost(line.cost_usd):>12}"
        )
    text = header + "\n```\n" + "\n".join(rows) + "\n```"
    if summaries := view.report.summaries:
        noun = "summary" if summaries == 1 else "summaries"
        text += (
            f"\nChannel digests: {summaries} thread {noun}, "
            f"{format_cost(view.report.summaries_cost_usd)} (in the cost above, not questions)"
        )
    return text


def why_text(info: AnswerInfo | None) -> str:
    if info is None:
        return "I have not answered you recently (or my memory of it expired)."
    decision = info.decision
    lines = [f"Your last question went to *{info.alias or 'no model'}* ({info.status}):"]
    lines += [f"• `{r['code']}`: {escape(r['text'])}" for r in decision.get("reasons", [])]
    lines.append(
        f"Score {decision.get('score', 0):.2f}, threshold {decision.get('threshold', 0):.2f}."
    )
    if decision.get("drivers"):
        drivers = ", ".join(f"{name} ({value:+.2f})" for name, value in decision["drivers"])
        lines.append(f"What drove the score: {escape(drivers)}.")
    if info.sensitive:
        lines.append("The thread holds sensitive data, so it stays on local models.")
    return "\n".join(lines)


def forgot_text(forgotten: bool, thread: str | None) -> str:
    if not forgotten:
        return "There was nothing to forget here."
    if thread:
        when = f"<!date^{int(float(thread))}^{{date_short_pretty}} at {{time}}|earlier>"
        return (
            f"Forgotten: my memory of your last thread here (started {when}) is gone; "
            "the next question in it starts afresh."
        )
    return "Forgotten: this conversation starts afresh."


ADMINS_ONLY = "Only Tandem admins (TANDEM_ADMINS) can do that."


def status_text(view: StatusView) -> str:
    lines = ["*Models*"]
    for alias, spec in view.policy.models.items():
        reachable = "reachable" if view.models.get(alias) else "unreachable"
        breaker = view.breakers.get(alias, "closed")
        if breaker == "open":
            breaker += f", retry in {view.retry_in.get(alias, 0):.0f}s"
        lines.append(
            f"• `{alias}` {spec.display} ({spec.privacy.value}): {reachable}, circuit {breaker}"
        )
    lines.append(f"*Routing*: strong model at score ≥ {view.threshold:.2f}")
    lines.append(f"*Budget*: {escape(view.budget.describe())}")
    if view.rate.limit:
        lines.append(
            f"*Your questions*: about {math.floor(view.rate.count)} in the last minute, "
            f"of {view.rate.limit} a minute"
        )
    return "\n".join(lines)


def policy_text(policy: Policy) -> str:
    lines = [f"*Policy* `{policy.source}`: default `{policy.default}`, strong `{policy.strong}`"]
    lines.append(f"Target share of strong calls: {policy.target_strong_share:.0%}")
    for rule in policy.rules:
        who = f"channel {rule.channel}" if rule.channel else f"user {rule.user}"
        what = "local only" if rule.local_only else f"pinned to {rule.model}"
        lines.append(f"• rule {rule.name or who}: {what}")
    if policy.cascade.enabled:
        low, high = policy.cascade.band
        lines.append(f"Cascade on for scores {low:.2f} to {high:.2f}")
    if per_minute := policy.limits.questions_per_user_per_minute:
        lines.append(f"At most {per_minute} questions a minute per person")
    return "\n".join(lines)
