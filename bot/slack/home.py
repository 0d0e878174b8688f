"""App Home: the user's last 7 days, their default model, and what the policy does."""

from __future__ import annotations

from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_bolt.context.async_context import AsyncBoltContext
from slack_sdk.web.async_client import AsyncWebClient

from bot.footer import format_cost
from bot.models.pricing import usd
from bot.service import HomeView, Tandem
from bot.slack.delivery import first_delivery


def _policy_lines(view: HomeView) -> str:
    policy = view.policy
    lines = []
    for alias, spec in policy.models.items():
        role = (
            " (default)"
            if alias == policy.default
            else " (strong)"
            if alias == policy.strong
            else ""
        )
        price = (
            "free"
            if spec.input_usd_per_mtok == 0 and spec.output_usd_per_mtok == 0
            else f"${spec.input_usd_per_mtok}/${spec.output_usd_per_mtok} per M tokens in/out"
        )
        lines.append(f"• *{alias}*{role}: {spec.display}, {spec.privacy.value}, {price}")
    lines.append(
        f"Questions scoring {view.threshold:.2f} or more go to the strong model; "
        "questions with secrets or personal data never leave local models."
    )
    limits = []
    if (daily := policy.budgets.user_daily_usd) is not None:
        limits.append(f"{usd(daily)} a day each on external models (then local only)")
    if per_minute := policy.limits.questions_per_user_per_minute:
        limits.append(f"{per_minute} questions a minute each")
    if limits:
        lines.append("Limits: " + "; ".join(limits) + ".")
    return "\n".join(lines)


def home_blocks(view: HomeView) -> list[dict[str, Any]]:
    stats = (
        f"*{view.questions}* questions · *{view.local_share:.0%}* answered locally · "
        f"*{format_cost(view.cost)}*"
    )
    default = view.default_model or "auto (the policy decides)"
    return [
        {"type": "header", "text": {"type": "plain_text", "text": "Tandem"}},
        {"type": "section", "text": {"type": "mrkdwn", "text": f"*Your last 7 days*\n{stats}"}},
        {
            "type": "section",
            "text": {
                "type": "mrkdwn",
                "text": f"*Your default model:* {default}\nChange it with `/tandem model`.",
            },
        },
        {"type": "divider"},
        {
            "type": "section",
            "text": {"type": "mrkdwn", "text": "*Routing policy*\n" + _policy_lines(view)},
        },
        {
            "type": "context",
            "elements": [
                {"type": "mrkdwn", "text": "Mention me in a thread, DM me, or use `/tandem help`."}
            ],
        },
    ]


def register(app: AsyncApp, tandem: Tandem) -> None:
    async def on_home_opened(
        event: dict[str, Any], context: AsyncBoltContext, client: AsyncWebClient
    ) -> None:
        if event.get("tab") not in (None, "home") or not await first_delivery(context):
            return
        view = await tandem.home(context.team_id or "", event["user"])
        await client.views_publish(
            user_id=event["user"], view={"type": "home", "blocks": home_blocks(view)}
        )

    app.event("app_home_opened")(on_home_opened)
