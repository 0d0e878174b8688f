"""Where an answer's overhead goes, from a `run.py` dump (INDEP_DUMP=file).

Per answered question, on the proxy's timeline: `before` = event sent -> the model
request reaches the proxy (ack, routing, Redis/SQL before the model is asked),
`between` = gaps while the model or Slack had nothing of this answer, and
`after` = the model's last byte handed to Tandem -> chat.stopStream reaches the
proxy. Split by the model asked (ollama = local, openai = strong).

    python -m bench.independent.analyze DUMP [PASS]
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from bench.independent.run import nearest_rank, union_within


def breakdown(entry: dict[str, Any]) -> dict[str, list[tuple[float, float, float, float]]]:
    slack: dict[str, list[dict[str, Any]]] = defaultdict(list)
    model: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for record in entry["records"]:
        (slack if record["k"] == "slack" else model)[record["key"]].append(record)
    out: dict[str, list[tuple[float, float, float, float]]] = defaultdict(list)
    for ask in entry["asks"]:
        end, sent = ask["end"], ask["sent"]
        if end is None or ask["problem"] or ask["error"]:
            continue
        chats = sorted(model.get(str(ask["number"]), []), key=lambda r: r["a"])
        if not chats:
            continue
        calls = [r for r in slack.get(ask["ts"], []) if r["a"] < end]
        spans = [(r["a"], r["b"]) for r in calls + chats]
        overhead = end - sent - union_within(spans, sent, end)
        before = chats[0]["a"] - sent
        after = max(0.0, end - max(r["b"] for r in chats))
        out[chats[0]["k"]].append((overhead, before, after, overhead - before - after))
    return out


def main() -> None:
    only = sys.argv[2] if len(sys.argv) > 2 else None
    for line in Path(sys.argv[1]).read_text().splitlines():
        entry = json.loads(line)
        if only and entry["pass"] != only:
            continue
        for kind, rows in sorted(breakdown(entry).items()):
            columns = list(zip(*rows, strict=True))
            text = ", ".join(
                f"{name} p50 {nearest_rank(list(col), 50) * 1000:.2f} "
                f"p99 {nearest_rank(list(col), 99) * 1000:.2f}"
                for name, col in zip(
                    ("overhead", "before", "after", "between"), columns, strict=True
                )
            )
            print(f"{entry['pass']:<18} {kind:<7} n={len(rows):<5} ms: {text}")


if __name__ == "__main__":
    main()
