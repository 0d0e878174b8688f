"""Summaries of a py-spy raw (collapsed stacks) profile: where the serve process burns CPU.

py-spy samples only threads that are running (not waiting in epoll), so each
sample is CPU time. Three views: own time per function (the leaf of each stack),
own time per package (which library to look at), and cumulative time per Tandem
function (which of our code paths is expensive, whatever it calls).
"""

from __future__ import annotations

import re
from collections import Counter

FRAME = re.compile(r"^(?P<func>.*) \((?P<file>[^():]*)(?::\d+)?\)$")


def _short(path: str) -> str:
    for marker in ("site-packages/", "/work/main/", "lib/python3.11/"):
        if marker in path:
            return path.split(marker, 1)[1]
    return path


def _package(path: str) -> str:
    short = _short(path)
    if short.startswith("bot/"):
        return "bot (Tandem)"
    if "site-packages/" in path:
        return short.split("/", 1)[0]
    return "stdlib:" + short.split("/", 1)[0].removesuffix(".py")


def _frames(line: str) -> tuple[list[tuple[str, str]], int]:
    stack, _, count = line.rpartition(" ")
    frames = []
    for raw in stack.split(";"):
        found = FRAME.match(raw.strip())
        if found:
            frames.append((found.group("func"), found.group("file")))
    return frames, int(count)


def hot_spots(raw: str, top: int = 12) -> list[str]:
    own: Counter[str] = Counter()
    packages: Counter[str] = Counter()
    ours: Counter[str] = Counter()
    total = 0
    for line in raw.splitlines():
        if not line.strip():
            continue
        frames, count = _frames(line)
        if not frames:
            continue
        total += count
        func, path = frames[-1]
        own[f"{func} ({_short(path)})"] += count
        packages[_package(path)] += count
        for name in {f"{f} ({_short(p)})" for f, p in frames if _short(p).startswith("bot/")}:
            ours[name] += count
    if not total:
        return ["(no samples)"]

    def share(counter: Counter[str], n: int) -> list[str]:
        return [f"  {v / total:6.1%}  {k}" for k, v in counter.most_common(n)]

    return [
        f"{total} samples (200 per second while holding the GIL)",
        "own time by package:",
        *share(packages, 10),
        "own time by function:",
        *share(own, top),
        "cumulative time in Tandem functions:",
        *share(ours, top),
    ]
