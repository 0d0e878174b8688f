"""The usage digest's chart: questions and cost per day, by model, as PNG bytes.

Drawn on a bare `Figure` with the Agg canvas (no pyplot): no display, no
global figure registry, safe to call from the scheduler in a server process.
Matplotlib is imported on first use because it takes a second to import and
only digests need it. Rendering is CPU work, so callers run it in a thread.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from bot.digest.usage_stats import DayPoint

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _days(since: date, until: date) -> list[date]:
    span = max((until - since).days, 0) + 1
    return [since + timedelta(days=n) for n in range(span)]


def _series(
    points: Sequence[DayPoint], days: list[date]
) -> tuple[list[str], dict[str, list[float]], dict[str, list[float]]]:
    aliases = sorted({p.alias for p in points})
    index = {day: n for n, day in enumerate(days)}
    questions = {a: [0.0] * len(days) for a in aliases}
    cost = {a: [0.0] * len(days) for a in aliases}
    for p in points:
        if p.day in index:
            questions[p.alias][index[p.day]] += p.questions
            cost[p.alias][index[p.day]] += float(p.cost_usd)
    return aliases, questions, cost


def _stacked(axis: Any, labels: list[str], values: dict[str, list[float]], title: str) -> None:
    bottom = [0.0] * len(labels)
    for alias, series in values.items():
        axis.bar(labels, series, bottom=bottom, label=alias)
        bottom = [b + v for b, v in zip(bottom, series, strict=True)]
    axis.set_title(title, fontsize=10, loc="left")
    axis.grid(axis="y", alpha=0.3)
    axis.tick_params(axis="x", labelsize=8, rotation=45)


def usage_chart(points: Sequence[DayPoint], since: date, until: date) -> bytes:
    """Two stacked bar panels (questions, cost in USD) over every day in [since, until]."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    days = _days(since, until)
    aliases, questions, cost = _series(points, days)
    labels = [day.strftime("%a %d") for day in days]
    figure = Figure(figsize=(8, 5), dpi=100, layout="constrained")
    FigureCanvasAgg(figure)
    top, bottom = figure.subplots(2, 1, sharex=True)
    _stacked(top, labels, questions, "Questions per day")
    _stacked(bottom, labels, cost, "Cost per day (USD)")
    if aliases:
        top.legend(loc="upper left", fontsize=8, frameon=False)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()
