"""Block Kit and mrkdwn rendering: answers, footers, buttons, long-text splitting.

Models write Markdown; Slack's classic messages speak mrkdwn (`*bold*`,
`<url|text>`, escaped `&<>`), so answers posted with chat.postMessage/update
are converted with slackify-markdown. Native streams take Markdown as is.
"""

from __future__ import annotations

import json
from typing import Any

from slackify_markdown import slackify_markdown

from bot.footer import footer
from bot.question import AnswerMeta
from bot.routing.policy import Policy

SECTION_LIMIT = 2900
MESSAGE_LIMIT = 11_000
Block = dict[str, Any]

FEEDBACK_UP = "tandem_feedback_up"
FEEDBACK_DOWN = "tandem_feedback_down"
ASK_MODEL = "tandem_ask_model"


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_mrkdwn(markdown: str) -> str:
    """Markdown from a model, as Slack's mrkdwn shows it."""
    return slackify_markdown(markdown).strip() if markdown.strip() else ""


def split_text(text: str, limit: int) -> list[str]:
    """Split at paragraph, then line boundaries; code fences are closed and reopened."""
    if len(text) <= limit:
        return [text]
    parts: list[str] = []
    current: list[str] = []
    size = 0
    fence_open = False
    for line in _lines(text, limit - 8):
        if size + len(line) + 1 > limit - 4 and current:
            parts.append("\n".join(current) + ("\n```" if fence_open else ""))
            current, size = (["```"] if fence_open else []), (4 if fence_open else 0)
        current.append(line)
        size += len(line) + 1
        if line.lstrip().startswith("```"):
            fence_open = not fence_open
    if current:
        parts.append("\n".join(current))
    return parts


def _lines(text: str, width: int) -> list[str]:
    out: list[str] = []
    for line in text.split("\n"):
        while len(line) > width:
            out.append(line[:width])
            line = line[width:]
        out.append(line)
    return out


def section_blocks(mrkdwn: str) -> list[Block]:
    return [
        {"type": "section", "text": {"type": "mrkdwn", "text": part}}
        for part in split_text(mrkdwn, SECTION_LIMIT)
        if part.strip()
    ]


def _button(text: str, action_id: str, value: str, style: str | None = None) -> Block:
    button: Block = {
        "type": "button",
        "text": {"type": "plain_text", "text": text, "emoji": True},
        "action_id": action_id,
        "value": value,
    }
    if style:
        button["style"] = style
    return button


def _model_buttons(meta: AnswerMeta, policy: Policy) -> tuple[list[Block], str | None]:
    """'Ask <strong> instead' / 'Ask <local> instead', or why the strong one is not offered."""
    answered = meta.spec.alias if meta.spec else None
    buttons: list[Block] = []
    note = None
    local_only = meta.decision is not None and meta.decision.local_only
    for alias in (policy.strong, policy.default):
        spec = policy.spec(alias)
        if alias == answered:
            continue
        if local_only and not spec.is_local:
            reason = (
                "it contains sensitive data"
                if meta.decision and meta.decision.sensitive
                else ("it must stay on local models")
            )
            note = f"{spec.display} is not offered for this thread: {reason}."
            continue
        value = json.dumps({"r": meta.request_id, "m": alias})
        buttons.append(_button(f"Ask {spec.display} instead", f"{ASK_MODEL}_{alias}", value))
    return buttons, note


def footer_blocks(meta: AnswerMeta, policy: Policy, asker: str | None = None) -> list[Block]:
    """The context line (model, why, tokens, cost) and the buttons under every answer.

    The feedback buttons carry who asked: the rating is theirs to give.
    """
    context = [{"type": "mrkdwn", "text": escape(footer(meta))}]
    model_buttons, note = _model_buttons(meta, policy)
    if note:
        context.append({"type": "mrkdwn", "text": escape(note)})
    blocks: list[Block] = [{"type": "context", "elements": context}]
    rated = json.dumps({"r": meta.request_id, "u": asker}) if asker else meta.request_id
    buttons = [
        _button("👍", FEEDBACK_UP, rated),
        _button("👎", FEEDBACK_DOWN, rated),
        *model_buttons,
    ]
    blocks.append({"type": "actions", "block_id": f"tandem_{meta.request_id}", "elements": buttons})
    return blocks


def rated_answer(value: str) -> tuple[str, str | None]:
    """A feedback button's (request id, asker); no asker on buttons of older answers."""
    if value.startswith("{"):
        data = json.loads(value)
        return str(data["r"]), data.get("u")
    return value, None


def problem_text(meta: AnswerMeta) -> str:
    """What to say in the thread when the answer failed, was refused, or was cut off."""
    if meta.status.value == "incomplete":
        return f":warning: *Incomplete answer.* {escape(meta.message)}"
    if meta.error_kind == "rate_limited":
        return f":hourglass_flowing_sand: {escape(meta.message)}"
    if meta.status.value == "refused":
        return f":lock: {escape(meta.message)}"
    return f":warning: {escape(meta.message)}"
