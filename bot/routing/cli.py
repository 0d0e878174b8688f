"""`tandem router train` and `tandem router eval`: the learned score, trained and judged offline.

Training learns from public per-prompt labels and, when the usage table has
them, the team's own 👍/👎 and "ask the strong model instead" clicks (their
stored numeric features: the table never holds text). Evaluation runs the real
router (sensitivity, score, threshold) over labelled JSON lines.
"""

from __future__ import annotations

import asyncio
import json
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from bot.cli_support import EXIT_FAILED, fail, settings_or_exit
from bot.config import Settings

if TYPE_CHECKING:
    from bot.routing.training import FeedbackRow

router_app = typer.Typer(help="Train and evaluate the routing score.", no_args_is_help=True)


@router_app.command("train")
def train_command(
    datasets: Annotated[
        list[Path],
        typer.Argument(
            help="JSONL files with prompt and weak_ok, strong_ok (or weak_score, strong_score)"
        ),
    ],
    out: Annotated[Path, typer.Option(help="Where to write the artifact")] = Path(
        "difficulty.json"
    ),
    feedback: Annotated[bool, typer.Option(help="Learn from the usage table's feedback")] = True,
    since: Annotated[str, typer.Option(help="Feedback window: 30d, 12w")] = "90d",
    seed: int = 0,
    version: Annotated[str | None, typer.Option(help="Artifact version label")] = None,
) -> None:
    """Train the difficulty score; point TANDEM_DIFFICULTY_MODEL at the result to use it."""
    from bot.routing.training import TrainingDataError, train
    from bot.usage.reports import parse_since

    missing = [str(p) for p in datasets if not p.exists()]
    if missing:
        raise fail(f"no such dataset: {', '.join(missing)}")
    settings = settings_or_exit()
    rows = asyncio.run(_feedback_rows(settings, parse_since(since))) if feedback else []
    try:
        report = train(datasets, out, feedback=rows, seed=seed, version=version)
    except TrainingDataError as exc:
        raise fail(f"cannot train: {exc}") from None
    typer.echo(str(report))


async def _feedback_rows(settings: Settings, since: datetime) -> list[FeedbackRow]:
    from bot.routing.feedback import feedback_rows
    from bot.routing.policy import load_policy
    from bot.usage import db

    engine = db.create_engine(settings.database_url)
    try:
        policy = load_policy(settings.policy_path)
        return list(await feedback_rows(engine, policy, since))
    except Exception as exc:  # a missing or unreachable database just means no feedback
        typer.echo(f"tandem: no feedback used ({type(exc).__name__})", err=True)
        return []
    finally:
        await engine.dispose()


@router_app.command("eval")
def eval_command(
    files: Annotated[list[Path], typer.Argument(help="Labelled JSONL files")],
    heldout: Annotated[bool, typer.Option(help="Only the held-aside split")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON")] = False,
) -> None:
    """APGR / CPT(50%) / CPT(80%) vs baselines; sensitivity leaks and false alarms."""
    from bot.routing.build import build_router
    from bot.routing.decision import RouteRequest
    from bot.routing.evaluation import ScoredRoute, evaluate_file
    from bot.routing.policy import PolicyError

    missing = [str(p) for p in files if not p.exists()]
    if missing:
        raise fail(f"no such file: {', '.join(missing)}")
    try:
        router = build_router(settings_or_exit())
    except PolicyError as exc:  # the policy file, not the labelled files: as `route`
        raise fail(str(exc), EXIT_FAILED) from None

    def route(text: str) -> ScoredRoute:
        decision = router.decide(RouteRequest(text=text))
        spec = router.policy.models.get(decision.target or "")
        external = spec is not None and not spec.is_local
        return ScoredRoute(score=decision.score, sensitive=decision.sensitive, external=external)

    try:
        reports = [evaluate_file(p, route, heldout_only=heldout) for p in files]
    except (ValueError, KeyError) as exc:
        raise fail(f"cannot evaluate: {exc}") from None
    if as_json:
        json.dump([r.to_dict() for r in reports], sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        typer.echo("\n\n".join(r.render() for r in reports))
    if not all(r.evaluated for r in reports):
        raise typer.Exit(1)
